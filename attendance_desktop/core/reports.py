"""Payroll exports' rows: one per employee-day, and each employee's month totals.

Pure: the caller hands over an employee's month days (the very `DayRecord`s the month
data route serves) and the date of today, and gets plain rows back. The totals come from
`rules.metrics_from_days`, the function behind `month_stat`, so an export cannot disagree
with what the employee sees. Rows are made one employee at a time, so a writer can stream
a team of any size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from . import rules
from .models import DayRecord, Employee

DAY_HEADER = (
    "employee_id",
    "name",
    "date",
    "status",
    "first_in",
    "last_out",
    "worked_hours",
    "break_hours",
    "holiday_or_leave",
    "corrected",
)

TOTALS_HEADER = (
    "employee_id",
    "name",
    "working_days",
    "present_days",
    "absent_days",
    "leave_days",
    "worked_hours",
    "non_working_days_worked",
    "corrected_days",
)


def decimal_hours(value: timedelta) -> float:
    """Hours as the API gives them (`worked_hours`): a decimal number, two places."""
    return round(value.total_seconds() / 3600, 2)


@dataclass(frozen=True, slots=True)
class DayRow:
    employee_id: int
    name: str
    date: date
    status: str  # the API's word: completed, absent, non_working, leave, ...
    first_in: datetime | None  # in the employee's time zone
    last_out: datetime | None
    worked_hours: float
    break_hours: float
    holiday_or_leave: str  # the holiday's name or the leave type; "" on other days
    corrected: bool


@dataclass(frozen=True, slots=True)
class TotalsRow:
    employee_id: int
    name: str
    working_days: int
    present_days: int
    absent_days: int
    leave_days: int
    worked_hours: float
    non_working_days_worked: int
    corrected_days: int


@dataclass(frozen=True, slots=True)
class EmployeeMonth:
    days: tuple[DayRow, ...]
    totals: TotalsRow


def _local(value: datetime | None, zone: ZoneInfo) -> datetime | None:
    return value.astimezone(zone) if value is not None else None


def employee_month(
    employee: Employee,
    zone: ZoneInfo,
    year: int,
    month: int,
    days: Sequence[DayRecord],
    today: date,
) -> EmployeeMonth:
    """One employee's rows for the month: `days` is their month data, `today` their date."""
    name = employee.full_name
    rows = tuple(
        DayRow(
            employee_id=employee.id,
            name=name,
            date=d.date,
            status=d.status.value,
            first_in=_local(d.first_clock_in, zone),
            last_out=_local(d.last_clock_out, zone),
            worked_hours=decimal_hours(d.worked),
            break_hours=decimal_hours(d.break_time),
            holiday_or_leave=d.holiday_name or d.leave_type or "",
            corrected=d.corrected,
        )
        for d in days
    )
    m = rules.metrics_from_days(year, month, days, today)
    totals = TotalsRow(
        employee_id=employee.id,
        name=name,
        working_days=m.total_working_days,
        present_days=m.total_present_days,
        absent_days=m.total_absent_days,
        leave_days=m.total_leave_days,
        worked_hours=m.worked_hours,
        non_working_days_worked=m.non_working_days_worked,
        corrected_days=sum(1 for d in days if d.corrected),
    )
    return EmployeeMonth(rows, totals)


def employed_in(employee: Employee, year: int, month: int) -> bool:
    """Whether the employee belongs in the month's export: employed on one of its days
    (a person who left before the month, or starts after it, has nothing to pay)."""
    first = date(year, month, 1)
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if employee.start_date is not None and employee.start_date > last:
        return False
    return employee.end_date is None or employee.end_date >= first


def csv_cells(row: DayRow) -> list[str]:
    """A day row as CSV text: RFC 3339 times with the employee's offset, `true`/`false`."""
    return [
        str(row.employee_id),
        row.name,
        row.date.isoformat(),
        row.status,
        row.first_in.isoformat() if row.first_in else "",
        row.last_out.isoformat() if row.last_out else "",
        f"{row.worked_hours:.2f}",
        f"{row.break_hours:.2f}",
        row.holiday_or_leave,
        "true" if row.corrected else "false",
    ]


__all__ = [
    "DAY_HEADER",
    "TOTALS_HEADER",
    "DayRow",
    "EmployeeMonth",
    "TotalsRow",
    "csv_cells",
    "decimal_hours",
    "employed_in",
    "employee_month",
]
