"""Every saved database of a released schema version opens, upgraded, with nothing lost.

`tests/fixtures/schema_v<N>.sqlite3` is a real store written by the release that had
schema version N (see `tests/fixtures/make_schema_v1.py`). Adding a version means adding
its fixture; this file picks every fixture up by itself.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, inspect

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import AlreadyClockedIn
from attendance_desktop.core.models import DayStatus
from attendance_desktop.storage.absences import Absence, AttendanceRecords
from attendance_desktop.storage.accounts import AccountStore
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService
from attendance_desktop.storage.migrations import SCHEMA_VERSION
from attendance_desktop.storage.period_locks import PeriodLocks

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAVED = sorted(FIXTURES.glob("schema_v*.sqlite3"))
# The fixture's open session was clocked in at 06:00 UTC on Thursday 8 October 2026.
FIXTURE_NOW = datetime(2026, 10, 8, 10, 0, tzinfo=UTC)


def version_of(path: Path) -> int:
    return int(path.stem.removeprefix("schema_v"))


def stored_version(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute("SELECT version FROM schema_info").fetchone()[0])
    finally:
        con.close()


def shape(engine: Engine) -> dict[str, Any]:
    """Tables, columns, keys and indexes as the database itself reports them."""
    insp = inspect(engine)
    result: dict[str, Any] = {}
    for table in sorted(insp.get_table_names()):
        result[table] = {
            "columns": sorted(
                (c["name"], str(c["type"]), c["nullable"], str(c["default"]), c.get("primary_key"))
                for c in insp.get_columns(table)
            ),
            "primary_key": insp.get_pk_constraint(table)["constrained_columns"],
            "foreign_keys": sorted(
                (
                    fk["constrained_columns"],
                    fk["referred_table"],
                    fk["referred_columns"],
                    sorted(fk["options"].items()),
                )
                for fk in insp.get_foreign_keys(table)
            ),
            "unique": sorted(u["column_names"] for u in insp.get_unique_constraints(table)),
            "indexes": sorted(
                (
                    i["name"],
                    i["column_names"],
                    bool(i["unique"]),
                    str(i.get("dialect_options", {}).get("sqlite_where", "")),
                )
                for i in insp.get_indexes(table)
            ),
        }
    return result


def rows_by_table(path: Path) -> dict[str, list[dict[str, object]]]:
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: [dict(r) for r in con.execute(f'SELECT * FROM "{t}"')] for t in tables}
    finally:
        con.close()


@pytest.fixture
def fresh_shape(tmp_path: Path) -> dict[str, Any]:
    fresh = LocalAttendanceService.open(sqlite_url(tmp_path / "fresh.sqlite3"))
    try:
        return shape(fresh.engine)
    finally:
        fresh.close()


def test_there_is_a_saved_database_for_every_earlier_schema_version() -> None:
    # The version still in development gets its saved database when it is released.
    versions = [version_of(p) for p in SAVED]
    expected = set(range(1, SCHEMA_VERSION))
    assert expected <= set(versions) <= set(range(1, SCHEMA_VERSION + 1))


@pytest.mark.parametrize("saved", SAVED, ids=[p.name for p in SAVED])
def test_saved_database_upgrades_to_the_current_schema(
    saved: Path, tmp_path: Path, fresh_shape: dict[str, Any]
) -> None:
    path = tmp_path / saved.name
    shutil.copyfile(saved, path)
    assert stored_version(path) == version_of(saved)
    old_rows = rows_by_table(path)

    service = LocalAttendanceService.open(sqlite_url(path), FixedClock(FIXTURE_NOW))
    try:
        assert stored_version(path) == SCHEMA_VERSION
        assert shape(service.engine) == fresh_shape
    finally:
        service.close()

    # Every row that was there is still there, with the same values in its old columns; only
    # absence records' ids move (version 5), above every session's.
    new_rows = rows_by_table(path)
    for table, rows in old_rows.items():
        if table == "schema_info":
            continue
        ignored = {"id"} if table == "absences" else set()
        kept = [{k: r[k] for k in rows[0] if k not in ignored} for r in new_rows[table]]
        rows = [{k: v for k, v in r.items() if k not in ignored} for r in rows]
        assert sorted(map(repr, kept)) == sorted(map(repr, rows)), table

    # Opening again is a no-op: nothing left to upgrade.
    again = LocalAttendanceService.open(sqlite_url(path), FixedClock(FIXTURE_NOW))
    again.close()
    assert rows_by_table(path) == new_rows


def test_saved_database_files_are_self_contained() -> None:
    for saved in SAVED:
        for suffix in ("-wal", "-shm", "-journal"):
            assert not saved.with_name(saved.name + suffix).exists()


def test_version_1_store_is_usable_after_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "schema_v1.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v1.sqlite3", path)
    clock = FixedClock(FIXTURE_NOW)
    service = LocalAttendanceService.open(sqlite_url(path), clock)
    try:
        [ada] = service.employees()
        assert (ada.first_name, ada.last_name, ada.email) == ("Ada", "Lovelace", "ada@example.com")
        assert (ada.phone_number, ada.job_title, ada.department) == (
            "+49 30 1234567",
            "Analyst",
            "Engineering",
        )
        assert ada.timezone == "Europe/Berlin"

        status = service.status(ada.id)
        assert status.clocked_in and status.on_break
        assert status.open_break is not None and status.open_break.reason == "Coffee"

        days = service.month_days(ada.id, 2026, 10)
        assert [d.status for d in days[4:8]] == [DayStatus.COMPLETED] * 3 + [DayStatus.PRESENT]
        assert days[5].break_time == timedelta(minutes=45)  # lunch and a short break
        assert days[4].worked == timedelta(hours=7, minutes=30)
        assert service.calendar().holiday_name(date(2026, 10, 30)) == "Company day off"
        assert service.calendar().holiday_name(date(2026, 1, 6)) == "Epiphany"  # DE-BY kept

        m = service.month_metrics(ada.id, 2026, 10)
        # 1, 2 and 5-7 October are over, and today (the 8th) is clocked in.
        assert (m.total_working_days, m.total_present_days, m.total_absent_days) == (6, 4, 2)

        # A retried punch of the old release still finds its first result.
        assert service.clock_in(ada.id, punch_id="in-5").local_date == date(2026, 10, 5)
        with pytest.raises(AlreadyClockedIn):
            service.clock_in(ada.id)
        clock.advance(timedelta(minutes=10))
        service.end_break(ada.id)
        assert service.clock_out(ada.id).clock_out == clock.now()
    finally:
        service.close()


def test_the_saved_database_in_the_repository_is_never_modified() -> None:
    # Tests copy it first; the original must still be at its own version.
    for saved in SAVED:
        assert stored_version(saved) == version_of(saved)


def test_after_version_5_sessions_and_absences_share_ids_never_given_again(
    tmp_path: Path,
) -> None:
    path = tmp_path / "schema_v3.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v3.sqlite3", path)
    before = rows_by_table(path)
    session_ids = sorted(int(str(r["id"])) for r in before["work_sessions"])
    [old_absence] = before["absences"]
    assert old_absence["id"] in session_ids  # the clash version 5 removes

    clock = FixedClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    service = LocalAttendanceService.open(sqlite_url(path), clock)
    try:
        records = AttendanceRecords(service.engine, clock)
        moved = records.get(session_ids[-1] + 1)
        assert isinstance(moved, Absence) and moved.day.isoformat() == old_absence["day"]
        records.delete(moved.id)
        employee = int(str(old_absence["employee_id"]))
        again = records.create_absence(employee, moved.day)
        for session in service.sessions_between(employee, date(2026, 1, 1), date(2026, 12, 31)):
            if session.is_open:
                service.clock_out(employee)
        newest = service.clock_in(employee)
        assert moved.id < again.id < newest.id
    finally:
        service.close()


def test_version_9_keeps_devices_and_locks_and_notes_a_device_once_a_minute(
    tmp_path: Path,
) -> None:
    path = tmp_path / "schema_v8.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v8.sqlite3", path)
    clock = FixedClock(datetime(2026, 12, 3, 9, 0, tzinfo=UTC))
    service = LocalAttendanceService.open(sqlite_url(path), clock)
    try:
        accounts = AccountStore(service.engine, clock)
        devices = accounts.devices()
        assert devices and all(d.last_seen is None for d in devices)
        assert [(k.year, k.month) for k in PeriodLocks(service.engine, clock).locks()] == [
            (2026, 10)
        ]
        _device, token = accounts.add_device("Back door")
        accounts.device_for_token(token)
        assert accounts.devices()[-1].last_seen == clock.now()
    finally:
        service.close()


def test_version_10_keeps_the_cached_english_years_and_caches_german_beside_them(
    tmp_path: Path,
) -> None:
    path = tmp_path / "schema_v9.sqlite3"
    shutil.copyfile(FIXTURES / "schema_v9.sqlite3", path)
    service = LocalAttendanceService.open(sqlite_url(path), FixedClock(FIXTURE_NOW))
    try:
        english = service.calendar_settings.calendar((2025, 2026), language="en_US")
        german = service.calendar_settings.calendar((2026,), language="de")
        assert english.holiday_name(date(2025, 11, 1)) == "All Saints' Day"
        assert german.holiday_name(date(2026, 11, 1)) == "Allerheiligen"
    finally:
        service.close()
    cached = sorted((r["year"], r["language"]) for r in rows_by_table(path)["holiday_cache"])
    assert cached == [(2025, "en_US"), (2026, "de"), (2026, "en_US")]
