"""Plain, immutable domain types. Instants are aware datetimes in UTC."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .basics import DAY_NAMES as DAY_NAMES
from .basics import DEFAULT_WORK_WEEK as DEFAULT_WORK_WEEK
from .basics import DayStatus as DayStatus

_FULL_DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def work_week_from_text(text: str) -> tuple[int, ...]:
    """A work week written as day names ("mon,tue,wed,thu", any case, full names too) or
    day numbers (0 = Monday). ValueError names the part that is not a day."""
    days: set[int] = set()
    for part in (p.strip().lower() for p in text.split(",")):
        if part in DAY_NAMES or part in _FULL_DAY_NAMES:
            days.add(DAY_NAMES.index(part[:3]))
        elif part.isdigit() and int(part) < 7:
            days.add(int(part))
        else:
            raise ValueError(f"{part!r} is not a day of the week (mon, tue, ... sun).")
    return tuple(sorted(days))


@dataclass(frozen=True, slots=True)
class Employee:
    id: int
    first_name: str
    last_name: str
    email: str
    phone_number: str = ""
    job_title: str = ""
    department: str = ""
    timezone: str | None = None  # IANA name; None means the machine's zone
    work_week: tuple[int, ...] = DEFAULT_WORK_WEEK
    # The first day the employee is expected at work; days before it are never "absent".
    # None: employed since before anything was recorded (seed 000's "already present").
    start_date: date | None = None
    # A deactivated employee cannot punch; days after `end_date` (their last day, if any)
    # are never counted.
    active: bool = True
    end_date: date | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def initials(self) -> str:
        letters = [part[0] for part in (self.first_name, self.last_name) if part]
        return "".join(letters).upper() or "?"


@dataclass(frozen=True, slots=True)
class NewEmployee:
    """What it takes to create an employee (first run, server CLI)."""

    first_name: str
    last_name: str
    email: str
    phone_number: str = ""
    job_title: str = ""
    department: str = ""
    timezone: str | None = None
    work_week: tuple[int, ...] = DEFAULT_WORK_WEEK
    start_date: date | None = None


@dataclass(frozen=True, slots=True)
class EmployeeChanges:
    """The fields of an employee to change; None leaves a field as it is. A time zone of
    "" means none of their own (the server's or machine's zone)."""

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone_number: str | None = None
    job_title: str | None = None
    department: str | None = None
    timezone: str | None = None
    work_week: tuple[int, ...] | None = None
    start_date: date | None = None


@dataclass(frozen=True, slots=True)
class Break:
    id: int
    session_id: int
    start: datetime
    end: datetime | None = None
    reason: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.end is None

    def duration(self, now: datetime) -> timedelta:
        end = self.end if self.end is not None else now
        return max(end - self.start, timedelta(0))


@dataclass(frozen=True, slots=True)
class WorkSession:
    """One clock-in to clock-out. It belongs to the local date of its clock-in."""

    id: int
    employee_id: int
    local_date: date
    clock_in: datetime
    clock_out: datetime | None = None
    breaks: tuple[Break, ...] = ()
    offline: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.clock_out is None

    @property
    def open_break(self) -> Break | None:
        for brk in self.breaks:
            if brk.is_open:
                return brk
        return None


@dataclass(frozen=True, slots=True)
class DayRecord:
    date: date
    status: DayStatus
    is_working_day: bool
    holiday_name: str | None = None
    first_clock_in: datetime | None = None
    last_clock_out: datetime | None = None
    worked: timedelta = timedelta(0)
    break_time: timedelta = timedelta(0)
    sessions: tuple[WorkSession, ...] = ()
    leave_type: str | None = None  # "vacation", "sick" or "other" on a leave day
    corrected: bool = False  # the day's record was changed after the fact (see its history)
    clock_out_missing: bool = False


@dataclass(frozen=True, slots=True)
class MonthMetrics:
    year: int
    month: int
    total_working_days: int
    total_present_days: int
    total_absent_days: int
    worked: timedelta = timedelta(0)
    non_working_days_worked: int = 0
    remaining_working_days: int = 0
    total_leave_days: int = 0

    @property
    def worked_hours(self) -> float:
        return round(self.worked.total_seconds() / 3600, 2)


@dataclass(frozen=True, slots=True)
class WaitingPunch:
    """A punch made on this computer that the server has not confirmed yet (offline)."""

    punch_id: str
    action: str  # one of core.punches.PUNCH_NAMES
    at: datetime


@dataclass(frozen=True, slots=True)
class CurrentStatus:
    """What the clock panel shows: the open session and break, and today's work.

    `waiting` lists punches kept on this computer while the server is away; the rest of
    the status already counts them (so the next punch follows them)."""

    employee_id: int
    now: datetime
    today: date
    open_session: WorkSession | None = None
    today_sessions: tuple[WorkSession, ...] = field(default=())
    today_worked: timedelta = timedelta(0)
    waiting: tuple[WaitingPunch, ...] = ()
    # The open session when it is open longer than the limit: ask "when did you leave?"
    # before anything else (its hours count 0 until then).
    missing_clock_out: WorkSession | None = None

    @property
    def clocked_in(self) -> bool:
        return self.open_session is not None

    @property
    def open_break(self) -> Break | None:
        return self.open_session.open_break if self.open_session else None

    @property
    def on_break(self) -> bool:
        return self.open_break is not None
