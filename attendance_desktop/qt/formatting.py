"""Plain words and numbers for the screen: durations, times in the employee's zone, dates.

Functions of plain data, so the views stay layout-only and these are easy to test. Names of
days and months and the decimal separator come from the default QLocale (set once at start
from the language setting, `i18n.install_language`); the words around them come from the
translator, so German reads "Montag, 3. November 2026" and "8,50 h".
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QLocale

from ..core.models import CurrentStatus, DayStatus, WorkSession
from .i18n import translate

TO = " \u2013 "  # an en dash between two times


def status_label(status: DayStatus) -> str:
    return {
        DayStatus.COMPLETED: translate("formatting", "Completed"),
        DayStatus.PRESENT: translate("formatting", "Present"),
        DayStatus.ABSENT: translate("formatting", "Absent"),
        DayStatus.NON_WORKING: translate("formatting", "Non-working day"),
        DayStatus.UPCOMING: translate("formatting", "Upcoming"),
        DayStatus.LEAVE: translate("formatting", "Leave"),
        DayStatus.MISSING_CLOCK_OUT: translate("formatting", "Clock-out missing"),
    }[status]


def leave_label(leave_type: object) -> str:
    """A leave type of the API ("vacation", "sick", "other") in words."""
    value = str(getattr(leave_type, "value", leave_type))
    return {
        "vacation": translate("formatting", "Vacation"),
        "sick": translate("formatting", "Sick"),
        "other": translate("formatting", "Other leave"),
    }.get(value, value)


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
    if hours:
        return translate("formatting", "{hours}h {minutes}m").format(
            hours=hours, minutes=f"{minutes:02d}"
        )
    return translate("formatting", "{minutes}m").format(minutes=minutes)


def stopwatch(span: timedelta) -> str:
    """'01:02:03' for the live elapsed display."""
    seconds = max(int(span.total_seconds()), 0)
    hours, rest = divmod(seconds, 3600)
    return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


def clock_time(instant: datetime | None, zone: ZoneInfo) -> str:
    return instant.astimezone(zone).strftime("%H:%M") if instant is not None else "--:--"


def day_name(weekday: int) -> str:
    """The locale's name of a weekday (0 is Monday, as `date.weekday()`)."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)


def day_abbr(weekday: int) -> str:
    """'Mon', 'Mo.': the calendar's column heads."""
    return QLocale().dayName(weekday + 1, QLocale.FormatType.ShortFormat)


def month_name(month: int) -> str:
    """'October', 'Oktober' (the standalone form: a month on its own, as in a title)."""
    return QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)


def month_abbr(month: int) -> str:
    return QLocale().standaloneMonthName(month, QLocale.FormatType.ShortFormat)


def decimal(value: float, places: int = 2) -> str:
    """'8.50' or '8,50': the locale's decimal separator, no thousands separator."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", places)


def hours_text(value: float) -> str:
    """'8.50 h', '8,50 h': decimal hours as the metrics and the report show them."""
    return translate("formatting", "{hours} h").format(hours=decimal(value))


def signed_hours_text(value: float) -> str:
    """'+3.25 h', '-1.50 h', '0.00 h' (in the locale's decimals): a balance."""
    if value == 0:
        return hours_text(0)
    sign = "+" if value > 0 else "-"
    return sign + hours_text(abs(value))


def day_month(day: date) -> str:
    """'3 November' / '3. November' (a date in this year's context)."""
    return translate("formatting", "{day} {month}").format(
        day=day.day, month=month_name_in_date(day)
    )


def month_name_in_date(day: date) -> str:
    """The month's name as it stands inside a date (some languages inflect it)."""
    return QLocale().monthName(day.month, QLocale.FormatType.LongFormat)


def long_date(day: date) -> str:
    """'Monday 3 November 2026' / 'Montag, 3. November 2026'."""
    return translate("formatting", "{weekday} {day} {month} {year}").format(
        weekday=day_name(day.weekday()), day=day.day, month=month_name_in_date(day), year=day.year
    )


def two_line_date(day: date) -> str:
    """'Monday' above '3 November 2026'."""
    return translate("formatting", "{weekday}\n{day} {month} {year}").format(
        weekday=day_name(day.weekday()), day=day.day, month=month_name_in_date(day), year=day.year
    )


def month_title(year: int, month: int) -> str:
    """'October 2026' / 'Oktober 2026'."""
    return translate("formatting", "{month} {year}").format(month=month_name(month), year=year)


def session_span(session: WorkSession, zone: ZoneInfo) -> str:
    """'09:00 to 17:30' (with an en dash), 'now' for an open session, '(+1d)' past midnight."""
    start = clock_time(session.clock_in, zone)
    if session.clock_out is None:
        return f"{start}{TO}{translate('formatting', 'now')}"
    end_local = session.clock_out.astimezone(zone)
    end = end_local.strftime("%H:%M")
    if end_local.date() != session.clock_in.astimezone(zone).date():
        days = (end_local.date() - session.clock_in.astimezone(zone).date()).days
        end += " " + translate("formatting", "(+{days}d)").format(days=days)
    return f"{start}{TO}{end}"


def break_span(start: datetime, end: datetime | None, zone: ZoneInfo) -> str:
    end_text = clock_time(end, zone) if end else translate("formatting", "now")
    return f"{clock_time(start, zone)}{TO}{end_text}"


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


def punch_words(action: str) -> str:
    return {
        "clock_in": translate("formatting", "Clocked in"),
        "clock_out": translate("formatting", "Clocked out"),
        "break_start": translate("formatting", "Break started"),
        "break_end": translate("formatting", "Break ended"),
    }.get(action, translate("formatting", "Punched"))


def punch_done(action: str, at: datetime, zone: ZoneInfo, *, waiting: bool = False) -> str:
    """'Clocked out at 17:02', or 'Clocked out 17:02 · waiting to send' while it waits."""
    words, when = punch_words(action), clock_time(at, zone)
    if waiting:
        return translate("formatting", "{punch} {time} \u00b7 waiting to send").format(
            punch=words, time=when
        )
    return translate("formatting", "{punch} at {time}").format(punch=words, time=when)


def punch_undone(action: str, at: datetime, zone: ZoneInfo) -> str:
    """'Clock-out at 17:02 undone'."""
    text = {
        "clock_in": translate("formatting", "Clock-in at {time} undone"),
        "clock_out": translate("formatting", "Clock-out at {time} undone"),
        "break_start": translate("formatting", "Break start at {time} undone"),
        "break_end": translate("formatting", "Break end at {time} undone"),
    }.get(action, translate("formatting", "Punch at {time} undone"))
    return text.format(time=clock_time(at, zone))


def punch_refused(action: str, at: datetime, zone: ZoneInfo, reason: str) -> str:
    """A punch kept offline and refused when sent: which one, when it was made, why, and
    what to do about it."""
    local = at.astimezone(zone)
    noun = {
        "clock_in": translate("formatting", "clock-in"),
        "clock_out": translate("formatting", "clock-out"),
        "break_start": translate("formatting", "break start"),
        "break_end": translate("formatting", "break end"),
    }.get(action, translate("formatting", "punch"))
    return translate(
        "formatting",
        "Your {punch} at {time} on {weekday} {date}, kept on this computer while the server "
        "was away, was refused by the server: {reason}. It was not recorded. Check that day "
        "in the calendar; if it is wrong, ask your administrator to correct it.",
    ).format(
        punch=noun,
        time=clock_time(at, zone),
        weekday=day_name(local.weekday()),
        date=day_month(local.date()),
        reason=reason.rstrip("."),
    )
