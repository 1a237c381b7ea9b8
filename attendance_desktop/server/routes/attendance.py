"""Seed 004, the HRM attendance API under /api/v1/attendance, exactly as its document.

An "attendance" here is one work session (its id is the session id), or a day recorded
with no check-in (status "absent"). Both kinds share one id space (storage/record_ids.py).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from ...core import rules
from ...core.errors import (
    AlreadyCheckedOut,
    BreakAlreadyEnded,
    Forbidden,
    InvalidDate,
    NoOpenSession,
    SessionNotFound,
)
from ...core.models import WorkSession
from ...storage.absences import Absence, Record
from .. import wire
from ..auth import Principal, require_employee
from ..context import Ctx, ServerContext
from ..deps import AdminCaller, Anyone, PersonCaller
from ..parsing import MAX_ID, PlainInt, Text, parse_day, parse_instant
from ..schemas import (
    AttendanceAnswer,
    AttendancesAnswer,
    BreakAddedAnswer,
    BreakEndedAnswer,
    CheckInAnswer,
    CheckOutAnswer,
    Done,
)
from .responses import api_errors, envelope

router = APIRouter(prefix="/api/v1/attendance", tags=["attendance (seed 004)"])
UserId = Annotated[int, Field(ge=1, le=MAX_ID)]
PunchId = Annotated[Text | None, Field(default=None, min_length=1, max_length=64)]
# Strict: `true`, `"1"` and `1.0` are not a user id (lax pydantic read them all as 1).
STRICT = ConfigDict(extra="ignore", strict=True)


class DayBody(BaseModel):
    model_config = STRICT
    user_id: UserId
    date: Text | None = None
    punch_id: PunchId = None


class CheckInBody(DayBody):
    check_in_time: Text | None = None


class CheckOutBody(DayBody):
    check_out_time: Text | None = None


class CreateBody(BaseModel):
    model_config = STRICT
    user_id: UserId
    date: Text


class RangeBody(BaseModel):
    model_config = STRICT
    user_id: UserId
    start_date: Text
    end_date: Text


class BreakBody(BaseModel):
    model_config = STRICT
    attendance_id: Annotated[int, Field(ge=1, le=MAX_ID)]
    start_time: Text | None = None
    reason: Annotated[Text, Field(max_length=255)] = ""
    punch_id: PunchId = None


class EndBreakBody(BaseModel):
    model_config = STRICT
    break_id: Annotated[int, Field(ge=1, le=MAX_ID)]
    end_time: Text | None = None
    punch_id: PunchId = None


def _today(ctx: ServerContext, employee_id: int) -> date:
    """The employee's today, in their time zone (one read: the employee)."""
    employee = ctx.service.employee(employee_id)
    return rules.local_date(ctx.clock.now(), ctx.service.zone_of(employee))


def _check_today(ctx: ServerContext, employee_id: int, text: str | None) -> None:
    """A check-in's `date`, when given, must be the employee's today."""
    asked = parse_day(text, "date")
    if asked is None:
        return
    today = _today(ctx, employee_id)
    if asked != today:
        raise InvalidDate(f"Attendance can only be recorded for today ({today.isoformat()}).")


def _resent(ctx: ServerContext, body: DayBody, action: str) -> WorkSession | None:
    """A resend's first outcome, looked up before its `date` is checked: the day may be
    over by the time a client sends it again."""
    if not (body.date and body.punch_id):
        return None
    done = ctx.service.recorded_punch(body.punch_id, body.user_id, action)
    return done if isinstance(done, WorkSession) else None


def _shown(ctx: ServerContext, records: list[Record]) -> list[dict[str, Any]]:
    """Records as seed 004 shows them, each with its history and missed clock-out flag."""
    histories = ctx.records.histories([r.id for r in records if isinstance(r, WorkSession)])
    limit, now = ctx.service.missing_clock_out_limit(), ctx.clock.now()
    return [
        wire.attendance(
            r,
            histories.get(r.id, []),
            isinstance(r, WorkSession) and rules.is_clock_out_missing(r, now, limit),
        )
        for r in records
    ]


def _visible(who: Principal, record: Record) -> None:
    """Someone else's record is 'not found': its existence is not revealed."""
    if who.is_admin or (who.kind == "employee" and who.employee_id == record.employee_id):
        return
    raise SessionNotFound()


@router.post(
    "/checkin", response_model=CheckInAnswer, responses=api_errors(404, 409), summary="Check in"
)
async def check_in(body: CheckInBody, ctx: Ctx, who: Anyone) -> JSONResponse:
    def work() -> dict[str, Any]:
        require_employee(who, body.user_id, kiosk=True)
        s = _resent(ctx, body, "clock_in")
        if s is None:
            _check_today(ctx, body.user_id, body.date)
            at = parse_instant(body.check_in_time, "check_in_time")
            s = ctx.service.clock_in(body.user_id, at=at, punch_id=body.punch_id)
        msg = "Check-in successful"
        data = {
            "attendance": wire.attendance(s),
            "message": msg,
            "check_in_time": wire.instant(s.clock_in),
        }
        return envelope(msg, data)

    return JSONResponse(await ctx.punch(work))  # a ready body: see home.py's _punch


@router.post(
    "/checkout", response_model=CheckOutAnswer, responses=api_errors(404, 409), summary="Check out"
)
async def check_out(body: CheckOutBody, ctx: Ctx, who: Anyone) -> JSONResponse:
    def work() -> dict[str, Any]:
        require_employee(who, body.user_id, kiosk=True)
        asked = parse_day(body.date, "date") if _resent(ctx, body, "clock_out") is None else None
        if asked is not None:  # only a given date needs the open session's day first
            status = ctx.service.status(body.user_id)
            open_ = status.open_session
            if open_ is not None and asked not in (open_.local_date, status.today):
                raise SessionNotFound("No open attendance for this user and date.")
        at = parse_instant(body.check_out_time, "check_out_time")
        try:
            s = ctx.service.clock_out(body.user_id, at=at, punch_id=body.punch_id)
        except NoOpenSession:
            if body.punch_id:
                raise
            # Seed 004 tells "already checked out today" from "not checked in yet".
            if ctx.service.status(body.user_id).today_sessions:
                raise AlreadyCheckedOut() from None
            raise NoOpenSession("Not checked in yet.") from None
        msg = "Check-out successful"
        record = wire.attendance(s)
        data = {
            "attendance": record,
            "message": msg,
            "check_out_time": wire.instant(s.clock_out),
            "total_work_hours": record["total_work_hours"],
        }
        return envelope(msg, data)

    return JSONResponse(await ctx.punch(work))


@router.post(
    "",
    status_code=201,
    response_model=AttendanceAnswer,
    responses=api_errors(404, 409),
    summary="Create attendance",
)
def create(body: CreateBody, ctx: Ctx, _admin: AdminCaller) -> dict[str, Any]:
    day = parse_day(body.date, "date")
    if day is None:
        raise InvalidDate("date is required, like 2024-01-15.")
    absence = ctx.records.create_absence(body.user_id, day)
    return envelope("Attendance created successfully", wire.attendance(absence))


@router.get(
    "", response_model=AttendancesAnswer, responses=api_errors(), summary="Get all attendance"
)
def list_all(
    ctx: Ctx,
    who: PersonCaller,
    limit: Annotated[PlainInt, Query(ge=1, le=1000)] = 100,
    offset: Annotated[PlainInt, Query(ge=0, le=MAX_ID)] = 0,
) -> dict[str, Any]:
    """An admin sees every record; an employee only their own."""
    mine = None if who.is_admin else who.employee_id
    records, total = ctx.records.listing(employee_id=mine, limit=limit, offset=offset)
    data = {"attendances": _shown(ctx, records), "total": total}
    return envelope("All attendance records retrieved successfully", data)


@router.get(
    "/{id}",
    response_model=AttendanceAnswer,
    responses=api_errors(404),
    summary="Get attendance by ID",
)
def get_one(
    id: Annotated[PlainInt, Path(ge=1, le=MAX_ID)], ctx: Ctx, who: Anyone
) -> dict[str, Any]:
    record = ctx.records.get(id)
    _visible(who, record)
    return envelope("Attendance retrieved successfully", _shown(ctx, [record])[0])


@router.get(
    "/user/{user_id}",
    response_model=AttendanceAnswer,
    responses=api_errors(404),
    summary="Get user attendance on a date",
)
def user_on_date(
    user_id: Annotated[PlainInt, Path(ge=1, le=MAX_ID)],
    ctx: Ctx,
    who: Anyone,
    date: Annotated[Text | None, Query(description="YYYY-MM-DD; today by default")] = None,
) -> dict[str, Any]:
    """The latest record of that day (every session of a day: use /user/range)."""
    require_employee(who, user_id, kiosk=True)
    day = parse_day(date, "date")
    if who.kind == "kiosk_grant" and day is not None and day != _today(ctx, user_id):
        raise Forbidden("A kiosk can only read today's attendance.")  # never history
    day = day or _today(ctx, user_id)
    records = ctx.records.on_day(user_id, day)
    if not records:
        raise SessionNotFound("No attendance for this user on this date.")
    return envelope("User attendance retrieved successfully", _shown(ctx, records[-1:])[0])


@router.post(
    "/user/range",
    response_model=AttendancesAnswer,
    responses=api_errors(404),
    summary="Get user attendance range",
)
def user_range(body: RangeBody, ctx: Ctx, who: Anyone) -> dict[str, Any]:
    require_employee(who, body.user_id)
    start, end = parse_day(body.start_date, "start_date"), parse_day(body.end_date, "end_date")
    if start is None or end is None:
        raise InvalidDate("start_date and end_date are required, like 2024-01-01.")
    if start > end:
        raise InvalidDate("start_date must not be after end_date.")
    ctx.service.employee(body.user_id)  # 404 for an unknown user
    records, total = ctx.records.listing(
        employee_id=body.user_id, start=start, end=end, limit=10_000
    )
    data = {"attendances": _shown(ctx, records), "total": total}
    return envelope("Attendance range retrieved successfully", data)


def _open_session_of(ctx: ServerContext, who: Principal, attendance_id: int) -> WorkSession:
    record = ctx.records.get(attendance_id)
    if who.kind == "kiosk_grant" and who.employee_id == record.employee_id:
        pass
    else:
        _visible(who, record)
    if isinstance(record, Absence) or not record.is_open:
        raise NoOpenSession("This attendance is not checked in now, so a break cannot change.")
    return record


@router.post(
    "/breaks",
    status_code=201,
    response_model=BreakAddedAnswer,
    responses=api_errors(404, 409),
    summary="Add break",
)
async def add_break(body: BreakBody, ctx: Ctx, who: Anyone) -> JSONResponse:
    def work() -> dict[str, Any]:
        session = _open_session_of(ctx, who, body.attendance_id)
        at = parse_instant(body.start_time, "start_time")
        brk = ctx.service.start_break(
            session.employee_id, body.reason, at=at, punch_id=body.punch_id
        )
        msg = "Break added successfully"
        return envelope(msg, {"break": wire.break_(brk), "message": msg})

    return JSONResponse(await ctx.punch(work), status_code=201)


@router.put(
    "/breaks/end",
    response_model=BreakEndedAnswer,
    responses=api_errors(404, 409),
    summary="End break",
)
async def end_break(body: EndBreakBody, ctx: Ctx, who: Anyone) -> JSONResponse:
    def work() -> dict[str, Any]:
        found = ctx.records.find_break(body.break_id)
        session = ctx.records.get(found.session_id)
        if not (who.kind == "kiosk_grant" and who.employee_id == session.employee_id):
            _visible(who, session)
        if found.end is not None and not body.punch_id:
            raise BreakAlreadyEnded()
        at = parse_instant(body.end_time, "end_time")
        brk = ctx.service.end_break(session.employee_id, at=at, punch_id=body.punch_id)
        msg = "Break ended successfully"
        data = wire.break_(brk)
        return envelope(msg, {"break": data, "message": msg, "duration": data["duration"]})

    return JSONResponse(await ctx.punch(work))


@router.delete("/{id}", response_model=Done, responses=api_errors(404), summary="Delete attendance")
def delete(
    id: Annotated[PlainInt, Path(ge=1, le=MAX_ID)], ctx: Ctx, admin: AdminCaller
) -> JSONResponse:
    ctx.records.delete(id, actor_id=admin.employee_id)
    return JSONResponse(envelope("Attendance deleted successfully"))
