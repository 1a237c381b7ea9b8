"""Seed 004's attendance records: work sessions, plus days recorded with no check-in.

Seed 004 can "create attendance" for a user and a date before anyone checks in (status
`absent`). Work sessions always have a clock-in, so those records live in their own table
and never weaken the session invariants. Both tables draw their ids from one space (see
storage/record_ids.py), so one positive id addresses either kind.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, func, literal, select, union_all
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection

from ..core.clock import Clock, SystemClock
from ..core.corrections import AuditAction, AuditEntry
from ..core.errors import AttendanceExists, BreakNotFound, SessionNotFound
from ..core.models import Break, WorkSession
from . import audit, queries
from .engine import storage_errors
from .period_locks import refuse_locked
from .schema import absences, work_sessions


@dataclass(frozen=True, slots=True)
class Absence:
    id: int
    employee_id: int
    day: date
    created_at: datetime
    updated_at: datetime


Record = WorkSession | Absence


def _absence(row: object) -> Absence:
    m = row._mapping  # type: ignore[attr-defined]
    return Absence(int(m["id"]), int(m["employee_id"]), m["day"], m["created_at"], m["updated_at"])


class AttendanceRecords:
    def __init__(self, engine: Engine, clock: Clock | None = None) -> None:
        self._engine = engine
        self._clock = clock or SystemClock()

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._engine.connect().execution_options(write=True) as conn, conn.begin():
            yield conn

    def create_absence(self, employee_id: int, day: date) -> Absence:
        now = self._clock.now()
        # The unique index wins a race between two creators; the loser gets a 409 too.
        with storage_errors():
            try:
                with self._write() as conn:
                    queries.load_employee(conn, employee_id)
                    refuse_locked(conn, (day,))
                    taken = conn.execute(
                        select(absences.c.id).where(
                            absences.c.employee_id == employee_id, absences.c.day == day
                        )
                    ).first()
                    if taken is not None or queries.sessions_in_range(conn, employee_id, day, day):
                        raise AttendanceExists()
                    new_id = conn.execute(
                        absences.insert().values(
                            employee_id=employee_id, day=day, created_at=now, updated_at=now
                        )
                    ).inserted_primary_key
                    assert new_id is not None
                    return Absence(int(new_id[0]), employee_id, day, now, now)
            except sa_exc.IntegrityError as exc:
                raise AttendanceExists() from exc

    def get(self, record_id: int) -> Record:
        with storage_errors(), self._engine.connect() as conn, conn.begin():
            found = queries.session_by_id(conn, record_id)
            if found is not None:
                return found
            row = conn.execute(select(absences).where(absences.c.id == record_id)).first()
            if row is not None:
                return _absence(row)
        raise SessionNotFound()

    def delete(self, record_id: int, actor_id: int | None = None) -> None:
        """Delete a session or absence record; a session's deletion is audited."""
        with storage_errors(), self._write() as conn:
            gone = queries.session_by_id(conn, record_id)
            if gone is not None:
                refuse_locked(conn, (gone.local_date,))
                audit.record(
                    conn,
                    employee_id=gone.employee_id,
                    day=gone.local_date,
                    action=AuditAction.DELETED,
                    actor_id=actor_id,
                    at=self._clock.now(),
                    reason="Deleted by an administrator",
                    session_id=gone.id,
                    before=audit.snapshot(gone),
                )
            else:
                absent = conn.execute(
                    select(absences.c.day).where(absences.c.id == record_id)
                ).scalar()
                refuse_locked(conn, (absent,))
            for table in (work_sessions, absences):  # the id is in one of them at most
                if conn.execute(table.delete().where(table.c.id == record_id)).rowcount:
                    return
        raise SessionNotFound()

    def on_day(self, employee_id: int, day: date) -> list[Record]:
        """Every record of the employee's day: its sessions, else its absence record."""
        with storage_errors(), self._engine.connect() as conn, conn.begin():
            queries.load_employee(conn, employee_id)
            sessions: list[Record] = list(queries.sessions_in_range(conn, employee_id, day, day))
            if sessions:
                return sessions
            rows = conn.execute(
                select(absences).where(absences.c.employee_id == employee_id, absences.c.day == day)
            ).all()
        return [_absence(r) for r in rows]

    def listing(
        self,
        *,
        employee_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> tuple[list[Record], int]:
        """One page of records (oldest day first) and the total count, sessions and absences."""
        s = select(
            literal(1).label("kind"),
            work_sessions.c.id.label("id"),
            work_sessions.c.local_date.label("day"),
        )
        a = select(literal(2).label("kind"), absences.c.id.label("id"), absences.c.day.label("day"))
        if employee_id is not None:
            s = s.where(work_sessions.c.employee_id == employee_id)
            a = a.where(absences.c.employee_id == employee_id)
        if start is not None:
            s = s.where(work_sessions.c.local_date >= start)
            a = a.where(absences.c.day >= start)
        if end is not None:
            s = s.where(work_sessions.c.local_date <= end)
            a = a.where(absences.c.day <= end)
        both = union_all(s, a).subquery()
        with storage_errors(), self._engine.connect() as conn, conn.begin():
            total = int(conn.execute(select(func.count()).select_from(both)).scalar_one())
            page = conn.execute(
                select(both.c.kind, both.c.id)
                .order_by(both.c.day, both.c.kind, both.c.id)
                .limit(limit)
                .offset(offset)
            ).all()
            # One query per kind for the whole page, not one per record.
            session_ids = [int(rid) for kind, rid in page if kind == 1]
            absence_ids = [int(rid) for kind, rid in page if kind == 2]
            sessions = queries.sessions_by_ids(conn, session_ids)
            absent: dict[int, Absence] = {}
            if absence_ids:
                rows = conn.execute(select(absences).where(absences.c.id.in_(absence_ids)))
                absent = {found.id: found for found in map(_absence, rows)}
        records: list[Record] = []
        for kind, rid in page:
            record = sessions.get(int(rid)) if kind == 1 else absent.get(int(rid))
            if record is not None:
                records.append(record)
        return records, total

    def histories(self, ids: list[int]) -> dict[int, list[AuditEntry]]:
        """Every change to each of these records (seed 004's `history`), oldest first."""
        with storage_errors(), self._engine.connect() as conn, conn.begin():
            return audit.session_histories(conn, ids)

    def find_break(self, break_id: int) -> Break:
        with storage_errors(), self._engine.connect() as conn, conn.begin():
            found = queries.break_by_id(conn, break_id)
        if found is None:
            raise BreakNotFound()
        return found
