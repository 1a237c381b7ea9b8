"""The employee directory's writes: adding, changing, deactivating and reactivating.

Every field is checked the same way whether it comes with a new employee or a change, so a
value refused by `employee add` is refused by `employee set` in the same words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict
from datetime import date
from typing import cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from ..core.employee_words import BAD_EMAIL, EMAIL_RE, NAMES_REQUIRED
from ..core.errors import InvalidInput
from ..core.models import Employee, EmployeeChanges, NewEmployee
from . import queries
from .schema import employees

_LABELS = {
    "first_name": "first name",
    "last_name": "last name",
    "email": "email",
    "phone_number": "phone number",
    "job_title": "job title",
    "department": "department",
}


def checked(fields: dict[str, object]) -> dict[str, object]:
    """Column values from the given fields (those of NewEmployee or EmployeeChanges that are
    not None), trimmed and checked; InvalidInput names what is wrong."""
    values: dict[str, object] = {}
    for name, label in _LABELS.items():
        if fields.get(name) is None:
            continue
        text = str(fields[name]).strip()
        if name in ("first_name", "last_name") and not text:
            raise InvalidInput(NAMES_REQUIRED)
        if len(text) > 255:
            raise InvalidInput(f"The {label} can be at most 255 characters.")
        values[name] = text
    if "email" in values and not EMAIL_RE.match(str(values["email"])):
        raise InvalidInput(BAD_EMAIL, field="email")
    zone = fields.get("timezone")
    if zone is not None:
        if zone:
            try:
                ZoneInfo(str(zone))
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise InvalidInput(f"Unknown time zone: {zone}") from exc
        values["timezone"] = zone or None
    week = fields.get("work_week")
    if week is not None:
        days = tuple(int(d) for d in cast("Iterable[int]", week))
        if not days or any(d not in range(7) for d in days):
            raise InvalidInput("The work week must list days from Monday (0) to Sunday (6).")
        values["work_week"] = queries.format_work_week(days)
    if fields.get("start_date") is not None:
        values["start_date"] = fields["start_date"]
    return values


def new_employee_values(new: NewEmployee) -> dict[str, object]:
    values = checked(asdict(new))
    values.setdefault("timezone", None)
    values["start_date"] = new.start_date
    return values


def email_taken(conn: Connection, email: str, besides: int | None = None) -> bool:
    query = (
        select(func.count())
        .select_from(employees)
        .where(func.lower(employees.c.email) == email.lower())
    )
    if besides is not None:
        query = query.where(employees.c.id != besides)
    return bool(conn.execute(query).scalar_one())


def change(conn: Connection, employee_id: int, changes: EmployeeChanges) -> Employee:
    """Apply `changes` to the employee (row-locked on PostgreSQL by the UPDATE)."""
    current = queries.load_employee(conn, employee_id)
    values = checked(asdict(changes))
    if "email" in values and email_taken(conn, str(values["email"]), besides=employee_id):
        raise InvalidInput("An employee with this email already exists.", field="email")
    if values:
        conn.execute(employees.update().where(employees.c.id == current.id).values(**values))
    return queries.load_employee(conn, employee_id)


def set_active(conn: Connection, employee_id: int, active: bool, last_day: date | None) -> Employee:
    """Deactivate (with their last counted day) or reactivate (no last day) an employee."""
    current = queries.load_employee(conn, employee_id)
    if last_day is not None and current.start_date is not None and last_day < current.start_date:
        raise InvalidInput("The last day cannot come before the employee's start date.")
    conn.execute(
        employees.update()
        .where(employees.c.id == employee_id)
        .values(active=active, end_date=last_day)
    )
    return queries.load_employee(conn, employee_id)
