"""The kiosk's "When did you leave?" flow, between a scan and its punch.

A scan of someone whose clock-out is missing brings the question instead of a punch (a
session left open since Friday is never closed by Monday's scan). The answer closes that
session at the time given, then the scan goes on as it would have: a clock-in. Cancel, or
nobody answering for a minute, goes back to idle without a punch. A time the kiosk can
tell is wrong (before the clock-in, still to come) is refused by the keys before any
call; what the store or server refuses is shown there too.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.clock import Clock
from ...core.errors import AttendanceError
from ...kiosk.backend import KioskBackend, MissedQuestion, PunchResult
from ...kiosk.left_at import left_at
from .. import formatting
from ..controllers.messages import plain_message
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..tasks import TaskRunner
from .views.left_at_view import LeftAtView

QUESTION_SECONDS = 60.0
FALLBACK = QT_TRANSLATE_NOOP(
    "messages", "Something went wrong. Please try again, or ask an administrator."
)


class MissedClockOutFlow(QObject):
    punched = Signal(object)  # the PunchResult of the scan, once the answer was taken
    cancelled = Signal()
    refused = Signal(str)  # shown under the time keys
    failed = Signal(object)  # an error after the session was closed: the kiosk shows it

    def __init__(
        self,
        view: LeftAtView,
        backend: KioskBackend,
        runner: TaskRunner,
        clock: Clock,
        zone: ZoneInfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._view, self._backend, self._runner = view, backend, runner
        self._clock, self._zone = clock, zone
        self._question: MissedQuestion | None = None
        self._busy = False
        self.timeout = QTimer(self)
        self.timeout.setSingleShot(True)
        self.timeout.setInterval(int(QUESTION_SECONDS * 1000))
        self.timeout.timeout.connect(self.cancel)
        view.answered.connect(self._answered)
        view.cancel_requested.connect(self.cancel)
        view.keypad.entry.textChanged.connect(self._still_there)

    @property
    def asking(self) -> bool:
        return self._question is not None

    def ask(self, got: MissedQuestion) -> None:
        self._question, self._busy = got, False
        self._view.ask(
            translate("KioskWording", "Hello, {name}").format(name=got.person.first_name),
            self.tr("You didn't clock out on {weekday} {date}. When did you leave?").format(
                weekday=formatting.day_name(got.missed.day.weekday()),
                date=formatting.day_month(got.missed.day),
            ),
            self.tr("You clocked in at {time}.").format(
                time=formatting.clock_time(got.missed.clock_in, self._zone)
            ),
        )
        self.timeout.start()

    def cancel(self) -> None:
        if self._question is None or self._busy:
            return  # an answer on its way is not taken back half done
        self._end()
        self.cancelled.emit()

    def _end(self) -> None:
        self._question = None
        self.timeout.stop()

    def _still_there(self, _text: str) -> None:
        if self._question is not None:
            self.timeout.start()

    def _refuse(self, exc: BaseException) -> None:
        text = plain_message(exc, FALLBACK)
        self._view.refuse(text)
        self.refused.emit(text)

    def _answered(self, digits: str) -> None:
        got = self._question
        if got is None or self._busy:
            return
        try:
            at = left_at(digits, got.missed, self._zone, self._clock.now())
        except AttendanceError as exc:
            self._refuse(exc)
            return
        self._busy = True
        self.timeout.stop()
        backend, person = self._backend, got.person
        closed: list[bool] = []

        def answer_then_punch() -> PunchResult:
            backend.resolve_missed_clock_out(person, at)
            closed.append(True)
            return backend.toggle(person)

        def done(result: PunchResult) -> None:
            self._end()
            self._busy = False
            self.punched.emit(result)

        def refused(exc: BaseException) -> None:
            self._busy = False
            if closed:  # the answer was taken; only the punch after it failed
                self._end()
                self.failed.emit(exc)
            else:
                self.timeout.start()
                self._refuse(exc)

        self._runner.submit(answer_then_punch, done, refused)
