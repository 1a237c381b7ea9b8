"""A real SQLite file per test, a clock that moves only when told, and one employee."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import Employee, NewEmployee
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY_8AM = datetime(2026, 11, 16, 8, 0, tzinfo=BERLIN)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "attendance.sqlite3"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(MONDAY_8AM)


@pytest.fixture
def service(db_path: Path, clock: FixedClock) -> Iterator[LocalAttendanceService]:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    svc = LocalAttendanceService.open(sqlite_url(db_path), clock)
    yield svc
    svc.close()


@pytest.fixture
def employee(service: LocalAttendanceService) -> Employee:
    return service.add_employee(
        NewEmployee(
            first_name="Ada",
            last_name="Lovelace",
            email="ada@example.com",
            phone_number="+49 30 1234567",
            job_title="Analyst",
            department="Engineering",
            timezone="Europe/Berlin",
        )
    )
