"""A team's month in blocks, for payroll: one employee at a time read the month in five
queries each (about 8 ms, so 80 s for 10,000 people). Here a block of people is read in a
few range queries (their sessions with breaks, leave days and corrected days), the calendar
and the missed clock-out limit once, and each person's days come from the same pure
`rules.month_days` as their own month page, so an export's numbers are theirs.

A generator of small lists of people (`SERVE` at a time): memory holds one block's rows,
whatever the size of the team. Each block is one read transaction, like one person's month
page; its rows are the driver's (`team_rows`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Select, bindparam, select

from ..core import rules
from ..core.corrections import CORRECTING
from ..core.errors import EmployeeNotFound, FutureMonth
from ..core.models import DayRecord, Employee
from . import generations, queries
from .calendar_settings import CalendarSettings
from .schema import audit_log, employees, leave_days
from .store_core import StoreCore
from .team_rows import IN_BLOCK, BlockSessions, in_block

BLOCK = 500  # people per read: few round trips, and a block's rows stay a few MB
SERVE = 20  # people made into days at a time, within a block


class PersonMonth(NamedTuple):
    employee: Employee
    today: date  # in the person's zone
    # Without their sessions: the console and the exports show days (a person's sessions
    # come from their month page), and a day made once costs half of one made and then cut.
    days: list[DayRecord]


_PAGE = select(employees).where(employees.c.id > bindparam("after")).order_by(employees.c.id)
_BY_IDS = select(employees).where(employees.c.id.in_(IN_BLOCK)).order_by(employees.c.id)


def _leave(by_range: bool) -> Select[Any]:
    return select(leave_days.c.employee_id, leave_days.c.day, leave_days.c.leave_type).where(
        in_block(leave_days.c.employee_id, by_range),
        leave_days.c.day >= bindparam("first"),
        leave_days.c.day <= bindparam("last"),
    )


def _corrected(by_range: bool) -> Select[Any]:
    return (
        select(audit_log.c.employee_id, audit_log.c.day)
        .where(
            in_block(audit_log.c.employee_id, by_range),
            audit_log.c.day >= bindparam("first"),
            audit_log.c.day <= bindparam("last"),
            audit_log.c.action.in_([a.value for a in CORRECTING]),
        )
        .distinct()
    )


_LEAVE = {by_range: _leave(by_range) for by_range in (False, True)}
_CORRECTED = {by_range: _corrected(by_range) for by_range in (False, True)}


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
                chunk = {"ids": wanted[at : at + block]}
                yield from self._block(year, month, _BY_IDS, chunk, by_range=False).rows
            return
        after = 0
        while True:
            found = self._block(year, month, _PAGE.limit(block), {"after": after}, by_range=True)
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

    def _block(
        self, year: int, month: int, which: Select[Any], params: dict[str, Any], *, by_range: bool
    ) -> _Block:
        """`which` people, and their month. `by_range`: they are every id from the first to
        the last (a page of everyone), so their rows are read by that range."""
        first, last = month_bounds(year, month)
        with self._core.read() as conn:
            if conn.dialect.name == "postgresql":
                # Instants come in the session's zone: in UTC, as the rules and the answers
                # take them, with no move (it was a third of PostgreSQL's time). Until the
                # block's end.
                conn.exec_driver_sql("SET LOCAL TIME ZONE 'UTC'")
            people = [queries.employee_from_row(r._mapping) for r in conn.execute(which, params)]
            ids = [p.id for p in people]
            who = {"lo": ids[0], "hi": ids[-1]} if by_range and ids else {"ids": ids}
            span = {**who, "first": first, "last": last}
            rows = BlockSessions.read(conn, span, by_range) if ids else BlockSessions()
            leave: dict[int, dict[date, str]] = defaultdict(dict)
            corrected: dict[int, set[date]] = defaultdict(set)
            if ids:
                for r in conn.execute(_LEAVE[by_range], span):
                    leave[r.employee_id][r.day] = r.leave_type
                for c in conn.execute(_CORRECTED[by_range], span):
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
                with_sessions=False,
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
