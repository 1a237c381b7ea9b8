"""Changing an employee's details, deactivating and reactivating them, on a real SQLite file;
and a change made by one process seen at once by another that has its calendar cached."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import EmployeeInactive, InvalidInput
from attendance_desktop.core.models import DayStatus, Employee, EmployeeChanges, NewEmployee
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService


def test_every_field_can_change(service: LocalAttendanceService, employee: Employee) -> None:
    changed = service.update_employee(
        employee.id,
        EmployeeChanges(
            first_name=" Augusta ",
            last_name="King",
            email="augusta@example.com",
            phone_number="+44 20 7946 0000",
            job_title="Countess",
            department="Mathematics",
            timezone="Europe/London",
            work_week=(0, 1, 2, 3),
            start_date=date(2026, 11, 2),
        ),
    )
    assert changed == service.employee(employee.id)
    assert (changed.first_name, changed.last_name, changed.email) == (
        "Augusta",
        "King",
        "augusta@example.com",
    )
    assert (changed.phone_number, changed.job_title, changed.department) == (
        "+44 20 7946 0000",
        "Countess",
        "Mathematics",
    )
    assert (changed.timezone, changed.work_week, changed.start_date) == (
        "Europe/London",
        (0, 1, 2, 3),
        date(2026, 11, 2),
    )
    # Nothing given, nothing changed; "" clears the zone to the store's default.
    assert service.update_employee(employee.id, EmployeeChanges()) == changed
    assert service.update_employee(employee.id, EmployeeChanges(timezone="")).timezone is None


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        (EmployeeChanges(first_name="  "), "first and a last name"),
        (EmployeeChanges(email="not-an-email"), "valid email"),
        (EmployeeChanges(timezone="Mars/Olympus"), "Unknown time zone"),
        (EmployeeChanges(work_week=()), "work week"),
        (EmployeeChanges(work_week=(0, 7)), "work week"),
        (EmployeeChanges(job_title="x" * 256), "job title"),
    ],
)
def test_a_bad_value_is_refused_and_changes_nothing(
    service: LocalAttendanceService, employee: Employee, changes: EmployeeChanges, words: str
) -> None:
    with pytest.raises(InvalidInput, match=words):
        service.update_employee(employee.id, changes)
    assert service.employee(employee.id) == employee


def test_another_employees_email_is_refused(
    service: LocalAttendanceService, employee: Employee
) -> None:
    bob = service.add_employee(NewEmployee("Bob", "Builder", "bob@example.com"))
    with pytest.raises(InvalidInput, match="already exists"):
        service.update_employee(bob.id, EmployeeChanges(email="ADA@example.com"))
    # Their own address, in another case, is fine.
    assert service.update_employee(employee.id, EmployeeChanges(email="Ada@Example.com"))


def test_a_deactivated_employee_cannot_punch_and_is_not_counted_after_their_last_day(
    service: LocalAttendanceService, employee: Employee, clock: FixedClock
) -> None:
    # Monday 16 November 2026; the month's working days before it: 2-6 and 9-13 November.
    service.update_employee(employee.id, EmployeeChanges(start_date=date(2026, 11, 2)))
    assert service.month_metrics(employee.id, 2026, 11).total_working_days == 10
    gone = service.deactivate_employee(employee.id, date(2026, 11, 6))
    assert (gone.active, gone.end_date) == (False, date(2026, 11, 6))
    with pytest.raises(EmployeeInactive) as refused:
        service.clock_in(employee.id)
    assert refused.value.code == "EMPLOYEE_INACTIVE"
    with pytest.raises(EmployeeInactive):
        service.active_employee(employee.id)
    metrics = service.month_metrics(employee.id, 2026, 11)
    assert (metrics.total_working_days, metrics.total_absent_days) == (5, 5)
    days = service.month_days(employee.id, 2026, 11)
    assert days[8].status is DayStatus.NON_WORKING  # 9 November, after their last day

    back = service.reactivate_employee(employee.id)
    assert (back.active, back.end_date) == (True, None)
    assert service.active_employee(employee.id) == back
    assert service.clock_in(employee.id).employee_id == employee.id


def test_deactivating_defaults_the_last_day_to_today_in_their_zone(
    service: LocalAttendanceService, employee: Employee, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 11, 16, 23, 30, tzinfo=ZoneInfo("Europe/Berlin")))  # Tuesday in Tokyo
    assert service.deactivate_employee(employee.id).end_date == date(2026, 11, 16)
    service.update_employee(employee.id, EmployeeChanges(timezone="Asia/Tokyo"))
    assert service.deactivate_employee(employee.id).end_date == date(2026, 11, 17)


@pytest.fixture
def other_worker(db_path: Path, clock: FixedClock) -> Iterator[LocalAttendanceService]:
    """A second process's service on the same store, like another server worker or the CLI."""
    svc = LocalAttendanceService.open(sqlite_url(db_path), clock)
    yield svc
    svc.close()


def test_a_holiday_change_made_elsewhere_is_seen_at_once(
    service: LocalAttendanceService,
    employee: Employee,
    other_worker: LocalAttendanceService,
) -> None:
    def status_of(day: int) -> tuple[DayStatus, str | None]:
        record = service.month_days(employee.id, 2026, 11)[day - 1]
        return record.status, record.holiday_name

    assert status_of(13) == (DayStatus.ABSENT, None)  # the calendar is now cached here
    other_worker.add_company_holiday(date(2026, 11, 13), "Founders' day")
    assert status_of(13) == (DayStatus.NON_WORKING, "Founders' day")
    other_worker.remove_company_holiday(date(2026, 11, 13))
    assert status_of(13) == (DayStatus.ABSENT, None)
    other_worker.set_holiday_region("DE", "BY")
    assert service.calendar().country == "DE"
    other_worker.save_holidays("", "", {date(2026, 11, 12): "Offsite"})
    assert status_of(12) == (DayStatus.NON_WORKING, "Offsite")
    assert service.calendar().country == ""


def test_a_work_week_change_made_elsewhere_is_seen_at_once(
    service: LocalAttendanceService,
    employee: Employee,
    other_worker: LocalAttendanceService,
) -> None:
    before = service.month_metrics(employee.id, 2026, 11)
    other_worker.update_employee(employee.id, EmployeeChanges(work_week=(0, 1, 2, 3)))
    after = service.month_metrics(employee.id, 2026, 11)
    assert before.total_working_days - after.total_working_days == 2  # 6 and 13 November
    assert after.remaining_working_days == before.remaining_working_days - 2
    assert service.employee(employee.id).work_week == (0, 1, 2, 3)
    assert timedelta(0) == after.worked
