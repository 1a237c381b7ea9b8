"""The local `AttendanceService`: SQLAlchemy Core over any URL (SQLite on one machine).

A face over five parts, each a module of its own: punches (`punches_part`), reading a
person's record (`month_reader`), corrections and the audit (`corrections_part`, `audit`),
the employee directory (`employee_directory`) and the calendar settings
(`calendar_settings`). They share one `StoreCore` (engine, clock, zones, transactions);
callers see only this class, and nothing passes the raw engine around.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from ..core import rules
from ..core.calendar import WorkCalendar
from ..core.clock import Clock, SystemClock
from ..core.corrections import (
    AuditEntry,
    Correction,
    CorrectionRequest,
    CorrectionStatus,
)
from ..core.errors import NoOpenSession
from ..core.models import (
    Break,
    CurrentStatus,
    DayRecord,
    Employee,
    EmployeeChanges,
    MonthMetrics,
    NewEmployee,
    WorkSession,
)
from .calendar_settings import CalendarSettings
from .corrections_part import CorrectionsPart
from .employee_directory import EmployeeDirectoryPart
from .engine import SQLITE_BUSY_TIMEOUT_MS, make_engine, storage_errors
from .migrations import upgrade
from .month_reader import MonthReader
from .punches_part import Punches
from .store_core import StoreCore
from .team_reader import BLOCK, PersonMonth, TeamReader

MISSED_CLOCK_OUT_REASON = "Forgot to clock out"


class LocalAttendanceService:
    def __init__(
        self,
        engine: Engine,
        clock: Clock | None = None,
        *,
        default_timezone: str = "UTC",
        tolerance: timedelta = rules.DEFAULT_PUNCH_TOLERANCE,
        missing_clock_out_after: timedelta | None = None,
    ) -> None:
        self._clock = clock or SystemClock()
        self._core = StoreCore(engine, self._clock, ZoneInfo(default_timezone), tolerance)
        self._calendar = CalendarSettings(self._core, missing_clock_out_after)
        self._punches = Punches(self._core, self._calendar)
        self._months = MonthReader(self._core, self._calendar)
        self._team = TeamReader(self._core, self._calendar)
        self._corrections = CorrectionsPart(self._core, self._calendar)
        self._directory = EmployeeDirectoryPart(self._core)

    @classmethod
    def open(
        cls,
        url: str,
        clock: Clock | None = None,
        *,
        default_timezone: str = "UTC",
        tolerance: timedelta = rules.DEFAULT_PUNCH_TOLERANCE,
        busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS,
    ) -> LocalAttendanceService:
        """Open (creating or upgrading) the store at `url`."""
        with storage_errors():
            engine = make_engine(url, busy_timeout_ms=busy_timeout_ms)
            try:
                upgrade(engine)
            except BaseException:
                engine.dispose()  # a store that cannot be opened must not stay locked open
                raise
        return cls(engine, clock, default_timezone=default_timezone, tolerance=tolerance)

    @property
    def engine(self) -> Engine:
        return self._core.engine

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def core(self) -> StoreCore:
        """The shared parts of the store, for the team console's own readers."""
        return self._core

    @property
    def calendar_settings(self) -> CalendarSettings:
        return self._calendar

    @property
    def default_zone(self) -> ZoneInfo:
        """The zone of employees who have none of their own."""
        return self._core.default_zone

    def zone_of(self, employee: Employee) -> ZoneInfo:
        """The employee's time zone, or the store's default when they have none."""
        return self._core.zone(employee)

    def close(self) -> None:
        self._core.engine.dispose()

    # -- punches ----------------------------------------------------------------------

    def clock_in(
        self,
        employee_id: int,
        *,
        at: datetime | None = None,
        punch_id: str | None = None,
        offline: bool = False,
    ) -> WorkSession:
        return self._punches.clock_in(employee_id, at=at, punch_id=punch_id, offline=offline)

    def clock_out(
        self,
        employee_id: int,
        *,
        at: datetime | None = None,
        punch_id: str | None = None,
        offline: bool = False,
    ) -> WorkSession:
        return self._punches.clock_out(employee_id, at=at, punch_id=punch_id, offline=offline)

    def start_break(
        self,
        employee_id: int,
        reason: str = "",
        *,
        at: datetime | None = None,
        punch_id: str | None = None,
        offline: bool = False,
    ) -> Break:
        return self._punches.start_break(
            employee_id, reason, at=at, punch_id=punch_id, offline=offline
        )

    def end_break(
        self,
        employee_id: int,
        *,
        at: datetime | None = None,
        punch_id: str | None = None,
        offline: bool = False,
    ) -> Break:
        return self._punches.end_break(employee_id, at=at, punch_id=punch_id, offline=offline)

    def recorded_punch(
        self, punch_id: str | None, employee_id: int, action: str
    ) -> WorkSession | Break | None:
        """The first outcome of the punch `punch_id`, when it was made already (a resend)."""
        return self._punches.recorded_punch(punch_id, employee_id, action)

    # -- reads ------------------------------------------------------------------------

    def undo_punch(self, employee_id: int, punch_id: str, *, actor_id: int | None = None) -> None:
        """Take back a punch made moments ago by its id, audited (see `punch_undo`);
        `actor_id`: who asked, when not the employee themself (an admin on a server)."""
        from .punch_undo import undo_punch

        undo_punch(self._core.engine, employee_id, punch_id, self._clock.now(), actor_id)

    def employee(self, employee_id: int) -> Employee:
        return self._months.employee(employee_id)

    def status(self, employee_id: int) -> CurrentStatus:
        return self._months.status(employee_id)

    def month_days(self, employee_id: int, year: int, month: int) -> list[DayRecord]:
        return self._months.month_days(employee_id, year, month)

    def team_month_days(
        self,
        year: int,
        month: int,
        employee_ids: Sequence[int] | None = None,
        block: int = BLOCK,
    ) -> Iterator[list[PersonMonth]]:
        """Blocks of people (everyone, or these ids) with their month's days, each block in
        a few queries: the payroll export's read (`team_reader`)."""
        return self._team.months(year, month, employee_ids, block)

    def month_metrics(self, employee_id: int, year: int, month: int) -> MonthMetrics:
        return self._months.month_metrics(employee_id, year, month)

    def sessions_between(self, employee_id: int, start: date, end: date) -> list[WorkSession]:
        return self._months.sessions_between(employee_id, start, end)

    # -- corrections and the audit ------------------------------------------------------

    def request_correction(self, employee_id: int, correction: Correction) -> CorrectionRequest:
        """The person's own correction: applied at once (`approved`) and audited."""
        return self._corrections.submit(
            employee_id, correction, actor_id=employee_id, needs_approval=False
        )

    def submit_correction(
        self, employee_id: int, correction: Correction, *, actor_id: int, by_admin: bool
    ) -> CorrectionRequest:
        """A server's correction: an admin's applies at once; an employee's waits."""
        return self._corrections.submit(
            employee_id, correction, actor_id=actor_id, needs_approval=not by_admin
        )

    def resolve_missing_clock_out(
        self, employee_id: int, left_at: datetime, reason: str = MISSED_CLOCK_OUT_REASON
    ) -> CorrectionRequest:
        """Close the person's session whose clock-out is missing at `left_at`, at once."""
        open_ = self._months.status(employee_id).missing_clock_out
        if open_ is None:
            raise NoOpenSession("No session is waiting for its clock-out.")
        fix = Correction(open_.local_date, reason, session_id=open_.id, clock_out=left_at)
        return self.request_correction(employee_id, fix)

    def corrections(self, employee_id: int) -> list[CorrectionRequest]:
        """The person's own correction requests, oldest first."""
        return self._corrections.requests(employee_id=employee_id)

    def correction_requests(
        self, status: CorrectionStatus | None = None
    ) -> list[CorrectionRequest]:
        """Every request (an admin's inbox), optionally only those with `status`."""
        return self._corrections.requests(status=status)

    def correction(self, correction_id: int) -> CorrectionRequest:
        return self._corrections.request(correction_id)

    def decide_correction(
        self, correction_id: int, *, approve: bool, actor_id: int | None, comment: str = ""
    ) -> CorrectionRequest:
        """An admin approves (applies) or rejects a pending request, with a comment."""
        return self._corrections.decide(
            correction_id, approve=approve, actor_id=actor_id, comment=comment
        )

    def day_history(self, employee_id: int, day: date) -> list[AuditEntry]:
        """Every change to the person's day, oldest first."""
        return self._corrections.day_history(employee_id, day)

    def missing_clock_out_limit(self) -> timedelta:
        """How long a session may stay open before its clock-out counts as missing."""
        with self._core.read() as conn:
            return self._calendar.missing_after(conn)

    def set_missing_clock_out_limit(self, hours: float) -> None:
        """How long a session may stay open before its clock-out counts as missing."""
        self._calendar.set_missing_after(hours)

    # -- the employee directory ---------------------------------------------------------

    def employees(self) -> list[Employee]:
        return self._directory.employees()

    def add_employee(self, new: NewEmployee) -> Employee:
        return self._directory.add_employee(new)

    def update_employee(self, employee_id: int, changes: EmployeeChanges) -> Employee:
        """Change any of the employee's details (names, contact, zone, work week, start)."""
        return self._directory.update_employee(employee_id, changes)

    def deactivate_employee(self, employee_id: int, last_day: date | None = None) -> Employee:
        """Stop the employee punching; days after `last_day` (default: today in their
        zone) are not counted."""
        return self._directory.deactivate_employee(employee_id, last_day)

    def reactivate_employee(self, employee_id: int) -> Employee:
        return self._directory.reactivate_employee(employee_id)

    def active_employee(self, employee_id: int) -> Employee:
        """The employee if they may punch; EmployeeNotFound or EmployeeInactive if not."""
        return self._directory.active_employee(employee_id)

    # -- the store's calendar -----------------------------------------------------------

    def calendar(self, years: tuple[int, ...] = (), generation: int | None = None) -> WorkCalendar:
        """The store's calendar, with the public holidays of `years` worked out and cached."""
        return self._calendar.calendar(years, generation)

    def set_holiday_region(self, country: str, subdivision: str = "") -> None:
        """Use the public holidays of `country` (ISO code) and optional `subdivision`."""
        self._calendar.set_holiday_region(country, subdivision)

    def holiday_region(self) -> tuple[str, str]:
        """The country and subdivision whose public holidays count ("" when none)."""
        return self._calendar.holiday_region()

    def company_holidays(self) -> list[tuple[date, str]]:
        """The company's own days off, by date."""
        return self._calendar.company_holidays()

    def add_company_holiday(self, day: date, name: str) -> None:
        self._calendar.add_company_holiday(day, name)

    def remove_company_holiday(self, day: date) -> None:
        self._calendar.remove_company_holiday(day)

    def save_holidays(
        self, country: str, subdivision: str, company_days: Mapping[date, str]
    ) -> None:
        """Set the region and replace the company's holidays with `company_days`, in one
        transaction: a settings dialog's OK either saves everything or changes nothing."""
        self._calendar.save_holidays(country, subdivision, company_days)
