"""The one interface the UI talks to. Local (SQLAlchemy) and remote (HTTP) implement it.

Every method may raise an `AttendanceError`; none returns partial results. Punch methods
accept an optional client time `at` (accepted within the tolerance of the service's clock)
and an optional `punch_id` that makes a retried punch return the original result.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol, runtime_checkable

from .corrections import AuditEntry, Correction, CorrectionRequest
from .models import (
    Break,
    CurrentStatus,
    DayRecord,
    Employee,
    MonthMetrics,
    NewEmployee,
    WorkSession,
)


@runtime_checkable
class AttendanceService(Protocol):
    def employee(self, employee_id: int) -> Employee: ...

    def status(self, employee_id: int) -> CurrentStatus: ...

    def clock_in(
        self, employee_id: int, *, at: datetime | None = None, punch_id: str | None = None
    ) -> WorkSession: ...

    def clock_out(
        self, employee_id: int, *, at: datetime | None = None, punch_id: str | None = None
    ) -> WorkSession: ...

    def start_break(
        self,
        employee_id: int,
        reason: str = "",
        *,
        at: datetime | None = None,
        punch_id: str | None = None,
    ) -> Break: ...

    def end_break(
        self, employee_id: int, *, at: datetime | None = None, punch_id: str | None = None
    ) -> Break: ...

    def undo_punch(self, employee_id: int, punch_id: str) -> None:
        """Take back the punch made with `punch_id` moments ago (the Undo of a notice);
        `NothingToUndo` once anything has happened since, or for another's punch."""
        ...

    def month_metrics(self, employee_id: int, year: int, month: int) -> MonthMetrics: ...

    def month_days(self, employee_id: int, year: int, month: int) -> list[DayRecord]: ...

    def sessions_between(self, employee_id: int, start: date, end: date) -> list[WorkSession]:
        """Sessions whose local date lies in [start, end], oldest first."""
        ...

    def request_correction(self, employee_id: int, correction: Correction) -> CorrectionRequest:
        """Correct the person's own record, with a reason. Applied at once (`approved`) on
        the local store; on a server it waits for an admin (`pending`). A correction that
        would break an invariant is refused (CORRECTION_OVERLAPS, BREAK_OUTSIDE_SESSION,
        REASON_REQUIRED, INVALID_INPUT) and changes nothing."""
        ...

    def resolve_missing_clock_out(
        self, employee_id: int, left_at: datetime, reason: str = ...
    ) -> CorrectionRequest:
        """Close the session whose clock-out is missing (`status().missing_clock_out`) at
        `left_at`, at once; on a server it also waits for an admin's approval."""
        ...

    def corrections(self, employee_id: int) -> list[CorrectionRequest]:
        """The person's own correction requests with their status and the admin's comment."""
        ...

    def day_history(self, employee_id: int, day: date) -> list[AuditEntry]:
        """Every change to the person's day (who, when, before, after, why), oldest first."""
        ...

    def close(self) -> None: ...


@runtime_checkable
class EmployeeDirectory(Protocol):
    """Creating and finding employees: the local first-run form and the server's admin."""

    def employees(self) -> list[Employee]: ...

    def add_employee(self, new: NewEmployee) -> Employee: ...
