"""Kiosk devices: identify a person by badge or id + PIN, then punch for them.

A device token can do nothing else. `identify` answers with the person's name, whether
they are in or on a break, today's worked time, and a short-lived grant to punch for and
read today's status of that person.
`punch` identifies and punches in one call; it is also how a kiosk replays punches it
queued while offline (`offline: true` keeps their original time, flagged).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from ...core.errors import InvalidInput
from ...core.models import WorkSession
from ...core.punches import PunchName, apply_punch
from .. import wire
from ..context import Ctx, ServerContext
from ..deps import DeviceId
from ..parsing import MAX_ID, Text, parse_instant
from ..schemas import KioskAnswer
from .responses import api_errors, envelope

router = APIRouter(prefix="/api/v1/kiosk", tags=["kiosk"])


class IdentifyBody(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=True)
    badge: Annotated[Text | None, Field(max_length=128)] = None
    employee_id: Annotated[int | None, Field(ge=1, le=MAX_ID)] = None
    pin: Annotated[Text | None, Field(max_length=12)] = None


class PunchBody(IdentifyBody):
    action: PunchName
    at: Text | None = None
    punch_id: Annotated[Text | None, Field(min_length=1, max_length=64)] = None
    offline: bool = False
    reason: Annotated[Text, Field(max_length=255)] = ""


def _identify(ctx: ServerContext, body: IdentifyBody) -> int:
    if body.badge:
        return ctx.accounts.employee_for_badge(body.badge)
    if body.employee_id is not None and body.pin:
        ctx.accounts.check_pin(body.employee_id, body.pin)
        return body.employee_id
    raise InvalidInput("Give a badge, or an employee id and a PIN.")


def _person(ctx: ServerContext, employee_id: int) -> dict[str, Any]:
    emp = ctx.service.employee(employee_id)
    return {"employee_id": emp.id, "first_name": emp.first_name}  # all the screen shows


@router.post(
    "/identify",
    response_model=KioskAnswer,
    responses=api_errors(404, 423, 429),
    summary="Identify at a kiosk",
)
def identify(body: IdentifyBody, ctx: Ctx, device_id: DeviceId) -> dict[str, Any]:
    employee_id = _identify(ctx, body)
    status = ctx.service.status(employee_id)
    data = {
        "employee": _person(ctx, employee_id),
        # What the screen shows, no more: no sessions, no times, no break reasons.
        "status": {
            "clocked_in": status.clocked_in,
            "on_break": status.on_break,
            "today_worked_seconds": wire.seconds(status.today_worked),
        },
        "token": ctx.tokens.kiosk_grant(employee_id, device_id),
    }
    return envelope("Identified", data)


@router.post(
    "/punch",
    response_model=KioskAnswer,
    responses=api_errors(404, 409, 423),
    summary="Identify and punch",
)
def punch(body: PunchBody, ctx: Ctx, _device: DeviceId) -> dict[str, Any]:
    employee_id = _identify(ctx, body)
    at = parse_instant(body.at, "at")
    if body.offline and at is None:
        raise InvalidInput("An offline replay needs the punch's original time in `at`.")
    done = apply_punch(
        ctx.service,
        employee_id,
        body.action,
        reason=body.reason,
        at=at,
        punch_id=body.punch_id,
        offline=body.offline,
    )
    data: dict[str, Any] = {"employee": _person(ctx, employee_id)}
    if isinstance(done, WorkSession):
        data["session"] = wire.session(done, ctx.clock.now())
    else:
        data["break"] = wire.break_(done)
    return envelope("Punch recorded", data)
