"""Taking back a punch made moments ago (a kiosk's Undo button), by its punch id.

Only the latest thing that happened to that employee can be undone, and only while
nothing has happened since: undoing a clock-in removes the still-open, break-less session;
undoing a clock-out reopens the session (and the break the clock-out ended). The punch
row stays, renamed `undo_<action>`, so a late retry of the same id is refused rather than
redone.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Engine, Row, delete, select, update
from sqlalchemy.engine import Connection

from ..core.corrections import AuditAction
from ..core.errors import NothingToUndo
from . import audit, queries
from .engine import storage_errors
from .schema import breaks, punches, work_sessions

UNDO_PREFIX = "undo_"


def undo_punch(
    engine: Engine, employee_id: int, punch_id: str, now: datetime, actor_id: int | None = None
) -> None:
    """Take back the punch `punch_id`, audited in the same transaction (an undo does not mark
    its day corrected: the record is as it was before the slip). `actor_id`: who asked, the
    employee themself unless said otherwise."""
    with storage_errors(), engine.connect().execution_options(write=True) as conn, conn.begin():
        row = conn.execute(select(punches).where(punches.c.punch_id == punch_id)).first()
        if row is None or row.employee_id != employee_id or row.action.startswith(UNDO_PREFIX):
            raise NothingToUndo("There is no such punch to undo.")
        before = queries.session_by_id(conn, row.session_id) if row.session_id else None
        _UNDO[row.action](conn, row.session_id, row.break_id, now)
        after = queries.session_by_id(conn, row.session_id) if row.session_id else None
        conn.execute(
            update(punches)
            .where(punches.c.punch_id == punch_id)
            .values(action=UNDO_PREFIX + row.action)
        )
        if before is not None:
            audit.record(
                conn,
                employee_id=employee_id,
                day=before.local_date,
                action=AuditAction.UNDO,
                actor_id=employee_id if actor_id is None else actor_id,
                at=now,
                reason=f"Undo of a {row.action.replace('_', ' ')} moments after it was made",
                session_id=before.id,
                before=audit.snapshot(before),
                after=audit.snapshot(after),
            )


def _session(conn: Connection, session_id: int | None) -> Row[Any]:
    found = conn.execute(select(work_sessions).where(work_sessions.c.id == session_id)).first()
    if found is None:
        raise NothingToUndo()
    return found


def _later_session_exists(conn: Connection, employee_id: int, session_id: int) -> bool:
    return (
        conn.execute(
            select(work_sessions.c.id).where(
                work_sessions.c.employee_id == employee_id, work_sessions.c.id > session_id
            )
        ).first()
        is not None
    )


def _undo_clock_in(
    conn: Connection, session_id: int | None, _b: int | None, _now: datetime
) -> None:
    session = _session(conn, session_id)
    has_breaks = conn.execute(select(breaks.c.id).where(breaks.c.session_id == session.id)).first()
    if session.clock_out is not None or has_breaks is not None:
        raise NothingToUndo()
    conn.execute(delete(work_sessions).where(work_sessions.c.id == session.id))


def _undo_clock_out(
    conn: Connection, session_id: int | None, _b: int | None, now: datetime
) -> None:
    session = _session(conn, session_id)
    if session.clock_out is None or _later_session_exists(conn, session.employee_id, session.id):
        raise NothingToUndo()
    # A clock-out during a break ended that break at the same instant: reopen it too.
    conn.execute(
        update(breaks)
        .where(breaks.c.session_id == session.id, breaks.c.end_time == session.clock_out)
        .values(end_time=None, updated_at=now)
    )
    conn.execute(
        update(work_sessions)
        .where(work_sessions.c.id == session.id)
        .values(clock_out=None, updated_at=now)
    )


def _undo_break_start(
    conn: Connection, session_id: int | None, break_id: int | None, _now: datetime
) -> None:
    brk = conn.execute(select(breaks).where(breaks.c.id == break_id)).first()
    if brk is None or brk.end_time is not None or _session(conn, session_id).clock_out is not None:
        raise NothingToUndo()
    conn.execute(delete(breaks).where(breaks.c.id == brk.id))


def _undo_break_end(
    conn: Connection, session_id: int | None, break_id: int | None, now: datetime
) -> None:
    brk = conn.execute(select(breaks).where(breaks.c.id == break_id)).first()
    later = conn.execute(
        select(breaks.c.id).where(breaks.c.session_id == session_id, breaks.c.id > (break_id or 0))
    ).first()
    if (
        brk is None
        or brk.end_time is None
        or later is not None
        or _session(conn, session_id).clock_out
    ):
        raise NothingToUndo()
    conn.execute(update(breaks).where(breaks.c.id == brk.id).values(end_time=None, updated_at=now))


_UNDO = {
    "clock_in": _undo_clock_in,
    "clock_out": _undo_clock_out,
    "break_start": _undo_break_start,
    "break_end": _undo_break_end,
}
