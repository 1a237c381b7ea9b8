"""The local service on a real SQLite file: a working day, reopening, retried punches."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import InvalidInput, PunchTimeOutOfTolerance
from attendance_desktop.core.models import DayStatus, Employee, NewEmployee
from attendance_desktop.core.service import AttendanceService, EmployeeDirectory
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

from .conftest import BERLIN, MONDAY_8AM
from .dbdump import count, dump

HOUR = timedelta(hours=1)


def test_implements_the_service_interfaces(service: LocalAttendanceService) -> None:
    assert isinstance(service, AttendanceService)
    assert isinstance(service, EmployeeDirectory)


def test_a_full_working_day(
    service: LocalAttendanceService, employee: Employee, clock: FixedClock
) -> None:
    assert not service.status(employee.id).clocked_in

    opened = service.clock_in(employee.id)
    assert opened.is_open and opened.local_date == date(2026, 11, 16)
    assert opened.clock_in == MONDAY_8AM.astimezone(UTC)
    assert service.status(employee.id).clocked_in

    clock.advance(4 * HOUR)
    lunch = service.start_break(employee.id, "  Lunch ")
    assert lunch.reason == "Lunch" and lunch.is_open
    assert service.status(employee.id).on_break
    clock.advance(HOUR / 2)
    ended = service.end_break(employee.id)
    assert ended.id == lunch.id and ended.end == clock.now()
    assert not service.status(employee.id).on_break

    clock.advance(4 * HOUR)
    closed = service.clock_out(employee.id)
    assert closed.id == opened.id and closed.clock_out == clock.now()
    assert [b.id for b in closed.breaks] == [lunch.id]

    status = service.status(employee.id)
    assert not status.clocked_in
    assert status.today == date(2026, 11, 16)
    assert status.today_worked == 8 * HOUR
    assert [s.id for s in status.today_sessions] == [opened.id]

    day = service.month_days(employee.id, 2026, 11)[15]
    assert day.date == date(2026, 11, 16) and day.status is DayStatus.COMPLETED
    assert day.first_clock_in == opened.clock_in and day.last_clock_out == closed.clock_out
    assert (day.worked, day.break_time) == (8 * HOUR, HOUR / 2)

    m = service.month_metrics(employee.id, 2026, 11)
    # Working days up to today: 2-6, 9-13 and today, the 16th; only today worked.
    assert (m.total_working_days, m.total_present_days, m.total_absent_days) == (11, 1, 10)
    assert m.worked == 8 * HOUR
    assert [
        s.id for s in service.sessions_between(employee.id, date(2026, 11, 1), date(2026, 11, 30))
    ] == [opened.id]


def test_clock_out_during_a_break_ends_the_break(
    service: LocalAttendanceService, employee: Employee, clock: FixedClock
) -> None:
    service.clock_in(employee.id)
    clock.advance(2 * HOUR)
    service.start_break(employee.id)
    clock.advance(HOUR)
    closed = service.clock_out(employee.id)
    assert closed.breaks[0].end == closed.clock_out
    assert count(service_path(service), "breaks", "end_time IS NULL") == 0
    assert service.month_days(employee.id, 2026, 11)[15].worked == 2 * HOUR


def test_night_shift_is_stored_on_the_day_it_started(
    service: LocalAttendanceService, employee: Employee, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 11, 10, 22, 0, tzinfo=BERLIN))
    service.clock_in(employee.id)
    clock.set(datetime(2026, 11, 11, 6, 0, tzinfo=BERLIN))
    night = service.clock_out(employee.id)
    assert night.local_date == date(2026, 11, 10)
    days = service.month_days(employee.id, 2026, 11)
    assert days[9].worked == 8 * HOUR and days[10].sessions == ()
    # Today (the 11th) has no session of its own; the shift that ended this morning is not today's.
    assert service.status(employee.id).today_sessions == ()


def test_repeated_hour_in_new_york_counts_one_real_hour(
    service: LocalAttendanceService, clock: FixedClock
) -> None:
    ny = ZoneInfo("America/New_York")
    emp = service.add_employee(
        NewEmployee("Grace", "Hopper", "grace@example.com", timezone="America/New_York")
    )
    clock.set(datetime(2026, 11, 1, 1, 30, tzinfo=ny, fold=0))
    service.clock_in(emp.id)
    clock.set(datetime(2026, 11, 1, 1, 30, tzinfo=ny, fold=1))
    s = service.clock_out(emp.id)
    assert s.local_date == date(2026, 11, 1)
    assert s.clock_out - s.clock_in == HOUR
    clock.set(datetime(2026, 11, 22, 12, tzinfo=ny))
    assert service.month_days(emp.id, 2026, 11)[0].worked == HOUR


def test_the_employees_zone_decides_the_local_date(
    service: LocalAttendanceService, clock: FixedClock
) -> None:
    # 23:30 UTC on the 16th is already the 17th in Berlin, still the 16th in New York.
    clock.set(datetime(2026, 11, 16, 23, 30, tzinfo=UTC))
    berlin = service.add_employee(
        NewEmployee("A", "B", "berlin@example.com", timezone="Europe/Berlin")
    )
    ny = service.add_employee(NewEmployee("C", "D", "ny@example.com", timezone="America/New_York"))
    assert service.clock_in(berlin.id).local_date == date(2026, 11, 17)
    assert service.clock_in(ny.id).local_date == date(2026, 11, 16)


def test_reopening_the_file_keeps_everything(
    db_path: Path, service: LocalAttendanceService, employee: Employee, clock: FixedClock
) -> None:
    service.set_holiday_region("de", "by")
    service.add_company_holiday(date(2026, 11, 20), "Team day")
    service.clock_in(employee.id)
    clock.advance(HOUR)
    service.start_break(employee.id, "Coffee")
    before_rows = dump(db_path)
    before_days = service.month_days(employee.id, 2026, 11)
    service.close()

    reopened = LocalAttendanceService.open(sqlite_url(db_path), clock)
    try:
        assert dump(db_path) == before_rows
        assert reopened.employees() == [employee]
        status = reopened.status(employee.id)
        assert status.clocked_in and status.on_break
        assert status.open_break is not None and status.open_break.reason == "Coffee"
        assert reopened.month_days(employee.id, 2026, 11) == before_days
        assert reopened.calendar().holiday_name(date(2026, 11, 20)) == "Team day"
        assert reopened.calendar().holiday_name(date(2026, 1, 6)) == "Epiphany"  # Bavaria
        clock.advance(HOUR)
        reopened.end_break(employee.id)
        assert reopened.clock_out(employee.id).clock_out == clock.now()
    finally:
        reopened.close()


def test_a_retried_punch_returns_the_first_result_and_adds_nothing(
    db_path: Path, service: LocalAttendanceService, employee: Employee, clock: FixedClock
) -> None:
    first = service.clock_in(employee.id, punch_id="kiosk-7:0001")
    clock.advance(timedelta(seconds=20))  # the retry arrives a little later
    again = service.clock_in(employee.id, punch_id="kiosk-7:0001")
    assert again == first
    assert count(db_path, "work_sessions") == 1

    brk = service.start_break(employee.id, punch_id="kiosk-7:0002")
    assert service.start_break(employee.id, punch_id="kiosk-7:0002") == brk
    assert count(db_path, "breaks") == 1
    clock.advance(HOUR)
    service.end_break(employee.id, punch_id="kiosk-7:0003")
    clock.advance(HOUR)
    out = service.clock_out(employee.id, punch_id="kiosk-7:0004")
    clock.advance(HOUR)
    assert service.clock_out(employee.id, punch_id="kiosk-7:0004") == out
    assert count(db_path, "work_sessions") == 1 and count(db_path, "punches") == 4


def test_a_punch_id_reused_for_another_punch_is_refused(
    db_path: Path, service: LocalAttendanceService, employee: Employee
) -> None:
    service.clock_in(employee.id, punch_id="p-1")
    before = dump(db_path)
    with pytest.raises(InvalidInput):
        service.clock_out(employee.id, punch_id="p-1")
    assert dump(db_path) == before


def test_client_time_within_tolerance_is_recorded(
    service: LocalAttendanceService, employee: Employee, clock: FixedClock
) -> None:
    at = clock.now() - timedelta(minutes=3)
    assert service.clock_in(employee.id, at=at).clock_in == at


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"first_name": " "}, "first and a last name"),
        ({"email": "not-an-email"}, "valid email"),
        ({"timezone": "Mars/Olympus"}, "Unknown time zone"),
        ({"work_week": (7,)}, "work week"),
        ({"job_title": "x" * 256}, "at most 255"),
        ({"email": "ADA@example.com"}, "already exists"),
    ],
)
def test_bad_employee_details_are_refused_with_a_message(
    db_path: Path,
    service: LocalAttendanceService,
    employee: Employee,
    change: dict[str, object],
    message: str,
) -> None:
    fields: dict[str, object] = {
        "first_name": "Bo",
        "last_name": "Li",
        "email": "bo@example.com",
        **change,
    }
    before = dump(db_path)
    with pytest.raises(InvalidInput, match=message):
        service.add_employee(NewEmployee(**fields))  # type: ignore[arg-type]
    assert dump(db_path) == before


def service_path(service: LocalAttendanceService) -> Path:
    database = service.engine.url.database
    assert database is not None
    return Path(database)


def test_offline_punches_keep_their_original_time_and_are_flagged(
    service: LocalAttendanceService, employee: Employee, clock: FixedClock
) -> None:
    # A kiosk replays what it queued during a network cut, hours later.
    queued_in = clock.now() - 3 * HOUR
    clock.advance(HOUR)
    s = service.clock_in(employee.id, at=queued_in, offline=True, punch_id="k1:1")
    assert (s.clock_in, s.offline) == (queued_in, True)
    assert service.clock_out(employee.id, at=queued_in + 2 * HOUR, offline=True).clock_out == (
        queued_in + 2 * HOUR
    )


def test_offline_punch_without_a_time_zone_is_refused(
    db_path: Path, service: LocalAttendanceService, employee: Employee
) -> None:
    before = dump(db_path)
    with pytest.raises(PunchTimeOutOfTolerance, match="time zone"):
        service.clock_in(employee.id, at=datetime(2026, 11, 16, 6, 0), offline=True)
    assert dump(db_path) == before
