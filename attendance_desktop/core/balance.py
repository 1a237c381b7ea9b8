"""The month's target and balance: hours owed by the daily target against hours worked.

A working day owes the daily target once it counts for the seed metrics (it is over, or it
is today and the person clocked in): the target so far and `total_working_days` always
agree, so the balance never runs ahead of the day. Leave days, weekends and holidays owe
nothing; hours worked on them still count as worked (overtime). A missing clock-out's day
owes its target and counts 0 h until it is resolved, as its worked time does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .models import DayRecord, DayStatus


@dataclass(frozen=True, slots=True)
class DayBalance:
    date: date
    worked: timedelta
    target: timedelta  # what the day owes now (0 on a day off, or a working day still ahead)
    planned: timedelta  # what the day owes once it has come (the month's full target)

    @property
    def balance(self) -> timedelta:
        return self.worked - self.target


@dataclass(frozen=True, slots=True)
class MonthBalance:
    days: tuple[DayBalance, ...]
    daily_target: timedelta

    @property
    def worked(self) -> timedelta:
        return sum((d.worked for d in self.days), timedelta(0))

    @property
    def target_so_far(self) -> timedelta:
        return sum((d.target for d in self.days), timedelta(0))

    @property
    def month_target(self) -> timedelta:
        """Every working day of the month, the ones still ahead included."""
        return sum((d.planned for d in self.days), timedelta(0))

    @property
    def balance(self) -> timedelta:
        """Overtime (positive) or undertime (negative) so far."""
        return self.worked - self.target_so_far

    def running(self) -> list[timedelta]:
        """The balance at the end of each day, for the chart and the report."""
        total, out = timedelta(0), []
        for day in self.days:
            total += day.balance
            out.append(total)
        return out


def month_balance(days: Sequence[DayRecord], today: date, daily_target: timedelta) -> MonthBalance:
    out = []
    for day in days:
        owes = day.is_working_day and day.status is not DayStatus.LEAVE
        counts = day.date < today or (day.date == today and bool(day.sessions))
        planned = daily_target if owes else timedelta(0)
        out.append(DayBalance(day.date, day.worked, planned if counts else timedelta(0), planned))
    return MonthBalance(tuple(out), daily_target)


def hours(span: timedelta) -> float:
    """A span as decimal hours, two places (7 h 45 min -> 7.75): the report's unit."""
    return round(span.total_seconds() / 3600, 2)


def signed_hours(span: timedelta) -> str:
    """'+3.25 h', '-1.50 h', '0.00 h': the balance as the screen and the report show it."""
    value = hours(span)
    if value == 0:
        return "0.00 h"
    return f"{value:+.2f} h"
