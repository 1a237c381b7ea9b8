"""The statements of a clock-in and a clock-out, built once with bound parameters.

A punch runs four to six statements; building each anew (columns compared, values coerced,
a cache key worked out) cost about a sixth of a punch on the server. Parameter names differ
from column names in updates, where SQLAlchemy keeps the column's own name for SET.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from sqlalchemy import ColumnElement, ScalarSelect, bindparam, select, update

from .schema import absences, breaks, employees, punches, work_sessions

FIND_PUNCH = select(punches).where(punches.c.punch_id == bindparam("punch_id"))


class LatestSession(NamedTuple):
    """The times of the employee's latest session: both None if they have none yet."""

    clock_in: datetime | None
    clock_out: datetime | None


def _of_latest_session(column: ColumnElement[datetime]) -> ScalarSelect[datetime]:
    return (
        select(column)
        .where(work_sessions.c.employee_id == employees.c.id)
        .order_by(work_sessions.c.clock_in.desc())
        .limit(1)
        .scalar_subquery()
    )


# Every punch starts here: the employee (row-locked on PostgreSQL, so that one employee's
# punches take turns; SQLite's write lock already does) and the latest session's times,
# which are all a clock-in needs to decide.
EMPLOYEE_FOR_PUNCH = (
    select(
        employees,
        _of_latest_session(work_sessions.c.clock_in).label("latest_in"),
        _of_latest_session(work_sessions.c.clock_out).label("latest_out"),
    )
    .where(employees.c.id == bindparam("employee_id"))
    .with_for_update(of=employees)
)

# Values come with each execution: employee_id, local_date, clock_in, clock_out, offline,
# created_at, updated_at.
INSERT_SESSION = work_sessions.insert()

DROP_ABSENCE = absences.delete().where(
    absences.c.employee_id == bindparam("employee_id"), absences.c.day == bindparam("day")
)

END_OPEN_BREAKS = (
    update(breaks)
    .where(breaks.c.session_id == bindparam("of_session"), breaks.c.end_time.is_(None))
    .values(end_time=bindparam("ended_at"), updated_at=bindparam("now"))
)

CLOSE_SESSION = (
    update(work_sessions)
    .where(work_sessions.c.id == bindparam("of_session"), work_sessions.c.clock_out.is_(None))
    .values(clock_out=bindparam("ended_at"), updated_at=bindparam("now"))
)

# Values come with each execution: punch_id, employee_id, action, session_id, break_id,
# created_at.
RECORD_PUNCH = punches.insert()
