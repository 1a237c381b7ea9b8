"""The local `AdminService`: the team console over the store, for a standalone kiosk without
a server, and under the server's admin routes (built per request with the caller as actor).

Nothing new is decided here: it composes the store's parts (the team's month in blocks,
the payroll export, accounts, period locks, calendar settings, corrections) so the
console, the exports and each person's own page always give the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import BinaryIO, Literal, cast

from ..core import collector, rules
from ..core.admin_service import (
    AccountChanges,
    ExportFormat,
    Kiosk,
    ManagedEmployee,
    NewKiosk,
    PeriodLock,
    PersonMonth,
    Presence,
    TeamCalendar,
)
from ..core.corrections import AuditEntry, CorrectionRequest, CorrectionStatus
from ..core.errors import DeviceNotFound, InvalidInput
from ..core.models import DayRecord, Employee, EmployeeChanges, NewEmployee
from ..core.report_files import csv_chunks, write_xlsx
from ..core.reports import employed_in
from .accounts import Account, AccountStore, Device
from .device_codes import DeviceExitCodes
from .local_service import LocalAttendanceService
from .month_export import check_month, check_selection, team_month
from .period_locks import PeriodLocks
from .team_presence import TeamPresence, by_name

Role = Literal["employee", "admin"]


class LocalAdminService:
    def __init__(self, service: LocalAttendanceService, *, actor_id: int | None = None) -> None:
        self._service = service
        self._actor = actor_id  # who decides, locks and changes: recorded in the audit
        self._clock = service.clock
        self._accounts = AccountStore(service.engine, self._clock)
        self._locks = PeriodLocks(service.engine, self._clock)
        self._presence = TeamPresence(service.core, service.calendar_settings)

    # -- who's in now and the team's month -------------------------------------------

    def presence(self) -> list[Presence]:
        return self._presence.presence()

    def team_month(
        self, year: int, month: int, employee_ids: Sequence[int] | None = None
    ) -> list[PersonMonth]:
        ids = None if employee_ids is None else list(employee_ids)
        found: list[PersonMonth] = []
        with collector.paused():  # everyone's days live until the answer is made
            for block in self._service.team_month_days(year, month, ids):
                for person in block:
                    emp = person.employee
                    if ids is None and not employed_in(emp, year, month):
                        continue
                    metrics = rules.metrics_from_days(year, month, person.days, person.today)
                    found.append(PersonMonth(emp, tuple(person.days), metrics))
        return sorted(found, key=lambda p: by_name(p.employee))

    def person_days(self, employee_id: int, year: int, month: int) -> list[DayRecord]:
        return self._service.month_days(employee_id, year, month)

    def day_history(self, employee_id: int, day: date) -> list[AuditEntry]:
        return self._service.day_history(employee_id, day)

    # -- corrections -----------------------------------------------------------------

    def correction_requests(self, status: str | None = "pending") -> list[CorrectionRequest]:
        try:
            wanted = None if status is None else CorrectionStatus(status)
        except ValueError as exc:
            raise InvalidInput(f"Unknown request status: {status}", field="status") from exc
        return self._service.correction_requests(wanted)

    def decide_correction(
        self, request_id: int, approve: bool, comment: str = ""
    ) -> CorrectionRequest:
        return self._service.decide_correction(
            request_id, approve=approve, actor_id=self._actor, comment=comment
        )

    # -- employees -------------------------------------------------------------------

    def managed_employees(self) -> list[ManagedEmployee]:
        by_id = self._accounts.accounts()
        people = sorted(self._service.employees(), key=by_name)
        return [_managed(e, by_id.get(e.id)) for e in people]

    def managed_employee(self, employee_id: int) -> ManagedEmployee:
        emp = self._service.employee(employee_id)
        return _managed(emp, self._accounts.account(employee_id))

    def add_employee(self, new: NewEmployee, account: AccountChanges) -> ManagedEmployee:
        values = _secrets(account)
        values["role"] = values["role"] or "employee"
        self._accounts.checked_values(**values)  # bad secrets refused before anyone is added
        if new.start_date is None:  # starts today, in their own zone
            zone = self._service.zone_of(Employee(0, "", "", "", timezone=new.timezone))
            new = replace(new, start_date=rules.local_date(self._clock.now(), zone))
        emp = self._service.add_employee(new)
        self._accounts.set_account(emp.id, **values)
        return self.managed_employee(emp.id)

    def change_employee(
        self, employee_id: int, changes: EmployeeChanges, account: AccountChanges
    ) -> ManagedEmployee:
        self._service.employee(employee_id)  # EmployeeNotFound before anything is checked
        if account.role == "employee":
            self._not_yourself(employee_id, "take the admin role from")
        values = _secrets(account)
        self._accounts.checked_values(**values)
        self._service.update_employee(employee_id, changes)
        self._accounts.set_account(employee_id, **values)
        return self.managed_employee(employee_id)

    def deactivate_employee(self, employee_id: int, last_day: date | None = None) -> None:
        self._not_yourself(employee_id, "deactivate")
        self._service.deactivate_employee(employee_id, last_day)

    def reactivate_employee(self, employee_id: int) -> None:
        self._service.reactivate_employee(employee_id)

    def _not_yourself(self, employee_id: int, what: str) -> None:
        """An admin who locks themself out may leave nobody able to undo it."""
        if self._actor == employee_id:
            raise InvalidInput(f"You cannot {what} your own account; ask another admin.")

    # -- kiosks ----------------------------------------------------------------------

    def kiosks(self) -> list[Kiosk]:
        return [_kiosk(d) for d in self._accounts.devices()]

    def add_kiosk(self, name: str) -> NewKiosk:
        name = name.strip()
        if not name or len(name) > 255:
            raise InvalidInput("A kiosk's name is 1 to 255 characters.", field="name")
        device, token = self._accounts.add_device(name)
        exit_code = DeviceExitCodes(self._service.engine).renew(device.id)
        return NewKiosk(_kiosk(device), token, exit_code)

    def revoke_kiosk(self, kiosk_id: int) -> None:
        if all(d.id != kiosk_id for d in self._accounts.devices()):
            raise DeviceNotFound()
        self._accounts.revoke_device(kiosk_id)

    # -- calendar, exports and period locks ------------------------------------------

    def calendar(self) -> TeamCalendar:
        country, subdivision = self._service.holiday_region()
        return TeamCalendar(
            country=country,
            subdivision=subdivision,
            company_holidays=tuple(self._service.company_holidays()),
            work_week=self._service.calendar_settings.default_work_week(),
        )

    def set_calendar(self, calendar: TeamCalendar) -> TeamCalendar:
        days = dict(calendar.company_holidays)
        if len(days) != len(calendar.company_holidays):
            raise InvalidInput("Two company holidays fall on the same day.")
        self._service.calendar_settings.save_holidays(
            calendar.country, calendar.subdivision, days, tuple(calendar.work_week)
        )
        return self.calendar()

    def export_month(
        self,
        year: int,
        month: int,
        fmt: ExportFormat,
        target: BinaryIO,
        employee_ids: Sequence[int] | None = None,
    ) -> None:
        if fmt not in ("csv", "xlsx"):
            raise InvalidInput("The format must be csv or xlsx.", field="format")
        check_month(self._service, self._clock, year, month)
        check_selection(self._service, year, month, employee_ids)
        months = team_month(self._service, self._clock, year, month, employee_ids)
        if fmt == "csv":
            for chunk in csv_chunks(months):
                target.write(chunk)
        else:
            write_xlsx(months, target)

    def period_locks(self) -> list[PeriodLock]:
        return [
            PeriodLock(lock.year, lock.month, lock.locked_at, lock.locked_by)
            for lock in self._locks.locks()
        ]

    def lock_period(self, year: int, month: int) -> PeriodLock:
        today = rules.local_date(self._clock.now(), self._service.default_zone)
        lock = self._locks.lock(year, month, actor_id=self._actor, today=today)
        return PeriodLock(lock.year, lock.month, lock.locked_at, lock.locked_by)

    def unlock_period(self, year: int, month: int) -> None:
        self._locks.unlock(year, month, actor_id=self._actor)

    def close(self) -> None:
        """The store stays open: it belongs to the `LocalAttendanceService` given."""


def _secrets(account: AccountChanges) -> dict[str, str | None]:
    return {
        "role": account.role,
        "password": account.password,
        "pin": account.pin,
        "badge": account.badge,
    }


def _managed(emp: Employee, acc: Account | None) -> ManagedEmployee:
    if acc is None:
        return ManagedEmployee(emp)
    return ManagedEmployee(
        employee=emp,
        role=cast(Role, acc.role),
        badge=acc.badge,
        has_password=acc.has_password,
        has_pin=acc.has_pin,
        pin_locked=acc.pin_locked,
    )


def _kiosk(d: Device) -> Kiosk:
    return Kiosk(d.id, d.name, d.created_at, d.revoked, d.last_seen)
