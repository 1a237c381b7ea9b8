"""Reading a person's record: their status now, a month's days and metrics, sessions in a
range. Leave days, corrected days and the missed clock-out limit come from the same read
transaction as the sessions, so a page never mixes two moments."""

from __future__ import annotations

from datetime import date, timedelta

from ..core import rules
from ..core.errors import InvalidDate
from ..core.models import CurrentStatus, DayRecord, Employee, MonthMetrics, WorkSession
from . import audit, generations, queries
from .calendar_settings import CalendarSettings
from .corrections_part import leave_in_range
from .store_core import StoreCore


class MonthReader:
    def __init__(self, core: StoreCore, calendar: CalendarSettings) -> None:
        self._core = core
        self._calendar = calendar

    def employee(self, employee_id: int) -> Employee:
        with self._core.read() as conn:
            return queries.load_employee(conn, employee_id)

    def status(self, employee_id: int) -> CurrentStatus:
        with self._core.read() as conn:
            emp = queries.load_employee(conn, employee_id)
            now = self._core.clock.now()
            today = rules.local_date(now, self._core.zone(emp))
            todays = queries.sessions_in_range(conn, emp.id, today, today)
            # Usually among today's; only a session open since an earlier day needs a read.
            open_ = next((s for s in todays if s.is_open), None) or queries.open_session(
                conn, emp.id
            )
            limit = self._calendar.missing_after(conn)
        worked = sum((rules.counted_worked(s, now, limit) for s in todays), timedelta(0))
        missing = open_ if open_ and rules.is_clock_out_missing(open_, now, limit) else None
        return CurrentStatus(
            employee_id=emp.id,
            now=now,
            today=today,
            open_session=open_,
            today_sessions=tuple(todays),
            today_worked=worked,
            missing_clock_out=missing,
        )

    def _month(self, employee_id: int, year: int, month: int) -> tuple[list[DayRecord], date]:
        with self._core.read() as conn:
            emp = queries.load_employee(conn, employee_id)
            now = self._core.clock.now()
            today = rules.local_date(now, self._core.zone(emp))
            rules.check_month(year, month, today)
            first = date(year, month, 1)
            last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            sessions = queries.sessions_in_range(conn, emp.id, first, last)
            leave = leave_in_range(conn, emp.id, first, last)
            corrected = audit.corrected_days(conn, emp.id, first, last)
            limit = self._calendar.missing_after(conn)
            generation = generations.current(conn, generations.CALENDAR)
        days = rules.month_days(
            year,
            month,
            sessions,
            today=today,
            now=now,
            calendar=self._calendar.calendar((year,), generation),
            work_week=emp.work_week,
            start=emp.start_date,
            end=emp.end_date,
            leave=leave,
            corrected=corrected,
            missing_after=limit,
        )
        return days, today

    def month_days(self, employee_id: int, year: int, month: int) -> list[DayRecord]:
        return self._month(employee_id, year, month)[0]

    def month_metrics(self, employee_id: int, year: int, month: int) -> MonthMetrics:
        days, today = self._month(employee_id, year, month)
        return rules.metrics_from_days(year, month, days, today)

    def sessions_between(self, employee_id: int, start: date, end: date) -> list[WorkSession]:
        if start > end:
            raise InvalidDate("The start date must not be after the end date.")
        with self._core.read() as conn:
            queries.load_employee(conn, employee_id)
            return queries.sessions_in_range(conn, employee_id, start, end)
