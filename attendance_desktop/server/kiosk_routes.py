"""Routes a kiosk device needs to keep working through network loss.

- `GET /api/v1/kiosk/roster`: what the kiosk needs to identify people while offline —
  first names, a SHA-256 of each badge code, the argon2 PIN hashes, roles, PIN locks and
  who is clocked in or on a break now. Never last names, emails or attendance history.
- `POST /api/v1/kiosk/replay`: a batch of journalled punches, applied in order, each by
  its punch id (a resend returns the first result, whatever its age). `offline: true`
  keeps the punch's original time and flags it; otherwise the server's clock decides. A
  refused punch (a 4xx: a conflict, a malformed or future time) gets its error and status
  in its own result; the others still go through. When the store itself fails (a 5xx) the
  batch stops there: that punch's result says so and the rest are left for a later try,
  so that no one's punches are applied out of order.
- `POST /api/v1/kiosk/undo`: take back a punch moments after it was made.

Only a registered device token may call these. The device vouches for who punched: it
identified them by badge or PIN against the roster, exactly as the server would.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import select

from ..core.errors import AttendanceError, InvalidInput
from ..core.punches import PunchName, apply_punch, punch_time
from ..kiosk.roster import badge_digest  # the kiosk looks codes up the same way
from ..storage.engine import storage_errors
from ..storage.punch_undo import undo_punch
from ..storage.schema import accounts, breaks, employees, work_sessions
from .auth import require_device
from .context import Caller, Ctx, ServerContext
from .parsing import MAX_ID, parse_instant
from .routes.responses import api_errors, envelope
from .schemas import Done, KioskAnswer

router = APIRouter(prefix="/api/v1/kiosk", tags=["kiosk"])
MAX_BATCH = 500


@router.get(
    "/roster",
    response_model=KioskAnswer,
    responses=api_errors(),
    summary="Identify offline: the device's roster",
)
def roster(ctx: Ctx, who: Caller) -> dict[str, Any]:
    require_device(who)
    with storage_errors(), ctx.service.engine.connect() as conn, conn.begin():
        people = conn.execute(
            select(
                employees.c.id,
                employees.c.first_name,
                accounts.c.badge,
                accounts.c.pin_hash,
                accounts.c.role,
                accounts.c.pin_locked,
            )
            .join(accounts, accounts.c.employee_id == employees.c.id, isouter=True)
            .order_by(employees.c.id)
        ).all()
        open_sessions = dict(
            conn.execute(
                select(work_sessions.c.employee_id, work_sessions.c.id).where(
                    work_sessions.c.clock_out.is_(None)
                )
            ).all()
        )
        on_break = set(
            conn.execute(
                select(work_sessions.c.employee_id)
                .join(breaks, breaks.c.session_id == work_sessions.c.id)
                .where(work_sessions.c.clock_out.is_(None), breaks.c.end_time.is_(None))
            ).scalars()
        )
    entries = [
        {
            "employee_id": p.id,
            "first_name": p.first_name,
            "badge_sha256": badge_digest(p.badge) if p.badge else None,
            "pin_hash": p.pin_hash,
            "role": p.role or "employee",
            "pin_locked": bool(p.pin_locked),
            "clocked_in": p.id in open_sessions,
            "on_break": p.id in on_break,
        }
        for p in people
    ]
    return envelope("Roster", {"generated_at": ctx.clock.now().isoformat(), "employees": entries})


class ReplayPunch(BaseModel):
    model_config = ConfigDict(extra="ignore")
    punch_id: Annotated[str, Field(min_length=1, max_length=64)]
    employee_id: Annotated[int, Field(ge=1, le=MAX_ID)]
    action: PunchName
    at: str | None = None
    offline: bool = False
    reason: Annotated[str, Field(max_length=255)] = ""


class ReplayBody(BaseModel):
    punches: Annotated[list[ReplayPunch], Field(max_length=MAX_BATCH)]


def _apply(ctx: ServerContext, p: ReplayPunch) -> datetime:
    svc, at = ctx.service, parse_instant(p.at, "at")
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
def replay(body: ReplayBody, ctx: Ctx, who: Caller) -> dict[str, Any]:
    require_device(who)
    results: list[dict[str, Any]] = []
    for p in body.punches:
        try:
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
    punch_id: Annotated[str, Field(min_length=1, max_length=64)]
    employee_id: Annotated[int, Field(ge=1, le=MAX_ID)]


@router.post(
    "/undo",
    response_model=Done,
    responses=api_errors(409),
    summary="Take back a punch just made",
)
def undo(body: UndoBody, ctx: Ctx, who: Caller) -> dict[str, Any]:
    require_device(who)
    undo_punch(ctx.service.engine, body.employee_id, body.punch_id, ctx.clock.now())
    return envelope("Punch undone")
