"""Small builders for domain objects, so each example reads like the rule it pins."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from itertools import count
from zoneinfo import ZoneInfo

from attendance_desktop.core.calendar import WorkCalendar
from attendance_desktop.core.models import DEFAULT_WORK_WEEK, Break, DayRecord, WorkSession
from attendance_desktop.core.rules import local_date, month_days

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
_ids = count(1)


def local(
    zone: ZoneInfo, y: int, m: int, d: int, h: int = 0, mi: int = 0, fold: int = 0
) -> datetime:
    """A wall-clock time in `zone` as the UTC instant the store would keep."""
    return datetime(y, m, d, h, mi, tzinfo=zone, fold=fold).astimezone(UTC)


def brk(start: datetime, end: datetime | None = None, reason: str = "") -> Break:
    return Break(id=next(_ids), session_id=0, start=start, end=end, reason=reason)


def session(
    clock_in: datetime,
    clock_out: datetime | None = None,
    *,
    zone: ZoneInfo = BERLIN,
    breaks: Sequence[Break] = (),
) -> WorkSession:
    """A session dated like the store dates it: the local date of its clock-in."""
    return WorkSession(
        id=next(_ids),
        employee_id=1,
        local_date=local_date(clock_in, zone),
        clock_in=clock_in,
        clock_out=clock_out,
        breaks=tuple(breaks),
    )


def days_of(
    year: int,
    month: int,
    sessions: Sequence[WorkSession] = (),
    *,
    now: datetime,
    zone: ZoneInfo = BERLIN,
    calendar: WorkCalendar | None = None,
    work_week: Sequence[int] = DEFAULT_WORK_WEEK,
) -> dict[date, DayRecord]:
    records = month_days(
        year,
        month,
        sessions,
        today=local_date(now, zone),
        now=now,
        calendar=calendar or WorkCalendar(),
        work_week=work_week,
    )
    return {r.date: r for r in records}


HOUR = timedelta(hours=1)
