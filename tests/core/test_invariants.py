"""Invariants of the month rules, for any sessions, zone, work week and holiday region."""

from __future__ import annotations

import calendar as pycalendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from attendance_desktop.core.calendar import WorkCalendar
from attendance_desktop.core.models import DayStatus, WorkSession
from attendance_desktop.core.rules import (
    local_date,
    metrics_from_days,
    month_days,
    session_break_time,
    session_worked,
)

from .builders import brk, session

ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Auckland"]
# Built once: the holidays package computes a year's holidays on first use.
CALENDARS = {"": WorkCalendar(), "DE-BY": WorkCalendar("DE", "BY"), "US": WorkCalendar("US")}
MINUTE = timedelta(minutes=1)


@dataclass(frozen=True)
class Scenario:
    year: int
    month: int
    zone: ZoneInfo
    sessions: list[WorkSession]
    now: datetime
    calendar: WorkCalendar
    work_week: tuple[int, ...]

    @property
    def today(self) -> date:
        return local_date(self.now, self.zone)


@st.composite
def scenarios(draw: st.DrawFn) -> Scenario:
    zone = ZoneInfo(draw(st.sampled_from(ZONES)))
    year, month = draw(st.integers(2024, 2028)), draw(st.integers(1, 12))
    month_start = datetime(year, month, 1, tzinfo=zone).astimezone(UTC)
    # Start a little before the month so night shifts from the previous month occur too.
    t = month_start - timedelta(hours=draw(st.integers(0, 30)))
    sessions: list[WorkSession] = []
    for _ in range(draw(st.integers(0, 25))):
        t += draw(st.integers(1, 3 * 24 * 60)) * MINUTE
        length = draw(st.integers(0, 14 * 60))
        marks = sorted(draw(st.lists(st.integers(0, length), max_size=6)))
        pairs = list(zip(marks[::2], marks[1::2], strict=False))
        breaks = [brk(t + a * MINUTE, t + b * MINUTE) for a, b in pairs]
        sessions.append(session(t, t + length * MINUTE, zone=zone, breaks=breaks))
        t += length * MINUTE
    now = max(t + draw(st.integers(0, 40 * 24 * 60)) * MINUTE, month_start)
    if sessions and draw(st.booleans()):
        # The last session is still open, perhaps on a break that has not ended.
        last = sessions.pop()
        breaks = list(last.breaks)
        if breaks and draw(st.booleans()):
            breaks[-1] = brk(breaks[-1].start)
        sessions.append(session(last.clock_in, None, zone=zone, breaks=breaks))
    work_week = tuple(sorted(draw(st.sets(st.integers(0, 6), min_size=1))))
    cal = CALENDARS[draw(st.sampled_from(sorted(CALENDARS)))]
    return Scenario(year, month, zone, sessions, now, cal, work_week)


def days_and_metrics(sc: Scenario):  # type: ignore[no-untyped-def]
    days = month_days(
        sc.year,
        sc.month,
        sc.sessions,
        today=sc.today,
        now=sc.now,
        calendar=sc.calendar,
        work_week=sc.work_week,
    )
    return days, metrics_from_days(sc.year, sc.month, days, sc.today)


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_one_entry_per_calendar_day_in_order(sc: Scenario) -> None:
    days, _ = days_and_metrics(sc)
    length = pycalendar.monthrange(sc.year, sc.month)[1]
    assert [d.date for d in days] == [date(sc.year, sc.month, n) for n in range(1, length + 1)]
    in_month = [
        s for s in sc.sessions if (s.local_date.year, s.local_date.month) == (sc.year, sc.month)
    ]
    assert sorted(s.id for d in days for s in d.sessions) == sorted(s.id for s in in_month)
    assert all(s.local_date == d.date for d in days for s in d.sessions)


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_present_plus_absent_is_working(sc: Scenario) -> None:
    _, m = days_and_metrics(sc)
    assert m.total_present_days + m.total_absent_days == m.total_working_days
    assert min(m.total_present_days, m.total_absent_days, m.remaining_working_days) >= 0


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_worked_time_is_never_negative_nor_longer_than_the_sessions(sc: Scenario) -> None:
    for s in sc.sessions:
        end = s.clock_out or sc.now
        assert timedelta(0) <= session_worked(s, sc.now) <= end - s.clock_in
        assert session_worked(s, sc.now) + session_break_time(s, sc.now) == end - s.clock_in
    days, m = days_and_metrics(sc)
    for d in days:
        assert d.worked >= timedelta(0)
        if d.sessions:
            first = min(s.clock_in for s in d.sessions)
            last = max(s.clock_out or sc.now for s in d.sessions)
            assert d.worked + d.break_time <= last - first
            assert d.first_clock_in == first
        else:
            assert d.worked == timedelta(0) and d.first_clock_in is None
    assert m.worked == sum((d.worked for d in days), timedelta(0))


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_metrics_never_count_upcoming_days(sc: Scenario) -> None:
    days, m = days_and_metrics(sc)
    counted = [d for d in days if d.is_working_day and d.status is not DayStatus.UPCOMING]
    assert m.total_working_days == len(counted)
    assert m.total_absent_days == sum(d.status is DayStatus.ABSENT for d in days)
    assert m.total_present_days == sum(bool(d.sessions) for d in counted)
    assert m.remaining_working_days == sum(d.status is DayStatus.UPCOMING for d in days)
    for d in days:
        if d.status is DayStatus.UPCOMING:
            assert d.date >= sc.today and not d.sessions and d.is_working_day
        if d.date > sc.today:
            assert d.status in (DayStatus.UPCOMING, DayStatus.NON_WORKING)
        if d.status is DayStatus.ABSENT:
            assert d.date < sc.today and d.is_working_day


@settings(max_examples=100, deadline=None)
@given(scenarios())
def test_status_follows_the_sessions(sc: Scenario) -> None:
    days, _ = days_and_metrics(sc)
    for d in days:
        if any(s.is_open for s in d.sessions):
            assert d.status is DayStatus.PRESENT and d.last_clock_out is None
        elif d.sessions:
            assert d.status is DayStatus.COMPLETED
            assert d.last_clock_out == max(s.clock_out for s in d.sessions if s.clock_out)
        elif not d.is_working_day:
            assert d.status is DayStatus.NON_WORKING
