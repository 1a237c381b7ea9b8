"""Seed 000, the home page API: details, clockin, clockout, month_stat and month data.

Every path answers with and without a trailing slash (server/trailing_slash.py). Errors
use the seed's body {"response", "http_status_code", "res_status"} plus "message";
res_status is the domain error's code, and the seed's four errors answer in its words.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Body, Query
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field

from ...core.models import WorkSession
from .. import wire
from ..context import Ctx, ServerContext
from ..deps import OwnEmployee, PunchingEmployee
from ..parsing import Text, parse_instant, parse_month
from ..schemas import EmployeeOut, MonthDataOut, MonthStatOut, SessionOut
from .responses import seed000_errors

router = APIRouter(prefix="/employee/{employee_id}", tags=["home page (seed 000)"])
PunchId = Annotated[Text | None, Field(min_length=1, max_length=64)]


class ClockInBody(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True)
    clock_in_date_time: Text | None = None
    punch_id: PunchId = None


class ClockOutBody(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True)
    clock_out_date_time: Text | None = None
    punch_id: PunchId = None


def details(employee_id: OwnEmployee, ctx: Ctx) -> dict[str, Any]:
    return wire.employee(ctx.service.employee(employee_id))


async def _punch(
    ctx: ServerContext,
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
        at = parse_instant(text, field)
        s = punch(employee_id, at=at, punch_id=punch_id)
        return wire.session(s, ctx.clock.now())

    return JSONResponse(await ctx.punch(work), status_code=status_code)


async def clock_in(
    employee_id: PunchingEmployee,
    ctx: Ctx,
    body: Annotated[ClockInBody | None, Body()] = None,
) -> JSONResponse:
    given = body or ClockInBody()
    when = ("clock_in_date_time", given.clock_in_date_time)
    return await _punch(ctx, employee_id, when, given.punch_id, ctx.service.clock_in, 201)


async def clock_out(
    employee_id: PunchingEmployee,
    ctx: Ctx,
    body: Annotated[ClockOutBody | None, Body()] = None,
) -> JSONResponse:
    given = body or ClockOutBody()
    when = ("clock_out_date_time", given.clock_out_date_time)
    return await _punch(ctx, employee_id, when, given.punch_id, ctx.service.clock_out, 200)


MonthParam = Annotated[Text | None, Query(description="1 to 12")]
YearParam = Annotated[Text | None, Query(description="1970 to 9999")]
MothParam = Annotated[
    Text | None, Query(description="The seed's typo for `month`, accepted as an alias")
]


def month_stat(
    employee_id: OwnEmployee,
    ctx: Ctx,
    month: MonthParam = None,
    year: YearParam = None,
    moth: MothParam = None,
) -> dict[str, Any]:
    y, m = parse_month(month if month is not None else moth, year)
    return wire.month_metrics(ctx.service.month_metrics(employee_id, y, m))


def month_data(
    employee_id: OwnEmployee,
    ctx: Ctx,
    month: MonthParam = None,
    year: YearParam = None,
    moth: MothParam = None,
) -> dict[str, Any]:
    y, m = parse_month(month if month is not None else moth, year)
    days = ctx.service.month_days(employee_id, y, m)
    now = ctx.clock.now()
    return {"year": y, "month": m, "daily_attendance": [wire.day(d, now) for d in days]}


def _route(
    path: str, endpoint: Any, method: str, status: int, model: Any, *errors: int, summary: str
) -> None:
    router.add_api_route(
        path,
        endpoint,
        methods=[method],
        status_code=status,
        response_model=model,  # documented; punches answer a ready JSONResponse
        responses=seed000_errors(*errors),
        summary=summary,
        operation_id=f"seed000_{endpoint.__name__}",
    )


_route("/details", details, "GET", 200, EmployeeOut, 404, summary="The employee's details")
_route("/attendance/clockin", clock_in, "POST", 201, SessionOut, 404, 409, summary="Clock in")
_route(
    "/attendance/clockout",
    clock_out,
    "PUT",
    200,
    SessionOut,
    404,
    409,
    summary="Clock out (the closed session)",
)
_route("/attendance/month_stat", month_stat, "GET", 200, MonthStatOut, 404, summary="Month metrics")
_route("/attendance/data", month_data, "GET", 200, MonthDataOut, 404, summary="One entry per day")
