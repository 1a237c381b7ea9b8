"""Which reminder is due: pure rules of the status, the day and the person's choices.

The desktop asks these rules every minute with the clock's `now`; they answer with the
reminders due, and the caller remembers which it has shown (each fires once per day).
No reminder comes on a day that is not a working day (weekend, holiday, or outside the
employee's employment): the caller says which days are working days.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from .basics import DEFAULT_START as DEFAULT_START
from .models import CurrentStatus
from .rules import session_worked


class ReminderKind(StrEnum):
    NOT_CLOCKED_IN = "not_clocked_in"
    PAST_TARGET = "past_target"
    NO_BREAK = "no_break"
    MISSING_CLOCK_OUT = "missing_clock_out"


@dataclass(frozen=True, slots=True)
class ReminderRules:
    """The person's reminder choices. Defaults: German working-time law's break rule
    (a 30-minute break after 6 hours of work) and the product's 16-hour missing clock-out."""

    start_times: dict[int, time] = field(default_factory=dict)  # weekday -> start of work
    not_clocked_in: bool = True
    late_after: timedelta = timedelta(minutes=15)
    past_target: bool = True
    daily_target: timedelta = timedelta(hours=8)
    past_target_after: timedelta = timedelta(minutes=30)
    no_break: bool = True
    break_after: timedelta = timedelta(hours=6)
    break_length: timedelta = timedelta(minutes=30)
    missing_clock_out: bool = True
    open_limit: timedelta = timedelta(hours=16)

    def start_of(self, day: date) -> time:
        return self.start_times.get(day.weekday(), DEFAULT_START)


@dataclass(frozen=True, slots=True)
class Reminder:
    kind: ReminderKind
    day: date  # the day it is about: once per (kind, day)
    title: str
    text: str


def _hm(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def due_reminders(
    now: datetime,
    zone: ZoneInfo,
    status: CurrentStatus,
    rules: ReminderRules,
    is_working_day: Callable[[date], bool],
    already_shown: Collection[tuple[ReminderKind, date]] = (),
) -> list[Reminder]:
    """The reminders due at `now` and not shown yet, in a stable order."""
    due: list[Reminder] = []
    today = now.astimezone(zone).date()
    session = status.open_session

    if rules.not_clocked_in and not status.today_sessions and session is None:
        start = datetime.combine(today, rules.start_of(today), zone)
        if is_working_day(today) and now >= start + rules.late_after:
            due.append(
                Reminder(
                    ReminderKind.NOT_CLOCKED_IN,
                    today,
                    "Not clocked in yet",
                    f"Your work day started at {rules.start_of(today):%H:%M}. "
                    "Clock in if you are working.",
                )
            )

    if session is not None and is_working_day(session.local_date):
        day = session.local_date
        open_for = now - session.clock_in
        if rules.missing_clock_out and open_for > rules.open_limit:
            due.append(
                Reminder(
                    ReminderKind.MISSING_CLOCK_OUT,
                    day,
                    "Did you forget to clock out?",
                    f"You have been clocked in since {session.clock_in.astimezone(zone):%a %H:%M} "
                    f"({_hm(open_for)}). Clock out, and correct the time if you left earlier.",
                )
            )
        else:
            breaks = sum((b.duration(now) for b in session.breaks), timedelta(0))
            worked = open_for - breaks
            if rules.no_break and worked >= rules.break_after and breaks < rules.break_length:
                due.append(
                    Reminder(
                        ReminderKind.NO_BREAK,
                        day,
                        "Time for a break",
                        f"You have worked {_hm(worked)} with {_hm(breaks)} of break; "
                        f"after {_hm(rules.break_after)} a {_hm(rules.break_length)} break is due.",
                    )
                )
            others = [s for s in status.today_sessions if s.id != session.id]
            earlier = sum((session_worked(s, now) for s in others), timedelta(0))
            day_worked = worked + (earlier if day == status.today else timedelta(0))
            if rules.past_target and day_worked >= rules.daily_target + rules.past_target_after:
                due.append(
                    Reminder(
                        ReminderKind.PAST_TARGET,
                        day,
                        "Still clocked in",
                        f"You have worked {_hm(day_worked)} today, past your target of "
                        f"{_hm(rules.daily_target)}. Clock out when you are done.",
                    )
                )
    return [r for r in due if (r.kind, r.day) not in already_shown]
