"""Routes a kiosk device needs to keep working through network loss.

- `GET /api/v1/kiosk/device`: the server's public key to seal offline punches to, and
  the hash of this device's exit code. Nothing about any employee.
- `GET /api/v1/kiosk/roster`: kept for older kiosks, and empty.
- `POST /api/v1/kiosk/admin`: whether an ID + PIN is an admin's (leaving kiosk mode).
- `POST /api/v1/kiosk/replay`: a batch of journalled punches, applied in order, each by
  its punch id (a resend returns the first result, whatever its age). `offline: true`
  keeps the punch's original time and flags it; otherwise the server's clock decides. A
  refused punch (a 4xx: a conflict, a malformed or future time) gets its error and status
  in its own result; the others still go through. When the store itself fails (a 5xx) the
  batch stops there: that punch's result says so and the rest are left for a later try,
  so that no one's punches are applied out of order.
- `POST /api/v1/kiosk/undo`: take back a punch moments after it was made.

Only a registered device token may call these. A punch the device names in clear was
identified by the server moments before (`identify`); one made offline is sealed, and
the server checks its badge or PIN when it opens it (sealed_punches.py).
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..core.errors import AttendanceError, InvalidInput, NotAnAdmin
from ..core.punches import PunchName, apply_punch, punch_time
from ..storage.device_codes import DeviceExitCodes
from .context import Ctx, ServerContext
from .deps import DeviceId
from .kiosk_key import ALGORITHM
from .parsing import MAX_ID, Text, parse_instant
from .routes.responses import api_errors, envelope
from .schemas import Done, KioskAnswer
from .sealed_punches import open_sealed

router = APIRouter(prefix="/api/v1/kiosk", tags=["kiosk"])
MAX_BATCH = 500
MAX_SEALED = 1024  # base64 of a padded sealed box (kiosk/sealing.py)


@router.get(
    "/roster",
    response_model=KioskAnswer,
    responses=api_errors(),
    summary="Kept for older kiosks: now empty",
)
def roster(ctx: Ctx, _device: DeviceId) -> dict[str, Any]:
    """Kiosks used to identify people offline from a roster of badge digests and PIN hashes.
    They no longer do (offline punches are sealed, see sealed_punches.py); an older kiosk
    that still asks gets an empty roster, which also wipes the copy it kept."""
    return envelope("Roster", {"generated_at": ctx.clock.now().isoformat(), "employees": []})


@router.get(
    "/device",
    response_model=KioskAnswer,
    responses=api_errors(),
    summary="What this kiosk needs to work offline",
)
def device(ctx: Ctx, device_id: DeviceId) -> dict[str, Any]:
    data = {
        "seal_algorithm": ALGORITHM,
        "seal_public_key": ctx.kiosk_key.public_key(),
        "exit_code_hash": DeviceExitCodes(ctx.service.engine).hash_of(device_id),
    }
    return envelope("Device", data)


# Strict like every body: `"1"` or `true` is not an id, and text holds no NUL or lone
# surrogate (a 400 here, never a 5xx from the database).
STRICT = ConfigDict(extra="ignore", strict=True)


class AdminBody(BaseModel):
    model_config = STRICT
    employee_id: Annotated[int, Field(ge=1, le=MAX_ID)]
    pin: Annotated[Text, Field(min_length=1, max_length=12)]


@router.post(
    "/admin",
    response_model=Done,
    responses=api_errors(403, 423),
    summary="May this ID + PIN leave kiosk mode",
)
def admin(body: AdminBody, ctx: Ctx, _device: DeviceId) -> dict[str, Any]:
    ctx.accounts.check_pin(body.employee_id, body.pin)  # first: a role is no one's to probe
    if ctx.accounts.role(body.employee_id) != "admin":
        raise NotAnAdmin()
    return envelope("Administrator")


class ReplayPunch(BaseModel):
    model_config = STRICT
    punch_id: Annotated[Text, Field(min_length=1, max_length=64)]
    # A sealed punch names neither who nor what outside its seal (0 and "toggle").
    employee_id: Annotated[int, Field(ge=0, le=MAX_ID)]
    action: PunchName | Literal["toggle"]
    at: Text | None = None
    offline: bool = False
    reason: Annotated[Text, Field(max_length=255)] = ""
    sealed: Annotated[Text | None, Field(max_length=MAX_SEALED)] = None

    @model_validator(mode="after")
    def _sealed_or_named(self) -> ReplayPunch:
        if (self.sealed is None) != (self.employee_id >= 1 and self.action != "toggle"):
            raise ValueError("a punch names its employee and action, or is sealed")
        return self


def _unsealed(ctx: ServerContext, p: ReplayPunch) -> ReplayPunch:
    """A sealed punch opened and checked: as if the kiosk had named who and what."""
    if p.sealed is None:
        return p
    employee_id, action = open_sealed(ctx, p.sealed, p.punch_id, p.at)
    return p.model_copy(update={"employee_id": employee_id, "action": action, "sealed": None})


class ReplayBody(BaseModel):
    model_config = STRICT
    punches: Annotated[list[ReplayPunch], Field(max_length=MAX_BATCH)]


def _apply(ctx: ServerContext, p: ReplayPunch) -> datetime:
    svc, at = ctx.service, parse_instant(p.at, "at")
    assert p.action != "toggle"  # opened by _unsealed first
    if p.offline and at is None:
        raise InvalidInput("An offline replay needs the punch's original time in `at`.")
    done = apply_punch(
        svc, p.employee_id, p.action, reason=p.reason, at=at, punch_id=p.punch_id, offline=p.offline
    )
    return punch_time(done, p.action)


@router.post(
    "/replay",
    response_model=KioskAnswer,
    responses=api_errors(),
    summary="Send journalled punches, in order",
)
def replay(body: ReplayBody, ctx: Ctx, _device: DeviceId) -> dict[str, Any]:
    results: list[dict[str, Any]] = []
    for p in body.punches:
        try:
            p = _unsealed(ctx, p)
            at = _apply(ctx, p)
            status = ctx.service.status(p.employee_id)
        except AttendanceError as exc:
            results.append(
                {
                    "punch_id": p.punch_id,
                    "ok": False,
                    "status": exc.http_status,
                    "code": exc.code,
                    "message": exc.message,
                }
            )
            if exc.http_status >= 500:
                break  # not judged: it and the punches after it are sent again later
            continue
        results.append(
            {
                "punch_id": p.punch_id,
                "ok": True,
                "at": at.isoformat(),
                "clocked_in": status.clocked_in,
                "on_break": status.on_break,
                "today_worked_seconds": status.today_worked.total_seconds(),
            }
        )
    return envelope("Punches processed", {"results": results})


class UndoBody(BaseModel):
    model_config = STRICT
    punch_id: Annotated[Text, Field(min_length=1, max_length=64)]
    employee_id: Annotated[int, Field(ge=1, le=MAX_ID)]


@router.post(
    "/undo",
    response_model=Done,
    responses=api_errors(409),
    summary="Take back a punch just made",
)
def undo(body: UndoBody, ctx: Ctx, _device: DeviceId) -> dict[str, Any]:
    ctx.service.undo_punch(body.employee_id, body.punch_id)
    return envelope("Punch undone")
