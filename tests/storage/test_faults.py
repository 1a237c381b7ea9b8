"""A damaged, locked, unwritable or too-new database: a clear error, and nothing lost."""

from __future__ import annotations

import random
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import (
    StorageError,
    StoreBusy,
    StoreCorrupt,
    StoreNotWritable,
    StoreTooNew,
)
from attendance_desktop.core.models import Employee, NewEmployee
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService
from attendance_desktop.storage.migrations import SCHEMA_VERSION

from .dbdump import dump

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def assert_plain(error: StorageError) -> None:
    """The words a person reads: no driver jargon, no SQL, no traceback."""
    lowered = error.message.lower()
    for jargon in ("sqlite", "operationalerror", "select ", "insert ", "traceback", "pragma"):
        assert jargon not in lowered
    assert error.message.endswith(".")


def make_store(path: Path, clock: FixedClock) -> None:
    svc = LocalAttendanceService.open(sqlite_url(path), clock)
    try:
        emp = svc.add_employee(NewEmployee("Ada", "Lovelace", "ada@example.com"))
        svc.clock_in(emp.id)
    finally:
        svc.close()


def damaged(kind: str, path: Path, clock: FixedClock) -> None:
    noise = random.Random(kind).randbytes
    if kind == "garbage":
        path.write_bytes(noise(8192))
    elif kind == "header_then_garbage":
        path.write_bytes(b"SQLite format 3\x00" + noise(4080))
    else:  # a real store whose pages after the first were overwritten
        make_store(path, clock)
        data = path.read_bytes()
        path.write_bytes(data[:4096] + noise(len(data) - 4096))


@pytest.mark.parametrize("kind", ["garbage", "header_then_garbage", "pages_overwritten"])
def test_corrupt_file_is_reported_and_left_byte_identical(
    tmp_path: Path, clock: FixedClock, kind: str
) -> None:
    path = tmp_path / "attendance.sqlite3"
    damaged(kind, path, clock)
    before = path.read_bytes()
    with pytest.raises(StoreCorrupt) as raised:
        LocalAttendanceService.open(sqlite_url(path), clock)
    assert raised.value.code == "STORE_CORRUPT"
    assert "damaged" in raised.value.message
    assert_plain(raised.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["attendance.sqlite3"]


@pytest.mark.parametrize("lock", ["IMMEDIATE", "EXCLUSIVE"])
def test_locked_database_punch_is_busy_and_changes_nothing(
    db_path: Path, clock: FixedClock, employee: Employee, service: LocalAttendanceService, lock: str
) -> None:
    service.close()
    impatient = LocalAttendanceService.open(sqlite_url(db_path), clock, busy_timeout_ms=100)
    other = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    try:
        before = dump(db_path)
        other.execute(f"BEGIN {lock}")  # another program is in the middle of a write
        other.execute("UPDATE employees SET first_name = 'Changed'")  # not committed
        with pytest.raises(StoreBusy) as raised:
            impatient.clock_in(employee.id)
        assert raised.value.code == "STORE_BUSY"
        assert "try again" in raised.value.message
        assert_plain(raised.value)
        # Reading still works while the other writer holds the lock (WAL).
        assert not impatient.status(employee.id).clocked_in
        other.execute("ROLLBACK")
        assert dump(db_path) == before
        # Once the other program lets go, the same punch goes through.
        assert impatient.clock_in(employee.id).is_open
    finally:
        other.close()
        impatient.close()


def test_opening_a_write_locked_database_still_shows_the_data(
    db_path: Path, clock: FixedClock, employee: Employee, service: LocalAttendanceService
) -> None:
    """An up-to-date store is only read when opened: another writer does not block the app."""
    service.close()
    other = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    try:
        other.execute("BEGIN EXCLUSIVE")
        reader = LocalAttendanceService.open(sqlite_url(db_path), clock, busy_timeout_ms=100)
        try:
            assert reader.employee(employee.id) == employee
            with pytest.raises(StoreBusy):
                reader.clock_in(employee.id)
        finally:
            reader.close()
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_opening_a_locked_database_that_needs_an_upgrade_is_busy_and_changes_nothing(
    tmp_path: Path, clock: FixedClock
) -> None:
    db_path = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite3", db_path)
    before = db_path.read_bytes()
    other = sqlite3.connect(db_path, isolation_level=None, timeout=0)
    try:
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(StoreBusy):
            LocalAttendanceService.open(sqlite_url(db_path), clock, busy_timeout_ms=100)
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert db_path.read_bytes() == before
    reopened = LocalAttendanceService.open(sqlite_url(db_path), clock)
    try:
        assert reopened.employees()
    finally:
        reopened.close()


def test_busy_timeout_waits_for_a_short_lock(
    db_path: Path, clock: FixedClock, employee: Employee, service: LocalAttendanceService
) -> None:
    """A lock held for less than the busy timeout is waited out, not reported."""
    other = sqlite3.connect(db_path, isolation_level=None, timeout=0, check_same_thread=False)
    try:
        other.execute("BEGIN IMMEDIATE")
        releaser = threading.Timer(0.2, lambda: other.execute("COMMIT"))
        releaser.start()
        assert service.clock_in(employee.id).is_open  # default timeout: seconds
        releaser.join()
    finally:
        other.close()


def test_data_dir_that_cannot_be_created_is_not_writable(tmp_path: Path, clock: FixedClock) -> None:
    # A regular file where the data folder should be. Unlike chmod 0500, this stops root too,
    # so the test means the same wherever it runs.
    blocker = tmp_path / "afile"
    blocker.write_text("not a folder")
    with pytest.raises(StoreNotWritable) as raised:
        LocalAttendanceService.open(sqlite_url(blocker / "attendance.sqlite3"), clock)
    assert raised.value.code == "STORE_NOT_WRITABLE"
    assert "permissions" in raised.value.message
    assert_plain(raised.value)
    assert blocker.read_text() == "not a folder"


def test_database_from_a_newer_version_is_refused_and_kept(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "attendance.sqlite3"
    make_store(path, clock)
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE schema_info SET version = ?", (SCHEMA_VERSION + 1,))
    con.close()
    before = dump(path)
    with pytest.raises(StoreTooNew) as raised:
        LocalAttendanceService.open(sqlite_url(path), clock)
    assert raised.value.code == "STORE_TOO_NEW"
    assert "update the app" in raised.value.message.lower()
    assert_plain(raised.value)
    assert dump(path) == before
