"""A person's month in the console: their days (with sessions) from `person_days`, and a
clicked day's history from `day_history`, shown in the read-only calendar dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from ....core.admin_service import AdminService
from ....core.clock import Clock
from ....core.corrections import AuditEntry
from ....core.models import DayRecord
from ... import formatting
from ...tasks import TaskRunner
from ...views.team.person_month_dialog import PersonMonthDialog
from ..correction_words import history_line
from ..messages import plain_message


class PersonMonthController(QObject):
    month_shown = Signal(int, int)
    day_shown = Signal(object)  # the date, once its history is in
    failed = Signal(str)

    def __init__(
        self,
        service: AdminService,
        runner: TaskRunner,
        dialog: PersonMonthDialog,
        clock: Clock,
        zone: str = "UTC",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._runner, self._dialog, self._clock = service, runner, dialog, clock
        self.employee = dialog.employee
        # Their days in their own zone, as their home page shows them.
        self.zone = formatting.zone_named(self.employee.timezone, zone)
        self._days: dict[date, DayRecord] = {}
        self._asked = 0
        dialog.calendar.month_requested.connect(self.show_month)
        dialog.calendar.day_clicked.connect(self.show_day)

    def _today(self) -> date:
        return self._clock.now().astimezone(self.zone).date()

    def show_month(self, year: int, month: int) -> None:
        self._asked += 1
        asked, person = self._asked, self.employee.id

        def done(days: list[DayRecord]) -> None:
            if asked != self._asked:
                return
            today = self._today()
            self._days = {d.date: d for d in days}
            self._dialog.calendar.set_month(year, month, days, today, (today.year, today.month))
            self.month_shown.emit(year, month)

        self._runner.submit(
            lambda: self._service.person_days(person, year, month),
            done,
            self._failed,
            context=self._dialog,
        )

    def show_day(self, day: date) -> None:
        record = self._days.get(day)
        if record is None:
            return
        self._dialog.detail.set_day(record, self.zone, self._clock.now())
        self._dialog.calendar.select(day)
        name = self.employee.first_name or self.employee.full_name

        def done(entries: list[AuditEntry]) -> None:
            lines = [history_line(e, self.zone, self_name=name) for e in entries]
            self._dialog.detail.history.set_lines([], lines)
            self.day_shown.emit(day)

        person = self.employee.id
        self._runner.submit(
            lambda: self._service.day_history(person, day), done, self._failed, context=self._dialog
        )

    def _failed(self, error: BaseException) -> None:
        text = plain_message(error)
        self._dialog.show_error(text)
        self.failed.emit(text)
