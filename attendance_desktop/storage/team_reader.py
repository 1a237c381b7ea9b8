"""A team's month in blocks, for payroll: one employee at a time read the month in five
queries each (about 8 ms, so 80 s for 10,000 people). Here a block of people is read in a
few range queries (their sessions with breaks, leave days and corrected days), the calendar
and the missed clock-out limit once, and each person's days come from the same pure
`rules.month_days` as their own month page, so an export's numbers are theirs.

A generator of blocks: memory holds one block, whatever the size of the team. Each block is
one read transaction, like one person's month page."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import BindParameter, Select, Table, bindparam, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from ..core import rules
from ..core.corrections import CORRECTING
from ..core.errors import EmployeeNotFound, FutureMonth
from ..core.models import Break, DayRecord, Employee, WorkSession
from . import generations, queries
from .calendar_settings import CalendarSettings
from .schema import audit_log, breaks, employees, leave_days, work_sessions
from .store_core import StoreCore

BLOCK = 500  # people per read: few round trips, and a block's rows stay a few MB
SERVE = 20  # people made into days at a time, within a block


class PersonMonth(NamedTuple):
    employee: Employee
    today: date  # in the person's zone
    days: list[DayRecord]


def _columns(table: Table, names: str) -> list[ColumnElement[Any]]:
    """These columns, in this order: rows are read by position."""
    return [table.c[name] for name in names.split()]


_IN_BLOCK: BindParameter[list[int]] = bindparam("ids", expanding=True)
_PAGE = select(employees).where(employees.c.id > bindparam("after")).order_by(employees.c.id)
_BY_IDS = select(employees).where(employees.c.id.in_(_IN_BLOCK)).order_by(employees.c.id)
_SESSION_COLUMNS = _columns(
    work_sessions, "id employee_id local_date clock_in clock_out offline created_at updated_at"
)
_BREAK_COLUMNS = _columns(breaks, "id session_id start_time end_time reason created_at updated_at")
_SESSIONS = (
    select(*_SESSION_COLUMNS)
    .where(
        work_sessions.c.employee_id.in_(_IN_BLOCK),
        work_sessions.c.local_date >= bindparam("first"),
        work_sessions.c.local_date <= bindparam("last"),
    )
    .order_by(work_sessions.c.employee_id, work_sessions.c.clock_in)
)
# The breaks of those same sessions, by a join rather than a list of session ids (a block
# has thousands of sessions, more than a statement should carry as parameters).
_BREAKS = (
    select(*_BREAK_COLUMNS)
    .join(work_sessions, work_sessions.c.id == breaks.c.session_id)
    .where(
        work_sessions.c.employee_id.in_(_IN_BLOCK),
        work_sessions.c.local_date >= bindparam("first"),
        work_sessions.c.local_date <= bindparam("last"),
    )
    .order_by(breaks.c.start_time)
)
_LEAVE = select(leave_days.c.employee_id, leave_days.c.day, leave_days.c.leave_type).where(
    leave_days.c.employee_id.in_(_IN_BLOCK),
    leave_days.c.day >= bindparam("first"),
    leave_days.c.day <= bindparam("last"),
)
_CORRECTED = (
    select(audit_log.c.employee_id, audit_log.c.day)
    .where(
        audit_log.c.employee_id.in_(_IN_BLOCK),
        audit_log.c.day >= bindparam("first"),
        audit_log.c.day <= bindparam("last"),
        audit_log.c.action.in_([a.value for a in CORRECTING]),
    )
    .distinct()
)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    return first, (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


class TeamReader:
    def __init__(self, core: StoreCore, calendar: CalendarSettings) -> None:
        self._core = core
        self._calendar = calendar

    def months(
        self, year: int, month: int, employee_ids: Sequence[int] | None = None, block: int = BLOCK
    ) -> Iterator[list[PersonMonth]]:
        """Blocks of people by id with their month's days: everyone, or the named ids (an
        unknown one is EmployeeNotFound before the first block). A person whose month has
        not begun in their zone is left out, as their own page refuses it."""
        if employee_ids is not None:
            wanted = sorted(set(employee_ids))
            self._check_known(wanted, block)
            for at in range(0, len(wanted), block):
                yield from self._block(year, month, _BY_IDS, {"ids": wanted[at : at + block]}).rows
            return
        after = 0
        while True:
            found = self._block(year, month, _PAGE.limit(block), {"after": after})
            if found.people == 0:
                return
            yield from found.rows
            after = found.last_id

    def _check_known(self, wanted: list[int], block: int) -> None:
        with self._core.read() as conn:
            for at in range(0, len(wanted), block):
                chunk = wanted[at : at + block]
                got = conn.execute(select(employees.c.id).where(employees.c.id.in_(chunk)))
                if len(got.all()) != len(chunk):
                    raise EmployeeNotFound()

    def _block(self, year: int, month: int, which: Select[Any], params: dict[str, Any]) -> _Block:
        first, last = month_bounds(year, month)
        with self._core.read() as conn:
            if conn.dialect.name == "postgresql":
                # Instants come in the session's zone, each moved to UTC: in UTC already,
                # that move is free (a third of PostgreSQL's time). Until this block's end.
                conn.exec_driver_sql("SET LOCAL TIME ZONE 'UTC'")
            people = [queries.employee_from_row(r._mapping) for r in conn.execute(which, params)]
            ids = [p.id for p in people]
            span = {"ids": ids, "first": first, "last": last}
            rows = _RawSessions.read(conn, span) if ids else _RawSessions.empty(conn)
            leave: dict[int, dict[date, str]] = defaultdict(dict)
            corrected: dict[int, set[date]] = defaultdict(set)
            if ids:
                for r in conn.execute(_LEAVE, span):
                    leave[r.employee_id][r.day] = r.leave_type
                for c in conn.execute(_CORRECTED, span):
                    corrected[c.employee_id].add(c.day)
            limit = self._calendar.missing_after(conn)
            generation = generations.current(conn, generations.CALENDAR)
        calendar = self._calendar.calendar((year,), generation)
        now = self._core.clock.now()

        def person(emp: Employee) -> PersonMonth | None:
            today = rules.local_date(now, self._core.zone(emp))
            try:
                rules.check_month(year, month, today)
            except FutureMonth:
                return None
            days = rules.month_days(
                year, month, rows.sessions_of(emp.id), today=today, now=now,
                calendar=calendar, work_week=emp.work_week, start=emp.start_date,
                end=emp.end_date, leave=leave.get(emp.id, {}),
                corrected=corrected.get(emp.id, set()), missing_after=limit,
            )  # fmt: skip
            return PersonMonth(emp, today, days)

        def served() -> Iterator[list[PersonMonth]]:
            # The block is read at once, as driver rows (tuples of plain values, which the
            # garbage collector leaves alone), and its people served a few at a time: their
            # objects die young, where the whole block's days alive at once cost a full
            # collection per block (a fifth of the export).
            for at in range(0, len(people), SERVE):
                found = (person(emp) for emp in people[at : at + SERVE])
                some = [p for p in found if p is not None]
                if some:
                    yield some

        return _Block(served(), len(people), ids[-1] if ids else 0)


class _Block(NamedTuple):
    rows: Iterator[list[PersonMonth]]
    people: int  # read, before any was left out
    last_id: int


class _Raw(NamedTuple):
    """How this database's driver gives an instant and a date, made into ours."""

    instant: Callable[[Any], datetime]
    day: Callable[[Any], date]


# SQLite keeps naive UTC text (an offset added to it parses ten times faster than a
# `.replace(tzinfo=UTC)`); PostgreSQL gives aware datetimes, in UTC for this read.
_SQLITE = _Raw(lambda text: datetime.fromisoformat(text + "+00:00"), date.fromisoformat)
_DRIVER = _Raw(lambda value: value.astimezone(UTC), lambda value: value)


def _driver_rows(conn: Connection, statement: Select[Any], span: dict[str, Any]) -> list[Any]:
    """The statement's rows as the driver gives them: SQLAlchemy's row processing (its own
    date parser, `UTCDateTime`'s second pass, a Row per row) was a third of the export."""
    result = conn.execute(statement, span)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


class _RawSessions:
    """A block's sessions and breaks as the driver gave them, made into `WorkSession`s one
    person at a time."""

    def __init__(self, raw: _Raw) -> None:
        self._raw = raw
        self._sessions: dict[int, list[Any]] = defaultdict(list)  # by employee
        self._breaks: dict[int, list[Any]] = defaultdict(list)  # by session

    @classmethod
    def empty(cls, conn: Connection) -> _RawSessions:
        return cls(_SQLITE if conn.dialect.name == "sqlite" else _DRIVER)

    @classmethod
    def read(cls, conn: Connection, span: dict[str, Any]) -> _RawSessions:
        rows = cls.empty(conn)
        for b in _driver_rows(conn, _BREAKS, span):
            rows._breaks[b[1]].append(b)
        for s in _driver_rows(conn, _SESSIONS, span):
            rows._sessions[s[1]].append(s)
        return rows

    def sessions_of(self, employee_id: int) -> list[WorkSession]:
        instant, day = self._raw.instant, self._raw.day
        out = []
        for sid, emp, local, clock_in, clock_out, offline, created, updated in self._sessions.get(
            employee_id, ()
        ):
            breaks = tuple(
                Break(bid, sid, instant(start), None if end is None else instant(end),
                      reason or "", instant(made), instant(changed))
                for bid, _, start, end, reason, made, changed in self._breaks.get(sid, ())
            )  # fmt: skip
            out.append(
                WorkSession(sid, emp, day(local), instant(clock_in),
                            None if clock_out is None else instant(clock_out), breaks,
                            bool(offline), instant(created), instant(updated))
            )  # fmt: skip
        return out
