"""The employee directory of a store: adding, changing, finding, (de)activating."""

from __future__ import annotations

from datetime import date

from sqlalchemy import exc as sa_exc
from sqlalchemy import select

from ..core import rules
from ..core.errors import InvalidInput
from ..core.models import Employee, EmployeeChanges, NewEmployee
from . import directory, queries
from .schema import employees
from .store_core import StoreCore


class EmployeeDirectoryPart:
    def __init__(self, core: StoreCore) -> None:
        self._core = core

    def employees(self) -> list[Employee]:
        with self._core.read() as conn:
            rows = conn.execute(select(employees).order_by(employees.c.id)).all()
            return [queries.employee_from_row(r._mapping) for r in rows]

    def add_employee(self, new: NewEmployee) -> Employee:
        fields = directory.new_employee_values(new)
        try:
            with self._core.write(keep_conflicts=True) as conn:
                if directory.email_taken(conn, str(fields["email"])):
                    raise InvalidInput("An employee with this email already exists.", field="email")
                new_id = conn.execute(
                    employees.insert().values(**fields, created_at=self._core.clock.now())
                ).inserted_primary_key
                assert new_id is not None
                return queries.load_employee(conn, int(new_id[0]))
        except sa_exc.IntegrityError as exc:
            raise InvalidInput(
                "An employee with this email already exists.", field="email"
            ) from exc

    def update_employee(self, employee_id: int, changes: EmployeeChanges) -> Employee:
        """Change any of the employee's details (names, contact, zone, work week, start)."""
        try:
            with self._core.write(keep_conflicts=True) as conn:
                return directory.change(conn, employee_id, changes)
        except sa_exc.IntegrityError as exc:
            raise InvalidInput(
                "An employee with this email already exists.", field="email"
            ) from exc

    def deactivate_employee(self, employee_id: int, last_day: date | None = None) -> Employee:
        """Stop the employee punching; days after `last_day` (default: today in their
        zone) are not counted."""
        with self._core.write() as conn:
            emp = queries.load_employee(conn, employee_id)
            day = last_day or rules.local_date(self._core.clock.now(), self._core.zone(emp))
            return directory.set_active(conn, employee_id, False, day)

    def reactivate_employee(self, employee_id: int) -> Employee:
        with self._core.write() as conn:
            return directory.set_active(conn, employee_id, True, None)

    def active_employee(self, employee_id: int) -> Employee:
        """The employee if they may punch; EmployeeNotFound or EmployeeInactive if not."""
        with self._core.read() as conn:
            return queries.active_employee(conn, employee_id)
