"""Months locked after payroll: every change that touches one is refused (PERIOD_LOCKED).

The check runs inside the transaction of the change it guards (a punch, a correction, a
decision, a record's creation or deletion), so a lock taken while a change is under way
either comes first and refuses it, or comes after it. Locking and unlocking are logged in
`period_lock_log` with who and when.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, and_, or_, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection

from ..core.clock import Clock
from ..core.errors import InvalidInput, InvalidMonth, PeriodLocked, StorageError
from .engine import storage_errors
from .schema import period_lock_log, period_locks


@dataclass(frozen=True, slots=True)
class PeriodLock:
    year: int
    month: int
    locked_by: int | None
    locked_at: datetime


@dataclass(frozen=True, slots=True)
class PeriodLockEvent:
    year: int
    month: int
    action: str  # "lock" or "unlock"
    actor_id: int | None
    at: datetime


def refuse_locked(conn: Connection, days: Iterable[date | None]) -> None:
    """PERIOD_LOCKED when any of these days lies in a locked month."""
    months = {(d.year, d.month) for d in days if d is not None}
    if not months:
        return
    found = conn.execute(
        select(period_locks.c.year).where(
            or_(*(and_(period_locks.c.year == y, period_locks.c.month == m) for y, m in months))
        )
    ).first()
    if found is not None:
        raise PeriodLocked()


def _check_month(year: int, month: int) -> None:
    if not (1970 <= year <= 9999 and 1 <= month <= 12):
        raise InvalidMonth()


class PeriodLocks:
    """Lock, unlock and list months. `today` is the store's local date, for the rule that
    only a month that has ended can be locked (a locked current month would refuse every
    live punch)."""

    def __init__(self, engine: Engine, clock: Clock) -> None:
        self._engine = engine
        self._clock = clock

    def locks(self) -> list[PeriodLock]:
        with storage_errors(), self._engine.connect() as conn, conn.begin():
            rows = conn.execute(
                select(period_locks).order_by(period_locks.c.year, period_locks.c.month)
            ).all()
        return [PeriodLock(r.year, r.month, r.locked_by, r.locked_at) for r in rows]

    def is_locked(self, year: int, month: int) -> bool:
        return any(lock.year == year and lock.month == month for lock in self.locks())

    def log(self) -> list[PeriodLockEvent]:
        with storage_errors(), self._engine.connect() as conn, conn.begin():
            rows = conn.execute(select(period_lock_log).order_by(period_lock_log.c.id)).all()
        return [PeriodLockEvent(r.year, r.month, r.action, r.actor_id, r.at) for r in rows]

    def lock(self, year: int, month: int, *, actor_id: int | None, today: date) -> PeriodLock:
        """Lock a month that has ended; locking a locked month keeps the first lock."""
        _check_month(year, month)
        if (year, month) >= (today.year, today.month):
            raise InvalidInput("Only a month that has ended can be locked.", field="month")
        now = self._clock.now()
        for _ in range(2):  # a second try reads the lock another admin made a moment ago
            try:
                return self._lock_once(year, month, actor_id, now)
            except sa_exc.IntegrityError:
                continue
        raise StorageError()  # pragma: no cover - the second try always finds the winner's

    def _lock_once(self, year: int, month: int, actor_id: int | None, now: datetime) -> PeriodLock:
        with storage_errors((sa_exc.IntegrityError,)), self._write() as conn:
            row = conn.execute(
                select(period_locks).where(
                    period_locks.c.year == year, period_locks.c.month == month
                )
            ).first()
            if row is not None:
                return PeriodLock(row.year, row.month, row.locked_by, row.locked_at)
            # Two admins locking at once both find no row; the loser's insert breaks the
            # primary key (PostgreSQL, READ COMMITTED) and tries again above.
            conn.execute(
                period_locks.insert().values(
                    year=year, month=month, locked_by=actor_id, locked_at=now
                )
            )
            self._record(conn, year, month, "lock", actor_id, now)
            return PeriodLock(year, month, actor_id, now)

    def unlock(self, year: int, month: int, *, actor_id: int | None) -> bool:
        """Unlock a month; False (and nothing logged) when it was not locked."""
        _check_month(year, month)
        now = self._clock.now()
        with storage_errors(), self._write() as conn:
            gone = conn.execute(
                period_locks.delete().where(
                    period_locks.c.year == year, period_locks.c.month == month
                )
            ).rowcount
            if gone:
                self._record(conn, year, month, "unlock", actor_id, now)
            return bool(gone)

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        with self._engine.connect().execution_options(write=True) as conn, conn.begin():
            yield conn

    @staticmethod
    def _record(
        conn: Connection, year: int, month: int, action: str, actor_id: int | None, at: datetime
    ) -> None:
        conn.execute(
            period_lock_log.insert().values(
                year=year, month=month, action=action, actor_id=actor_id, at=at
            )
        )
