"""The rules of attendance as pure functions of sessions, a calendar and `now`.

Instants are aware UTC datetimes; a day is a date in the employee's time zone.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from .calendar import WorkCalendar, month_dates
from .errors import (
    ClockWentBackwards,
    FutureMonth,
    InvalidDate,
    InvalidMonth,
    PunchTimeOutOfTolerance,
)
from .models import DayRecord, DayStatus, MonthMetrics, WorkSession

MIN_YEAR = 1970
MAX_YEAR = 9999
DEFAULT_PUNCH_TOLERANCE = timedelta(minutes=5)
BAD_INSTANT = "This date and time cannot be recorded: it is out of the range of real dates."
FUTURE_PUNCH = (
    "This punch is dated later than the attendance server's current time allows, "
    "so it was not recorded. Check the date and time of the device that made it."
)
REPLAY_BEFORE_LAST_PUNCH = (
    "This punch is dated before the employee's last recorded punch, so it was not "
    "recorded. Nothing was changed."
)


_ZERO = timedelta(0)


def local_date(instant: datetime, zone: ZoneInfo) -> date:
    """The employee's calendar date at `instant`."""
    return instant.astimezone(zone).date()


def session_break_time(session: WorkSession, now: datetime) -> timedelta:
    """Time on break inside the session; an open break counts up to clock-out or now."""
    if not session.breaks:  # most sessions (and a team's month has hundreds of thousands)
        return _ZERO
    end = session.clock_out if session.clock_out is not None else now
    total = _ZERO
    for brk in session.breaks:
        brk_end = brk.end if brk.end is not None else end
        if brk_end > end:
            brk_end = end
        if brk_end > brk.start:
            total += brk_end - brk.start
    return total


def session_worked(session: WorkSession, now: datetime) -> timedelta:
    """Worked time = (clock-out - clock-in) - sum of breaks; an open session runs to now."""
    end = session.clock_out if session.clock_out is not None else now
    span = max(end - session.clock_in, timedelta(0))
    return max(span - session_break_time(session, now), timedelta(0))


def counted_worked(
    session: WorkSession, now: datetime, missing_after: timedelta | None
) -> timedelta:
    """Worked time as the month counts it: a session whose clock-out is missing (open longer
    than `missing_after`) counts 0 until the person says when they left."""
    if missing_after is not None and is_clock_out_missing(session, now, missing_after):
        return timedelta(0)
    return session_worked(session, now)


def is_clock_out_missing(session: WorkSession, now: datetime, limit: timedelta) -> bool:
    """An open session older than the limit: its clock-out was forgotten. It is never
    closed silently; the person is asked when they left."""
    return session.clock_out is None and now - session.clock_in > limit


def check_month(year: int, month: int, today: date) -> None:
    """Raise InvalidMonth for nonsense and FutureMonth for a month after today's."""
    if not (1 <= month <= 12) or not (MIN_YEAR <= year <= MAX_YEAR):
        raise InvalidMonth()
    if (year, month) > (today.year, today.month):
        raise FutureMonth()


def resolve_punch_time(
    requested: datetime | None,
    now: datetime,
    tolerance: timedelta = DEFAULT_PUNCH_TOLERANCE,
    *,
    offline: bool = False,
) -> datetime:
    """When a punch happened, by the service's clock, which is authoritative.

    No time given: `now`. A client's time is accepted within the tolerance of `now`; an
    offline replay (a registered kiosk's) keeps its original time however old, but never
    one later than the tolerance allows. Either way a time ahead of `now` is recorded as
    `now`: a punch in the future would refuse the next punch stamped by the clock itself.
    """
    if requested is None:
        return now
    if requested.tzinfo is None:  # astimezone() would read it in this machine's zone
        raise PunchTimeOutOfTolerance("A punch time must include its time zone.")
    try:
        requested = requested.astimezone(UTC)
    except OverflowError as exc:  # e.g. 9999-12-31T23:59:59-23:59 is after year 9999 in UTC
        raise InvalidDate(BAD_INSTANT) from exc
    if requested - now > tolerance:
        raise PunchTimeOutOfTolerance(FUTURE_PUNCH if offline else None)
    if not offline and now - requested > tolerance:
        raise PunchTimeOutOfTolerance()
    return min(requested, now)


def place_after(
    at: datetime, last_punch: datetime | None, *, client_time: bool, offline: bool
) -> datetime:
    """Where a punch goes given the employee's last punch. A live client time is clamped to
    it (a whole-second time sent just after a punch stamped to the microsecond is not a
    clock going back); an offline replay keeps its time, so one dated earlier is refused;
    the service's own clock earlier than the last punch was set back, and is refused."""
    if last_punch is None or at >= last_punch:
        return at
    if offline:
        raise ClockWentBackwards(REPLAY_BEFORE_LAST_PUNCH)
    if client_time:
        return last_punch
    raise ClockWentBackwards()


def check_not_before(at: datetime, last_punch: datetime | None) -> None:
    """A punch before the last recorded one means the clock went backwards."""
    if last_punch is not None and at < last_punch:
        raise ClockWentBackwards()


def last_punch_of(sessions: Iterable[WorkSession]) -> datetime | None:
    latest: datetime | None = None
    for s in sessions:
        for instant in (
            s.clock_in,
            s.clock_out,
            *(b.start for b in s.breaks),
            *(b.end for b in s.breaks),
        ):
            if instant is not None and (latest is None or instant > latest):
                latest = instant
    return latest


def _clock_in(session: WorkSession) -> datetime:
    return session.clock_in


def _group_by_day(sessions: Iterable[WorkSession]) -> dict[date, list[WorkSession]]:
    """The sessions by their day, in any order: `build_day` puts a day's in order."""
    by_day: dict[date, list[WorkSession]] = {}
    for s in sessions:
        found = by_day.get(s.local_date)
        if found is None:
            by_day[s.local_date] = [s]
        else:
            found.append(s)
    return by_day


def _empty_status(on_leave: bool, working: bool, today_or_later: bool) -> DayStatus:
    if on_leave:
        return DayStatus.LEAVE
    if not working:
        return DayStatus.NON_WORKING
    # Today before the first clock-in is still in progress, not absent.
    return DayStatus.UPCOMING if today_or_later else DayStatus.ABSENT


# A day without sessions, by (on leave, working, today or later): its status, worked out once.
_EMPTY_STATUS = {
    (leave, working, later): _empty_status(leave, working, later)
    for leave in (False, True)
    for working in (False, True)
    for later in (False, True)
}


@lru_cache(maxsize=4096)
def _empty_day(
    day: date, status: DayStatus, working: bool, holiday: str | None, leave_type: str | None
) -> DayRecord:
    """A day without sessions, shared: a team's month has thousands of equal ones (weekends,
    holidays, days ahead), and a frozen record takes longer to make than to look up."""
    return DayRecord(day, status, working, holiday, leave_type=leave_type)


def build_day(
    day: date,
    sessions: Sequence[WorkSession],
    *,
    today: date,
    now: datetime,
    calendar: WorkCalendar,
    work_week: Sequence[int],
    start: date | None = None,
    end: date | None = None,
    leave_type: str | None = None,
    corrected: bool = False,
    missing_after: timedelta | None = None,
    with_sessions: bool = True,
) -> DayRecord:
    """The day's record. `with_sessions=False` leaves its sessions out (a team's month and
    the payroll export show the day, not its sessions): the same figures, one object."""
    holiday = calendar.holiday_name(day)
    employed = (start is None or day >= start) and (end is None or day <= end)
    working = employed and day.weekday() in work_week and holiday is None
    ordered = tuple(sorted(sessions, key=_clock_in)) if len(sessions) > 1 else tuple(sessions)
    # Sessions win over a leave (a leave day someone worked on counts as worked), and a
    # leave on a day that is not a working day (a holiday added since) changes nothing.
    on_leave = leave_type is not None and not ordered and working
    if on_leave:
        working = False  # not a working day for the metrics: present + absent = working
    if not ordered and not corrected:
        status = _EMPTY_STATUS[on_leave, working, day >= today]
        return _empty_day(day, status, working, holiday, leave_type if on_leave else None)
    # One pass over the sessions (a team's export builds millions of days): the same sums
    # as `counted_worked` and `session_break_time`, each break added up once.
    missing = any_open = False
    worked = breaks = _ZERO
    last_out: datetime | None = None
    for s in ordered:
        on_break = session_break_time(s, now)
        breaks += on_break
        if s.clock_out is None:
            any_open = True
            if missing_after is not None and now - s.clock_in > missing_after:
                missing = True
                continue  # a missing clock-out's session counts 0 until resolved
            stop = now
        else:
            stop = s.clock_out
            last_out = stop if last_out is None or stop > last_out else last_out
        span = stop - s.clock_in
        if span > on_break:
            worked += span - on_break
    first_in = ordered[0].clock_in if ordered else None
    if any_open:
        last_out = None

    if missing:
        status = DayStatus.MISSING_CLOCK_OUT
    elif any_open:
        status = DayStatus.PRESENT
    elif ordered:
        status = DayStatus.COMPLETED
    else:
        status = _EMPTY_STATUS[on_leave, working, day >= today]
    return DayRecord(
        date=day,
        status=status,
        is_working_day=working,
        holiday_name=holiday,
        first_clock_in=first_in,
        last_clock_out=last_out,
        worked=worked,
        break_time=breaks,
        sessions=ordered if with_sessions else (),
        leave_type=leave_type if on_leave else None,
        corrected=corrected,
        clock_out_missing=missing,
    )


def month_days(
    year: int,
    month: int,
    sessions: Iterable[WorkSession],
    *,
    today: date,
    now: datetime,
    calendar: WorkCalendar,
    work_week: Sequence[int],
    start: date | None = None,
    end: date | None = None,
    leave: Mapping[date, str] | None = None,
    corrected: Collection[date] = (),
    missing_after: timedelta | None = None,
    with_sessions: bool = True,
) -> list[DayRecord]:
    """One record per calendar day of the month, in order; days without sessions included.

    Days before `start` (the employee's first day) or after `end` (their last) are not
    working days for them. `leave` gives the leave days and their type, `corrected` the
    days whose record was corrected, `missing_after` the limit past which an open session
    has its clock-out missing.
    """
    leave = leave or {}
    check_month(year, month, today)
    by_day = _group_by_day(sessions)
    week = tuple(work_week)
    return [
        build_day(
            d,
            by_day.get(d, ()),
            today=today,
            now=now,
            calendar=calendar,
            work_week=week,
            start=start,
            end=end,
            leave_type=leave.get(d),
            corrected=d in corrected,
            missing_after=missing_after,
            with_sessions=with_sessions,
        )
        for d in month_dates(year, month)
    ]


def metrics_from_days(
    year: int, month: int, days: Sequence[DayRecord], today: date
) -> MonthMetrics:
    """The month metrics of PRODUCT.md from the month's day records.

    A working day counts once it is over (before today), or today once clocked in.
    """
    working = present = non_working_worked = remaining = leave = 0
    worked = timedelta(0)
    for day in days:
        worked += day.worked
        # A day left without its sessions (`with_sessions=False`) still has its first clock-in.
        has_sessions = day.first_clock_in is not None or bool(day.sessions)
        if day.status is DayStatus.LEAVE:
            leave += 1  # booked leave, past or ahead, on a day that would be worked
            continue
        if not day.is_working_day:
            if has_sessions:
                non_working_worked += 1
            continue
        if day.date < today or (day.date == today and has_sessions):
            working += 1
            if has_sessions:
                present += 1
        else:
            remaining += 1
    return MonthMetrics(
        year=year,
        month=month,
        total_working_days=working,
        total_present_days=present,
        total_absent_days=working - present,
        worked=worked,
        non_working_days_worked=non_working_worked,
        remaining_working_days=remaining,
        total_leave_days=leave,
    )


def month_metrics(
    year: int,
    month: int,
    sessions: Iterable[WorkSession],
    *,
    today: date,
    now: datetime,
    calendar: WorkCalendar,
    work_week: Sequence[int],
    start: date | None = None,
    end: date | None = None,
) -> MonthMetrics:
    days = month_days(
        year,
        month,
        sessions,
        today=today,
        now=now,
        calendar=calendar,
        work_week=work_week,
        start=start,
        end=end,
    )
    return metrics_from_days(year, month, days, today)
