"""The team console's reads over HTTP: who's in now, the team's month, everyone with their
account, the company calendar and the period locks. Admin only (`AdminCaller`), and thin:
each route asks a `LocalAdminService` built for the request with the caller as actor, so
the remote console gets exactly what the standalone one reads from its store."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from pydantic import Field

from ...core import collector
from ...core.admin_service import ManagedEmployee, Presence, TeamCalendar
from ...core.errors import InvalidInput
from ...storage.admin_service import LocalAdminService
from .. import team_days, wire
from ..context import Ctx, ServerContext
from ..deps import AdminCaller
from ..parsing import MAX_ID, Text, parse_day, parse_month
from ..schemas import EmployeeOut, ManagedEmployeeOut, MonthStatOut, _Envelope, _Out
from .admin import Day, Name, StrictBody
from .responses import api_errors, envelope

router = APIRouter(prefix="/api/v1", tags=["admin"])


def admin_for(ctx: ServerContext, actor_id: int | None) -> LocalAdminService:
    return LocalAdminService(ctx.service, actor_id=actor_id)


_IDS = re.compile(r"[0-9]{1,10}(,[0-9]{1,10}){0,9999}")


def parse_ids(text: str | None) -> list[int] | None:
    """A selection of employees as `?employee_ids=3,5,8`; none: everyone."""
    if text is None:
        return None
    if not _IDS.fullmatch(text) or any(not 1 <= int(i) <= MAX_ID for i in text.split(",")):
        raise InvalidInput(
            "employee_ids is a list of employee ids, like 3,5,8.", field="employee_ids"
        )
    return [int(i) for i in text.split(",")]


EmployeeIds = Annotated[Text | None, Query(description="Only these employees: ids, like 3,5,8")]


# -- answers -------------------------------------------------------------------------


class PresenceOut(_Out):
    employee: EmployeeOut
    state: str = Field(description="in, on_break, out, missing_clock_out, on_leave, absent, off")
    since: str | None = Field(None, description="RFC 3339 UTC: clock-in, break or clock-out")
    leave_type: str | None = None
    holiday_name: str | None = None


class PresenceAnswer(_Envelope):
    data: list[PresenceOut]


class PersonMonthOut(_Out):
    employee: EmployeeOut
    metrics: MonthStatOut
    days: list[list[Any]] = Field(
        description="Every day of the month from the 1st, in order: one array per day, its "
        "values in the order of the answer's `day_fields`"
    )


class TeamMonthAnswer(_Envelope):
    day_fields: list[str] = Field(
        description="The columns of each day's array: " + ", ".join(team_days.DAY_FIELDS)
    )
    data: list[PersonMonthOut]


class ManagedEmployeesAnswer(_Envelope):
    data: list[ManagedEmployeeOut]


class HolidayIn(StrictBody):
    date: Annotated[Text, Field(description="YYYY-MM-DD")]
    name: Name


class CalendarBody(StrictBody):
    """The whole calendar: a PUT replaces every part of it."""

    country: Annotated[Text, Field(max_length=8, description='ISO code; "" for none')]
    subdivision: Annotated[Text, Field(max_length=16)]
    company_holidays: Annotated[list[HolidayIn], Field(max_length=366)]
    work_week: Annotated[list[Day], Field(min_length=1, max_length=7)]


class CalendarOut(_Out):
    country: str
    subdivision: str
    company_holidays: list[dict[str, str]]
    work_week: list[int]


class CalendarAnswer(_Envelope):
    data: CalendarOut


class LockOut(_Out):
    year: int
    month: int
    locked_by: int | None = None
    locked_at: str = Field(description="RFC 3339 UTC")


class LocksAnswer(_Envelope):
    data: list[LockOut]


def person(emp: Any) -> dict[str, Any]:
    """An employee with whether they are active and their last day."""
    data = wire.employee(emp)
    data.update(active=emp.active, end_date=emp.end_date.isoformat() if emp.end_date else None)
    return data


def managed(m: ManagedEmployee) -> dict[str, Any]:
    data = person(m.employee)
    data.update(
        role=m.role,
        badge=m.badge,
        has_password=m.has_password,
        has_pin=m.has_pin,
        pin_locked=m.pin_locked,
    )
    return data


def _presence(p: Presence) -> dict[str, Any]:
    return {
        "employee": person(p.employee),
        "state": p.state.value,
        "since": wire.instant(p.since),
        "leave_type": p.leave_type,
        "holiday_name": p.holiday_name,
    }


def _calendar(cal: TeamCalendar) -> dict[str, Any]:
    return {
        "country": cal.country,
        "subdivision": cal.subdivision,
        "company_holidays": [{"date": d.isoformat(), "name": n} for d, n in cal.company_holidays],
        "work_week": list(cal.work_week),
    }


# -- routes --------------------------------------------------------------------------


@router.get(
    "/admin/presence",
    response_model=PresenceAnswer,
    responses=api_errors(),
    summary="Who's in now: every active employee's state (admin)",
)
def presence(ctx: Ctx, who: AdminCaller) -> dict[str, Any]:
    found = admin_for(ctx, who.employee_id).presence()
    return envelope("Presence retrieved", [_presence(p) for p in found])


@router.get(
    "/admin/team-month",
    response_model=TeamMonthAnswer,
    responses=api_errors(404),
    summary="The team's month: each person's totals and days, as their own page (admin)",
)
def team_month(
    ctx: Ctx,
    who: AdminCaller,
    year: Annotated[Text | None, Query(description="1970 to 9999")] = None,
    month: Annotated[Text | None, Query(description="1 to 12")] = None,
    employee_ids: EmployeeIds = None,
) -> Response:
    # The body is built here and sent as it is: `response_model` only describes it.
    # Validating and encoding 31,000 day objects through pydantic took half a second.
    y, m = parse_month(month, year)
    with collector.paused():
        found = admin_for(ctx, who.employee_id).team_month(y, m, parse_ids(employee_ids))
        rows = [team_days.person_month(person(p.employee), p) for p in found]
        body = team_days.encode("Team month retrieved", rows)
    return Response(body, media_type="application/json")


@router.get(
    "/admin/employees",
    response_model=ManagedEmployeesAnswer,
    responses=api_errors(),
    summary="Everyone, active or not, with their sign-in (admin)",
)
def employees(ctx: Ctx, who: AdminCaller) -> dict[str, Any]:
    found = admin_for(ctx, who.employee_id).managed_employees()
    return envelope("Employees retrieved", [managed(m) for m in found])


@router.get(
    "/admin/calendar",
    response_model=CalendarAnswer,
    responses=api_errors(),
    summary="The company calendar: holiday region, own holidays, default work week (admin)",
)
def calendar(ctx: Ctx, who: AdminCaller) -> dict[str, Any]:
    return envelope("Calendar retrieved", _calendar(admin_for(ctx, who.employee_id).calendar()))


@router.put(
    "/admin/calendar",
    response_model=CalendarAnswer,
    responses=api_errors(),
    summary="Replace the company calendar, all of it or nothing (admin)",
)
def set_calendar(body: CalendarBody, ctx: Ctx, who: AdminCaller) -> dict[str, Any]:
    days = []
    for h in body.company_holidays:
        day = parse_day(h.date, "company_holidays.date")
        assert day is not None
        days.append((day, h.name))
    wanted = TeamCalendar(body.country, body.subdivision, tuple(days), tuple(body.work_week))
    saved = admin_for(ctx, who.employee_id).set_calendar(wanted)
    return envelope("Calendar saved", _calendar(saved))


@router.get(
    "/periods",
    response_model=LocksAnswer,
    responses=api_errors(),
    summary="The locked months, oldest first (admin)",
)
def periods(ctx: Ctx, who: AdminCaller) -> dict[str, Any]:
    locks = admin_for(ctx, who.employee_id).period_locks()
    data = [
        {"year": k.year, "month": k.month, "locked_by": k.locked_by,
         "locked_at": wire.instant(k.locked_at)}
        for k in locks
    ]  # fmt: skip
    return envelope("Locked periods retrieved", data)
