"""The server's JSON back into domain objects (the inverse of server/wire.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from ..core.corrections import (
    AuditAction,
    AuditEntry,
    Correction,
    CorrectionRequest,
    CorrectionStatus,
    LeaveType,
    ProposedBreak,
)
from ..core.models import (
    Break,
    CurrentStatus,
    DayRecord,
    DayStatus,
    Employee,
    MonthMetrics,
    WorkSession,
)


def instant(text: str | None) -> datetime | None:
    if text is None:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _must(text: str | None) -> datetime:
    value = instant(text)
    assert value is not None
    return value


def employee(d: dict[str, Any]) -> Employee:
    return Employee(
        id=int(d["employee_id"]),
        first_name=d["first_name"],
        last_name=d["last_name"],
        email=d["email"],
        phone_number=d.get("phone_number") or "",
        job_title=d.get("job_title") or "",
        department=d.get("department") or "",
        timezone=d.get("timezone"),
        work_week=tuple(d.get("work_week") or (0, 1, 2, 3, 4)),
        start_date=date.fromisoformat(d["start_date"]) if d.get("start_date") else None,
    )


def break_(d: dict[str, Any]) -> Break:
    return Break(
        id=int(d["id"]),
        session_id=int(d["attendance_id"]),
        start=_must(d["start_time"]),
        end=instant(d.get("end_time")),
        reason=d.get("reason") or "",
        created_at=instant(d.get("created_at")),
        updated_at=instant(d.get("updated_at")),
    )


def session(d: dict[str, Any]) -> WorkSession:
    return WorkSession(
        id=int(d["session_id"]),
        employee_id=int(d["employee_id"]),
        local_date=date.fromisoformat(d["date"]),
        clock_in=_must(d["clock_in_time"]),
        clock_out=instant(d.get("clock_out_time")),
        breaks=tuple(break_(b) for b in d.get("breaks", [])),
        offline=bool(d.get("offline", False)),
        created_at=instant(d.get("created_at")),
        updated_at=instant(d.get("updated_at")),
    )


def day(d: dict[str, Any]) -> DayRecord:
    return DayRecord(
        date=date.fromisoformat(d["date"]),
        status=DayStatus(d["status"]),
        is_working_day=bool(d["is_working_day"]),
        holiday_name=d.get("holiday_name"),
        first_clock_in=instant(d.get("clock_in_time")),
        last_clock_out=instant(d.get("clock_out_time")),
        worked=timedelta(seconds=float(d.get("worked_seconds", 0))),
        break_time=timedelta(seconds=float(d.get("break_seconds", 0))),
        sessions=tuple(session(s) for s in d.get("sessions", [])),
        leave_type=d.get("leave_type"),
        corrected=bool(d.get("corrected", False)),
        clock_out_missing=bool(d.get("clock_out_missing", False)),
    )


def metrics(d: dict[str, Any]) -> MonthMetrics:
    return MonthMetrics(
        year=int(d["year"]),
        month=int(d["month"]),
        total_working_days=int(d["total_working_days"]),
        total_present_days=int(d["total_present_days"]),
        total_absent_days=int(d["total_absent_days"]),
        worked=timedelta(seconds=float(d.get("worked_seconds", 0))),
        non_working_days_worked=int(d.get("non_working_days_worked", 0)),
        remaining_working_days=int(d.get("remaining_working_days", 0)),
        total_leave_days=int(d.get("total_leave_days", 0)),
    )


def status(d: dict[str, Any]) -> CurrentStatus:
    open_ = d.get("open_session")
    return CurrentStatus(
        employee_id=int(d["employee_id"]),
        now=_must(d["now"]),
        today=date.fromisoformat(d["today"]),
        open_session=session(open_) if open_ else None,
        today_sessions=tuple(session(s) for s in d.get("today_sessions", [])),
        today_worked=timedelta(seconds=float(d.get("today_worked_seconds", 0))),
        missing_clock_out=session(missing) if (missing := d.get("missing_clock_out")) else None,
    )


def correction(d: dict[str, Any]) -> CorrectionRequest:
    breaks = d.get("breaks")
    fix = Correction(
        day=date.fromisoformat(d["date"]),
        reason=d["reason"],
        session_id=d.get("attendance_id"),
        clock_in=instant(d.get("check_in_time")),
        clock_out=instant(d.get("check_out_time")),
        breaks=None
        if breaks is None
        else tuple(
            ProposedBreak(_must(b["start_time"]), instant(b.get("end_time")), b.get("reason", ""))
            for b in breaks
        ),
        remove=bool(d.get("remove", False)),
        leave_type=LeaveType(d["leave_type"]) if d.get("leave_type") else None,
    )
    return CorrectionRequest(
        id=int(d["id"]),
        employee_id=int(d["user_id"]),
        correction=fix,
        status=CorrectionStatus(d["status"]),
        requested_by=d.get("requested_by"),
        requested_at=_must(d["requested_at"]),
        applied=bool(d.get("applied", False)),
        decided_by=d.get("decided_by"),
        decided_at=instant(d.get("decided_at")),
        comment=d.get("comment") or "",
    )


def audit_entry(d: dict[str, Any]) -> AuditEntry:
    return AuditEntry(
        id=int(d["id"]),
        employee_id=int(d["user_id"]),
        day=date.fromisoformat(d["date"]),
        action=AuditAction(d["action"]),
        actor_id=d.get("by"),
        at=_must(d["at"]),
        reason=d.get("reason") or "",
        session_id=d.get("attendance_id"),
        before=d.get("before"),
        after=d.get("after"),
        correction_id=d.get("correction_id"),
    )
