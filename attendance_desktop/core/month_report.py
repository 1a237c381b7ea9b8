"""The month as a report: one row per calendar day, as the month data has it, and as CSV.

Times are local to the employee's zone (HH:MM; a clock-out after midnight keeps its own
date's time, as the month data's sessions do). Hours are decimal with two places so a
spreadsheet can add them; the status is the API's word (`completed`, `non_working`, ...).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TextIO
from zoneinfo import ZoneInfo

from .balance import hours, month_balance
from .models import DayRecord

COLUMNS = (
    "date",
    "status",
    "first_in",
    "last_out",
    "worked_hours",
    "break_hours",
    "target_hours",
    "holiday_or_leave",
    "corrected",
)


@dataclass(frozen=True, slots=True)
class ReportRow:
    date: str
    status: str
    first_in: str
    last_out: str
    worked_hours: float
    break_hours: float
    target_hours: float
    holiday_or_leave: str
    corrected: bool

    def cells(self) -> list[str]:
        return [
            self.date,
            self.status,
            self.first_in,
            self.last_out,
            f"{self.worked_hours:.2f}",
            f"{self.break_hours:.2f}",
            f"{self.target_hours:.2f}",
            self.holiday_or_leave,
            "yes" if self.corrected else "no",
        ]


def _local(instant: datetime | None, zone: ZoneInfo) -> str:
    return instant.astimezone(zone).strftime("%H:%M") if instant is not None else ""


def report_rows(
    days: Sequence[DayRecord], zone: ZoneInfo, today: date, daily_target: timedelta
) -> list[ReportRow]:
    """`today` is the employee's local date: a working day owes its target once it counts."""
    balance = month_balance(days, today, daily_target)
    return [
        ReportRow(
            date=day.date.isoformat(),
            status=day.status.value,
            first_in=_local(day.first_clock_in, zone),
            last_out=_local(day.last_clock_out, zone),
            worked_hours=hours(day.worked),
            break_hours=hours(day.break_time),
            target_hours=hours(owed.target),
            holiday_or_leave=day.holiday_name or day.leave_type or "",
            corrected=day.corrected,
        )
        for day, owed in zip(days, balance.days, strict=True)
    ]


def write_csv(rows: Sequence[ReportRow], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(row.cells())
