"""The statements of a clock-in and a clock-out, built once with bound parameters.

A punch runs three or four statements; building each anew (columns compared, values coerced,
a cache key worked out) cost about a sixth of a punch on the server. Parameter names differ
from column names in updates, where SQLAlchemy keeps the column's own name for SET.
"""

from __future__ import annotations

from sqlalchemy import and_, bindparam, select, update

from .schema import absences, breaks, employees, punches, work_sessions

FIND_PUNCH = select(punches).where(punches.c.punch_id == bindparam("punch_id"))


# An open session's columns and its breaks' columns, labelled apart from the employee's.
OPEN_SESSION_COLUMNS = [c.label(f"open_{c.name}") for c in work_sessions.c]
BREAK_COLUMNS = [c.label(f"break_{c.name}") for c in breaks.c]

# The employee's open session, if any, with its breaks: one row per break.
OPEN_SESSION_WITH_BREAKS = (
    select(*OPEN_SESSION_COLUMNS, *BREAK_COLUMNS)
    .outerjoin(breaks, breaks.c.session_id == work_sessions.c.id)
    .where(
        work_sessions.c.employee_id == bindparam("employee_id"),
        work_sessions.c.clock_out.is_(None),
    )
    .order_by(breaks.c.start_time)
)

_latest = work_sessions.alias("latest")
_LATEST_CLOCK_OUT = (
    select(_latest.c.clock_out)
    .where(_latest.c.employee_id == employees.c.id)
    .order_by(_latest.c.clock_in.desc())
    .limit(1)
    .correlate(employees)
    .scalar_subquery()
)

# Every punch starts here, in one statement: the employee (row-locked on PostgreSQL, so that
# one employee's punches take turns; SQLite's write lock already does), their open session
# with its breaks, and the end of their latest session (a punch may not come before it).
EMPLOYEE_FOR_PUNCH = (
    select(employees, _LATEST_CLOCK_OUT.label("latest_out"), *OPEN_SESSION_COLUMNS, *BREAK_COLUMNS)
    .select_from(
        employees.outerjoin(
            work_sessions,
            and_(
                work_sessions.c.employee_id == employees.c.id, work_sessions.c.clock_out.is_(None)
            ),
        ).outerjoin(breaks, breaks.c.session_id == work_sessions.c.id)
    )
    .where(employees.c.id == bindparam("employee_id"))
    .order_by(breaks.c.start_time)
    .with_for_update(of=employees)
)

# Values come with each execution: employee_id, local_date, clock_in, clock_out, offline,
# created_at, updated_at.
INSERT_SESSION = work_sessions.insert()

DROP_ABSENCE = absences.delete().where(
    absences.c.employee_id == bindparam("absent_employee"),
    absences.c.day == bindparam("absent_day"),
)

# Both in one statement (PostgreSQL): the session's values and absent_employee, absent_day.
INSERT_SESSION_DROPPING_ABSENCE = (
    work_sessions.insert()
    .add_cte(DROP_ABSENCE.cte("dropped_absence"))
    .returning(work_sessions.c.id)
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

# Values come with each execution: session_id, start_time, end_time, reason, created_at,
# updated_at.
INSERT_BREAK = breaks.insert()
INSERT_BREAK_RETURNING_ID = breaks.insert().returning(breaks.c.id)

END_BREAK = (
    update(breaks)
    .where(breaks.c.id == bindparam("the_break"), breaks.c.end_time.is_(None))
    .values(end_time=bindparam("ended_at"), updated_at=bindparam("now"))
)

# Values come with each execution: punch_id, employee_id, action, session_id, break_id,
# created_at.
RECORD_PUNCH = punches.insert()
