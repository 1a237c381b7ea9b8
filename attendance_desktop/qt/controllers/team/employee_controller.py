"""Team → Employees: load everyone, open the add/edit dialog, and carry out the page's
requests (save, deactivate, reactivate, reset a PIN) on the task runner.

A refusal from the service comes back in its own words: in the dialog, by the field it
names (an email already taken), or above the page's buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal

from ....core.admin_service import AccountChanges, AdminService, ManagedEmployee
from ....core.errors import InvalidInput
from ....core.models import EmployeeChanges, NewEmployee
from ...tasks import TaskRunner
from ...views.team.employee_dialog import EmployeeDialog
from ...views.team.employee_page import EmployeePage
from ..messages import plain_message


class EmployeeController(QObject):
    #: The list on the page is fresh.
    shown = Signal()
    #: A person was added or changed: the ManagedEmployee as the service keeps it now.
    saved = Signal(object)
    #: Something failed: its plain words.
    refused = Signal(str)

    def __init__(
        self,
        service: AdminService,
        runner: TaskRunner,
        page: EmployeePage,
        today: Callable[[], date],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._runner, self.page, self._today = service, runner, page, today
        self.dialog: EmployeeDialog | None = None
        page.add_requested.connect(lambda: self.open_dialog(None))
        page.edit_requested.connect(self.open_dialog)
        page.deactivate_requested.connect(
            lambda eid, day: self._act(lambda s: s.deactivate_employee(eid, day))
        )
        page.reactivate_requested.connect(
            lambda eid: self._act(lambda s: s.reactivate_employee(eid))
        )
        page.pin_reset_requested.connect(
            lambda eid, pin: self._act(
                lambda s: s.change_employee(eid, EmployeeChanges(), AccountChanges(pin=pin))
            )
        )

    def refresh(self) -> None:
        self._runner.submit(
            self._service.managed_employees, self._loaded, self._failed, context=self.page
        )

    def _loaded(self, people: list[ManagedEmployee]) -> None:
        self.page.set_people(people)
        self.shown.emit()

    def _act(self, job: Callable[[AdminService], Any]) -> None:
        self.page.show_error("")
        service = self._service
        self._runner.submit(
            lambda: job(service), lambda _r: self.refresh(), self._failed, context=self.page
        )

    def open_dialog(self, existing: ManagedEmployee | None) -> EmployeeDialog:
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = EmployeeDialog(self._today(), existing, self.page)
        dialog.save_requested.connect(self._save)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save(self, record: NewEmployee | EmployeeChanges, account: AccountChanges) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        dialog.set_busy(True)
        service, existing = self._service, dialog.existing
        if existing is None:
            assert isinstance(record, NewEmployee)
            job: Callable[[], ManagedEmployee] = lambda: service.add_employee(record, account)  # noqa: E731
        else:
            assert isinstance(record, EmployeeChanges)
            eid = existing.employee.id
            job = lambda: service.change_employee(eid, record, account)  # noqa: E731
        self._runner.submit(job, self._saved, self._save_failed, context=dialog)

    def _saved(self, person: ManagedEmployee) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self.saved.emit(person)
        self.refresh()

    def _save_failed(self, error: BaseException) -> None:
        message = plain_message(error)
        if self.dialog is not None:
            self.dialog.set_busy(False)
            field = error.field if isinstance(error, InvalidInput) else None
            self.dialog.show_error(message, field)
        self.refused.emit(message)

    def _failed(self, error: BaseException) -> None:
        message = plain_message(error)
        self.page.show_error(message)
        self.refused.emit(message)

    def _closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
