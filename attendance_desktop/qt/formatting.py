"""Plain words and numbers for the screen: durations, times in the employee's zone, dates.

Pure functions (no Qt), so the views stay layout-only and these are easy to test.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..core.models import CurrentStatus, DayStatus, WorkSession

TO = " \u2013 "  # an en dash between two times

STATUS_LABELS: dict[DayStatus, str] = {
    DayStatus.COMPLETED: "Completed",
    DayStatus.PRESENT: "Present",
    DayStatus.ABSENT: "Absent",
    DayStatus.NON_WORKING: "Non-working day",
    DayStatus.UPCOMING: "Upcoming",
}


def zone_named(name: str | None, fallback: str = "UTC") -> ZoneInfo:
    """The zone `name`, else `fallback`, else UTC: a bad name never stops the window."""
    for candidate in (name, fallback):
        if candidate:
            try:
                return ZoneInfo(candidate)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return ZoneInfo("UTC")


def duration(span: timedelta) -> str:
    """'7h 05m', '45m', '0m' (seconds dropped; negative spans show as 0m)."""
    minutes = max(int(span.total_seconds()) // 60, 0)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m" if hours else f"{minutes}m"


def stopwatch(span: timedelta) -> str:
    """'01:02:03' for the live elapsed display."""
    seconds = max(int(span.total_seconds()), 0)
    hours, rest = divmod(seconds, 3600)
    return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


def clock_time(instant: datetime | None, zone: ZoneInfo) -> str:
    return instant.astimezone(zone).strftime("%H:%M") if instant is not None else "--:--"


# English names, independent of the C locale (the UI is English until it is translated).
# Plain tuples, too: `calendar.day_name` runs strftime on every look-up, and the month view
# looks names up for every day it shows.
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAY_ABBRS = tuple(name[:3] for name in DAY_NAMES)
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December")  # fmt: skip


def long_date(day: date) -> str:
    """'Monday 3 November 2026'."""
    return f"{DAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month]} {day.year}"


def two_line_date(day: date) -> str:
    """'Monday' above '3 November 2026'."""
    return f"{DAY_NAMES[day.weekday()]}\n{day.day} {MONTH_NAMES[day.month]} {day.year}"


def month_title(year: int, month: int) -> str:
    return f"{MONTH_NAMES[month]} {year}"


def session_span(session: WorkSession, zone: ZoneInfo) -> str:
    """'09:00 to 17:30' (with an en dash), 'now' for an open session, '(+1d)' past midnight."""
    start = clock_time(session.clock_in, zone)
    if session.clock_out is None:
        return f"{start}{TO}now"
    end_local = session.clock_out.astimezone(zone)
    end = end_local.strftime("%H:%M")
    if end_local.date() != session.clock_in.astimezone(zone).date():
        end += f" (+{(end_local.date() - session.clock_in.astimezone(zone).date()).days}d)"
    return f"{start}{TO}{end}"


def break_span(start: datetime, end: datetime | None, zone: ZoneInfo) -> str:
    return f"{clock_time(start, zone)}{TO}{clock_time(end, zone) if end else 'now'}"


def live_figures(status: CurrentStatus, since_snapshot: timedelta) -> tuple[timedelta, timedelta]:
    """(open session's elapsed time, today's worked time), moved on by `since_snapshot`.

    The snapshot came from the service with its own `now`; the window adds the monotonic
    time elapsed since, so the display ticks without asking the store again. Worked time
    stands still during a break.
    """
    session = status.open_session
    if session is None:
        return timedelta(0), status.today_worked
    now = status.now + since_snapshot
    elapsed = max(now - session.clock_in, timedelta(0))
    counts_today = any(s.id == session.id for s in status.today_sessions)
    if status.on_break or not counts_today:  # a night shift from yesterday counts for yesterday
        return elapsed, status.today_worked
    return elapsed, status.today_worked + since_snapshot
