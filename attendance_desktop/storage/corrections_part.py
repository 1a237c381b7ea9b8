"""Corrections and leave days: checked against the invariants, applied, and audited.

Each correction runs in one write transaction with the employee's row locked (as a punch
does), so a correction and a punch of the same person never interleave: the check and the
change see the same record, and a refused correction changes nothing.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, delete, select, update
from sqlalchemy.engine import Connection

from ..core import rules
from ..core.corrections import (
    AuditAction,
    AuditEntry,
    Correction,
    CorrectionKind,
    CorrectionRequest,
    CorrectionStatus,
    check_fits,
    clean_reason,
    planned_session,
)
from ..core.errors import (
    CorrectionAlreadyApplied,
    CorrectionAlreadyDecided,
    CorrectionNotFound,
    InvalidInput,
    SessionNotFound,
)
from ..core.models import Employee, WorkSession
from . import audit, queries
from .calendar_settings import CalendarSettings
from .correction_rows import proposal_json, request_from
from .period_locks import refuse_locked
from .schema import absences, breaks, corrections, leave_days, work_sessions
from .store_core import StoreCore

COMMENT_MAX = 1000
# A leave day marked or unmarked is audited as such, whoever applies it.
_LEAVE_ACTIONS = {
    CorrectionKind.LEAVE: AuditAction.LEAVE,
    CorrectionKind.REMOVE_LEAVE: AuditAction.LEAVE_REMOVED,
}


def leave_in_range(conn: Connection, employee_id: int, first: date, last: date) -> dict[date, str]:
    rows = conn.execute(
        select(leave_days.c.day, leave_days.c.leave_type).where(
            leave_days.c.employee_id == employee_id,
            leave_days.c.day >= first,
            leave_days.c.day <= last,
        )
    ).all()
    return {row.day: row.leave_type for row in rows}


def _insert(conn: Connection, table: Table, row: dict[str, Any]) -> int:
    """Insert one row through SQLAlchemy (which asks PostgreSQL for the id by RETURNING):
    corrections are rare, so the punches' driver-level path is not worth it here."""
    inserted = conn.execute(table.insert().values(**row)).inserted_primary_key
    assert inserted is not None
    return int(inserted[0])


class CorrectionsPart:
    def __init__(self, core: StoreCore, calendar: CalendarSettings) -> None:
        self._core = core
        self._calendar = calendar

    def submit(
        self,
        employee_id: int,
        correction: Correction,
        *,
        actor_id: int | None,
        needs_approval: bool,
    ) -> CorrectionRequest:
        """Apply `correction` at once (approved), or keep it for an admin (pending). A
        pending one that closes the person's missed clock-out is applied at once as well,
        so their next punch goes on; an admin approves it or edits it."""
        reason = clean_reason(correction.reason)
        now = self._core.clock.now()
        with self._core.write() as conn:
            emp, _facts = queries.employee_for_punch(conn, employee_id, self._core.run)
            missing = self._closes_missed_clock_out(conn, emp, correction, now)
            apply_now = not needs_approval or missing
            plan = self._check(conn, emp, correction, now)  # refused: nothing written
            status = CorrectionStatus.PENDING if needs_approval else CorrectionStatus.APPROVED
            new_id = _insert(
                conn,
                corrections,
                {
                    "employee_id": emp.id,
                    "day": correction.day,
                    "proposal_json": proposal_json(correction),
                    "reason": reason,
                    "status": status.value,
                    "applied": apply_now,
                    "requested_by": actor_id,
                    "requested_at": now,
                    "decided_by": None if needs_approval else actor_id,
                    "decided_at": None if needs_approval else now,
                    "comment": "",
                },
            )
            if apply_now:
                own = actor_id in (None, emp.id)
                action = (
                    AuditAction.MISSING_CLOCK_OUT_RESOLVED
                    if missing
                    else _LEAVE_ACTIONS.get(
                        correction.kind,
                        AuditAction.CORRECTION_APPLIED if own else AuditAction.ADMIN_EDIT,
                    )
                )
                self._apply(conn, emp, correction, plan, actor_id, action, reason, new_id, now)
            else:
                audit.record(
                    conn,
                    employee_id=emp.id,
                    day=correction.day,
                    action=AuditAction.CORRECTION_REQUESTED,
                    actor_id=actor_id,
                    at=now,
                    reason=reason,
                    session_id=correction.session_id,
                    correction_id=new_id,
                )
            return self._load(conn, new_id)

    def decide(
        self, correction_id: int, *, approve: bool, actor_id: int | None, comment: str
    ) -> CorrectionRequest:
        """An admin's decision on a pending request, with a comment the employee reads."""
        comment = (comment or "").strip()
        if len(comment) > COMMENT_MAX:
            raise InvalidInput(f"A comment can be at most {COMMENT_MAX} characters.")
        now = self._core.clock.now()
        with self._core.write() as conn:
            found = self._load(conn, correction_id)
            if found.status is not CorrectionStatus.PENDING:
                raise CorrectionAlreadyDecided()
            emp, _facts = queries.employee_for_punch(conn, found.employee_id, self._core.run)
            c = found.correction
            if approve and not found.applied:
                plan = self._check(conn, emp, c, now)
                action = _LEAVE_ACTIONS.get(c.kind, AuditAction.APPROVED)
                self._apply(
                    conn, emp, c, plan, actor_id, action, comment or c.reason, found.id, now
                )
            elif not approve and found.applied:
                raise CorrectionAlreadyApplied()
            else:
                audit.record(
                    conn,
                    employee_id=emp.id,
                    day=c.day,
                    action=AuditAction.APPROVED if approve else AuditAction.REJECTED,
                    actor_id=actor_id,
                    at=now,
                    reason=comment,
                    session_id=c.session_id,
                    correction_id=found.id,
                )
            status = CorrectionStatus.APPROVED if approve else CorrectionStatus.REJECTED
            conn.execute(
                update(corrections)
                .where(corrections.c.id == found.id)
                .values(
                    status=status.value,
                    applied=found.applied or approve,
                    decided_by=actor_id,
                    decided_at=now,
                    comment=comment,
                )
            )
            return self._load(conn, found.id)

    def requests(
        self, *, employee_id: int | None = None, status: CorrectionStatus | None = None
    ) -> list[CorrectionRequest]:
        query = select(corrections).order_by(corrections.c.id)
        if employee_id is not None:
            query = query.where(corrections.c.employee_id == employee_id)
        if status is not None:
            query = query.where(corrections.c.status == status.value)
        with self._core.read() as conn:
            return [request_from(r._mapping) for r in conn.execute(query).all()]

    def request(self, correction_id: int) -> CorrectionRequest:
        with self._core.read() as conn:
            return self._load(conn, correction_id)

    def day_history(self, employee_id: int, day: date) -> list[AuditEntry]:
        with self._core.read() as conn:
            queries.load_employee(conn, employee_id)
            return audit.day_history(conn, employee_id, day)

    # -- the checks and the writes ---------------------------------------------------------

    def _load(self, conn: Connection, correction_id: int) -> CorrectionRequest:
        row = conn.execute(select(corrections).where(corrections.c.id == correction_id)).first()
        if row is None:
            raise CorrectionNotFound()
        return request_from(row._mapping)

    def _session_of(self, conn: Connection, emp: Employee, c: Correction) -> WorkSession:
        assert c.session_id is not None
        found = queries.session_by_id(conn, c.session_id)
        if found is None or found.employee_id != emp.id:
            raise SessionNotFound()
        if found.local_date != c.day:
            raise InvalidInput(f"That session belongs to {found.local_date.isoformat()}.")
        return found

    def _closes_missed_clock_out(
        self, conn: Connection, emp: Employee, c: Correction, now: datetime
    ) -> bool:
        """Only a clock-out for the person's open session whose clock-out is missing."""
        if c.kind is not CorrectionKind.CHANGE_SESSION or c.clock_out is None:
            return False
        if c.clock_in is not None or c.breaks is not None:
            return False
        session = queries.session_by_id(conn, c.session_id or 0)
        limit = self._calendar.missing_after(conn)
        return (
            session is not None
            and session.employee_id == emp.id
            and rules.is_clock_out_missing(session, now, limit)
        )

    def _check(self, conn: Connection, emp: Employee, c: Correction, now: datetime) -> Any:
        """The planned session (None for a removal or leave), or the error that refuses it."""
        zone = self._core.zone(emp)
        existing = self._session_of(conn, emp, c) if c.session_id is not None else None
        refuse_locked(conn, (c.day, existing.local_date if existing else None))
        if c.kind is CorrectionKind.LEAVE:
            if queries.sessions_in_range(conn, emp.id, c.day, c.day):
                raise InvalidInput("This day has sessions; remove them before marking leave.")
            cal = self._calendar.calendar((c.day.year,))
            if c.day.weekday() not in emp.work_week or cal.holiday_name(c.day) is not None:
                raise InvalidInput("This day is not a working day, so it needs no leave.")
            return None
        if c.kind is CorrectionKind.REMOVE_LEAVE:
            if c.day not in leave_in_range(conn, emp.id, c.day, c.day):
                raise InvalidInput("This day is not marked as leave.")
            return None
        if c.kind is CorrectionKind.REMOVE_SESSION:
            return None
        plan = planned_session(c, existing)
        # Exactly the sessions the planned span meets, however long either of them runs.
        met = queries.sessions_overlapping(conn, emp.id, plan.clock_in, plan.clock_out)
        others = [s for s in met if existing is None or s.id != existing.id]
        check_fits(plan, day=c.day, zone=zone, others=others, now=now)
        return plan

    def _apply(
        self,
        conn: Connection,
        emp: Employee,
        c: Correction,
        plan: Any,
        actor_id: int | None,
        action: AuditAction,
        reason: str,
        correction_id: int,
        now: datetime,
    ) -> None:
        before: dict[str, Any] | None = None
        after: dict[str, Any] | None = None
        session_id = c.session_id
        if c.kind is CorrectionKind.LEAVE:
            old = leave_in_range(conn, emp.id, c.day, c.day).get(c.day)
            before = {"leave_type": old} if old else None
            conn.execute(
                delete(leave_days).where(
                    leave_days.c.employee_id == emp.id, leave_days.c.day == c.day
                )
            )
            assert c.leave_type is not None
            conn.execute(
                leave_days.insert().values(
                    employee_id=emp.id, day=c.day, leave_type=c.leave_type.value, created_at=now
                )
            )
            after = {"leave_type": c.leave_type.value}
        elif c.kind is CorrectionKind.REMOVE_LEAVE:
            old = leave_in_range(conn, emp.id, c.day, c.day).get(c.day)
            before = {"leave_type": old}
            conn.execute(
                delete(leave_days).where(
                    leave_days.c.employee_id == emp.id, leave_days.c.day == c.day
                )
            )
        elif c.kind is CorrectionKind.REMOVE_SESSION:
            removed = self._session_of(conn, emp, c)
            before = audit.snapshot(removed)
            conn.execute(delete(breaks).where(breaks.c.session_id == removed.id))
            conn.execute(delete(work_sessions).where(work_sessions.c.id == removed.id))
        else:
            old_session = self._session_of(conn, emp, c) if session_id is not None else None
            before = audit.snapshot(old_session)
            values = {"clock_in": plan.clock_in, "clock_out": plan.clock_out, "updated_at": now}
            if old_session is None:
                session_id = _insert(
                    conn,
                    work_sessions,
                    {
                        **values,
                        "employee_id": emp.id,
                        "local_date": c.day,
                        "offline": False,
                        "created_at": now,
                    },
                )
                conn.execute(
                    delete(absences).where(
                        absences.c.employee_id == emp.id, absences.c.day == c.day
                    )
                )
            else:
                conn.execute(
                    update(work_sessions).where(work_sessions.c.id == session_id).values(**values)
                )
            rewrite = (
                old_session is None
                or c.breaks is not None
                or (old_session.open_break is not None and plan.clock_out is not None)
            )
            if rewrite:
                conn.execute(delete(breaks).where(breaks.c.session_id == session_id))
                for b in plan.breaks:
                    conn.execute(
                        breaks.insert().values(
                            session_id=session_id,
                            start_time=b.start,
                            end_time=b.end,
                            reason=b.reason,
                            created_at=now,
                            updated_at=now,
                        )
                    )
            assert session_id is not None
            after = audit.snapshot(queries.session_by_id(conn, session_id))
        audit.record(
            conn,
            employee_id=emp.id,
            day=c.day,
            action=action,
            actor_id=actor_id,
            at=now,
            reason=reason,
            session_id=session_id,
            before=before,
            after=after,
            correction_id=correction_id,
        )
