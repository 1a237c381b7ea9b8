"""Stores and journals are created for their owner alone (0600, with their -wal and -shm
files), and a store an older release made readable by everyone is narrowed when opened."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.journal.store import PunchJournal
from attendance_desktop.kiosk.roster import DeviceCache, DeviceInfo
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def open_umask() -> object:
    """The usual umask (022), under which SQLite made every file 0644."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _sqlite_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if ".sqlite3" in p.name or ".db" in p.name)


def test_the_desktop_store_and_its_wal_files_are_private(tmp_path: Path, clock: FixedClock):
    svc = LocalAttendanceService.open(sqlite_url(tmp_path / "attendance.sqlite3"), clock)
    svc.employees()
    files = _sqlite_files(tmp_path)
    assert {p.name for p in files} >= {"attendance.sqlite3", "attendance.sqlite3-wal"}
    assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}
    svc.close()


def test_a_store_readable_by_everyone_is_narrowed_when_opened(tmp_path: Path, clock: FixedClock):
    path = tmp_path / "attendance.sqlite3"
    LocalAttendanceService.open(sqlite_url(path), clock).close()
    path.chmod(0o644)
    LocalAttendanceService.open(sqlite_url(path), clock).close()
    assert _mode(path) == 0o600


def test_the_punch_journal_and_the_kiosks_device_file_are_private(tmp_path: Path) -> None:
    journal = PunchJournal(tmp_path / "journal" / "punches.sqlite3")
    device = DeviceCache(tmp_path / "kiosk" / "kiosk-device.json")
    device.replace(DeviceInfo("a public key", "an exit code hash"))
    for folder in (tmp_path / "journal", tmp_path / "kiosk"):
        assert _mode(folder) == 0o700
        files = list(folder.iterdir())
        assert files
        assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}
    journal.close()
