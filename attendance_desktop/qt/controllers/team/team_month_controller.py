"""The team's month: fetches the month picked and opens a person's month on request.

Only the newest request counts: picking months quickly never lets an older answer
overwrite a newer one. A failure shows a banner over the month already shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ....core.admin_service import AdminService
from ....core.clock import Clock
from ....core.models import Employee
from ... import formatting
from ...i18n import translate
from ...tasks import TaskRunner
from ...views.team.month_model import PreparedMonth, prepare_month
from ...views.team.month_view import TeamMonthView
from ...views.team.person_month_dialog import PersonMonthDialog
from ..messages import plain_message
from .person_month_controller import PersonMonthController


class TeamMonthController(QObject):
    #: A month is shown: (year, month, people).
    month_shown = Signal(int, int, int)
    failed = Signal(str)
    #: A person's month was opened (its controller, which says when it is shown).
    person_opened = Signal(object)

    def __init__(
        self,
        service: AdminService,
        runner: TaskRunner,
        view: TeamMonthView,
        clock: Clock,
        zone: str = "UTC",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._runner, self._view = service, runner, view
        self._clock, self._zone = clock, zone
        self._asked = 0
        self.person: PersonMonthController | None = None
        view.month_requested.connect(self.show_month)
        view.person_requested.connect(self.open_person)

    def latest(self) -> tuple[int, int]:
        today = self._clock.now().astimezone(formatting.zone_named(self._zone)).date()
        return today.year, today.month

    def start(self) -> None:
        self.show_month(*self.latest())

    def show_month(self, year: int, month: int) -> None:
        self._asked += 1
        asked = self._asked

        def done(ready: PreparedMonth) -> None:
            if asked != self._asked:
                return  # a newer month was asked for meanwhile
            self._view.clear_error()
            self._view.set_month(year, month, ready, self.latest())
            self.month_shown.emit(year, month, len(ready.people))

        def failed(error: BaseException) -> None:
            if asked != self._asked:
                return
            text = translate("TeamMonthController", "Could not show {month}: {why}").format(
                month=formatting.month_title(year, month), why=plain_message(error)
            )
            self._view.show_error(text)
            self.failed.emit(text)

        self._runner.submit(
            # The cells' texts are worked out on the worker too: plain data, no Qt.
            lambda: prepare_month(year, month, self._service.team_month(year, month)),
            done,
            failed,
            context=self._view,
        )

    def open_person(self, employee: Employee, year: int, month: int) -> PersonMonthController:
        dialog = PersonMonthDialog(employee, self._view)
        self.person = PersonMonthController(
            self._service, self._runner, dialog, self._clock, self._zone, parent=dialog
        )
        self.person.show_month(year, month)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.person_opened.emit(self.person)
        return self.person
