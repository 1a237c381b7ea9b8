"""Reading rows into domain objects. Shared by the local service and the server."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import Row, bindparam, or_, select
from sqlalchemy.engine import Connection

from ..core.calendar import WorkCalendar
from ..core.errors import EmployeeInactive, EmployeeNotFound
from ..core.models import DEFAULT_WORK_WEEK, Break, Employee, WorkSession
from .driver import RowMap, StatementRunner, run_core
from .punch_statements import EMPLOYEE_FOR_PUNCH, OPEN_SESSION_WITH_BREAKS
from .schema import (
    breaks,
    company_holidays,
    employees,
    holiday_cache,
    store_settings,
    work_sessions,
)


def parse_work_week(text: str) -> tuple[int, ...]:
    days = tuple(sorted({int(p) for p in text.split(",") if p.strip()}))
    return days or DEFAULT_WORK_WEEK


def format_work_week(days: Sequence[int]) -> str:
    return ",".join(str(d) for d in sorted(set(days)))


def employee_from_row(m: RowMap) -> Employee:
    """An employee from a row's mapping (`row._mapping`) of `employees` columns."""
    return Employee(
        id=int(m["id"]),
        first_name=m["first_name"],
        last_name=m["last_name"],
        email=m["email"],
        phone_number=m["phone_number"] or "",
        job_title=m["job_title"] or "",
        department=m["department"] or "",
        timezone=m["timezone"],
        work_week=parse_work_week(m["work_week"] or ""),
        start_date=m["start_date"],
        active=bool(m["active"]),
        end_date=m["end_date"],
    )


# The statements read on every page and punch are built once: building a statement costs
# more than SQLAlchemy's compiled cache saves when the same shape is built anew each call.
_EMPLOYEE = select(employees).where(employees.c.id == bindparam("employee_id"))
_SESSIONS_IN_RANGE = (
    select(work_sessions)
    .where(
        work_sessions.c.employee_id == bindparam("employee_id"),
        work_sessions.c.local_date >= bindparam("start"),
        work_sessions.c.local_date <= bindparam("end"),
    )
    .order_by(work_sessions.c.clock_in)
)
_BREAKS_OF = (
    select(breaks)
    .where(breaks.c.session_id.in_(bindparam("ids", expanding=True)))
    .order_by(breaks.c.start_time)
)


def load_employee(conn: Connection, employee_id: int) -> Employee:
    """The employee, or EmployeeNotFound."""
    row = conn.execute(_EMPLOYEE, {"employee_id": employee_id}).first()
    if row is None:
        raise EmployeeNotFound()
    return employee_from_row(row._mapping)


def active_employee(conn: Connection, employee_id: int) -> Employee:
    """The employee if they may punch (sign in, be identified at a kiosk); else
    EmployeeNotFound or EmployeeInactive."""
    found = load_employee(conn, employee_id)
    if not found.active:
        raise EmployeeInactive()
    return found


class PunchFacts(NamedTuple):
    """What every punch reads first, with the employee."""

    open_session: WorkSession | None
    latest_clock_out: datetime | None  # the end of their latest session, if it has ended


def employee_for_punch(
    conn: Connection, employee_id: int, run: StatementRunner = run_core
) -> tuple[Employee, PunchFacts]:
    """The employee, row-locked for a punch, and their open session and latest clock-out;
    or EmployeeNotFound, or EmployeeInactive for a deactivated employee."""
    rows = run(conn, EMPLOYEE_FOR_PUNCH, {"employee_id": employee_id}).rows
    if not rows:
        raise EmployeeNotFound()
    if not rows[0]["active"]:
        raise EmployeeInactive()
    facts = PunchFacts(_open_session_from(rows), rows[0]["latest_out"])
    return employee_from_row(rows[0]), facts


def break_from_row(m: RowMap, prefix: str = "") -> Break:
    """A break from a row's mapping of `breaks` columns, each named with `prefix` in a
    joined row."""
    return Break(
        id=int(m[prefix + "id"]),
        session_id=int(m[prefix + "session_id"]),
        start=m[prefix + "start_time"],
        end=m[prefix + "end_time"],
        reason=m[prefix + "reason"] or "",
        created_at=m[prefix + "created_at"],
        updated_at=m[prefix + "updated_at"],
    )


def break_by_id(conn: Connection, break_id: int | None) -> Break | None:
    row = conn.execute(select(breaks).where(breaks.c.id == break_id)).first()
    return break_from_row(row._mapping) if row is not None else None


def session_from_row(m: RowMap, breaks: tuple[Break, ...], prefix: str = "") -> WorkSession:
    """A session from a row's mapping of `work_sessions` columns (named with `prefix`) and
    its breaks."""
    return WorkSession(
        id=int(m[prefix + "id"]),
        employee_id=int(m[prefix + "employee_id"]),
        local_date=m[prefix + "local_date"],
        clock_in=m[prefix + "clock_in"],
        clock_out=m[prefix + "clock_out"],
        breaks=breaks,
        offline=bool(m[prefix + "offline"]),
        created_at=m[prefix + "created_at"],
        updated_at=m[prefix + "updated_at"],
    )


def _sessions_with_breaks(
    conn: Connection, rows: Sequence[Row[tuple[object, ...]]]
) -> list[WorkSession]:
    if not rows:
        return []
    ids = [int(r._mapping["id"]) for r in rows]
    by_session: dict[int, list[Break]] = {i: [] for i in ids}
    brk_rows = conn.execute(_BREAKS_OF, {"ids": ids}).all()
    for b in brk_rows:
        brk = break_from_row(b._mapping)
        by_session[brk.session_id].append(brk)
    return [session_from_row(r._mapping, tuple(by_session[int(r._mapping["id"])])) for r in rows]


def sessions_in_range(
    conn: Connection, employee_id: int, start: date, end: date
) -> list[WorkSession]:
    rows = conn.execute(
        _SESSIONS_IN_RANGE, {"employee_id": employee_id, "start": start, "end": end}
    ).all()
    return _sessions_with_breaks(conn, rows)


def sessions_overlapping(
    conn: Connection, employee_id: int, start: datetime, end: datetime | None
) -> list[WorkSession]:
    """The employee's sessions whose [clock_in, clock_out) meets [start, end) (`end` None:
    open-ended), whatever day they belong to: a session of 60 h reaches far past its day.
    An open session runs on, so it meets every span that ends after its clock-in."""
    found = select(work_sessions).where(
        work_sessions.c.employee_id == employee_id,
        or_(work_sessions.c.clock_out.is_(None), work_sessions.c.clock_out > start),
    )
    if end is not None:
        found = found.where(work_sessions.c.clock_in < end)
    return _sessions_with_breaks(conn, conn.execute(found.order_by(work_sessions.c.id)).all())


def session_by_id(conn: Connection, session_id: int) -> WorkSession | None:
    found = sessions_by_ids(conn, [session_id])
    return found.get(session_id)


_SESSIONS_BY_IDS = select(work_sessions).where(
    work_sessions.c.id.in_(bindparam("ids", expanding=True))
)


def sessions_by_ids(conn: Connection, ids: Sequence[int]) -> dict[int, WorkSession]:
    """The sessions with these ids (those that exist), with their breaks: two queries."""
    if not ids:
        return {}
    rows = conn.execute(_SESSIONS_BY_IDS, {"ids": list(ids)}).all()
    return {session.id: session for session in _sessions_with_breaks(conn, rows)}


def _open_session_from(rows: Sequence[RowMap]) -> WorkSession | None:
    """The open session in rows of OPEN_SESSION_COLUMNS and BREAK_COLUMNS (one per break),
    or None if the rows have none."""
    if not rows or rows[0]["open_id"] is None:
        return None
    breaks = tuple(break_from_row(r, "break_") for r in rows if r["break_id"] is not None)
    return session_from_row(rows[0], breaks, "open_")


def open_session(conn: Connection, employee_id: int) -> WorkSession | None:
    rows = conn.execute(OPEN_SESSION_WITH_BREAKS, {"employee_id": employee_id}).all()
    return _open_session_from([r._mapping for r in rows])


def holiday_region(conn: Connection) -> tuple[str, str]:
    """The country and subdivision whose public holidays count ("" when none)."""
    found = dict(
        conn.execute(
            select(store_settings.c.key, store_settings.c.value).where(
                store_settings.c.key.in_(("holiday_country", "holiday_subdivision"))
            )
        ).all()
    )
    return found.get("holiday_country", ""), found.get("holiday_subdivision", "")


def load_calendar(conn: Connection, language: str) -> WorkCalendar:
    """The store's calendar naming public holidays in `language`, with the years cached so."""
    days = dict(conn.execute(select(company_holidays.c.day, company_holidays.c.name)).all())
    country, subdivision = holiday_region(conn)
    cached = conn.execute(
        select(holiday_cache.c.year, holiday_cache.c.holidays_json).where(
            holiday_cache.c.country == country,
            holiday_cache.c.subdivision == subdivision,
            holiday_cache.c.language == language,
        )
    ).all()
    known = {
        int(year): {date.fromisoformat(d): name for d, name in json.loads(text).items()}
        for year, text in cached
    }
    return WorkCalendar(country, subdivision, days, known, language)


def cache_holiday_years(
    conn: Connection, calendar: WorkCalendar, years: dict[int, dict[date, str]]
) -> None:
    for year, found in years.items():
        conn.execute(
            holiday_cache.delete().where(
                holiday_cache.c.country == calendar.country,
                holiday_cache.c.subdivision == calendar.subdivision,
                holiday_cache.c.year == year,
                holiday_cache.c.language == calendar.language,
            )
        )
        conn.execute(
            holiday_cache.insert().values(
                country=calendar.country,
                subdivision=calendar.subdivision,
                year=year,
                language=calendar.language,
                holidays_json=json.dumps({d.isoformat(): n for d, n in sorted(found.items())}),
            )
        )
