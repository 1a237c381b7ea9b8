"""Kiosk tests: offscreen Qt over a real SQLite store with real accounts (argon2 PINs)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot
from translations import english_catalogue  # noqa: F401  (autouse: the English plurals)

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.kiosk.config import KioskConfig
from attendance_desktop.kiosk.local_backend import LocalKioskBackend
from attendance_desktop.storage.accounts import AccountStore
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

# Wednesday 18 November 2026, 08:00 UTC.
NOW = datetime(2026, 11, 18, 8, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Staff:
    anna: int  # badge 0012345, PIN 2468
    bruno: int  # badge A1B2C3, PIN 1357
    chloe: int  # an admin, PIN 9999, no badge


class FakeMonotonic:
    """The kiosk's stopwatch, moved by the test (badge bursts, repeat windows)."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def service(tmp_path: Path, clock: FixedClock) -> Iterator[LocalAttendanceService]:
    svc = LocalAttendanceService.open(
        sqlite_url(tmp_path / "attendance.sqlite3"), clock, default_timezone="UTC"
    )
    yield svc
    svc.close()


@pytest.fixture
def staff(service: LocalAttendanceService, clock: FixedClock) -> Staff:
    accounts = AccountStore(service.engine, clock)
    ids = []
    for first, last, badge, pin, role in (
        ("Anna", "Schmidt", "0012345", "2468", "employee"),
        ("Bruno", "Costa", "A1B2C3", "1357", "employee"),
        ("Chloe", "Dubois", None, "9999", "admin"),
    ):
        emp = service.add_employee(NewEmployee(first, last, f"{first.lower()}@example.com"))
        accounts.set_account(emp.id, role=role, pin=pin, badge=badge)
        ids.append(emp.id)
    return Staff(*ids)


@pytest.fixture
def backend(service: LocalAttendanceService, clock: FixedClock, staff: Staff) -> LocalKioskBackend:
    return LocalKioskBackend.over(service, clock)


@pytest.fixture
def monotonic() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def kiosk_config() -> KioskConfig:
    return KioskConfig(company_name="Boulangerie Martin")


@pytest.fixture
def kiosk(
    qtbot: QtBot,
    backend: LocalKioskBackend,
    clock: FixedClock,
    monotonic: FakeMonotonic,
    kiosk_config: KioskConfig,
) -> Iterator[object]:
    from attendance_desktop.qt.kiosk.controller import KioskWindow

    window = KioskWindow(backend, kiosk_config, clock, ZoneInfo("UTC"), monotonic=monotonic)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.allow_close()
    window.shutdown()


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real argon2, with test-sized cost so each PIN check takes milliseconds."""
    from argon2 import PasswordHasher

    monkeypatch.setattr(
        AccountStore, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    monkeypatch.setattr(AccountStore, "_dummy_hash", None)
