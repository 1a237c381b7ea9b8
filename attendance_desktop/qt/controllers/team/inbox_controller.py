"""Team → Requests: load the pending corrections, show a request's day, decide it.

Every service call goes through the task runner; the page only hears back by signal.
Names and time zones come from the employee list, so a request shows its person's name
and the times as that person lived them (their own zone, not the admin's).
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from ....core.admin_service import AdminService, ManagedEmployee
from ....core.corrections import CorrectionRequest
from ....core.models import DayRecord
from ... import formatting
from ...tasks import TaskRunner
from ...views.team.inbox_model import InboxRow
from ...views.team.inbox_page import InboxPage
from ..messages import plain_message
from . import inbox_words

Loaded = tuple[list[CorrectionRequest], list[ManagedEmployee]]


class InboxController(QObject):
    #: The requests are on the page (after a load or a decision).
    shown = Signal()
    #: A request's before and after are on the page.
    day_shown = Signal(int)
    #: A request was decided: the CorrectionRequest as the service keeps it now.
    decision_made = Signal(object)
    #: How many requests wait (the tab's badge).
    pending_count_changed = Signal(int)
    #: Something failed: its plain words (also shown on the page).
    refused = Signal(str)

    def __init__(
        self,
        service: AdminService,
        runner: TaskRunner,
        page: InboxPage,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._runner, self.page = service, runner, page
        self._requests: dict[int, CorrectionRequest] = {}
        self._people: dict[int, ManagedEmployee] = {}
        page.request_selected.connect(self._show_day)
        page.decided.connect(self._decide)
        page.pending_count_changed.connect(self.pending_count_changed)

    def refresh(self) -> None:
        service = self._service

        def load() -> Loaded:
            return service.correction_requests("pending"), service.managed_employees()

        self._runner.submit(load, self._loaded, self._failed, context=self.page)

    def _loaded(self, result: Loaded) -> None:
        requests, people = result
        self._people = {p.employee.id: p for p in people}
        self._requests = {r.id: r for r in requests}
        self.page.set_requests([self._row(r) for r in requests])
        self.page.set_busy(False)
        self.shown.emit()

    def _zone_of(self, employee_id: int) -> ZoneInfo:
        person = self._people.get(employee_id)
        return formatting.zone_named(person.employee.timezone if person else None)

    def _row(self, r: CorrectionRequest) -> InboxRow:
        person = self._people.get(r.employee_id)
        name = (
            person.employee.full_name
            if person
            else self.tr("Employee #{id}").format(id=r.employee_id)
        )
        return InboxRow(
            r.id,
            name,
            formatting.long_date(r.correction.day),
            inbox_words.kind_words(r.correction.kind),
            inbox_words.requested_when(r, self._zone_of(r.employee_id)),
            r.correction.reason,
        )

    def _show_day(self, request_id: int) -> None:
        request = self._requests.get(request_id)
        if request is None:
            return
        day, service = request.correction.day, self._service

        def load() -> list[DayRecord]:
            return service.person_days(request.employee_id, day.year, day.month)

        self._runner.submit(
            load,
            lambda days: self._day_loaded(request, day, days),
            self._failed,
            context=self.page,
        )

    def _day_loaded(self, request: CorrectionRequest, day: date, days: list[DayRecord]) -> None:
        if self.page.current_request() != request.id:
            return  # the admin has moved on to another request meanwhile
        record = next((d for d in days if d.date == day), None)
        sessions = record.sessions if record is not None else ()
        zone = self._zone_of(request.employee_id)
        self.page.show_day(
            inbox_words.before_lines(sessions, zone),
            inbox_words.after_lines(request, sessions, zone),
        )
        self.day_shown.emit(request.id)

    def _decide(self, request_id: int, approve: bool, comment: str) -> None:
        self.page.set_busy(True)
        service = self._service
        self._runner.submit(
            lambda: service.decide_correction(request_id, approve, comment),
            self._decided,
            self._failed,
            context=self.page,
        )

    def _decided(self, request: CorrectionRequest) -> None:
        self.decision_made.emit(request)
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        message = plain_message(error)
        self.page.set_busy(False)
        self.page.show_error(message)
        self.refused.emit(message)
