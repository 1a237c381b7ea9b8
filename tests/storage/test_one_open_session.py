"""One open session per employee and one open break per session, held by the database.

Two services on one file (separate engines, threads, or processes) punching at once:
exactly one wins, the others get the same error as a second punch in a row.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import AlreadyClockedIn, AttendanceError, BreakAlreadyRunning
from attendance_desktop.core.models import Employee
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

from .dbdump import count
from .punch_race import clock_in_when_released, race


def test_unique_partial_indexes_exist_in_the_file(
    db_path: Path, service: LocalAttendanceService
) -> None:
    con = sqlite3.connect(db_path)
    try:
        rows = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
        sql = dict(rows.fetchall())
    finally:
        con.close()
    assert "UNIQUE" in sql["ux_work_sessions_one_open"].upper()
    assert "WHERE clock_out IS NULL" in sql["ux_work_sessions_one_open"]
    assert "WHERE end_time IS NULL" in sql["ux_breaks_one_open"]


def test_database_refuses_a_second_open_session_inserted_by_hand(
    db_path: Path, service: LocalAttendanceService, employee: Employee
) -> None:
    first = service.clock_in(employee.id)
    insert = text(
        "INSERT INTO work_sessions (employee_id, local_date, clock_in, clock_out, offline,"
        " created_at, updated_at) VALUES (:e, '2026-11-16', '2026-11-16 09:00:00',"
        " NULL, 0, '2026-11-16 09:00:00', '2026-11-16 09:00:00')"
    )
    with pytest.raises(sa_exc.IntegrityError), service.engine.begin() as conn:
        conn.execute(insert, {"e": employee.id})
    # Closed sessions are not limited: the index only covers open ones.
    closed = insert.text.replace("NULL, 0", "'2026-11-16 10:00:00', 0")
    with service.engine.begin() as conn:
        conn.execute(text(closed), {"e": employee.id})
    assert count(db_path, "work_sessions", "clock_out IS NULL") == 1
    assert service.status(employee.id).open_session == first


def test_database_refuses_a_second_open_break_inserted_by_hand(
    db_path: Path, service: LocalAttendanceService, employee: Employee
) -> None:
    session = service.clock_in(employee.id)
    service.start_break(employee.id)
    con = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            con.execute(
                "INSERT INTO breaks (session_id, start_time, end_time, reason, created_at,"
                " updated_at) VALUES (?, '2026-11-16 09:00:00', NULL, '',"
                " '2026-11-16 09:00:00', '2026-11-16 09:00:00')",
                (session.id,),
            )
    finally:
        con.close()
    assert count(db_path, "breaks") == 1


def test_two_engines_in_two_threads_clock_in_at_once(
    db_path: Path, service: LocalAttendanceService, employee: Employee, clock: FixedClock
) -> None:
    other = LocalAttendanceService.open(sqlite_url(db_path), clock)
    try:
        for _round in range(10):
            outcomes = race([service, other], "clock_in", employee.id)
            errors = [o for o in outcomes if isinstance(o, AttendanceError)]
            assert len(outcomes) == 2
            assert len(errors) == 1 and isinstance(errors[0], AlreadyClockedIn)
            assert count(db_path, "work_sessions", "clock_out IS NULL") == 1

            outcomes = race([service, other], "start_break", employee.id)
            errors = [o for o in outcomes if isinstance(o, AttendanceError)]
            assert len(errors) == 1 and isinstance(errors[0], BreakAlreadyRunning)
            assert count(db_path, "breaks", "end_time IS NULL") == 1

            clock.advance(timedelta(minutes=1))
            service.clock_out(employee.id)
            clock.advance(timedelta(minutes=1))
        assert count(db_path, "work_sessions") == 10
    finally:
        other.close()


def test_processes_clock_in_the_same_employee_at_once(
    db_path: Path, service: LocalAttendanceService, employee: Employee, clock: FixedClock
) -> None:
    ctx = multiprocessing.get_context("spawn")  # fork is unsafe in a threaded test runner
    workers = 3
    start = ctx.Barrier(workers)
    results = ctx.Queue()
    procs = [
        ctx.Process(
            target=clock_in_when_released,
            args=(sqlite_url(db_path), clock.now().isoformat(), employee.id, start, results),
        )
        for _ in range(workers)
    ]
    for p in procs:
        p.start()
    outcomes = [results.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=30)
        assert p.exitcode == 0
    results.close()
    results.join_thread()

    winners = [o for o in outcomes if o[0] == "won"]
    assert len(winners) == 1
    assert sorted(o for o in outcomes if o[0] == "lost") == [("lost", AlreadyClockedIn.code)] * (
        workers - 1
    )
    assert count(db_path, "work_sessions") == 1
    assert service.status(employee.id).open_session.id == winners[0][1]  # type: ignore[union-attr]
