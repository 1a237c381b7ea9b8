"""The admin's employees over HTTP: what `attendance-server employee` does, for the team
console (kiosks: admin_devices.py). Every route takes `AdminCaller`, so employees, kiosk grants and
device tokens get 403 before anything is read.

Bodies refuse unknown keys (`extra="forbid"`): a misspelt field of a change would
otherwise change nothing and still answer 200.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, StrictInt

from ...core.errors import InvalidInput
from ...core.models import EmployeeChanges, NewEmployee
from ...core.rules import local_date
from .. import wire
from ..context import Ctx, ServerContext
from ..deps import AdminCaller, EmployeeIdPath
from ..parsing import Text, parse_day
from ..schemas import ManagedEmployeeAnswer
from .responses import api_errors, envelope

router = APIRouter(prefix="/api/v1/admin", tags=["admin"])

Name = Annotated[Text, Field(min_length=1, max_length=255)]
Detail = Annotated[Text, Field(max_length=255)]
Day = Annotated[StrictInt, Field(ge=0, le=6)]  # 0 = Monday, as in the answers' work_week
WorkWeek = Annotated[list[Day], Field(max_length=7)]
Secret = Annotated[Text, Field(max_length=256)]


class StrictBody(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class _EmployeeFields(StrictBody):
    phone_number: Detail | None = None
    job_title: Detail | None = None
    department: Detail | None = None
    timezone: Annotated[Text | None, Field(max_length=64, description='"" for the default')] = None
    work_week: WorkWeek | None = None
    start_date: Annotated[Text | None, Field(description="YYYY-MM-DD")] = None
    role: Literal["employee", "admin"] | None = None
    password: Secret | None = None
    pin: Secret | None = None
    badge: Secret | None = None


class NewEmployeeBody(_EmployeeFields):
    first_name: Name
    last_name: Name
    email: Name


class EmployeeChangesBody(_EmployeeFields):
    first_name: Name | None = None
    last_name: Name | None = None
    email: Name | None = None


class DeactivateBody(StrictBody):
    last_day: Annotated[Text | None, Field(description="YYYY-MM-DD; default today")] = None


class PinBody(StrictBody):
    pin: Annotated[Secret | None, Field(description="A new PIN; none only unlocks")] = None


class PasswordBody(StrictBody):
    password: Secret


def _managed(ctx: ServerContext, employee_id: int) -> dict[str, Any]:
    emp, acc = ctx.service.employee(employee_id), ctx.accounts.account(employee_id)
    data = wire.employee(emp)
    data.update(
        role=acc.role,
        badge=acc.badge,
        has_password=acc.has_password,
        has_pin=acc.has_pin,
        pin_locked=acc.pin_locked,
        active=emp.active,
        end_date=emp.end_date.isoformat() if emp.end_date else None,
    )
    return data


def _secrets(body: _EmployeeFields) -> dict[str, Any]:
    return {"role": body.role, "password": body.password, "pin": body.pin, "badge": body.badge}


def _week(days: list[int] | None) -> tuple[int, ...] | None:
    return None if days is None else tuple(sorted(set(days)))


def _not_yourself(who_id: int | None, employee_id: int, what: str) -> None:
    """An admin who locks themself out may leave nobody able to undo it."""
    if who_id == employee_id:
        raise InvalidInput(f"You cannot {what} your own account; ask another admin.")


@router.post(
    "/employees",
    status_code=201,
    response_model=ManagedEmployeeAnswer,
    responses=api_errors(),
    summary="Add an employee (admin)",
)
def add_employee(body: NewEmployeeBody, ctx: Ctx, _admin: AdminCaller) -> JSONResponse:
    values = _secrets(body)
    values["role"] = values["role"] or "employee"
    ctx.accounts.checked_values(**values)  # refuse bad secrets before creating anyone
    week = _week(body.work_week)
    emp = ctx.service.add_employee(
        NewEmployee(
            first_name=body.first_name,
            last_name=body.last_name,
            email=body.email,
            phone_number=body.phone_number or "",
            job_title=body.job_title or "",
            department=body.department or "",
            timezone=body.timezone or None,
            work_week=week
            if week is not None
            else ctx.service.calendar_settings.default_work_week(),
            start_date=parse_day(body.start_date, "start_date")
            or local_date(ctx.clock.now(), _zone(ctx, body.timezone)),
        )
    )
    ctx.accounts.set_account(emp.id, **values)
    return JSONResponse(envelope("Employee added", _managed(ctx, emp.id)), status_code=201)


def _zone(ctx: ServerContext, name: str | None) -> ZoneInfo:
    """Where the new employee works, so their start defaults to their own today."""
    try:
        return ZoneInfo(name) if name else ctx.service.default_zone
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(f"Unknown time zone: {name}", field="timezone") from exc


@router.patch(
    "/employees/{employee_id}",
    response_model=ManagedEmployeeAnswer,
    responses=api_errors(404),
    summary="Change any of an employee's details or sign-in (admin)",
)
def change_employee(
    employee_id: EmployeeIdPath, body: EmployeeChangesBody, ctx: Ctx, who: AdminCaller
) -> dict[str, Any]:
    ctx.service.employee(employee_id)  # 404 before anything is checked or written
    if body.role == "employee":
        _not_yourself(who.employee_id, employee_id, "take the admin role from")
    values = _secrets(body)
    ctx.accounts.checked_values(**values)  # refuse bad secrets before changing anything
    changes = EmployeeChanges(
        first_name=body.first_name,
        last_name=body.last_name,
        email=body.email,
        phone_number=body.phone_number,
        job_title=body.job_title,
        department=body.department,
        timezone=body.timezone,
        work_week=_week(body.work_week),
        start_date=parse_day(body.start_date, "start_date"),
    )
    ctx.service.update_employee(employee_id, changes)
    ctx.accounts.set_account(employee_id, **values)
    return envelope("Employee updated", _managed(ctx, employee_id))


@router.post(
    "/employees/{employee_id}/deactivate",
    response_model=ManagedEmployeeAnswer,
    responses=api_errors(404),
    summary="Deactivate an employee: no sign-in, punch or kiosk; history kept (admin)",
)
def deactivate(
    employee_id: EmployeeIdPath, ctx: Ctx, who: AdminCaller, body: DeactivateBody | None = None
) -> dict[str, Any]:
    _not_yourself(who.employee_id, employee_id, "deactivate")
    last_day = parse_day((body or DeactivateBody()).last_day, "last_day")
    ctx.service.deactivate_employee(employee_id, last_day)
    return envelope("Employee deactivated", _managed(ctx, employee_id))


@router.post(
    "/employees/{employee_id}/reactivate",
    response_model=ManagedEmployeeAnswer,
    responses=api_errors(404),
    summary="Let a deactivated employee sign in and punch again (admin)",
)
def reactivate(employee_id: EmployeeIdPath, ctx: Ctx, _admin: AdminCaller) -> dict[str, Any]:
    ctx.service.reactivate_employee(employee_id)
    return envelope("Employee reactivated", _managed(ctx, employee_id))


@router.post(
    "/employees/{employee_id}/pin",
    response_model=ManagedEmployeeAnswer,
    responses=api_errors(404),
    summary="Set a new PIN and unlock it, or only unlock it (admin)",
)
def reset_pin(
    employee_id: EmployeeIdPath, ctx: Ctx, _admin: AdminCaller, body: PinBody | None = None
) -> dict[str, Any]:
    ctx.service.employee(employee_id)
    pin = (body or PinBody()).pin
    if pin is not None:
        ctx.accounts.set_account(employee_id, pin=pin)  # a new PIN starts unlocked
    ctx.accounts.unlock_pin(employee_id)
    return envelope("PIN reset" if pin is not None else "PIN unlocked", _managed(ctx, employee_id))


@router.post(
    "/employees/{employee_id}/password",
    response_model=ManagedEmployeeAnswer,
    responses=api_errors(404),
    summary="Set a new password; the employee's signed-in sessions end (admin)",
)
def reset_password(
    employee_id: EmployeeIdPath, body: PasswordBody, ctx: Ctx, _admin: AdminCaller
) -> dict[str, Any]:
    ctx.service.employee(employee_id)
    ctx.accounts.set_account(employee_id, password=body.password)
    return envelope("Password set", _managed(ctx, employee_id))
