"""Kiosk devices: identify a person by badge or id + PIN, then punch for them.

A device token can do nothing else. `identify` answers with the person's name, whether
they are in or on a break, today's worked time, and a short-lived grant to punch for and
read today's status of that person.
`punch` identifies and punches in one call; it is also how a kiosk replays punches it
queued while offline (`offline: true` keeps their original time, flagged).
When the person's clock-out is missing, `identify` also gives that session's day and
clock-in (nothing else of it), and `resolve` closes it at the time they say, with the
grant `identify` gave (or the badge, or the id + PIN) — at once, and pending an admin's
approval like any missed clock-out closed by its person.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from ...core.corrections import Correction
from ...core.errors import InvalidInput, NoOpenSession, NotAuthenticated
from ...core.models import WorkSession
from ...core.punches import PunchName, apply_punch
from .. import wire
from ..auth import still_holds
from ..context import Ctx, ServerContext
from ..deps import DeviceId
from ..parsing import MAX_ID, Text, parse_instant
from ..schemas import KioskAnswer
from .responses import api_errors, envelope

router = APIRouter(prefix="/api/v1/kiosk", tags=["kiosk"])
RESOLVED_AT_KIOSK = "Forgot to clock out (said at a kiosk)"


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


class ResolveBody(IdentifyBody):
    grant: Annotated[Text | None, Field(max_length=2048)] = None
    left_at: Text


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
    missed = status.missing_clock_out
    data = {
        "employee": _person(ctx, employee_id),
        # What the screen shows, no more: no sessions, no times, no break reasons.
        "status": {
            "clocked_in": status.clocked_in,
            "on_break": status.on_break,
            "today_worked_seconds": wire.seconds(status.today_worked),
        },
        # Only what "You didn't clock out on Friday 27 November" needs, and the clock-in
        # that an answer must come after.
        "missing_clock_out": (
            {"day": missed.local_date.isoformat(), "clock_in": missed.clock_in.isoformat()}
            if missed is not None
            else None
        ),
        "token": ctx.tokens.kiosk_grant(employee_id, device_id),
    }
    return envelope("Identified", data)


def _granted(ctx: ServerContext, grant: str, device_id: int) -> int:
    """The person a grant from this very device names (a grant is no use elsewhere)."""
    who = ctx.tokens.decode(grant)
    if (
        who.kind != "kiosk_grant"
        or who.device_id != device_id
        or who.employee_id is None
        or not still_holds(who, ctx.accounts)
    ):
        raise NotAuthenticated("This identification is no longer valid. Please scan again.")
    return who.employee_id


@router.post(
    "/resolve",
    response_model=KioskAnswer,
    responses=api_errors(404, 409, 423),
    summary="Say when a missed clock-out was",
)
def resolve(body: ResolveBody, ctx: Ctx, device_id: DeviceId) -> dict[str, Any]:
    employee_id = _granted(ctx, body.grant, device_id) if body.grant else _identify(ctx, body)
    left_at = parse_instant(body.left_at, "left_at")
    if left_at is None:
        raise InvalidInput("Give the time the person left in `left_at`.")
    missed = ctx.service.status(employee_id).missing_clock_out
    if missed is None:
        raise NoOpenSession("No session is waiting for its clock-out.")
    fix = Correction(missed.local_date, RESOLVED_AT_KIOSK, session_id=missed.id, clock_out=left_at)
    # The person's own statement: applied at once, still pending an admin's approval.
    ctx.service.submit_correction(employee_id, fix, actor_id=employee_id, by_admin=False)
    status = ctx.service.status(employee_id)
    data = {"status": {"clocked_in": status.clocked_in, "on_break": status.on_break}}
    return envelope("Clock-out recorded", data)


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
