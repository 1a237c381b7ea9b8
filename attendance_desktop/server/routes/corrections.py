"""Fixing the record over HTTP: correction requests, an admin's approval or rejection, an
admin's direct edit of an attendance, and a day's history.

An employee's correction waits for an admin (`pending`), except the closing of their own
missed clock-out, which is applied at once and still waits for approval; an admin's own
correction or edit applies at once (`approved`). Every change is audited with its reason.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, ConfigDict, Field

from ...core.corrections import Correction, CorrectionStatus, LeaveType, ProposedBreak
from ...core.errors import InvalidInput, SessionNotFound
from ...storage.absences import Absence
from .. import wire
from ..auth import require_employee
from ..context import Ctx
from ..deps import AdminCaller, OwnEmployee, PersonCaller
from ..parsing import MAX_ID, PlainInt, Text, parse_day, parse_instant
from ..schemas import AttendanceAnswer, CorrectionAnswer, CorrectionsAnswer, HistoryAnswer
from .responses import api_errors, envelope

router = APIRouter(prefix="/api/v1", tags=["corrections"])
STRICT = ConfigDict(extra="ignore", strict=True)
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
Reason = Annotated[Text, Field(max_length=500)]


class BreakIn(BaseModel):
    model_config = STRICT
    start_time: Text
    end_time: Text
    reason: Annotated[Text, Field(max_length=255)] = ""


class EditBody(BaseModel):
    model_config = STRICT
    check_in_time: Text | None = None
    check_out_time: Text | None = None
    breaks: Annotated[list[BreakIn], Field(max_length=50)] | None = None
    reason: Reason


class CorrectionBody(EditBody):
    user_id: Id
    date: Text
    attendance_id: Id | None = None
    remove: bool = False
    leave_type: Literal["vacation", "sick", "other"] | None = None


class DecisionBody(BaseModel):
    model_config = STRICT
    comment: Annotated[Text, Field(max_length=1000)] = ""


def _breaks(given: list[BreakIn] | None) -> tuple[ProposedBreak, ...] | None:
    if given is None:
        return None
    found = []
    for b in given:
        start, end = (
            parse_instant(b.start_time, "start_time"),
            parse_instant(b.end_time, "end_time"),
        )
        if start is None or end is None:
            raise InvalidInput("A break needs its start_time and end_time.")
        found.append(ProposedBreak(start, end, b.reason.strip()))
    return tuple(found)


@router.post(
    "/corrections",
    status_code=201,
    response_model=CorrectionAnswer,
    responses=api_errors(404, 409),
    summary="Ask for a correction (an admin's applies at once)",
)
def request_correction(body: CorrectionBody, ctx: Ctx, who: PersonCaller) -> dict[str, Any]:
    require_employee(who, body.user_id)
    day = parse_day(body.date, "date")
    assert day is not None
    fix = Correction(
        day=day,
        reason=body.reason,
        session_id=body.attendance_id,
        clock_in=parse_instant(body.check_in_time, "check_in_time"),
        clock_out=parse_instant(body.check_out_time, "check_out_time"),
        breaks=_breaks(body.breaks),
        remove=body.remove,
        leave_type=LeaveType(body.leave_type) if body.leave_type else None,
    )
    assert who.employee_id is not None
    done = ctx.service.submit_correction(
        body.user_id, fix, actor_id=who.employee_id, by_admin=who.is_admin
    )
    return envelope("Correction recorded", wire.correction(done))


@router.get(
    "/corrections",
    response_model=CorrectionsAnswer,
    responses=api_errors(),
    summary="Correction requests: all for an admin, their own for an employee",
)
def list_corrections(
    ctx: Ctx,
    who: PersonCaller,
    status: Annotated[
        Literal["pending", "approved", "rejected"] | None, Query(description="Only these")
    ] = None,
) -> dict[str, Any]:
    wanted = CorrectionStatus(status) if status else None
    if who.is_admin:
        found = ctx.service.correction_requests(wanted)
    else:
        assert who.employee_id is not None
        mine = ctx.service.corrections(who.employee_id)
        found = [r for r in mine if wanted is None or r.status is wanted]
    data = {"corrections": [wire.correction(r) for r in found], "total": len(found)}
    return envelope("Corrections retrieved successfully", data)


def _decide(
    ctx: Ctx, who: AdminCaller, correction_id: int, body: DecisionBody | None, approve: bool
) -> dict[str, Any]:
    done = ctx.service.decide_correction(
        correction_id,
        approve=approve,
        actor_id=who.employee_id,
        comment=(body or DecisionBody()).comment,
    )
    word = "approved" if approve else "rejected"
    return envelope(f"Correction {word}", wire.correction(done))


CorrectionId = Annotated[PlainInt, Path(ge=1, le=MAX_ID)]


@router.post(
    "/corrections/{id}/approve",
    response_model=CorrectionAnswer,
    responses=api_errors(404, 409),
    summary="Approve a correction request (applies it)",
)
def approve(
    id: CorrectionId, ctx: Ctx, who: AdminCaller, body: DecisionBody | None = None
) -> dict[str, Any]:
    return _decide(ctx, who, id, body, True)


@router.post(
    "/corrections/{id}/reject",
    response_model=CorrectionAnswer,
    responses=api_errors(404, 409),
    summary="Reject a correction request (changes nothing)",
)
def reject(
    id: CorrectionId, ctx: Ctx, who: AdminCaller, body: DecisionBody | None = None
) -> dict[str, Any]:
    return _decide(ctx, who, id, body, False)


@router.put(
    "/attendance/{id}",
    response_model=AttendanceAnswer,
    responses=api_errors(404, 409),
    summary="Edit an attendance (admins; needs a reason; audited)",
)
def edit_attendance(
    id: Annotated[PlainInt, Path(ge=1, le=MAX_ID)], body: EditBody, ctx: Ctx, who: AdminCaller
) -> dict[str, Any]:
    record = ctx.records.get(id)
    if isinstance(record, Absence):
        raise SessionNotFound("This attendance has no check-in to edit; create a session instead.")
    fix = Correction(
        day=record.local_date,
        reason=body.reason,
        session_id=record.id,
        clock_in=parse_instant(body.check_in_time, "check_in_time"),
        clock_out=parse_instant(body.check_out_time, "check_out_time"),
        breaks=_breaks(body.breaks),
    )
    assert who.employee_id is not None
    ctx.service.submit_correction(record.employee_id, fix, actor_id=who.employee_id, by_admin=True)
    edited = ctx.records.get(id)
    history = ctx.records.histories([id])[id]
    return envelope("Attendance updated successfully", wire.attendance(edited, history))


@router.get(
    "/employees/{employee_id}/history",
    response_model=HistoryAnswer,
    responses=api_errors(404),
    summary="Every change to the employee's day",
)
def day_history(
    employee_id: OwnEmployee,
    ctx: Ctx,
    date: Annotated[Text, Query(description="YYYY-MM-DD")],
) -> dict[str, Any]:
    day = parse_day(date, "date")
    assert day is not None
    entries = ctx.service.day_history(employee_id, day)
    return envelope(
        "History retrieved successfully", {"history": [wire.audit_entry(e) for e in entries]}
    )
