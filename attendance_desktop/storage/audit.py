"""The audit log: every change to a record, with who, when, before, after and why.

Written in the transaction that makes the change, so a change without its entry cannot be
committed. Snapshots are plain JSON (instants in RFC 3339 UTC), readable by a person and
by the API as they are.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..core.corrections import CORRECTING, AuditAction, AuditEntry
from ..core.models import WorkSession
from .schema import audit_log


def _instant(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value is not None else None


def snapshot(session: WorkSession | None) -> dict[str, Any] | None:
    """A session as an audit entry keeps it."""
    if session is None:
        return None
    return {
        "session_id": session.id,
        "clock_in": _instant(session.clock_in),
        "clock_out": _instant(session.clock_out),
        "breaks": [
            {"start": _instant(b.start), "end": _instant(b.end), "reason": b.reason}
            for b in session.breaks
        ],
    }


def record(
    conn: Connection,
    *,
    employee_id: int,
    day: date,
    action: AuditAction,
    actor_id: int | None,
    at: datetime,
    reason: str = "",
    session_id: int | None = None,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    correction_id: int | None = None,
) -> None:
    conn.execute(
        audit_log.insert().values(
            employee_id=employee_id,
            day=day,
            session_id=session_id,
            correction_id=correction_id,
            action=action.value,
            actor_id=actor_id,
            at=at,
            reason=reason,
            before_json=json.dumps(before) if before is not None else None,
            after_json=json.dumps(after) if after is not None else None,
        )
    )


def _entry(m: Any) -> AuditEntry:
    return AuditEntry(
        id=int(m["id"]),
        employee_id=int(m["employee_id"]),
        day=m["day"],
        action=AuditAction(m["action"]),
        actor_id=m["actor_id"],
        at=m["at"],
        reason=m["reason"] or "",
        session_id=m["session_id"],
        before=json.loads(m["before_json"]) if m["before_json"] else None,
        after=json.loads(m["after_json"]) if m["after_json"] else None,
        correction_id=m["correction_id"],
    )


def day_history(conn: Connection, employee_id: int, day: date) -> list[AuditEntry]:
    """Every entry about the employee's day, oldest first."""
    rows = conn.execute(
        select(audit_log)
        .where(audit_log.c.employee_id == employee_id, audit_log.c.day == day)
        .order_by(audit_log.c.id)
    ).all()
    return [_entry(r._mapping) for r in rows]


def session_histories(conn: Connection, ids: Sequence[int]) -> dict[int, list[AuditEntry]]:
    """The entries about each of these sessions (seed 004's `history`), oldest first."""
    found: dict[int, list[AuditEntry]] = {i: [] for i in ids}
    if not ids:
        return found
    rows = conn.execute(
        select(audit_log).where(audit_log.c.session_id.in_(list(ids))).order_by(audit_log.c.id)
    ).all()
    for row in rows:
        entry = _entry(row._mapping)
        assert entry.session_id is not None
        found[entry.session_id].append(entry)
    return found


def corrected_days(conn: Connection, employee_id: int, first: date, last: date) -> set[date]:
    """The days in [first, last] whose record was changed after the fact."""
    rows = conn.execute(
        select(audit_log.c.day)
        .where(
            audit_log.c.employee_id == employee_id,
            audit_log.c.day >= first,
            audit_log.c.day <= last,
            audit_log.c.action.in_([a.value for a in CORRECTING]),
        )
        .distinct()
    ).all()
    return {row.day for row in rows}


def is_corrected(entries: Sequence[AuditEntry]) -> bool:
    return any(e.action in CORRECTING for e in entries)
