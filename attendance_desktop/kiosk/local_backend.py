"""A standalone time clock: the kiosk over the local store of this machine.

Badges, PINs and roles come from the store's `AccountStore` (PINs are argon2 hashes and
lock after five wrong tries). Each punch carries a fresh punch id, which is also what
Undo names.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from ..core.clock import Clock, SystemClock
from ..core.errors import AdminExists, EmployeeNotFound, NotAnAdmin, WrongExitCode, WrongPin
from ..core.models import CurrentStatus, NewEmployee
from ..core.punches import apply_punch, punch_time
from ..storage.accounts import AccountStore
from ..storage.admin_service import LocalAdminService
from ..storage.local_service import LocalAttendanceService
from .backend import (
    KioskPerson,
    KioskState,
    MissedClockOut,
    PunchAction,
    PunchResult,
    RefusedPunch,
    SyncStatus,
    toggle_action,
)


class LocalKioskBackend:
    def __init__(
        self, service: LocalAttendanceService, accounts: AccountStore, clock: Clock | None = None
    ) -> None:
        self._service = service
        self._accounts = accounts
        self._clock = clock or SystemClock()

    @classmethod
    def over(cls, service: LocalAttendanceService, clock: Clock | None = None) -> LocalKioskBackend:
        return cls(service, AccountStore(service.engine, clock), clock)

    def _person(self, employee_id: int) -> KioskPerson:
        return KioskPerson(employee_id, self._service.employee(employee_id).first_name)

    def identify_badge(self, code: str) -> KioskPerson:
        return self._person(self._accounts.employee_for_badge(code))

    def identify_pin(self, employee_id: int, pin: str) -> KioskPerson:
        self._accounts.check_pin(employee_id, pin)
        try:
            return self._person(employee_id)
        except EmployeeNotFound as exc:  # same answer as a wrong PIN: ids can't be probed
            raise WrongPin() from exc

    @staticmethod
    def _state_of(status: CurrentStatus) -> KioskState:
        return KioskState(status.clocked_in, status.on_break)

    def state(self, person: KioskPerson) -> KioskState:
        return self._state_of(self._service.status(person.employee_id))

    def punch(
        self, person: KioskPerson, action: PunchAction, before: KioskState | None = None
    ) -> PunchResult:
        pid = uuid.uuid4().hex
        svc, emp = self._service, person.employee_id
        at = punch_time(apply_punch(svc, emp, action, punch_id=pid), action)
        status = svc.status(emp)
        return PunchResult(
            person, action, at, pid, self._state_of(status), status.today_worked, before=before
        )

    def toggle(self, person: KioskPerson) -> PunchResult:
        state = self.state(person)
        return self.punch(person, toggle_action(state), state)

    def missed_clock_out(self, person: KioskPerson) -> MissedClockOut | None:
        open_ = self._service.status(person.employee_id).missing_clock_out
        return MissedClockOut(open_.local_date, open_.clock_in) if open_ else None

    def resolve_missed_clock_out(self, person: KioskPerson, left_at: datetime) -> None:
        self._service.resolve_missing_clock_out(person.employee_id, left_at)

    def undo(self, result: PunchResult) -> None:
        self._service.undo_punch(result.person.employee_id, result.punch_id)

    def check_admin(self, employee_id: int, pin: str) -> None:
        if self._accounts.role(employee_id) != "admin":
            raise NotAnAdmin()
        self._accounts.check_pin(employee_id, pin)

    def needs_first_admin(self) -> bool:
        return not self._accounts.has_admin()

    def admin_service(self, admin_id: int) -> LocalAdminService:
        return LocalAdminService(self._service, actor_id=admin_id)

    def create_first_admin(self, first_name: str, last_name: str, pin: str) -> int:
        """Checked again here, not only when the form was offered: a kiosk with an admin
        must never let a passer-by make another. The email is a placeholder under the
        reserved `.invalid` domain (the store needs one; the admin may change it later)."""
        if self._accounts.has_admin():
            raise AdminExists()
        self._accounts.checked_values(pin=pin)  # a bad PIN before anyone is created
        email = f"kiosk-admin-{uuid.uuid4().hex[:8]}@kiosk.invalid"
        employee = self._service.add_employee(NewEmployee(first_name, last_name, email))
        self._accounts.set_account(employee.id, role="admin", pin=pin)
        return employee.id

    def check_exit_code(self, code: str) -> None:
        raise WrongExitCode(
            "This kiosk is never offline: leave with an administrator's ID and PIN."
        )

    def sync(self) -> SyncStatus:
        return SyncStatus(offline=False, waiting=0, refused=0)

    def refused(self) -> list[RefusedPunch]:
        return []

    def close(self) -> None:
        self._service.close()
