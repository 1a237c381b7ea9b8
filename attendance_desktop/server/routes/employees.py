"""Our own routes for what the seeds lack, used by the desktop's remote service:
current status, breaks by employee, undo, sessions in a range, and the admin's employee list."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from ...core.errors import InvalidDate
from .. import wire
from ..context import Ctx
from ..deps import AdminCaller, Anyone, OwnEmployee, PunchingEmployee
from ..parsing import Text, parse_day, parse_instant
from ..schemas import BreakAnswer, Done, EmployeesAnswer, SessionsAnswer, StatusAnswer
from .responses import api_errors, envelope

router = APIRouter(prefix="/api/v1/employees", tags=["employees"])
PunchId = Annotated[Text | None, Field(default=None, min_length=1, max_length=64)]
PunchIdPath = Annotated[Text, Path(min_length=1, max_length=64)]


# Named apart from seed 004's StartBreak/EndBreak bodies: /openapi.json needs unique names.
class BreakStartRequest(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True)
    reason: Annotated[Text, Field(max_length=255)] = ""
    at: Text | None = None
    punch_id: PunchId = None


class BreakEndRequest(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True)
    at: Text | None = None
    punch_id: PunchId = None


@router.get(
    "", response_model=EmployeesAnswer, responses=api_errors(), summary="Every employee (admin)"
)
def employees(ctx: Ctx, _admin: AdminCaller) -> dict[str, Any]:
    people = [wire.employee(e) for e in ctx.service.employees()]
    return envelope("Employees retrieved successfully", {"employees": people, "total": len(people)})


@router.get(
    "/{employee_id}/status",
    response_model=StatusAnswer,
    responses=api_errors(404),
    summary="Current status",
)
def status(employee_id: PunchingEmployee, ctx: Ctx) -> dict[str, Any]:
    return envelope("Status retrieved successfully", wire.status(ctx.service.status(employee_id)))


@router.post(
    "/{employee_id}/breaks/start",
    status_code=201,
    response_model=BreakAnswer,
    responses=api_errors(404, 409),
    summary="Start a break",
)
async def start_break(
    employee_id: PunchingEmployee, ctx: Ctx, body: BreakStartRequest | None = None
) -> JSONResponse:
    given = body or BreakStartRequest()

    def work() -> dict[str, Any]:  # a punch: on the event loop on PostgreSQL (ctx.punch)
        at = parse_instant(given.at, "at")
        brk = ctx.service.start_break(employee_id, given.reason, at=at, punch_id=given.punch_id)
        return envelope("Break started", wire.break_(brk))

    return JSONResponse(await ctx.punch(work), status_code=201)  # see home.py's _punch


@router.post(
    "/{employee_id}/breaks/end",
    response_model=BreakAnswer,
    responses=api_errors(404, 409),
    summary="End the running break",
)
async def end_break(
    employee_id: PunchingEmployee, ctx: Ctx, body: BreakEndRequest | None = None
) -> JSONResponse:
    given = body or BreakEndRequest()

    def work() -> dict[str, Any]:
        brk = ctx.service.end_break(
            employee_id, at=parse_instant(given.at, "at"), punch_id=given.punch_id
        )
        return envelope("Break ended", wire.break_(brk))

    return JSONResponse(await ctx.punch(work))


@router.post(
    "/{employee_id}/punches/{punch_id}/undo",
    response_model=Done,
    responses=api_errors(404, 409),
    summary="Take back a punch just made",
)
async def undo_punch(
    employee_id: OwnEmployee, punch_id: PunchIdPath, ctx: Ctx, who: Anyone
) -> JSONResponse:
    """The desktop's Undo: only the employee's latest punch, and only while nothing has
    happened since (409 NOTHING_TO_UNDO otherwise). Kiosks use /api/v1/kiosk/undo. It is
    audited with who asked (the employee, or an admin), in the undo's own transaction."""

    def work() -> dict[str, Any]:
        ctx.service.undo_punch(employee_id, punch_id, actor_id=who.employee_id)
        return envelope("Punch undone")

    return JSONResponse(await ctx.punch(work))


@router.get(
    "/{employee_id}/sessions",
    response_model=SessionsAnswer,
    responses=api_errors(404),
    summary="Sessions in a range",
)
def sessions(
    employee_id: OwnEmployee,
    ctx: Ctx,
    start: Annotated[Text, Query(description="YYYY-MM-DD, inclusive")],
    end: Annotated[Text, Query(description="YYYY-MM-DD, inclusive")],
) -> dict[str, Any]:
    first, last = parse_day(start, "start"), parse_day(end, "end")
    if first is None or last is None:
        raise InvalidDate("Give start and end dates, like 2024-01-01.")
    found = ctx.service.sessions_between(employee_id, first, last)
    now = ctx.clock.now()
    return envelope(
        "Sessions retrieved successfully", {"sessions": [wire.session(s, now) for s in found]}
    )
