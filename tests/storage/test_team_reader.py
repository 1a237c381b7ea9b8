"""The payroll export's batched read gives every person exactly the days of their own month
page (`month_days`), without their sessions, in a few queries per block whatever the team's
size."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import event

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.corrections import Correction, LeaveType
from attendance_desktop.core.errors import EmployeeNotFound
from attendance_desktop.core.models import DayRecord, Employee, NewEmployee
from attendance_desktop.core.rules import metrics_from_days
from attendance_desktop.storage.local_service import LocalAttendanceService

from .conftest import BERLIN

Y, M = 2026, 11


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(Y, M, day, hour, minute, tzinfo=BERLIN)


def hire(service: LocalAttendanceService, name: str, zone: str = "Europe/Berlin") -> Employee:
    return service.add_employee(
        NewEmployee(first_name=name, last_name="T", email=f"{name}@example.com", timezone=zone)
    )


def punch(service: LocalAttendanceService, clock: FixedClock, who: int, when: datetime,
          action: str) -> None:  # fmt: skip
    clock.set(when)
    getattr(service, action)(who)


def team(service: LocalAttendanceService, clock: FixedClock) -> list[Employee]:
    """Day shifts with a lunch break, leave, a correction, a night shift over midnight, a
    missing clock-out, a deactivated person and someone in another zone with no punches."""
    clock.set(at(1, 7))
    ada, bob, cy, dee, eve = (hire(service, n) for n in ("ada", "bob", "cy", "dee", "eve"))
    far = hire(service, "far", "America/Los_Angeles")
    punch(service, clock, ada.id, at(2, 8), "clock_in")
    punch(service, clock, ada.id, at(2, 12), "start_break")
    punch(service, clock, ada.id, at(2, 12, 30), "end_break")
    punch(service, clock, ada.id, at(2, 17), "clock_out")
    punch(service, clock, dee.id, at(2, 9), "clock_in")
    punch(service, clock, dee.id, at(2, 15), "clock_out")
    punch(service, clock, ada.id, at(4, 8), "clock_in")
    punch(service, clock, ada.id, at(4, 14), "clock_out")
    punch(service, clock, bob.id, at(5, 22), "clock_in")
    punch(service, clock, bob.id, at(6, 2), "start_break")
    punch(service, clock, bob.id, at(6, 2, 20), "end_break")
    punch(service, clock, bob.id, at(6, 6), "clock_out")
    punch(service, clock, cy.id, at(10, 8), "clock_in")  # never clocks out
    clock.set(at(12, 9))
    service.request_correction(ada.id, Correction(date(Y, M, 3), "Ill", leave_type=LeaveType.SICK))
    fourth = service.month_days(ada.id, Y, M)[3].sessions[0]
    service.request_correction(
        ada.id, Correction(date(Y, M, 4), "Left at 18", session_id=fourth.id, clock_out=at(4, 18))
    )
    service.deactivate_employee(dee.id, date(Y, M, 6))
    clock.set(at(16, 8))
    return [ada, bob, cy, dee, eve, far]


def page_days(service: LocalAttendanceService, employee_id: int) -> list[DayRecord]:
    """The person's month page, days without their sessions (the team's read leaves them
    out); that the page's days have sessions at all is checked apart, so this compares
    every figure of the day."""
    return [replace(d, sessions=()) for d in service.month_days(employee_id, Y, M)]


def test_the_days_come_without_sessions_and_their_metrics_unchanged(
    service: LocalAttendanceService, clock: FixedClock
) -> None:
    people = team(service, clock)
    got = [p for b in service.team_month_days(Y, M) for p in b]
    assert any(d.sessions for d in service.month_days(people[0].id, Y, M))
    for person in got:
        assert all(not d.sessions for d in person.days)
        assert metrics_from_days(Y, M, person.days, person.today) == service.month_metrics(
            person.employee.id, Y, M
        )


@pytest.mark.parametrize("block", [1, 2, 500])
def test_each_persons_days_equal_their_month_page(
    service: LocalAttendanceService, clock: FixedClock, block: int
) -> None:
    people = team(service, clock)
    got = [p for b in service.team_month_days(Y, M, block=block) for p in b]
    assert [p.employee.id for p in got] == [e.id for e in people]
    for person in got:
        assert person.days == page_days(service, person.employee.id)
        assert person.days, "a month with days"
    ada = got[0].days
    assert ada[2].leave_type == "sick" and ada[3].corrected and ada[1].break_time
    assert got[2].days[9].clock_out_missing  # cy's missing clock-out
    assert not got[3].employee.active


def test_a_selection_reads_only_its_people_and_refuses_an_unknown_id(
    service: LocalAttendanceService, clock: FixedClock
) -> None:
    ada, _, cy, *_ = team(service, clock)
    got = [p for b in service.team_month_days(Y, M, [cy.id, ada.id, cy.id]) for p in b]
    assert [p.employee.id for p in got] == [ada.id, cy.id]
    assert got[1].days == page_days(service, cy.id)
    with pytest.raises(EmployeeNotFound):
        next(service.team_month_days(Y, M, [ada.id, 999]))


def test_a_month_not_begun_in_a_persons_zone_leaves_them_out(
    service: LocalAttendanceService, clock: FixedClock
) -> None:
    berlin, far = hire(service, "ber"), hire(service, "far", "America/Los_Angeles")
    clock.set(datetime(2026, 12, 1, 1, tzinfo=BERLIN))  # still November in Los Angeles
    got = [p.employee.id for b in service.team_month_days(2026, 12) for p in b]
    assert got == [berlin.id] and far.id not in got


def test_a_block_costs_the_same_few_queries_for_any_number_of_people(
    service: LocalAttendanceService, clock: FixedClock
) -> None:
    team(service, clock)

    def statements() -> int:
        seen: list[str] = []
        listen = lambda *a: seen.append(a[2])  # noqa: E731
        event.listen(service.engine, "before_cursor_execute", listen)
        try:
            for _ in service.team_month_days(Y, M):
                pass
        finally:
            event.remove(service.engine, "before_cursor_execute", listen)
        return len(seen)

    few = statements()
    for n in range(20):
        hire(service, f"more{n}")
    assert statements() == few <= 12


def test_a_page_of_everyone_is_read_by_a_range_of_ids_not_a_list(
    service: LocalAttendanceService, clock: FixedClock
) -> None:
    """A statement of 500 listed ids cost SQLAlchemy and the driver a tenth of the team
    month to render and parse; a page of everyone is every id from its first to its last."""
    team(service, clock)
    for n in range(20):
        hire(service, f"more{n}")
    widest: list[int] = []

    def listen(*args: object) -> None:
        params = args[3]
        widest.append(len(params) if isinstance(params, (tuple, list, dict)) else 0)

    event.listen(service.engine, "before_cursor_execute", listen)
    try:
        got = [p for b in service.team_month_days(Y, M) for p in b]
    finally:
        event.remove(service.engine, "before_cursor_execute", listen)
    assert len(got) > 20
    assert max(widest) < len(got) - 10, "no statement carries a parameter per person"
