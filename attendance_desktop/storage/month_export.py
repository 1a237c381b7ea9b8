"""A team's month for payroll, one employee at a time, from the same reads as the month
data route (`month_days`): an export's numbers are the numbers each employee sees.

A generator, so a writer streams it: memory holds one employee's month, whatever the team.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..core import rules
from ..core.clock import Clock
from ..core.errors import EmployeeNotFound, FutureMonth
from ..core.reports import EmployeeMonth, employed_in, employee_month
from .local_service import LocalAttendanceService


def check_month(service: LocalAttendanceService, clock: Clock, year: int, month: int) -> None:
    """InvalidMonth or FutureMonth before a file is started (by the store's own date), so
    a refusal is an answer, never a broken download."""
    today = rules.local_date(clock.now(), service.default_zone)
    rules.check_month(year, month, today)


def team_month(
    service: LocalAttendanceService,
    clock: Clock,
    year: int,
    month: int,
    employee_ids: Iterable[int] | None = None,
) -> Iterator[EmployeeMonth]:
    """Each employee's rows and totals, by id; only people employed in the month. A
    selection names its employees (an unknown id is EmployeeNotFound, before any row)."""
    check_month(service, clock, year, month)
    if employee_ids is None:
        people = [e for e in service.employees() if employed_in(e, year, month)]
    else:
        known = {e.id: e for e in service.employees()}
        wanted = sorted(set(employee_ids))
        if any(i not in known for i in wanted):
            raise EmployeeNotFound()
        people = [known[i] for i in wanted]
    for person in people:
        zone = service.zone_of(person)
        try:
            days = service.month_days(person.id, year, month)
        except FutureMonth:  # a zone behind the store's: their month has not begun
            continue
        today = rules.local_date(clock.now(), zone)
        yield employee_month(person, zone, year, month, days, today)
