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
    DayStatus.LEAVE: "Leave",
    DayStatus.MISSING_CLOCK_OUT: "Clock-out missing",
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


def today_figures(status: CurrentStatus, now: datetime) -> tuple[timedelta, timedelta | None]:
    """(today's worked time, the running break's time or None) at `now`.

    `status` was read at `status.now`; `now` is that moved on by the window's own
    monotonic time, so the display ticks without asking the service again. Worked time
    stands still during a break, and after a clock-out it stays at the day's total.
    """
    since = max(now - status.now, timedelta(0))
    session, running = status.open_session, status.open_break
    if running is not None:
        return status.today_worked, max(now - running.start, timedelta(0))
    counts_today = session is not None and any(s.id == session.id for s in status.today_sessions)
    if not counts_today:  # not clocked in, or a night shift from yesterday (yesterday's time)
        return status.today_worked, None
    return status.today_worked + since, None


PUNCH_WORDS = {
    "clock_in": "Clocked in",
    "clock_out": "Clocked out",
    "break_start": "Break started",
    "break_end": "Break ended",
}
_PUNCH_NOUNS = {
    "clock_in": "clock-in",
    "clock_out": "clock-out",
    "break_start": "break start",
    "break_end": "break end",
}


def punch_done(action: str, at: datetime, zone: ZoneInfo, *, waiting: bool = False) -> str:
    """'Clocked out at 17:02', or 'Clocked out 17:02 · waiting to send' while it waits."""
    words = PUNCH_WORDS.get(action, "Punched")
    if waiting:
        return f"{words} {clock_time(at, zone)} \u00b7 waiting to send"
    return f"{words} at {clock_time(at, zone)}"


def punch_undone(action: str, at: datetime, zone: ZoneInfo) -> str:
    """'Clock-out at 17:02 undone'."""
    noun = _PUNCH_NOUNS.get(action, "punch")
    return f"{noun[0].upper()}{noun[1:]} at {clock_time(at, zone)} undone"


def punch_refused(action: str, at: datetime, zone: ZoneInfo, reason: str) -> str:
    """A punch kept offline and refused when sent: which one, when it was made, why, and
    what to do about it."""
    local = at.astimezone(zone)
    when = f"{clock_time(at, zone)} on {DAY_NAMES[local.weekday()]} {local.day} "
    when += MONTH_NAMES[local.month]
    return (
        f"Your {_PUNCH_NOUNS.get(action, 'punch')} at {when}, kept on this computer while "
        f"the server was away, was refused by the server: {reason.rstrip('.')}. "
        "It was not recorded. Check that day in the calendar; if it is wrong, ask your "
        "administrator to correct it."
    )
