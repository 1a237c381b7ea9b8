"""Domain objects as JSON, in the keys each seed document uses (plus documented extras)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from ..core import rules
from ..core.corrections import CORRECTING, AuditEntry, CorrectionRequest
from ..core.models import Break, CurrentStatus, DayRecord, Employee, MonthMetrics, WorkSession
from ..storage.absences import Absence, Record


def instant(value: datetime | None) -> str | None:
    """RFC 3339 in UTC with a Z, like the seeds' examples."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def seconds(value: timedelta) -> float:
    return round(value.total_seconds(), 6)


def minutes(value: timedelta) -> float:
    return round(value.total_seconds() / 60, 2)


def hours(value: timedelta) -> float:
    return round(value.total_seconds() / 3600, 2)


def employee(emp: Employee) -> dict[str, Any]:
    return {
        "employee_id": emp.id,
        "first_name": emp.first_name,
        "last_name": emp.last_name,
        "email": emp.email,
        "phone_number": emp.phone_number,
        "job_title": emp.job_title,
        "department": emp.department,
        "timezone": emp.timezone,
        "work_week": list(emp.work_week),
        "start_date": emp.start_date.isoformat() if emp.start_date else None,
    }


def break_(brk: Break) -> dict[str, Any]:
    """Seed 004's Break; `duration` in minutes, 0 while the break runs."""
    duration = brk.end - brk.start if brk.end is not None else timedelta(0)
    return {
        "id": brk.id,
        "attendance_id": brk.session_id,
        "start_time": instant(brk.start),
        "end_time": instant(brk.end),
        "duration": minutes(max(duration, timedelta(0))),
        "reason": brk.reason,
        "created_at": instant(brk.created_at),
        "updated_at": instant(brk.updated_at),
    }


def session_status(session: WorkSession) -> str:
    return "present" if session.is_open else "completed"


def session(s: WorkSession, now: datetime) -> dict[str, Any]:
    """Seed 000's session (clockin/clockout answers) with its breaks and worked time."""
    return {
        "session_id": s.id,
        "employee_id": s.employee_id,
        "date": s.local_date.isoformat(),
        "clock_in_time": instant(s.clock_in),
        "clock_out_time": instant(s.clock_out),
        "status": session_status(s),
        "offline": s.offline,
        "worked_seconds": seconds(rules.session_worked(s, now)),
        "breaks": [break_(b) for b in s.breaks],
        "created_at": instant(s.created_at),
        "updated_at": instant(s.updated_at),
    }


def day(d: DayRecord, now: datetime) -> dict[str, Any]:
    return {
        "date": d.date.isoformat(),
        "clock_in_time": instant(d.first_clock_in),
        "clock_out_time": instant(d.last_clock_out),
        "status": d.status.value,
        "is_working_day": d.is_working_day,
        "holiday_name": d.holiday_name,
        "worked_hours": hours(d.worked),
        "worked_seconds": seconds(d.worked),
        "break_seconds": seconds(d.break_time),
        "sessions": [session(s, now) for s in d.sessions],
        "leave_type": d.leave_type,
        "corrected": d.corrected,
        "clock_out_missing": d.clock_out_missing,
    }


def month_metrics(m: MonthMetrics) -> dict[str, Any]:
    return {
        "total_working_days": m.total_working_days,
        "total_present_days": m.total_present_days,
        "total_absent_days": m.total_absent_days,
        "year": m.year,
        "month": m.month,
        "worked_hours": m.worked_hours,
        "worked_seconds": seconds(m.worked),
        "non_working_days_worked": m.non_working_days_worked,
        "remaining_working_days": m.remaining_working_days,
        "total_leave_days": m.total_leave_days,
    }


def status(st: CurrentStatus) -> dict[str, Any]:
    return {
        "employee_id": st.employee_id,
        "now": instant(st.now),
        "today": st.today.isoformat(),
        "clocked_in": st.clocked_in,
        "on_break": st.on_break,
        "open_session": session(st.open_session, st.now) if st.open_session else None,
        "today_sessions": [session(s, st.now) for s in st.today_sessions],
        "today_worked_seconds": seconds(st.today_worked),
        "missing_clock_out": (
            session(st.missing_clock_out, st.now) if st.missing_clock_out else None
        ),
    }


def _midnight(d: date) -> str:
    return f"{d.isoformat()}T00:00:00Z"


def audit_entry(e: AuditEntry) -> dict[str, Any]:
    return {
        "id": e.id,
        "user_id": e.employee_id,
        "date": e.day.isoformat(),
        "action": e.action.value,
        "by": e.actor_id,
        "at": instant(e.at),
        "reason": e.reason,
        "attendance_id": e.session_id,
        "correction_id": e.correction_id,
        "before": e.before,
        "after": e.after,
    }


def correction(r: CorrectionRequest) -> dict[str, Any]:
    c = r.correction
    return {
        "id": r.id,
        "user_id": r.employee_id,
        "date": c.day.isoformat(),
        "kind": c.kind.value,
        "attendance_id": c.session_id,
        "check_in_time": instant(c.clock_in),
        "check_out_time": instant(c.clock_out),
        "breaks": None
        if c.breaks is None
        else [
            {"start_time": instant(b.start), "end_time": instant(b.end), "reason": b.reason}
            for b in c.breaks
        ],
        "remove": c.remove,
        "leave_type": c.leave_type.value if c.leave_type else None,
        "reason": c.reason,
        "status": r.status.value,
        "applied": r.applied,
        "requested_by": r.requested_by,
        "requested_at": instant(r.requested_at),
        "decided_by": r.decided_by,
        "decided_at": instant(r.decided_at),
        "comment": r.comment,
    }


def attendance(
    record: Record, history: list[AuditEntry] | None = None, missing: bool = False
) -> dict[str, Any]:
    """Seed 004's Attendance. `total_work_hours` follows its formula, so it is 0 until
    check-out. Sessions and absence records share one id space (storage/record_ids.py).
    `history` is every change to the record; `clock_out_missing` marks an open session
    past the limit (its status stays seed 004's `present`)."""
    changes = [audit_entry(e) for e in history or []]
    corrected = any(e.action in CORRECTING for e in history or [])
    if isinstance(record, Absence):
        return {
            "id": record.id,
            "user_id": record.employee_id,
            "date": _midnight(record.day),
            "check_in_time": None,
            "check_out_time": None,
            "total_work_hours": 0,
            "status": "absent",
            "created_at": instant(record.created_at),
            "updated_at": instant(record.updated_at),
            "breaks": [],
            "offline": False,
            "corrected": corrected,
            "history": changes,
        }
    worked = rules.session_worked(record, record.clock_out) if record.clock_out else timedelta(0)
    return {
        "id": record.id,
        "user_id": record.employee_id,
        "date": _midnight(record.local_date),
        "check_in_time": instant(record.clock_in),
        "check_out_time": instant(record.clock_out),
        "total_work_hours": hours(worked),
        "status": session_status(record),
        "created_at": instant(record.created_at),
        "updated_at": instant(record.updated_at),
        "breaks": [break_(b) for b in record.breaks],
        "offline": record.offline,
        "clock_out_missing": missing,
        "corrected": corrected,
        "history": changes,
    }
