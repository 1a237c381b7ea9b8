"""Seed 000, the home page API: details, clockin, clockout, month_stat and month data.

Every path answers with and without a trailing slash. Errors use the seed's body
{"response", "http_status_code", "res_status"}; res_status is the domain error's code.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict

from ...core.errors import InvalidInput
from ...core.models import WorkSession
from .. import wire
from ..auth import Principal, require_employee
from ..context import Caller, Ctx, ServerContext
from ..parsing import MAX_ID, parse_instant, parse_month
from .responses import seed000_errors

router = APIRouter(prefix="/employee/{employee_id}", tags=["home page (seed 000)"])
EmployeeId = Annotated[int, Path(ge=1, le=MAX_ID)]


class ClockInBody(BaseModel):
    model_config = ConfigDict(extra="ignore")
    clock_in_date_time: str | None = None
    punch_id: str | None = None


class ClockOutBody(BaseModel):
    model_config = ConfigDict(extra="ignore")
    clock_out_date_time: str | None = None
    punch_id: str | None = None


def _punch_id(value: str | None) -> str | None:
    if value is not None and not 1 <= len(value) <= 64:
        raise InvalidInput("A punch id is 1 to 64 characters.")
    return value or None


def _both(path: str) -> list[str]:
    return [path, path + "/"]


def details(employee_id: EmployeeId, ctx: Ctx, who: Caller) -> dict[str, Any]:
    require_employee(who, employee_id)
    return wire.employee(ctx.service.employee(employee_id))


async def _punch(
    ctx: ServerContext,
    who: Principal,
    employee_id: int,
    when: tuple[str, str | None],
    punch_id: str | None,
    punch: Callable[..., WorkSession],
    status_code: int,
) -> JSONResponse:
    """A clock-in or clock-out; answers the session as it now is (a ready JSONResponse:
    the documented model stays, validating a dict we built cost 5% of a punch)."""
    field, text = when

    def work() -> dict[str, Any]:
        require_employee(who, employee_id, kiosk=True)
        at = parse_instant(text, field)
        s = punch(employee_id, at=at, punch_id=_punch_id(punch_id))
        return wire.session(s, ctx.clock.now())

    return JSONResponse(await ctx.punch(work), status_code=status_code)


async def clock_in(
    employee_id: EmployeeId,
    ctx: Ctx,
    who: Caller,
    body: Annotated[ClockInBody | None, Body()] = None,
) -> JSONResponse:
    given = body or ClockInBody()
    when = ("clock_in_date_time", given.clock_in_date_time)
    return await _punch(ctx, who, employee_id, when, given.punch_id, ctx.service.clock_in, 201)


async def clock_out(
    employee_id: EmployeeId,
    ctx: Ctx,
    who: Caller,
    body: Annotated[ClockOutBody | None, Body()] = None,
) -> JSONResponse:
    given = body or ClockOutBody()
    when = ("clock_out_date_time", given.clock_out_date_time)
    return await _punch(ctx, who, employee_id, when, given.punch_id, ctx.service.clock_out, 200)


MonthParam = Annotated[str | None, Query(description="1 to 12")]
YearParam = Annotated[str | None, Query(description="1970 to 9999")]
MothParam = Annotated[
    str | None, Query(description="The seed's typo for `month`, accepted as an alias")
]


def month_stat(
    employee_id: EmployeeId,
    ctx: Ctx,
    who: Caller,
    month: MonthParam = None,
    year: YearParam = None,
    moth: MothParam = None,
) -> dict[str, Any]:
    require_employee(who, employee_id)
    y, m = parse_month(month if month is not None else moth, year)
    return wire.month_metrics(ctx.service.month_metrics(employee_id, y, m))


def month_data(
    employee_id: EmployeeId,
    ctx: Ctx,
    who: Caller,
    month: MonthParam = None,
    year: YearParam = None,
    moth: MothParam = None,
) -> dict[str, Any]:
    require_employee(who, employee_id)
    y, m = parse_month(month if month is not None else moth, year)
    days = ctx.service.month_days(employee_id, y, m)
    now = ctx.clock.now()
    return {"year": y, "month": m, "daily_attendance": [wire.day(d, now) for d in days]}


def _route(path: str, endpoint: Any, method: str, status: int, *errors: int, summary: str) -> None:
    for i, p in enumerate(_both(path)):
        router.add_api_route(
            p,
            endpoint,
            methods=[method],
            status_code=status,
            response_model=dict[str, Any],  # documented; punches answer a ready JSONResponse
            responses=seed000_errors(*errors),
            summary=summary,
            include_in_schema=i == 0,
            operation_id=f"seed000_{endpoint.__name__}{'_slash' if i else ''}",
        )


_route("/details", details, "GET", 200, 404, summary="The employee's details")
_route("/attendance/clockin", clock_in, "POST", 201, 404, 409, summary="Clock in")
_route(
    "/attendance/clockout",
    clock_out,
    "PUT",
    200,
    404,
    409,
    summary="Clock out (the closed session)",
)
_route("/attendance/month_stat", month_stat, "GET", 200, 404, summary="Month metrics")
_route("/attendance/data", month_data, "GET", 200, 404, summary="One entry per day of a month")
