"""Settings…: fill the dialog, check the choices, save them, tell the app what changed.

The settings file, the start-at-login entry and (local mode) the employee's work week and
time zone are written on the task runner; the dialog stays open with a plain message if
anything cannot be saved, and closes once everything is.
"""

from __future__ import annotations

import sys
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...core.errors import InvalidInput, SettingsNotSaved
from ...core.models import Employee, EmployeeChanges
from ...settings import Settings, save_settings
from ..tasks import TaskRunner
from .messages import plain_message

if TYPE_CHECKING:
    from ..views.settings_dialog import DialogValues, SettingsDialog


@dataclass(frozen=True)
class SettingsPlaces:
    settings_path: Path
    store_path: Path
    data_dir: Path | None  # passed to the app started at login (None: the default folders)


class SettingsController(QObject):
    #: OK saved everything: the new Settings.
    saved = Signal(object)
    #: The employee's work week or time zone changed (local mode): show the days anew.
    employee_changed = Signal(object)
    #: "Sign out" in the dialog.
    sign_out_requested = Signal()
    #: The dialog is up and filled.
    opened = Signal()
    #: A save failed: the plain message shown in the dialog.
    refused = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        places: SettingsPlaces,
        current: Callable[[], Settings],
        *,
        remote: bool,
        platform: str = sys.platform,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner, self._places, self._current = runner, places, current
        self._remote, self._platform = remote, platform
        self._service: Any = None  # the local service (update_employee) or a remote one
        self._employee: Employee | None = None
        self._default_zone = "UTC"
        self.dialog: SettingsDialog | None = None

    def attach(self, service: Any, employee: Employee, default_zone: str) -> None:
        """Whose work week and zone the dialog shows (once a home page is up)."""
        self._service, self._employee, self._default_zone = service, employee, default_zone

    def open(self, parent: QWidget) -> None:
        from ..views.settings_dialog import DialogValues, SettingsDialog  # on first opening

        if self.dialog is None:
            self.dialog = SettingsDialog(sorted(zoneinfo.available_timezones()), parent)
            self.dialog.ok_button.clicked.connect(self._ok)
            self.dialog.sign_out_requested.connect(self._sign_out)
        employee = self._employee
        self.dialog.set_values(
            DialogValues(
                self._current(),
                employee.work_week if employee else (0, 1, 2, 3, 4),
                (employee.timezone if employee else None) or self._default_zone,
            ),
            remote=self._remote,
            store_path=str(self._places.store_path),
        )
        self.dialog.show_error("")
        self.dialog.tabs.setCurrentIndex(0)
        self.dialog.open()
        self.opened.emit()

    def _sign_out(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()
        self.sign_out_requested.emit()

    def _ok(self) -> None:
        dialog = self.dialog
        assert dialog is not None
        before = self._current()
        chosen = dialog.values(before)
        try:
            changes = self._employee_changes(chosen)
        except InvalidInput as error:
            self._refuse(error.message)
            return
        dialog.ok_button.setEnabled(False)
        work = self._work(before, chosen, changes)

        def done(employee: Employee | None) -> None:
            dialog.ok_button.setEnabled(True)
            dialog.accept()
            if employee is not None:
                self._employee = employee
                self.employee_changed.emit(employee)
            self.saved.emit(chosen.settings)

        def failed(error: BaseException) -> None:
            dialog.ok_button.setEnabled(True)
            self._refuse(plain_message(error))

        self._runner.submit(work, done, failed, context=self)

    def _employee_changes(self, chosen: DialogValues) -> EmployeeChanges | None:
        """What to change of the employee (local mode only); InvalidInput for nonsense."""
        employee = self._employee
        if self._remote or employee is None:
            return None
        if not chosen.work_week:
            raise InvalidInput(self.tr("Choose at least one work day."), field="work_week")
        if chosen.timezone not in zoneinfo.available_timezones():
            words = self.tr(
                "{name} is not a time zone. Choose one from the list (like Europe/Berlin)."
            )
            name = chosen.timezone or self.tr("An empty name")
            raise InvalidInput(words.format(name=name), field="timezone")
        zone = chosen.timezone if chosen.timezone != (employee.timezone or "") else None
        week = chosen.work_week if chosen.work_week != employee.work_week else None
        if zone is None and week is None:
            return None
        return EmployeeChanges(timezone=zone, work_week=week)

    def _work(
        self, before: Settings, chosen: DialogValues, changes: EmployeeChanges | None
    ) -> Callable[[], Employee | None]:
        from ... import autostart  # only when settings are saved

        places, platform, service = self._places, self._platform, self._service
        employee_id = self._employee.id if self._employee else 0

        def work() -> Employee | None:  # on the worker: files, the registry, the store
            settings = chosen.settings
            try:
                if settings.start_at_login != before.start_at_login or (
                    settings.start_at_login and not autostart.is_enabled(platform)
                ):
                    command = autostart.launch_command(places.data_dir)
                    autostart.set_enabled(settings.start_at_login, command, platform)
                save_settings(places.settings_path, settings)
            except OSError as exc:
                raise SettingsNotSaved() from exc
            if changes is None:
                return None
            result: Employee = service.update_employee(employee_id, changes)
            return result

        return work

    def _refuse(self, text: str) -> None:
        if self.dialog is not None:
            self.dialog.show_error(text)
        self.refused.emit(text)
