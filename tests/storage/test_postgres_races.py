"""The same store code on PostgreSQL, where two writers really run side by side.

SQLite serialises writers (BEGIN IMMEDIATE), so a loser always sees the winner's row. On
PostgreSQL (READ COMMITTED) both can pass the check; then the unique index or the guarded
UPDATE decides, and the loser must get the same error as a second punch in a row, not a
storage failure.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from functools import partial

import pytest
from server.harness import pg_cluster  # the one cluster of the run, shared with the server tests

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import (
    AlreadyClockedIn,
    AttendanceError,
    BreakAlreadyRunning,
    InvalidInput,
    NoOpenBreak,
    NoOpenSession,
    StoreBusy,
)
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.storage.local_service import LocalAttendanceService

from .punch_race import race, race_calls

pytestmark = pytest.mark.postgres
ROUNDS = 8


@pytest.fixture
def two_services() -> Iterator[tuple[LocalAttendanceService, LocalAttendanceService, FixedClock]]:
    url = pg_cluster().new_database()
    clock = FixedClock(datetime(2026, 11, 16, 7, 0, tzinfo=UTC))
    first = LocalAttendanceService.open(url, clock)
    second = LocalAttendanceService.open(url, clock)
    yield first, second, clock
    first.close()
    second.close()


def one_winner(outcomes: list[object], loser: type[AttendanceError]) -> object:
    errors = [o for o in outcomes if isinstance(o, AttendanceError)]
    assert len(outcomes) == 2
    assert [type(e) for e in errors] == [loser], errors
    return next(o for o in outcomes if not isinstance(o, AttendanceError))


def test_racing_punches_each_have_exactly_one_winner(
    two_services: tuple[LocalAttendanceService, LocalAttendanceService, FixedClock],
) -> None:
    a, b, clock = two_services
    emp = a.add_employee(NewEmployee("Ada", "Lovelace", "ada@example.com")).id
    for _ in range(ROUNDS):
        one_winner(race([a, b], "clock_in", emp), AlreadyClockedIn)
        clock.advance(timedelta(minutes=1))
        one_winner(race([a, b], "start_break", emp), BreakAlreadyRunning)
        clock.advance(timedelta(minutes=1))
        one_winner(race([a, b], "end_break", emp), NoOpenBreak)
        clock.advance(timedelta(minutes=1))
        one_winner(race([a, b], "clock_out", emp), NoOpenSession)
        clock.advance(timedelta(minutes=1))
    sessions = a.sessions_between(emp, clock.now().date(), clock.now().date())
    assert len(sessions) == ROUNDS
    assert all(len(s.breaks) == 1 and not s.is_open for s in sessions)


def test_racing_sign_ups_with_one_email_create_one_employee(
    two_services: tuple[LocalAttendanceService, LocalAttendanceService, FixedClock],
) -> None:
    a, b, _ = two_services
    for n in range(ROUNDS):
        new = NewEmployee("Bo", "Li", f"bo{n}@example.com")
        outcomes = race_calls([partial(a.add_employee, new), partial(b.add_employee, new)])
        one_winner(outcomes, InvalidInput)
    assert len(a.employees()) == ROUNDS


def test_one_punch_id_raced_by_two_employees_is_refused_to_the_second(
    two_services: tuple[LocalAttendanceService, LocalAttendanceService, FixedClock],
) -> None:
    a, b, clock = two_services
    ada = a.add_employee(NewEmployee("Ada", "Lovelace", "ada@example.com")).id
    bob = a.add_employee(NewEmployee("Bob", "Kahn", "bob@example.com")).id
    for n in range(ROUNDS):
        outcomes = race_calls(
            [
                partial(a.clock_in, ada, punch_id=f"id-{n}"),
                partial(b.clock_in, bob, punch_id=f"id-{n}"),
            ]
        )
        winner = one_winner(outcomes, InvalidInput)  # never the other one's session
        loser = bob if winner.employee_id == ada else ada  # type: ignore[attr-defined]
        assert not a.status(loser).clocked_in  # the refused punch left nothing behind
        for emp in (ada, bob):
            if a.status(emp).clocked_in:
                a.clock_out(emp)
        clock.advance(timedelta(minutes=1))


def test_a_punch_waits_for_a_held_row_lock_only_so_long_then_says_busy() -> None:
    url = pg_cluster().new_database()
    clock = FixedClock(datetime(2026, 11, 16, 7, 0, tzinfo=UTC))
    holder = LocalAttendanceService.open(url, clock)
    puncher = LocalAttendanceService.open(url, clock, busy_timeout_ms=200)
    try:
        emp = holder.add_employee(NewEmployee("Ada", "Lovelace", "ada@example.com")).id
        # Someone else (an admin's long transaction) holds the employee's row.
        with holder.engine.connect() as conn, conn.begin():
            conn.exec_driver_sql(f"SELECT id FROM employees WHERE id = {emp} FOR UPDATE")
            with pytest.raises(StoreBusy):
                puncher.clock_in(emp)
        assert puncher.clock_in(emp).employee_id == emp  # free again: the punch goes in
        assert puncher.status(emp).clocked_in
    finally:
        holder.close()
        puncher.close()
