"""A team's month for payroll, from the same pure `rules.month_days` as the month data
route: an export's numbers are the numbers each employee sees.

A generator, so a writer streams it: memory holds one block of people, whatever the team.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..core import rules
from ..core.clock import Clock
from ..core.reports import EmployeeMonth, employed_in, employee_month
from .local_service import LocalAttendanceService


def check_month(service: LocalAttendanceService, clock: Clock, year: int, month: int) -> None:
    """InvalidMonth or FutureMonth before a file is started (by the store's own date), so
    a refusal is an answer, never a broken download."""
    today = rules.local_date(clock.now(), service.default_zone)
    rules.check_month(year, month, today)


def check_selection(
    service: LocalAttendanceService, year: int, month: int, employee_ids: Iterable[int] | None
) -> None:
    """EmployeeNotFound for an unknown id in a selection, before a file is started (the
    file's header would otherwise be written before the first person is read)."""
    if employee_ids is not None:
        next(service.team_month_days(year, month, list(employee_ids), 1), None)


def team_month(
    service: LocalAttendanceService,
    clock: Clock,
    year: int,
    month: int,
    employee_ids: Iterable[int] | None = None,
) -> Iterator[EmployeeMonth]:
    """Each employee's rows and totals, by id; only people employed in the month. A
    selection names its employees (an unknown id is EmployeeNotFound, before any row).
    People are read in blocks (`team_reader`), so 10,000 take seconds, not minutes."""
    check_month(service, clock, year, month)
    ids = None if employee_ids is None else list(employee_ids)
    blocks = service.team_month_days(year, month, ids)
    for block in blocks:
        for person in block:
            emp = person.employee
            if ids is None and not employed_in(emp, year, month):
                continue
            yield employee_month(emp, service.zone_of(emp), year, month, person.days, person.today)
