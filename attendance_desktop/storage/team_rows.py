"""A block of people's sessions and breaks for the team reader, as the database driver
gives them: SQLAlchemy's row processing (its own date parser, `UTCDateTime`'s second pass,
a Row per row) was a third of the payroll export. Tuples of plain values also cost the
garbage collector nothing to hold, so a block is read at once and made into `WorkSession`s
one person at a time."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from typing import Any

from sqlalchemy import BindParameter, Select, Table, bindparam, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from ..core.models import Break, WorkSession
from .schema import breaks, work_sessions

IN_BLOCK: BindParameter[list[int]] = bindparam("ids", expanding=True)


def in_block(column: ColumnElement[int], by_range: bool) -> ColumnElement[bool]:
    """The block's people. A page of everyone is every id from `lo` to `hi`: a range of two
    parameters, where 500 listed ids made SQLAlchemy render and the driver parse a statement
    of 500 placeholders per query (a tenth of the team month's time). A selection is listed."""
    if by_range:
        return column.between(bindparam("lo"), bindparam("hi"))
    return column.in_(IN_BLOCK)


def columns(table: Table, names: str) -> list[ColumnElement[Any]]:
    """These columns, in this order: rows are read by position."""
    return [table.c[name] for name in names.split()]


# Only what a day's figures are made of: the days leave their sessions out (`team_reader`),
# so a session's stamps, offline flag and break reasons would be read, parsed and dropped.
_SESSION_COLUMNS = columns(work_sessions, "id employee_id local_date clock_in clock_out")
_BREAK_COLUMNS = columns(breaks, "id session_id start_time end_time")


def _sessions(by_range: bool) -> Select[Any]:
    return (
        select(*_SESSION_COLUMNS)
        .where(
            in_block(work_sessions.c.employee_id, by_range),
            work_sessions.c.local_date >= bindparam("first"),
            work_sessions.c.local_date <= bindparam("last"),
        )
        .order_by(work_sessions.c.employee_id, work_sessions.c.clock_in)
    )


def _breaks(by_range: bool) -> Select[Any]:
    """The breaks of those same sessions, by a join rather than a list of session ids (a
    block has thousands of sessions, more than a statement should carry as parameters)."""
    return (
        select(*_BREAK_COLUMNS)
        .join(work_sessions, work_sessions.c.id == breaks.c.session_id)
        .where(
            in_block(work_sessions.c.employee_id, by_range),
            work_sessions.c.local_date >= bindparam("first"),
            work_sessions.c.local_date <= bindparam("last"),
        )
        .order_by(breaks.c.start_time)
    )


_SESSIONS = {by_range: _sessions(by_range) for by_range in (False, True)}
_BREAKS = {by_range: _breaks(by_range) for by_range in (False, True)}


def _utc(text: str) -> datetime:
    """SQLite keeps naive UTC text: an offset added to it parses ten times faster than a
    `.replace(tzinfo=UTC)`."""
    return datetime.fromisoformat(text + "+00:00")


def _driver_rows(conn: Connection, statement: Select[Any], span: dict[str, Any]) -> list[Any]:
    """The statement's rows as the driver gives them: SQLAlchemy's row processing (its own
    date parser, `UTCDateTime`'s second pass, a Row per row) was a third of the export."""
    result = conn.execute(statement, span)
    try:
        return list(result.cursor.fetchall())
    finally:
        result.close()


class BlockSessions:
    """A block's sessions and breaks by person, made into `WorkSession`s one person at a
    time. PostgreSQL's driver gives dates and aware instants (in UTC for this read), kept
    as they come: a call per instant to convert them was a fifth of the reader's time.
    SQLite's text is parsed once here."""

    def __init__(self) -> None:
        self._sessions: dict[int, list[Any]] = defaultdict(list)  # by employee
        self._breaks: dict[int, list[Any]] = defaultdict(list)  # by session

    @classmethod
    def read(cls, conn: Connection, span: dict[str, Any], by_range: bool) -> BlockSessions:
        """`span`: `first` and `last` day, and `lo` and `hi` (`by_range`) or `ids`."""
        rows = cls()
        found_breaks = _driver_rows(conn, _BREAKS[by_range], span)
        found_sessions = _driver_rows(conn, _SESSIONS[by_range], span)
        if conn.dialect.name == "sqlite":
            found_breaks = [
                (bid, sid, _utc(start), None if end is None else _utc(end))
                for bid, sid, start, end in found_breaks
            ]
            found_sessions = [
                (sid, emp, date.fromisoformat(local), _utc(clock_in),
                 None if clock_out is None else _utc(clock_out))
                for sid, emp, local, clock_in, clock_out in found_sessions
            ]  # fmt: skip
        for b in found_breaks:
            rows._breaks[b[1]].append(b)
        for s in found_sessions:
            rows._sessions[s[1]].append(s)
        return rows

    def sessions_of(self, employee_id: int) -> list[WorkSession]:
        """The person's sessions with what the rules use: times and breaks (no stamps, no
        offline flag, no reasons: the days made of them keep none of it)."""
        out = []
        no_breaks: list[Any] = []
        for sid, emp, local, clock_in, clock_out in self._sessions.get(employee_id, ()):
            found = self._breaks.get(sid, no_breaks)
            breaks = (
                tuple([Break(bid, sid, start, end) for bid, _, start, end in found])
                if found
                else ()
            )
            out.append(WorkSession(sid, emp, local, clock_in, clock_out, breaks))
        return out
