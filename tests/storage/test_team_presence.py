"""Who's in now, for the whole team in a few queries: each person's state agrees with their
own status and day, in their own zone, and 1,000 people answer well under a second."""

from __future__ import annotations

import time
from datetime import datetime, timedelta

from server.harness import pg_cluster
from sqlalchemy import event

from attendance_desktop.core.admin_service import PresenceState
from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import Employee, NewEmployee
from attendance_desktop.storage.admin_service import LocalAdminService
from attendance_desktop.storage.local_service import LocalAttendanceService

from .conftest import BERLIN, MONDAY_8AM


def hire(service: LocalAttendanceService, name: str, zone: str = "Europe/Berlin") -> Employee:
    return service.add_employee(
        NewEmployee(first_name=name, last_name="T", email=f"{name}@example.com", timezone=zone)
    )


def test_states_follow_each_persons_own_zone_and_status(
    service: LocalAttendanceService, clock: FixedClock
) -> None:
    clock.set(MONDAY_8AM - timedelta(hours=1))
    ada = hire(service, "ada")
    service.clock_in(ada.id)
    far = hire(service, "far", "America/Los_Angeles")  # 23:00 on Sunday there
    tokyo = hire(service, "tokyo", "Asia/Tokyo")  # 16:00 on Monday there
    clock.set(MONDAY_8AM)
    got = {p.employee.first_name: p for p in LocalAdminService(service).presence()}
    assert got["ada"].state is PresenceState.IN
    assert got["ada"].since == MONDAY_8AM - timedelta(hours=1)
    assert service.status(ada.id).clocked_in
    assert got["far"].state is PresenceState.OFF
    assert got["tokyo"].state is PresenceState.ABSENT
    assert service.status(far.id).today.weekday() == 6  # agrees with their own day
    assert service.status(tokyo.id).today.weekday() == 0


def test_the_whole_team_in_the_same_few_queries(
    service: LocalAttendanceService, clock: FixedClock
) -> None:
    admin = LocalAdminService(service)

    def statements() -> int:
        seen: list[str] = []
        listen = lambda *a: seen.append(a[2])  # noqa: E731
        event.listen(service.engine, "before_cursor_execute", listen)
        try:
            admin.presence()
        finally:
            event.remove(service.engine, "before_cursor_execute", listen)
        return len(seen)

    for n in range(3):
        service.clock_in(hire(service, f"p{n}").id)
    statements()  # the first call builds the store's calendar, once
    few = statements()
    for n in range(30):
        service.clock_in(hire(service, f"more{n}").id)
    assert statements() == few <= 8


def test_a_thousand_people_on_postgresql_in_well_under_a_second() -> None:
    clock = FixedClock(MONDAY_8AM - timedelta(hours=2))
    service = LocalAttendanceService.open(pg_cluster().new_database(), clock)
    try:
        people = [hire(service, f"p{n}") for n in range(1000)]
        for emp in people[::2]:
            service.clock_in(emp.id)
        clock.set(MONDAY_8AM)
        for emp in people[::4]:
            service.start_break(emp.id)
        admin = LocalAdminService(service)
        admin.presence()  # the calendar's first build is not what is measured
        started = time.perf_counter()
        found = admin.presence()
        took = time.perf_counter() - started
        assert len(found) == 1000
        assert {p.state for p in found} == {
            PresenceState.IN, PresenceState.ON_BREAK, PresenceState.ABSENT,
        }  # fmt: skip
        assert took < 0.5, f"{took:.3f} s for 1,000 people"
    finally:
        service.close()


def test_an_open_session_from_yesterday_still_counts_as_in(
    service: LocalAttendanceService, clock: FixedClock
) -> None:
    night = hire(service, "night")
    clock.set(datetime(2026, 11, 15, 22, 0, tzinfo=BERLIN))  # Sunday night shift
    service.clock_in(night.id)
    clock.set(MONDAY_8AM - timedelta(hours=2))
    [me] = LocalAdminService(service).presence()
    assert me.state is PresenceState.IN and me.since == datetime(2026, 11, 15, 22, 0, tzinfo=BERLIN)
    clock.set(MONDAY_8AM - timedelta(hours=1))
    service.clock_out(night.id)
    [me] = LocalAdminService(service).presence()
    assert me.state is PresenceState.OUT and me.since == MONDAY_8AM - timedelta(hours=1)
