"""Punches: clock in, clock out, start and end a break, each one short durable write
transaction, idempotent by its punch id; and undoing a punch made moments ago.

The database's unique indexes make "one open session" and "one open break" hold even when
two processes punch at once; the loser gets the same error as a sequential second punch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TypeVar

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection

from ..core import rules
from ..core.errors import (
    AlreadyClockedIn,
    BreakAlreadyRunning,
    InvalidInput,
    NoOpenBreak,
    NoOpenSession,
)
from ..core.models import Break, Employee, WorkSession
from ..core.punches import refuse_closing_missing
from . import punch_statements as statements
from . import queries
from .calendar_settings import CalendarSettings
from .period_locks import refuse_locked
from .store_core import StoreCore

T = TypeVar("T")
# What a punch step returns: the session id, the break id, and (when the step could build
# it from what it wrote) the result itself.
Done = tuple[int | None, int | None, T | None]


class Punches:
    def __init__(self, core: StoreCore, calendar: CalendarSettings) -> None:
        self._core = core
        self._calendar = calendar  # the missing clock-out limit, for offline replays

    def _punch(
        self,
        action: str,
        employee_id: int,
        punch_id: str | None,
        do: Callable[[Connection, Employee, datetime, queries.PunchFacts], Done[T]],
        result: Callable[[Connection, int | None, int | None], T],
        conflict: type[Exception],
        at: datetime | None,
        offline: bool,
    ) -> T:
        """Run one punch in one durable transaction, idempotent by `punch_id`."""
        try:
            with self._core.write(keep_conflicts=True) as conn:
                if punch_id:
                    repeated = self._repeated_punch(conn, punch_id, employee_id, action, result)
                    if repeated is not None:
                        return repeated
                emp, facts = queries.employee_for_punch(conn, employee_id, self._core.run)
                now = self._core.clock.now()
                when = rules.resolve_punch_time(at, now, self._core.tolerance, offline=offline)
                # A punch touches its own day and the day its open session belongs to.
                open_day = facts.open_session.local_date if facts.open_session else None
                refuse_locked(conn, (rules.local_date(when, self._core.zone(emp)), open_day))
                session_id, break_id, built = do(conn, emp, when, facts)
                if punch_id:
                    self._core.run(
                        conn,
                        statements.RECORD_PUNCH,
                        {
                            "punch_id": punch_id,
                            "employee_id": employee_id,
                            "action": action,
                            "session_id": session_id,
                            "break_id": break_id,
                            "created_at": now,
                        },
                    )
                # What the punch wrote is known here; reading it back would cost queries.
                return built if built is not None else result(conn, session_id, break_id)
        except (sa_exc.IntegrityError, *_STATE_CONFLICTS) as exc:
            # Another writer won a race. On PostgreSQL a punch waits for the employee's row
            # lock inside its first statement, whose view of their sessions dates from before
            # the wait: a second clock-in then breaks the one-open-session index, a second
            # clock-out finds the session closed. When the winner was this punch's own first
            # try (a retry sent while it was under way), its outcome is the answer.
            if punch_id:
                with self._core.read() as conn:
                    repeated = self._repeated_punch(conn, punch_id, employee_id, action, result)
                    if repeated is not None:
                        return repeated
            if isinstance(exc, sa_exc.IntegrityError):
                raise conflict() from exc
            raise

    def _repeated_punch(
        self,
        conn: Connection,
        punch_id: str,
        employee_id: int,
        action: str,
        result: Callable[[Connection, int | None, int | None], T],
    ) -> T | None:
        """The stored outcome when `punch_id` was this very punch already; None when unused.
        The same id used for another employee or action is refused, never answered."""
        done = self._core.run(conn, statements.FIND_PUNCH, {"punch_id": punch_id}).first()
        if done is None:
            return None
        if done["employee_id"] != employee_id or done["action"] != action:
            raise InvalidInput("This punch id was already used for another punch.")
        return result(conn, done["session_id"], done["break_id"])

    def recorded_punch(
        self, punch_id: str | None, employee_id: int, action: str
    ) -> WorkSession | Break | None:
        """The first outcome of the punch `punch_id`, when it was made already (a resend);
        a route that checks a punch's date itself asks this first, so that a resend gets its
        first answer whatever its age."""
        if not punch_id:
            return None
        with self._core.read() as conn:
            if action in ("clock_in", "clock_out"):
                return self._repeated_punch(
                    conn, punch_id, employee_id, action, self._session_result
                )
            return self._repeated_punch(conn, punch_id, employee_id, action, self._break_result)

    def _session_result(
        self, conn: Connection, session_id: int | None, _b: int | None
    ) -> WorkSession:
        assert session_id is not None
        found = queries.session_by_id(conn, session_id)
        assert found is not None
        return found

    def _break_result(self, conn: Connection, _s: int | None, break_id: int | None) -> Break:
        found = queries.break_by_id(conn, break_id)
        assert found is not None
        return found

    # -- punches ----------------------------------------------------------------------

    def clock_in(
        self,
        employee_id: int,
        *,
        at: datetime | None = None,
        punch_id: str | None = None,
        offline: bool = False,
    ) -> WorkSession:
        def do(
            conn: Connection, emp: Employee, when: datetime, facts: queries.PunchFacts
        ) -> Done[WorkSession]:
            if facts.open_session is not None:
                raise AlreadyClockedIn()
            # The latest session ended with the employee's last punch (breaks end by then).
            when = rules.place_after(
                when, facts.latest_clock_out, client_time=at is not None, offline=offline
            )
            now = self._core.clock.now()
            day = rules.local_date(when, self._core.zone(emp))
            row = {
                "employee_id": emp.id,
                "local_date": day,
                "clock_in": when,
                "clock_out": None,
                "offline": offline,
                "created_at": now,
                "updated_at": now,
            }
            # A check-in on a day recorded as absent (seed 004's "create attendance")
            # replaces that record, in the same transaction.
            absent = {"absent_employee": emp.id, "absent_day": day}
            if self._core.postgres:  # in the INSERT's own WITH
                new_id = self._core.insert(
                    conn, statements.INSERT_SESSION_DROPPING_ABSENCE, row | absent
                )
            else:
                new_id = self._core.insert(conn, statements.INSERT_SESSION, row)
                conn.execute(statements.DROP_ABSENCE, absent)
            session = WorkSession(
                id=new_id,
                employee_id=emp.id,
                local_date=day,
                clock_in=when,
                offline=offline,
                created_at=now,
                updated_at=now,
            )
            return session.id, None, session

        return self._punch(
            "clock_in",
            employee_id,
            punch_id,
            do,
            self._session_result,
            AlreadyClockedIn,
            at,
            offline,
        )

    def clock_out(
        self,
        employee_id: int,
        *,
        at: datetime | None = None,
        punch_id: str | None = None,
        offline: bool = False,
    ) -> WorkSession:
        def do(
            conn: Connection, emp: Employee, when: datetime, facts: queries.PunchFacts
        ) -> Done[WorkSession]:
            session = facts.open_session
            if session is None:
                raise NoOpenSession()
            last = rules.last_punch_of([session])
            when = rules.place_after(when, last, client_time=at is not None, offline=offline)
            if offline:  # a replay: nobody was asked when they left (kept for the admin)
                limit = self._calendar.missing_after(conn)
                refuse_closing_missing(session, when, limit, emp.first_name, self._core.zone(emp))
            now = self._core.clock.now()
            ending = {"of_session": session.id, "ended_at": when, "now": now}
            if session.open_break is not None:  # read under the employee's lock: still true
                self._core.run(conn, statements.END_OPEN_BREAKS, ending)
            closed = self._core.run(conn, statements.CLOSE_SESSION, ending)
            if closed.rowcount != 1:
                # A concurrent clock-out closed it first (PostgreSQL, READ COMMITTED).
                raise NoOpenSession()
            ended = tuple(
                replace(b, end=when, updated_at=now) if b.end is None else b for b in session.breaks
            )
            return session.id, None, replace(session, clock_out=when, breaks=ended, updated_at=now)

        return self._punch(
            "clock_out", employee_id, punch_id, do, self._session_result, NoOpenSession, at, offline
        )

    def start_break(
        self,
        employee_id: int,
        reason: str = "",
        *,
        at: datetime | None = None,
        punch_id: str | None = None,
        offline: bool = False,
    ) -> Break:
        reason = (reason or "").strip()
        if len(reason) > 255:
            raise InvalidInput("A break reason can be at most 255 characters.")

        def do(
            conn: Connection, emp: Employee, when: datetime, facts: queries.PunchFacts
        ) -> Done[Break]:
            session = facts.open_session
            if session is None:
                raise NoOpenSession("You are not clocked in, so a break cannot start.")
            if session.open_break is not None:
                raise BreakAlreadyRunning()
            last = rules.last_punch_of([session])
            when = rules.place_after(when, last, client_time=at is not None, offline=offline)
            now = self._core.clock.now()
            row = {
                "session_id": session.id,
                "start_time": when,
                "end_time": None,
                "reason": reason,
                "created_at": now,
                "updated_at": now,
            }
            new_id = self._core.insert(
                conn,
                statements.INSERT_BREAK_RETURNING_ID
                if self._core.postgres
                else statements.INSERT_BREAK,
                row,
            )
            started = Break(
                id=new_id,
                session_id=session.id,
                start=when,
                reason=reason,
                created_at=now,
                updated_at=now,
            )
            return session.id, started.id, started

        return self._punch(
            "break_start",
            employee_id,
            punch_id,
            do,
            self._break_result,
            BreakAlreadyRunning,
            at,
            offline,
        )

    def end_break(
        self,
        employee_id: int,
        *,
        at: datetime | None = None,
        punch_id: str | None = None,
        offline: bool = False,
    ) -> Break:
        def do(
            conn: Connection, emp: Employee, when: datetime, facts: queries.PunchFacts
        ) -> Done[Break]:
            session = facts.open_session
            if session is None:
                raise NoOpenSession()
            brk = session.open_break
            if brk is None:
                raise NoOpenBreak()
            when = rules.place_after(when, brk.start, client_time=at is not None, offline=offline)
            now = self._core.clock.now()
            ending = {"the_break": brk.id, "ended_at": when, "now": now}
            if self._core.run(conn, statements.END_BREAK, ending).rowcount != 1:
                raise NoOpenBreak()  # a concurrent end-break was first
            return session.id, brk.id, replace(brk, end=when, updated_at=now)

        return self._punch(
            "break_end", employee_id, punch_id, do, self._break_result, NoOpenBreak, at, offline
        )


# What a punch finds when another punch for the same employee got there first.
_STATE_CONFLICTS = (AlreadyClockedIn, NoOpenSession, BreakAlreadyRunning, NoOpenBreak)
