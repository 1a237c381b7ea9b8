"""Team → Calendar: load the country list and the calendar, save the admin's changes.

Both run on the task runner (the `holidays` package is imported there, only once somebody
opens the dialog), for the local store and the server alike through `AdminService`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ....core.admin_service import AdminService, TeamCalendar
from ....core.holiday_regions import HolidayCountry
from ...tasks import TaskRunner
from ...views.team.team_calendar_dialog import TeamCalendarDialog
from ..holiday_settings_controller import HolidayDialogOutcomes, unknown_region_message

Loaded = tuple[tuple[HolidayCountry, ...], TeamCalendar]


class TeamCalendarController(HolidayDialogOutcomes, QObject):
    loaded = Signal()
    #: OK saved: the calendar as the service keeps it now.
    saved = Signal(object)
    refused = Signal(str)

    def __init__(
        self,
        service: AdminService,
        runner: TaskRunner,
        today: Callable[[], date],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._runner, self._today = service, runner, today
        self.dialog: TeamCalendarDialog | None = None

    def open(self, window: QWidget | None = None) -> TeamCalendarDialog:
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        dialog = TeamCalendarDialog(window)
        dialog.calendar_requested.connect(self._save)
        dialog.finished.connect(self._closed)
        self.dialog = dialog
        dialog.open()
        service = self._service

        def load() -> Loaded:
            from ....core.holiday_regions import holiday_countries

            return holiday_countries(), service.calendar()

        self._runner.submit(load, self._loaded, self._failed, context=dialog)
        return dialog

    def _loaded(self, result: Loaded) -> None:
        if self.dialog is None:
            return
        countries, calendar = result
        if not self.dialog.set_calendar(calendar, countries, self._today()):
            self.dialog.show_error(unknown_region_message(calendar.country, calendar.subdivision))
        self.dialog.set_busy(False)
        self.loaded.emit()

    def _save(self, calendar: TeamCalendar) -> None:
        if self.dialog is None:
            return
        self.dialog.set_busy(True)
        service = self._service
        self._runner.submit(
            lambda: service.set_calendar(calendar),
            self._saved,
            self._save_failed,
            context=self.dialog,
        )

    def _saved(self, calendar: TeamCalendar) -> None:
        if self.dialog is not None:
            self.dialog.accept()
        self.saved.emit(calendar)
