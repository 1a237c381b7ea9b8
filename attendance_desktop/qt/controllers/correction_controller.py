"""Fixing the record from the home window: the day detail's "Correct…", its history, and
the missed clock-out question.

It follows the home controller by signals (a day shown, a status shown, the clock button
pressed while a clock-out is missing) and sends every service call through the one
background helper. A local store applies a correction at once; a server keeps it as a
request, which the day then shows as waiting, and later with the decision.

"Not now" on the question leaves the session open: the service would refuse a clock-in
(already clocked in) and a clock-out would record the whole time since, so the page says so
and the question comes back at the next click.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...core.corrections import CorrectionRequest
from ...core.models import CurrentStatus, DayRecord, DayStatus, WorkSession
from ...core.service import AttendanceService
from .. import formatting
from ..i18n import QT_TRANSLATE_NOOP
from ..tasks import TaskRunner
from ..views.correction_dialog import CorrectionDialog
from ..views.day_detail import DayDetail
from ..views.missed_clock_out_dialog import MissedClockOutDialog
from . import correction_words as words
from .home_controller import HomeController
from .messages import plain_message

# The default answer to "when did you leave?": a working day after the clock-in.
USUAL_DAY = timedelta(hours=8)
NOT_NOW = QT_TRANSLATE_NOOP(
    "CorrectionController",
    "Your session from {day} is still open, so you cannot clock in yet. Press the clock "
    "button again and say when you left.",
)


class CorrectionController(QObject):
    #: A correction was sent and the page shows its outcome (the request).
    corrected = Signal(object)
    #: The day detail's history and requests are on screen (the day).
    history_shown = Signal(object)
    #: A dialog shows a refusal in plain words and stays open (the words).
    refused = Signal(str)
    #: The missed clock-out question was put on screen (the dialog).
    asked = Signal(object)

    def __init__(
        self,
        service: AttendanceService,
        runner: TaskRunner,
        home: HomeController,
        detail: DayDetail,
        window: QWidget,
        *,
        requests_need_approval: bool,
    ) -> None:
        super().__init__(home)
        self._service, self._runner, self._home, self._window = service, runner, home, window
        self._request = requests_need_approval
        self._day: DayRecord | None = None
        self._asked_for: int | None = None  # the session asked about at start (once)
        self.dialog: CorrectionDialog | None = None
        self.question: MissedClockOutDialog | None = None
        self._detail = detail
        self._detail.correct_requested.connect(self.open_dialog)
        home.day_shown.connect(self._day_shown)
        home.status_changed.connect(self.status_shown)
        home.clock_out_missing.connect(self._clock_pressed)
        home.asks_missing_clock_out = True

    def stop(self) -> None:
        """Let go of the page (signing out, or another person's home replacing this one)."""
        home = self._home
        home.asks_missing_clock_out = False
        self._detail.correct_requested.disconnect(self.open_dialog)
        home.day_shown.disconnect(self._day_shown)
        home.status_changed.disconnect(self.status_shown)
        home.clock_out_missing.disconnect(self._clock_pressed)
        self._day = None

    # -- correcting a day ----------------------------------------------------------------

    def open_dialog(self) -> None:
        if self._day is None:
            return
        title = formatting.long_date(self._day.date)
        self.dialog = CorrectionDialog(
            title,
            words.choices(self._day.sessions, self._home.zone),
            request=self._request,
            parent=self._window,
            on_leave=self._day.status is DayStatus.LEAVE,
        )
        self.dialog.submitted.connect(self._send)
        self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def _send(self) -> None:
        dialog, day = self.dialog, self._day
        if dialog is None or day is None:
            return
        service, emp_id = self._service, self._home.employee.id
        try:
            correction = words.correction_from(
                dialog.draft(), day.date, self._home.zone, day.sessions
            )
        except Exception as error:  # a draft that cannot be built: plain words, stay open
            self._refused(dialog, error)
            return

        def sent(request: CorrectionRequest) -> None:
            dialog.accept()
            self._home.refresh(then=lambda: self.corrected.emit(request))

        self._runner.submit(
            lambda: service.request_correction(emp_id, correction),
            sent,
            lambda error: self._refused(dialog, error),
            context=dialog,
        )

    def _refused(
        self, dialog: CorrectionDialog | MissedClockOutDialog, error: BaseException
    ) -> None:
        text = plain_message(error)
        dialog.show_error(text)
        self.refused.emit(text)

    def _day_shown(self, record: DayRecord) -> None:
        """Bring the day's history and requests (background work: a punch goes first)."""
        self._day = record
        service, emp_id, zone = self._service, self._home.employee.id, self._home.zone

        def fetch() -> tuple[list[str], list[str]]:
            history = service.day_history(emp_id, record.date)
            requests = [
                r
                for r in service.corrections(emp_id)
                if r.correction.day == record.date and words.worth_showing(r, emp_id)
            ]
            return (
                [words.request_line(r, zone) for r in requests],
                [words.history_line(e, zone) for e in history],
            )

        def fetched(lines: tuple[list[str], list[str]]) -> None:
            if self._day is not None and self._day.date == record.date:
                self._detail.history.set_lines(*lines)
                self.history_shown.emit(record.date)

        self._runner.submit(fetch, fetched, _ignore, context=self, background=True)

    # -- the missed clock-out ------------------------------------------------------------

    def status_shown(self, status: CurrentStatus) -> None:
        """Ask once at the start (for each session found with its clock-out missing)."""
        missing = status.missing_clock_out
        if missing is not None and missing.id != self._asked_for and self.question is None:
            self._asked_for = missing.id
            self.ask(status, then_clock_in=False)

    def _clock_pressed(self, status: CurrentStatus) -> None:
        self.ask(status, then_clock_in=True)

    def ask(self, status: CurrentStatus, *, then_clock_in: bool) -> None:
        missing = status.missing_clock_out
        if missing is None or self.question is not None:
            return
        zone = self._home.zone
        day = missing.local_date
        started = formatting.clock_time(missing.clock_in, zone)
        question = self.tr("You didn't clock out on {weekday} {date}. When did you leave?").format(
            weekday=formatting.day_name(day.weekday()), date=formatting.day_month(day)
        )
        hint = self.tr("You clocked in at {time}. Until you answer, that day counts 0 hours.")
        hint = hint.format(time=started)
        if self._request:
            hint += " " + self.tr("An administrator will confirm the time.")
        dialog = MissedClockOutDialog(
            question, hint, _default(missing, status.now, zone), self._window
        )
        self.question = dialog
        dialog.answered.connect(lambda: self._resolve(dialog, missing, status.now, then_clock_in))
        dialog.rejected.connect(lambda: self._not_now(missing, then_clock_in))
        dialog.finished.connect(self._question_closed)
        dialog.open()
        self.asked.emit(dialog)

    def _resolve(
        self, dialog: MissedClockOutDialog, missing: WorkSession, now: datetime, go_on: bool
    ) -> None:
        zone = self._home.zone
        start = missing.clock_in.astimezone(zone)
        left = datetime.combine(start.date(), dialog.left_time(), tzinfo=zone)
        if left <= start:  # an earlier time than the clock-in: past midnight
            left += timedelta(days=1)
        service, emp_id = self._service, self._home.employee.id

        def resolved(_request: CorrectionRequest) -> None:
            dialog.accept()
            self._home.refresh(then=self._home.clock_in if go_on else None)

        self._runner.submit(
            lambda: service.resolve_missing_clock_out(emp_id, left),
            resolved,
            lambda error: self._refused(dialog, error),
            context=dialog,
        )

    def _not_now(self, missing: WorkSession, clicked: bool) -> None:
        if clicked:
            self._home.show_message(
                self.tr(NOT_NOW).format(day=formatting.long_date(missing.local_date))
            )

    def _question_closed(self) -> None:
        if self.question is not None:
            self.question.deleteLater()
        self.question = None


def _default(missing: WorkSession, now: datetime, zone: ZoneInfo) -> time:
    """A working day after the clock-in, never later than now."""
    left = min(missing.clock_in + USUAL_DAY, now)
    return left.astimezone(zone).time().replace(second=0, microsecond=0)


def _ignore(_error: BaseException) -> None:
    """A history that could not be fetched (a look-ahead skipped, a server away) is simply
    not shown; the day's own figures are."""
