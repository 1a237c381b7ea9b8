"""Opening a kiosk's sealed offline punch at sync: who it was, and in or out.

Offline, a kiosk knows neither who scanned nor whether they are in or out; it sealed what
was typed or scanned, with the punch's id and time, to the server's key (`kiosk_key.py`).
Here the badge or PIN is checked as if typed now (a wrong PIN counts toward the PIN lock),
and the punch becomes a toggle resolved in the order the punches are replayed.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import select

from ..core.errors import PinLocked, SealedPunchInvalid, WrongPin
from ..core.punches import PUNCH_NAMES, PunchName
from ..storage.engine import storage_errors
from ..storage.schema import punches
from .context import ServerContext

SEALED_VERSION = 1


def _who(ctx: ServerContext, inside: dict[str, Any]) -> int:
    badge, employee_id, pin = inside.get("badge"), inside.get("employee_id"), inside.get("pin")
    if isinstance(badge, str) and badge:
        return ctx.accounts.employee_for_badge(badge)
    if type(employee_id) is int and employee_id > 0 and isinstance(pin, str) and pin:
        try:
            ctx.accounts.check_pin(employee_id, pin)
        except (WrongPin, PinLocked) as exc:  # the admin sees whose PIN it was (typed at the kiosk)
            raise type(exc)(f"{exc.message} (employee {employee_id})") from exc
        return employee_id
    raise SealedPunchInvalid()


def _recorded(ctx: ServerContext, punch_id: str) -> tuple[int, PunchName] | None:
    """A resent punch keeps what it became the first time (its toggle is not redone)."""
    with storage_errors(), ctx.service.engine.connect() as conn, conn.begin():
        row = conn.execute(
            select(punches.c.employee_id, punches.c.action).where(punches.c.punch_id == punch_id)
        ).first()
    if row is None or row.action not in PUNCH_NAMES:
        return None
    return int(row.employee_id), cast(PunchName, row.action)


def open_sealed(
    ctx: ServerContext, sealed: str, punch_id: str, at: str | None
) -> tuple[int, PunchName]:
    """(employee id, action) of a sealed punch, or the refusal an admin will see."""
    inside = ctx.kiosk_key.open(sealed)
    # The inside names its punch: a copied blob replayed under another id or time is refused.
    if inside.get("v") != SEALED_VERSION or inside.get("punch_id") != punch_id:
        raise SealedPunchInvalid()
    if inside.get("at") != at:
        raise SealedPunchInvalid()
    done = _recorded(ctx, punch_id)
    if done is not None:
        return done
    employee_id = _who(ctx, inside)
    state = ctx.service.status(employee_id)
    return employee_id, "clock_out" if state.clocked_in else "clock_in"
