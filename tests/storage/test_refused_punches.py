"""Every refused call raises its typed error with a plain message and changes nothing stored."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import (
    AlreadyClockedIn,
    AttendanceError,
    BreakAlreadyRunning,
    ClockWentBackwards,
    EmployeeNotFound,
    FutureMonth,
    InvalidDate,
    InvalidMonth,
    NoOpenBreak,
    NoOpenSession,
    PunchTimeOutOfTolerance,
)
from attendance_desktop.core.models import Employee
from attendance_desktop.storage.local_service import LocalAttendanceService

from .dbdump import dump

S = LocalAttendanceService
HOUR = timedelta(hours=1)


def setup_state(state: str, s: S, emp: int, clock: FixedClock) -> None:
    """Bring the employee into `state`: fresh, clocked_in, on_break, or day_done."""
    if state == "fresh":
        return
    s.clock_in(emp)
    clock.advance(HOUR)
    if state == "on_break":
        s.start_break(emp, "Lunch")
        clock.advance(HOUR)
    if state == "day_done":
        s.clock_out(emp)
        clock.advance(HOUR)


Action = Callable[[S, int, FixedClock], object]


def back(hours: float, act: Action) -> Action:
    def run(s: S, emp: int, clock: FixedClock) -> object:
        clock.advance(-timedelta(hours=hours))
        return act(s, emp, clock)

    return run


CASES: list[tuple[str, str, Action, type[AttendanceError]]] = [
    ("second clock-in", "clocked_in", lambda s, e, c: s.clock_in(e), AlreadyClockedIn),
    ("clock-in on a break", "on_break", lambda s, e, c: s.clock_in(e), AlreadyClockedIn),
    ("clock-out when out", "fresh", lambda s, e, c: s.clock_out(e), NoOpenSession),
    ("clock-out twice", "day_done", lambda s, e, c: s.clock_out(e), NoOpenSession),
    ("break when out", "fresh", lambda s, e, c: s.start_break(e), NoOpenSession),
    ("second break", "on_break", lambda s, e, c: s.start_break(e), BreakAlreadyRunning),
    ("end break, none running", "clocked_in", lambda s, e, c: s.end_break(e), NoOpenBreak),
    ("end break when out", "fresh", lambda s, e, c: s.end_break(e), NoOpenSession),
    ("unknown employee clocks in", "fresh", lambda s, e, c: s.clock_in(e + 99), EmployeeNotFound),
    ("unknown employee status", "fresh", lambda s, e, c: s.status(e + 99), EmployeeNotFound),
    (
        "unknown employee month",
        "fresh",
        lambda s, e, c: s.month_metrics(e + 99, 2026, 11),
        EmployeeNotFound,
    ),
    ("unknown employee details", "fresh", lambda s, e, c: s.employee(e + 99), EmployeeNotFound),
    (
        "next month's metrics",
        "clocked_in",
        lambda s, e, c: s.month_metrics(e, 2026, 12),
        FutureMonth,
    ),
    ("next year's days", "clocked_in", lambda s, e, c: s.month_days(e, 2027, 1), FutureMonth),
    ("month 0", "clocked_in", lambda s, e, c: s.month_days(e, 2026, 0), InvalidMonth),
    ("month 13", "clocked_in", lambda s, e, c: s.month_metrics(e, 2026, 13), InvalidMonth),
    ("year 10000", "clocked_in", lambda s, e, c: s.month_metrics(e, 10000, 1), InvalidMonth),
    (
        "range backwards",
        "clocked_in",
        lambda s, e, c: s.sessions_between(e, c.now().date(), c.now().date() - timedelta(days=1)),
        InvalidDate,
    ),
    (
        "clock-in before the last clock-out",
        "day_done",
        back(2, lambda s, e, c: s.clock_in(e)),
        ClockWentBackwards,
    ),
    (
        "clock-out before the clock-in",
        "clocked_in",
        back(2, lambda s, e, c: s.clock_out(e)),
        ClockWentBackwards,
    ),
    (
        "break before the clock-in",
        "clocked_in",
        back(2, lambda s, e, c: s.start_break(e)),
        ClockWentBackwards,
    ),
    (
        "break end before its start",
        "on_break",
        back(1.5, lambda s, e, c: s.end_break(e)),
        ClockWentBackwards,
    ),
    (
        "clock-out before the break began",
        "on_break",
        back(1.5, lambda s, e, c: s.clock_out(e)),
        ClockWentBackwards,
    ),
    (
        "client time 10 minutes off",
        "fresh",
        lambda s, e, c: s.clock_in(e, at=c.now() - timedelta(minutes=10)),
        PunchTimeOutOfTolerance,
    ),
    (
        "client time an hour ahead",
        "clocked_in",
        lambda s, e, c: s.clock_out(e, at=c.now() + HOUR),
        PunchTimeOutOfTolerance,
    ),
]


@pytest.mark.parametrize(
    ("state", "act", "error"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_refused_call_changes_nothing(
    db_path: Path,
    service: S,
    employee: Employee,
    clock: FixedClock,
    state: str,
    act: Action,
    error: type[AttendanceError],
) -> None:
    setup_state(state, service, employee.id, clock)
    before = dump(db_path)
    with pytest.raises(error) as raised:
        act(service, employee.id, clock)
    assert type(raised.value) is error
    assert raised.value.code == error.code
    assert raised.value.message and "Traceback" not in raised.value.message
    assert dump(db_path) == before


def test_a_refused_punch_does_not_burn_its_punch_id(
    db_path: Path, service: S, employee: Employee, clock: FixedClock
) -> None:
    with pytest.raises(NoOpenSession):
        service.clock_out(employee.id, punch_id="p-9")
    service.clock_in(employee.id)
    clock.advance(HOUR)
    # The same id, now that the punch makes sense, does its work.
    assert service.clock_out(employee.id, punch_id="p-9").clock_out == clock.now()


def test_after_the_clock_is_fixed_punching_works_again(
    service: S, employee: Employee, clock: FixedClock
) -> None:
    setup_state("day_done", service, employee.id, clock)
    clock.advance(-3 * HOUR)
    with pytest.raises(ClockWentBackwards):
        service.clock_in(employee.id)
    clock.advance(4 * HOUR)
    assert service.clock_in(employee.id).is_open
