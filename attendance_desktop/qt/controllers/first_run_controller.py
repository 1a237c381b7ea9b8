"""The first-run form's controller: create the local profile through the employee directory."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, Signal

from ...core.models import Employee, NewEmployee
from ...core.service import EmployeeDirectory
from ..tasks import TaskRunner
from ..views.first_run_form import FirstRunForm
from .messages import plain_message


class FirstRunController(QObject):
    created = Signal(object)  # the new Employee
    refused = Signal(str)  # the plain reason shown in the form

    def __init__(
        self,
        directory: EmployeeDirectory,
        runner: TaskRunner,
        form: FirstRunForm,
        parent: QObject | None = None,
        *,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self._directory, self._runner, self._form = directory, runner, form
        self._today = today
        form.submitted.connect(self.create)

    def create(self, new: NewEmployee) -> None:
        self._form.set_busy(True)
        directory = self._directory
        if self._today is not None and new.start_date is None:
            # Someone starting to use the app today was not absent the days before.
            new = replace(new, start_date=self._today())
        self._runner.submit(
            lambda: directory.add_employee(new), self._created, self._refused, context=self
        )

    def _created(self, employee: Employee) -> None:
        self._form.set_busy(False)
        self.created.emit(employee)

    def _refused(self, error: BaseException) -> None:
        self._form.set_busy(False)
        message = plain_message(error)
        self._form.show_error(message)
        self.refused.emit(message)
