"""Who's in now, for the whole team at once: the console's first page.

One `status()` per person is five queries each, a second or more for 1,000 people. Here
the active team is read in four: the people, every session dated in the window where
anyone's "today" can lie (UTC's date +-1 day covers every zone) or still open, those
sessions' breaks, and the window's leave days. Each person's state then comes from their
own zone's today and the same `rules.build_day` as their month page, so "absent", "off"
and "on leave" mean here what they mean there.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select

from ..core import rules
from ..core.admin_service import Presence, PresenceState
from ..core.calendar import WorkCalendar
from ..core.models import Break, Employee, WorkSession
from . import generations, queries
from .calendar_settings import CalendarSettings
from .schema import breaks, employees, leave_days, work_sessions
from .store_core import StoreCore


def _window(now: datetime) -> tuple[date, date]:
    utc = now.date() if now.tzinfo is None else now.astimezone(UTC).date()
    return utc - timedelta(days=1), utc + timedelta(days=1)


class TeamPresence:
    def __init__(self, core: StoreCore, calendar: CalendarSettings) -> None:
        self._core = core
        self._calendar = calendar

    def presence(self) -> list[Presence]:
        now = self._core.clock.now()
        first, last = _window(now)
        in_window = or_(
            work_sessions.c.local_date.between(first, last), work_sessions.c.clock_out.is_(None)
        )
        active = employees.c.active.is_(True)
        with self._core.read() as conn:
            people = [
                queries.employee_from_row(r._mapping)
                for r in conn.execute(select(employees).where(active))
            ]
            by_session: dict[int, list[Break]] = defaultdict(list)
            brk_rows = conn.execute(
                select(breaks)
                .join(work_sessions, work_sessions.c.id == breaks.c.session_id)
                .join(employees, employees.c.id == work_sessions.c.employee_id)
                .where(in_window, active)
            ).mappings()
            for b in brk_rows:
                by_session[int(b["session_id"])].append(queries.break_from_row(b))
            sessions: dict[int, list[WorkSession]] = defaultdict(list)
            ses_rows = conn.execute(
                select(work_sessions)
                .join(employees, employees.c.id == work_sessions.c.employee_id)
                .where(in_window, active)
            ).mappings()
            for m in ses_rows:
                got = tuple(sorted(by_session.get(int(m["id"]), ()), key=lambda b: b.start))
                sessions[int(m["employee_id"])].append(queries.session_from_row(m, got))
            leave: dict[int, dict[date, str]] = defaultdict(dict)
            for r in conn.execute(
                select(leave_days.c.employee_id, leave_days.c.day, leave_days.c.leave_type).where(
                    leave_days.c.day.between(first, last)
                )
            ):
                leave[r.employee_id][r.day] = r.leave_type
            limit = self._calendar.missing_after(conn)
            generation = generations.current(conn, generations.CALENDAR)
        years = tuple(sorted({first.year, last.year}))
        calendar = self._calendar.calendar(years, generation)
        found = [
            _state(
                p,
                self._core.zone(p),
                sessions.get(p.id, []),
                leave.get(p.id, {}),
                now,
                calendar,
                limit,
            )
            for p in people
        ]
        return sorted(found, key=lambda p: by_name(p.employee))


def by_name(emp: Employee) -> tuple[str, str, int]:
    """The console's order of people: last name, first name (then id, for namesakes)."""
    return (emp.last_name.casefold(), emp.first_name.casefold(), emp.id)


def _state(
    emp: Employee,
    zone: ZoneInfo,
    sessions: list[WorkSession],
    leave: dict[date, str],
    now: datetime,
    calendar: WorkCalendar,
    limit: timedelta,
) -> Presence:
    today = rules.local_date(now, zone)
    open_ = next((s for s in sessions if s.is_open), None)
    if open_ is not None:
        if rules.is_clock_out_missing(open_, now, limit):
            return Presence(emp, PresenceState.MISSING_CLOCK_OUT, open_.clock_in)
        if open_.open_break is not None:
            return Presence(emp, PresenceState.ON_BREAK, open_.open_break.start)
        return Presence(emp, PresenceState.IN, open_.clock_in)
    todays = [s for s in sessions if s.local_date == today]
    day = rules.build_day(
        today, todays, today=today, now=now, calendar=calendar, work_week=emp.work_week,
        start=emp.start_date, end=emp.end_date, leave_type=leave.get(today),
        missing_after=limit,
    )  # fmt: skip
    # Out: left today, from today's sessions or from a night shift that began yesterday.
    left = [
        s.clock_out
        for s in sessions
        if s.clock_out is not None
        and (s.local_date == today or rules.local_date(s.clock_out, zone) == today)
    ]
    if left:
        return Presence(emp, PresenceState.OUT, max(left))
    if day.leave_type is not None:
        return Presence(emp, PresenceState.ON_LEAVE, leave_type=day.leave_type)
    if not day.is_working_day:
        return Presence(emp, PresenceState.OFF, holiday_name=day.holiday_name)
    return Presence(emp, PresenceState.ABSENT)
