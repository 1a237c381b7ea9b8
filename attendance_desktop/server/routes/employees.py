"""Our own routes for what the seeds lack, used by the desktop's remote service:
current status, breaks by employee, sessions in a range, and the admin's employee list."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, ConfigDict, Field

from ...core.errors import InvalidDate
from .. import wire
from ..auth import require_admin, require_employee
from ..context import Caller, Ctx
from ..parsing import MAX_ID, parse_day, parse_instant
from .responses import api_errors, envelope

router = APIRouter(prefix="/api/v1/employees", tags=["employees"])
EmployeeId = Annotated[int, Path(ge=1, le=MAX_ID)]
PunchId = Annotated[str | None, Field(default=None, min_length=1, max_length=64)]


class StartBreakBody(BaseModel):
    model_config = ConfigDict(extra="ignore")
    reason: Annotated[str, Field(max_length=255)] = ""
    at: str | None = None
    punch_id: PunchId = None


class EndBreakBody(BaseModel):
    model_config = ConfigDict(extra="ignore")
    at: str | None = None
    punch_id: PunchId = None


@router.get("", responses=api_errors(), summary="Every employee (admin)")
def employees(ctx: Ctx, who: Caller) -> dict[str, Any]:
    require_admin(who)
    people = [wire.employee(e) for e in ctx.service.employees()]
    return envelope("Employees retrieved successfully", {"employees": people, "total": len(people)})


@router.get("/{employee_id}/status", responses=api_errors(404), summary="Current status")
def status(employee_id: EmployeeId, ctx: Ctx, who: Caller) -> dict[str, Any]:
    require_employee(who, employee_id, kiosk=True)
    return envelope("Status retrieved successfully", wire.status(ctx.service.status(employee_id)))


@router.post("/{employee_id}/breaks/start", status_code=201, responses=api_errors(404, 409))
async def start_break(
    employee_id: EmployeeId, ctx: Ctx, who: Caller, body: StartBreakBody | None = None
) -> dict[str, Any]:
    given = body or StartBreakBody()

    def work() -> dict[str, Any]:  # a punch: on the event loop on PostgreSQL (ctx.punch)
        require_employee(who, employee_id, kiosk=True)
        at = parse_instant(given.at, "at")
        brk = ctx.service.start_break(employee_id, given.reason, at=at, punch_id=given.punch_id)
        return envelope("Break started", wire.break_(brk))

    return await ctx.punch(work)


@router.post("/{employee_id}/breaks/end", responses=api_errors(404, 409))
async def end_break(
    employee_id: EmployeeId, ctx: Ctx, who: Caller, body: EndBreakBody | None = None
) -> dict[str, Any]:
    given = body or EndBreakBody()

    def work() -> dict[str, Any]:
        require_employee(who, employee_id, kiosk=True)
        brk = ctx.service.end_break(
            employee_id, at=parse_instant(given.at, "at"), punch_id=given.punch_id
        )
        return envelope("Break ended", wire.break_(brk))

    return await ctx.punch(work)


@router.get("/{employee_id}/sessions", responses=api_errors(404), summary="Sessions in a range")
def sessions(
    employee_id: EmployeeId,
    ctx: Ctx,
    who: Caller,
    start: Annotated[str, Query(description="YYYY-MM-DD, inclusive")],
    end: Annotated[str, Query(description="YYYY-MM-DD, inclusive")],
) -> dict[str, Any]:
    require_employee(who, employee_id)
    first, last = parse_day(start, "start"), parse_day(end, "end")
    if first is None or last is None:
        raise InvalidDate("Give start and end dates, like 2024-01-01.")
    found = ctx.service.sessions_between(employee_id, first, last)
    now = ctx.clock.now()
    return envelope(
        "Sessions retrieved successfully", {"sessions": [wire.session(s, now) for s in found]}
    )
