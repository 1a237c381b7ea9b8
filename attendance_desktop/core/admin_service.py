"""The one interface the team console talks to, as `AttendanceService` is for the home page.

Two implementations keep one contract (`tests/contract/test_admin_contract.py`): the local
store's, for a standalone kiosk without a server (`attendance-desktop --admin`), and the
remote one, which speaks the server's admin routes over HTTP. The console's controllers
never know which one they have.

Every method may raise an `AttendanceError`; none returns partial results. Numbers come
from the same rules as each person's own month page, so the console, the exports and the
person's home page always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import BinaryIO, Literal, Protocol, runtime_checkable

from .corrections import AuditEntry, CorrectionRequest
from .models import DayRecord, Employee, EmployeeChanges, MonthMetrics, NewEmployee


class PresenceState(StrEnum):
    """Where a person is right now, as "who's in" shows it."""

    IN = "in"  # clocked in since `since`
    ON_BREAK = "on_break"  # on a break since `since`
    OUT = "out"  # was in today and left at `since`
    MISSING_CLOCK_OUT = "missing_clock_out"  # a session open past the limit
    ON_LEAVE = "on_leave"  # an approved leave day today
    ABSENT = "absent"  # a working day, and not in yet
    OFF = "off"  # not a working day for them (weekend, holiday, before start, after end)


@dataclass(frozen=True, slots=True)
class Presence:
    employee: Employee
    state: PresenceState
    since: datetime | None = None  # clock-in, break start or clock-out, by state
    leave_type: str | None = None
    holiday_name: str | None = None


@dataclass(frozen=True, slots=True)
class PersonMonth:
    """One row of the team's month: the person's days (without their sessions, for size)
    and their month's totals, both equal to what their own month page shows."""

    employee: Employee
    days: tuple[DayRecord, ...]
    metrics: MonthMetrics


@dataclass(frozen=True, slots=True)
class ManagedEmployee:
    """An employee as an admin manages them: their record and their account."""

    employee: Employee
    role: Literal["employee", "admin"] = "employee"
    badge: str | None = None
    has_password: bool = False
    has_pin: bool = False
    pin_locked: bool = False


@dataclass(frozen=True, slots=True)
class AccountChanges:
    """An account's fields to set; None leaves one as it is. A badge of "" removes it."""

    role: Literal["employee", "admin"] | None = None
    badge: str | None = None
    pin: str | None = None
    password: str | None = None


@dataclass(frozen=True, slots=True)
class Kiosk:
    id: int
    name: str
    created_at: datetime
    revoked: bool = False
    last_seen: datetime | None = None  # its last request; None: never used


@dataclass(frozen=True, slots=True)
class NewKiosk:
    """A kiosk just added: its token and exit code are shown this once, never again."""

    kiosk: Kiosk
    token: str
    exit_code: str


@dataclass(frozen=True, slots=True)
class TeamCalendar:
    """The company's calendar: holiday region, its own holidays, the default work week
    (given to people added from then on)."""

    country: str = ""
    subdivision: str = ""
    company_holidays: tuple[tuple[date, str], ...] = ()
    work_week: tuple[int, ...] = (0, 1, 2, 3, 4)


@dataclass(frozen=True, slots=True)
class PeriodLock:
    year: int
    month: int
    locked_at: datetime
    locked_by: int | None = None


ExportFormat = Literal["csv", "xlsx"]


@runtime_checkable
class AdminService(Protocol):
    # Who's in now and the team's month
    def presence(self) -> list[Presence]:
        """Every active employee's state right now, by name."""
        ...

    def team_month(
        self, year: int, month: int, employee_ids: Sequence[int] | None = None
    ) -> list[PersonMonth]:
        """Each person's month (everyone with a day counted in it, or those listed)."""
        ...

    def person_days(self, employee_id: int, year: int, month: int) -> list[DayRecord]:
        """One person's month with its sessions and breaks, as their own page shows it."""
        ...

    def day_history(self, employee_id: int, day: date) -> list[AuditEntry]: ...

    # Corrections
    def correction_requests(self, status: str | None = "pending") -> list[CorrectionRequest]:
        """The team's requests, oldest first; `status` None for all of them."""
        ...

    def decide_correction(
        self, request_id: int, approve: bool, comment: str = ""
    ) -> CorrectionRequest: ...

    # Employees
    def managed_employees(self) -> list[ManagedEmployee]:
        """Everyone, active or not, by name."""
        ...

    def add_employee(self, new: NewEmployee, account: AccountChanges) -> ManagedEmployee: ...

    def change_employee(
        self, employee_id: int, changes: EmployeeChanges, account: AccountChanges
    ) -> ManagedEmployee: ...

    def deactivate_employee(self, employee_id: int, last_day: date | None = None) -> None: ...

    def reactivate_employee(self, employee_id: int) -> None: ...

    # Kiosks
    def kiosks(self) -> list[Kiosk]: ...

    def add_kiosk(self, name: str) -> NewKiosk: ...

    def revoke_kiosk(self, kiosk_id: int) -> None: ...

    # Calendar, exports and period locks
    def calendar(self) -> TeamCalendar: ...

    def set_calendar(self, calendar: TeamCalendar) -> TeamCalendar: ...

    def export_month(
        self,
        year: int,
        month: int,
        fmt: ExportFormat,
        target: BinaryIO,
        employee_ids: Sequence[int] | None = None,
    ) -> None:
        """Write the month's payroll file (CSV or XLSX) to `target`."""
        ...

    def period_locks(self) -> list[PeriodLock]: ...

    def lock_period(self, year: int, month: int) -> PeriodLock: ...

    def unlock_period(self, year: int, month: int) -> None: ...

    def close(self) -> None: ...
