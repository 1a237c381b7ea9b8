"""The success bodies of every route, as typed models for /openapi.json.

`wire.py` builds the bodies; these models describe them, so a generated client gets a
typed answer for every call. Each model allows extra keys: a key added to a body later
reaches clients as an extra property instead of being cut off. Names are unique across
the API (a generator drops a route when two schemas share a title).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class _Out(BaseModel):
    model_config = ConfigDict(extra="allow")


class EmployeeOut(_Out):
    employee_id: int
    first_name: str
    last_name: str
    email: str
    phone_number: str | None = None
    job_title: str | None = None
    department: str | None = None
    timezone: str | None = None
    work_week: list[int] = []
    start_date: str | None = None


class ProfileOut(EmployeeOut):
    id: int
    role: str


class BreakOut(_Out):
    id: int
    attendance_id: int
    start_time: str
    end_time: str | None = None
    duration: float = Field(description="Minutes; 0 while the break runs")
    reason: str | None = None
    created_at: str | None = None
    updated_at: str | None = None


class SessionOut(_Out):
    session_id: int
    employee_id: int
    date: str
    clock_in_time: str
    clock_out_time: str | None = None
    status: str
    offline: bool = False
    worked_seconds: float = 0
    breaks: list[BreakOut] = []
    created_at: str | None = None
    updated_at: str | None = None


class DayOut(_Out):
    date: str
    clock_in_time: str | None = None
    clock_out_time: str | None = None
    status: str
    is_working_day: bool | None = None
    holiday_name: str | None = None
    worked_hours: float = 0
    worked_seconds: float = 0
    break_seconds: float = 0
    sessions: list[SessionOut] = []
    leave_type: str | None = Field(None, description="vacation, sick or other on a leave day")
    corrected: bool = Field(False, description="The day's record was corrected (see history)")
    clock_out_missing: bool = False


class MonthStatOut(_Out):
    total_working_days: int
    total_present_days: int
    total_absent_days: int
    year: int
    month: int
    worked_hours: float = 0
    worked_seconds: float = 0
    non_working_days_worked: int = 0
    remaining_working_days: int = 0
    total_leave_days: int = 0


class MonthDataOut(_Out):
    year: int
    month: int
    daily_attendance: list[DayOut]


class StatusOut(_Out):
    employee_id: int
    now: str
    today: str
    clocked_in: bool
    on_break: bool
    open_session: SessionOut | None = None
    today_sessions: list[SessionOut] = []
    today_worked_seconds: float = 0
    missing_clock_out: SessionOut | None = Field(
        None, description="The open session whose clock-out is missing: ask when they left"
    )


class AuditEntryOut(_Out):
    """One change to a record: who (`by`), when, the values before and after, and why."""

    id: int
    user_id: int
    date: str
    action: str
    by: int | None = None
    at: str
    reason: str
    attendance_id: int | None = None
    correction_id: int | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None


class ProposedBreakOut(_Out):
    start_time: str
    end_time: str | None = None
    reason: str = ""


class CorrectionOut(_Out):
    id: int
    user_id: int
    date: str
    kind: str = Field(
        description="change_session, add_session, remove_session, leave or remove_leave"
    )
    attendance_id: int | None = None
    check_in_time: str | None = None
    check_out_time: str | None = None
    breaks: list[ProposedBreakOut] | None = None
    remove: bool = False
    leave_type: str | None = None
    reason: str
    status: str = Field(description="pending, approved or rejected")
    applied: bool
    requested_by: int | None = None
    requested_at: str
    decided_by: int | None = None
    decided_at: str | None = None
    comment: str = ""


class AttendanceOut(_Out):
    """Seed 004's Attendance: a work session, or an absence record (negative id)."""

    id: int
    user_id: int
    date: str
    check_in_time: str | None = None
    check_out_time: str | None = None
    total_work_hours: float = 0
    status: str
    created_at: str | None = None
    updated_at: str | None = None
    breaks: list[BreakOut] = []
    offline: bool = False
    clock_out_missing: bool = False
    corrected: bool = False
    history: list[AuditEntryOut] = []


class _Envelope(_Out):
    success: bool = True
    message: str


class Done(_Envelope):
    """An answer with nothing more to say than its message (a deletion)."""


class SignIn(_Out):
    token: str
    token_type: str
    expires_at: str
    employee_id: int
    role: str


class SignInAnswer(_Envelope):
    data: SignIn


class ProfileAnswer(_Envelope):
    data: ProfileOut


class CheckIn(_Out):
    attendance: AttendanceOut
    message: str
    check_in_time: str


class CheckInAnswer(_Envelope):
    data: CheckIn


class CheckOut(_Out):
    attendance: AttendanceOut
    message: str
    check_out_time: str
    total_work_hours: float


class CheckOutAnswer(_Envelope):
    data: CheckOut


class AttendanceAnswer(_Envelope):
    data: AttendanceOut


class Attendances(_Out):
    attendances: list[AttendanceOut]
    total: int


class AttendancesAnswer(_Envelope):
    data: Attendances


class BreakAdded(_Out):
    break_: BreakOut = Field(alias="break")
    message: str


class BreakAddedAnswer(_Envelope):
    data: BreakAdded


class BreakEnded(_Out):
    break_: BreakOut = Field(alias="break")
    message: str
    duration: float


class BreakEndedAnswer(_Envelope):
    data: BreakEnded


class BreakAnswer(_Envelope):
    data: BreakOut


class Employees(_Out):
    employees: list[EmployeeOut]
    total: int


class EmployeesAnswer(_Envelope):
    data: Employees


class StatusAnswer(_Envelope):
    data: StatusOut


class Sessions(_Out):
    sessions: list[SessionOut]


class SessionsAnswer(_Envelope):
    data: Sessions


class KioskAnswer(_Envelope):
    """The kiosk routes' answers; their `data` is described in docs/kiosk.md."""

    data: dict[str, Any]


class Health(_Out):
    status: str


class CorrectionAnswer(_Envelope):
    data: CorrectionOut


class Corrections(_Out):
    corrections: list[CorrectionOut]
    total: int


class CorrectionsAnswer(_Envelope):
    data: Corrections


class History(_Out):
    history: list[AuditEntryOut]


class HistoryAnswer(_Envelope):
    data: History


class PeriodLockOut(_Out):
    year: int
    month: int
    locked: bool
    locked_by: int | None = Field(description="The admin who locked it")
    locked_at: str | None = Field(description="RFC 3339 UTC")


class PeriodLockAnswer(_Envelope):
    data: PeriodLockOut


# -- the admin's employees and kiosks (routes/admin.py) --------------------------------


class ManagedEmployeeOut(EmployeeOut):
    """An employee as an admin manages them: their details, sign-in and whether active.
    Secrets are never answered, only whether one is set."""

    role: str
    badge: str | None = None
    has_password: bool
    has_pin: bool
    pin_locked: bool
    active: bool
    end_date: str | None = Field(None, description="Last counted day once deactivated")


class ManagedEmployeeAnswer(_Envelope):
    data: ManagedEmployeeOut


class DeviceOut(_Out):
    id: int
    name: str
    revoked: bool
    created_at: str = Field(description="RFC 3339 UTC")
    last_seen: str | None = Field(
        None, description="Its last request (RFC 3339 UTC, to the minute)"
    )


class DevicesAnswer(_Envelope):
    data: list[DeviceOut]


class NewDeviceOut(DeviceOut):
    token: str = Field(description="The device's bearer token; answered this once only")
    exit_code: str = Field(description="12 digits to leave kiosk mode offline; this once only")


class NewDeviceAnswer(_Envelope):
    data: NewDeviceOut
