"""Seed 004's attendance list on a real SQLite file: sessions (with their breaks) and
days recorded without a check-in, one page at a time, oldest day first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import event

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import Employee, NewEmployee, WorkSession
from attendance_desktop.storage.absences import Absence, AttendanceRecords
from attendance_desktop.storage.local_service import LocalAttendanceService


def work_day(service: LocalAttendanceService, clock: FixedClock, emp: Employee, day: int) -> None:
    """Clock in at 8:00 on November `day`, take a break, clock out at 16:00."""
    start = clock.now().replace(day=day, hour=8, minute=0)
    clock.set(start)
    service.clock_in(emp.id)
    clock.set(start + timedelta(hours=4))
    service.start_break(emp.id, "Lunch")
    clock.set(start + timedelta(hours=4, minutes=30))
    service.end_break(emp.id)
    clock.set(start + timedelta(hours=8))
    service.clock_out(emp.id)


@pytest.fixture
def records(service: LocalAttendanceService, clock: FixedClock) -> AttendanceRecords:
    return AttendanceRecords(service.engine, clock)


@pytest.fixture
def statements(service: LocalAttendanceService) -> Iterator[list[str]]:
    seen: list[str] = []

    def count(_conn: object, _cursor: object, sql: str, *_args: object) -> None:
        seen.append(sql)

    event.listen(service.engine, "before_cursor_execute", count)
    yield seen
    event.remove(service.engine, "before_cursor_execute", count)


def test_a_page_mixes_sessions_and_absences_in_day_order(
    service: LocalAttendanceService,
    clock: FixedClock,
    employee: Employee,
    records: AttendanceRecords,
) -> None:
    for day in (2, 4, 6):
        work_day(service, clock, employee, day)
    records.create_absence(employee.id, date(2026, 11, 3))
    records.create_absence(employee.id, date(2026, 11, 5))

    page, total = records.listing(employee_id=employee.id)

    assert total == 5
    assert [r.local_date if isinstance(r, WorkSession) else r.day for r in page] == [
        date(2026, 11, d) for d in (2, 3, 4, 5, 6)
    ]
    assert [type(r) for r in page] == [WorkSession, Absence, WorkSession, Absence, WorkSession]
    sessions = [r for r in page if isinstance(r, WorkSession)]
    assert all(len(s.breaks) == 1 and s.breaks[0].reason == "Lunch" for s in sessions)

    second, total = records.listing(employee_id=employee.id, limit=2, offset=2)
    assert total == 5
    assert second == page[2:4]
    assert records.listing(employee_id=employee.id, start=date(2026, 11, 5))[0] == page[3:]


def test_a_long_page_costs_a_few_statements_not_one_per_record(
    service: LocalAttendanceService,
    clock: FixedClock,
    employee: Employee,
    records: AttendanceRecords,
    statements: list[str],
) -> None:
    """A page of 100 records used to read each record on its own (about 200 statements)."""
    for day in range(1, 31):
        if date(2026, 11, day).weekday() < 5:
            work_day(service, clock, employee, day)
        else:
            records.create_absence(employee.id, date(2026, 11, day))
    statements.clear()

    page, total = records.listing(employee_id=employee.id)

    assert len(page) == total == 30
    # BEGIN, the count, the page's keys, then its sessions, their breaks, its absences.
    assert len(statements) <= 6


@pytest.mark.parametrize("zone", ["Europe/Berlin", "Pacific/Kiritimati", "Pacific/Pago_Pago"])
def test_a_check_in_replaces_the_absence_recorded_for_its_local_day(
    service: LocalAttendanceService,
    clock: FixedClock,
    records: AttendanceRecords,
    zone: str,
) -> None:
    """Seed 004 can record a day as absent before anyone checks in; the check-in on that
    day (the employee's local day, up to 14 hours from UTC's) takes its place. Other days'
    absences stay."""
    emp = service.add_employee(
        NewEmployee("Kiri", "Timati", f"k@{zone[-4:]}.example", timezone=zone)
    )
    now = datetime(2026, 11, 16, 11, 0, tzinfo=UTC)
    clock.set(now)
    local_day = now.astimezone(ZoneInfo(zone)).date()
    records.create_absence(emp.id, local_day)
    records.create_absence(emp.id, local_day + timedelta(days=2))

    service.clock_in(emp.id)

    listed, _ = records.listing(employee_id=emp.id)
    assert [(type(r).__name__, getattr(r, "local_date", None) or r.day) for r in listed] == [
        ("WorkSession", local_day),
        ("Absence", local_day + timedelta(days=2)),
    ]
