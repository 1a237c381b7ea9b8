"""Plain team data for the console's views: people, who's in, a month of days."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta

from attendance_desktop.core.admin_service import PersonMonth, Presence, PresenceState
from attendance_desktop.core.models import DayRecord, DayStatus, Employee, MonthMetrics

TODAY = date(2026, 11, 18)
NOW = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)


def person(id: int, first: str, last: str, department: str, zone: str | None = "UTC") -> Employee:
    return Employee(
        id=id, first_name=first, last_name=last, email=f"{first.lower()}@example.com",
        department=department, timezone=zone, job_title="Engineer",
    )  # fmt: skip


ALICE = person(1, "Alice", "Martin", "Platform")
BOB = person(2, "Bob", "Stone", "Sales")
CARA = person(3, "Cara", "Diaz", "Platform", zone="Europe/Berlin")
DAN = person(4, "Dan", "Keller", "Support")
EVE = person(5, "Eve", "Novak", "Sales")
FINN = person(6, "Finn", "Olsen", "Support")
GIA = person(7, "Gia", "Rossi", "Platform")


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 18, hour, minute, tzinfo=UTC)


def presences() -> list[Presence]:
    return [
        Presence(ALICE, PresenceState.IN, at(8, 12)),
        Presence(BOB, PresenceState.ON_BREAK, at(12, 30)),
        Presence(CARA, PresenceState.OUT, at(15, 5)),  # 16:05 in Berlin
        Presence(DAN, PresenceState.MISSING_CLOCK_OUT, at(7)),
        Presence(EVE, PresenceState.ON_LEAVE, leave_type="vacation"),
        Presence(FINN, PresenceState.ABSENT),
        Presence(GIA, PresenceState.OFF, holiday_name="Founders' Day"),
    ]


def month_days(
    seed: int, year: int = 2026, month: int = 11, today: date = TODAY
) -> list[DayRecord]:
    """A varied month: worked days, an absence, a leave day, a holiday, today in progress."""
    days = []
    for number in range(1, calendar.monthrange(year, month)[1] + 1):
        day = date(year, month, number)
        working = day.weekday() < 5
        if day > today:
            days.append(DayRecord(day, DayStatus.UPCOMING, working))
        elif number == 11:
            days.append(DayRecord(day, DayStatus.NON_WORKING, False, holiday_name="Founders' Day"))
        elif not working:
            days.append(DayRecord(day, DayStatus.NON_WORKING, False))
        elif day == today:
            days.append(DayRecord(day, DayStatus.PRESENT, True, worked=timedelta(hours=5)))
        elif (number + seed) % 9 == 0:
            days.append(DayRecord(day, DayStatus.ABSENT, True))
        elif (number + seed) % 13 == 0:
            days.append(DayRecord(day, DayStatus.LEAVE, False, leave_type="sick"))
        elif (number + seed) % 17 == 0:
            days.append(DayRecord(day, DayStatus.MISSING_CLOCK_OUT, True, clock_out_missing=True))
        else:
            worked = timedelta(hours=7, minutes=(seed * 7 + number * 11) % 60)
            days.append(DayRecord(day, DayStatus.COMPLETED, True, worked=worked,
                                  corrected=(number + seed) % 11 == 0))  # fmt: skip
    return days


def person_month(employee: Employee, seed: int) -> PersonMonth:
    days = month_days(seed)
    working = [d for d in days if d.is_working_day and d.status is not DayStatus.UPCOMING]
    present = [d for d in working if d.status is not DayStatus.ABSENT]
    metrics = MonthMetrics(
        2026, 11, len(working), len(present), len(working) - len(present),
        worked=sum((d.worked for d in days), timedelta()),
        total_leave_days=sum(d.status is DayStatus.LEAVE for d in days),
    )  # fmt: skip
    return PersonMonth(employee, tuple(days), metrics)


def team_month() -> list[PersonMonth]:
    return [person_month(e, seed) for seed, e in enumerate((ALICE, BOB, CARA, DAN, EVE, FINN, GIA))]
