"""A nearly full disk is not a damaged store: only an integrity check may say "damaged".

Found: with 16 KiB free, start-up called an intact store damaged and advised moving it
aside, which loses the data of whoever follows that advice.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import StoreCorrupt, StoreFull
from attendance_desktop.core.models import Employee
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

from .dbdump import dump
from .test_faults import assert_plain, make_store


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 1 MiB file system (tmpfs), mounted for this test."""
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    mount = tmp_path / "small-disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], check=True)
    yield mount
    subprocess.run(["umount", str(mount)], check=True)


def _fill(folder: Path, leave: int) -> None:
    with open(folder / "filler", "wb") as f:
        f.write(b"x" * (shutil.disk_usage(folder).free - leave))


def test_opening_a_store_on_a_full_disk_says_the_disk_is_full(
    small_disk: Path, clock: FixedClock
) -> None:
    path = small_disk / "attendance.sqlite3"
    make_store(path, clock)
    before = dump(path)
    _fill(small_disk, leave=16 * 1024)
    with pytest.raises(StoreFull) as raised:
        LocalAttendanceService.open(sqlite_url(path), clock)
    assert raised.value.code == "STORE_FULL"
    assert "full" in raised.value.message
    assert "damaged" not in raised.value.message
    assert_plain(raised.value)
    (small_disk / "filler").unlink()
    assert dump(path) == before  # intact, and opens again once there is room
    LocalAttendanceService.open(sqlite_url(path), clock).close()


def test_a_punch_that_finds_no_room_says_the_disk_is_full(
    db_path: Path, clock: FixedClock, employee: Employee, service: LocalAttendanceService
) -> None:
    """SQLite's own "database or disk is full", made with max_page_count."""
    con = sqlite3.connect(db_path)
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()

    @event.listens_for(service.engine, "connect")
    def _no_more_pages(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    service.engine.dispose()
    with pytest.raises(StoreFull) as raised:
        for _ in range(200):  # each clock-in/out writes rows until no page is left
            service.clock_in(employee.id)
            service.clock_out(employee.id)
    assert raised.value.code == "STORE_FULL"
    assert "permissions" not in raised.value.message


def test_a_damaged_store_is_still_called_damaged(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "attendance.sqlite3"
    make_store(path, clock)
    data = path.read_bytes()
    # The schema's page is overwritten: quick_check cannot read the store.
    path.write_bytes(data[:100] + bytes(4096 - 100) + data[4096:])
    with pytest.raises(StoreCorrupt):
        LocalAttendanceService.open(sqlite_url(path), clock)
