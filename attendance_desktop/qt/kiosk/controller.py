"""The kiosk window: it wires the views to a `KioskBackend` and owns the kiosk's timing.

Every backend call runs on the one background helper (`TaskRunner`), so argon2 PIN checks
and network round trips never freeze the screen. A remote kiosk's sending runs on a
second runner, so a slow network never delays a punch.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLayout, QStackedWidget, QVBoxLayout, QWidget

from ...core.clock import Clock
from ...kiosk.backend import (
    KioskBackend,
    KioskPerson,
    MissedQuestion,
    PunchResult,
    SyncStatus,
    toggle_unless_missed,
)
from ...kiosk.badge import RepeatFilter
from ...kiosk.config import KioskConfig
from ..formatting import clock_time, long_date
from ..tasks import TaskRunner
from .admin_flow import KioskAdminFlow, plain_error
from .badge_filter import BadgeWedgeFilter
from .missed_flow import MissedClockOutFlow
from .style import kiosk_qss
from .views.admin_exit import AdminExitDialog
from .views.confirmation_view import ConfirmationView
from .views.first_admin import FirstAdminDialog
from .views.idle_view import IdleView
from .views.left_at_view import LeftAtView
from .wording import PunchWords, punch_words, sync_words

if TYPE_CHECKING:
    from ..views.team.console_window import ConsoleWindow

log = logging.getLogger(__name__)
MESSAGE_SECONDS = 6.0
UNDONE_SECONDS = 2.0
SYNC_INTERVAL_MS = 5_000


class KioskWindow(KioskAdminFlow, QWidget):
    idle_shown = Signal()
    punch_shown = Signal(object)  # the PunchResult on screen
    missed_asked = Signal(object)  # the MissedQuestion on screen: "When did you leave?"
    message_shown = Signal(str)
    sync_updated = Signal(object)  # SyncStatus
    admin_refused = Signal(str)  # why leaving kiosk mode was refused
    first_admin_offered = Signal()  # a standalone kiosk with no admin: the form is open
    first_admin_created = Signal(int)
    console_opened = Signal(object)  # "Manage the team…": the console's window

    def __init__(
        self,
        backend: KioskBackend,
        config: KioskConfig,
        clock: Clock,
        zone: ZoneInfo,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.setObjectName("KioskWindow")
        self.setWindowTitle(config.company_name)
        self._qss = kiosk_qss(self.palette())  # light or dark, as the app's palette
        self.setStyleSheet(self._qss)
        self._backend, self._config, self._clock, self._zone = backend, config, clock, zone
        from ...kiosk.local_backend import LocalKioskBackend

        # Only a standalone kiosk's store has its team managed here (a server's admins
        # use the desktop app signed in to it).
        self._can_manage = isinstance(backend, LocalKioskBackend)
        self.console: ConsoleWindow | None = None
        self._runner = TaskRunner(self)
        self._sync_runner = TaskRunner(self)
        self._repeats = RepeatFilter(config.repeat_window_seconds, monotonic)
        self._may_close = False
        self._pending_id: int | None = None
        self._result: PunchResult | None = None
        self._words: PunchWords | None = None
        self._deadline = 0.0
        self._monotonic = monotonic
        self._sync_busy = False
        self._sync_again = False
        self._admin: AdminExitDialog | FirstAdminDialog | None = None
        self._needs_admin = False

        self.idle = IdleView(config.company_name)
        self.confirmation = ConfirmationView()
        self.left_at = LeftAtView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.idle)
        self.stack.addWidget(self.confirmation)
        self.stack.addWidget(self.left_at)
        self.missed = MissedClockOutFlow(self.left_at, backend, self._runner, clock, zone, self)
        self.missed.punched.connect(self._show_punch)
        self.missed.cancelled.connect(self.show_idle)
        self.missed.failed.connect(self._show_error)
        self.missed.refused.connect(self.message_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Full screen anyway: the window's size never follows its content (which would
        # also make some platform plugins complain at every message shown).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.stack)

        self.badges = BadgeWedgeFilter(self, now=monotonic)
        self.badges.scanned.connect(self.scan)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.badges)

        self.idle.keypad.submitted.connect(self._keypad_entered)
        self.idle.cancel_requested.connect(self._reset_keypad)
        self.idle.admin_requested.connect(self.ask_admin)
        self.confirmation.undo_requested.connect(self._undo)
        self.confirmation.alternative_requested.connect(self._alternative)
        self.confirmation.done_requested.connect(self.show_idle)

        self._tick = self._timer(1000, self._on_tick, repeat=True)
        self._back_to_idle = self._timer(0, self.show_idle)
        self._hide_message = self._timer(int(MESSAGE_SECONDS * 1000), self._clear_message)
        self._sync_timer = self._timer(SYNC_INTERVAL_MS, self.sync_now, repeat=True)
        self._tick.start()
        self._sync_timer.start()
        self._on_tick()
        self.show_idle()
        self.sync_now()
        self._runner.submit(backend.needs_first_admin, self._admin_known, lambda _exc: None)

    def _timer(self, ms: int, slot: Callable[[], None], *, repeat: bool = False) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(ms)
        timer.setSingleShot(not repeat)
        timer.timeout.connect(slot)
        return timer

    # -- identifying ------------------------------------------------------------------

    def scan(self, code: str) -> None:
        """A badge was read: toggle its owner's state at once."""
        if not self._repeats.accept(code):
            return
        self.idle.keypad.clear()  # the burst also reached whatever had the focus
        backend = self._backend
        self._run(lambda: toggle_unless_missed(backend, backend.identify_badge(code)))

    def _keypad_entered(self, text: str) -> None:
        if self._pending_id is None:
            self._pending_id = int(text)
            self.idle.ask_pin()
            return
        employee_id, pin = self._pending_id, text
        self._reset_keypad()
        backend = self._backend
        self._run(
            lambda: toggle_unless_missed(backend, backend.identify_pin(employee_id, pin)),
            by_keypad=True,
        )

    def _reset_keypad(self) -> None:
        self._pending_id = None
        self.idle.ask_id()

    def _run(self, fn: Callable[[], object], *, by_keypad: bool = False) -> None:
        shown = self._show_keypad_error if by_keypad else self._show_error
        self._runner.submit(fn, self._identified, shown)

    def _identified(self, got: Any) -> None:
        """A punch to show, or first the question of a missed clock-out."""
        if isinstance(got, MissedQuestion):
            self._ask_missed(got)
        else:
            self._show_punch(got)

    def _ask_missed(self, got: MissedQuestion) -> None:
        self._reset_keypad()
        self._clear_message()
        self.badges.enabled = False  # the keys are the person's answer, not a badge
        self.stack.setCurrentWidget(self.left_at)
        self.missed.ask(got)
        self.missed_asked.emit(got)

    def _leave_question(self) -> None:
        if self.stack.currentWidget() is self.left_at:
            self.left_at.clear()
            self.badges.enabled = self._admin is None

    # -- screens ----------------------------------------------------------------------

    def _show_punch(self, result: PunchResult) -> None:
        self._leave_question()
        self._result = result
        self._words = words = punch_words(result, self._zone)
        self.confirmation.show_punch(
            words.greeting, words.action, words.kind, words.worked, words.note, words.alternative
        )
        self._reset_keypad()
        self._clear_message()
        self.stack.setCurrentWidget(self.confirmation)
        self._start_countdown(self._config.confirmation_seconds)
        self.punch_shown.emit(result)
        self.sync_now()

    def _start_countdown(self, seconds: float) -> None:
        self._deadline = self._monotonic() + seconds
        self._back_to_idle.start(max(int(seconds * 1000), 1))
        self._update_countdown()

    def _update_countdown(self) -> None:
        if self.stack.currentWidget() is self.confirmation and self._result is not None:
            left = max(round(self._deadline - self._monotonic()), 0)
            self.confirmation.set_countdown(left, can_undo=True)

    def show_idle(self) -> None:
        self._back_to_idle.stop()
        self._leave_question()
        self._result, self._words = None, None
        self.confirmation.clear()  # the name leaves the screen's widgets, not just the view
        self.stack.setCurrentWidget(self.idle)
        self._reset_keypad()
        self.idle_shown.emit()

    def _show_error(self, exc: BaseException) -> None:
        text = plain_error(exc)
        on_screen = self.stack.currentWidget()
        if on_screen is self.left_at or (
            on_screen is self.confirmation and self._result is not None
        ):
            self.show_idle()
        self.idle.show_message(text)
        self._hide_message.start()
        self.message_shown.emit(text)

    def _show_keypad_error(self, exc: BaseException) -> None:
        """ "Wrong ID or PIN" by the keypad, where the person is looking."""
        text = plain_error(exc)
        self.idle.keypad.show_message(text)
        self._hide_message.start()
        self.message_shown.emit(text)

    def _clear_message(self) -> None:
        self.idle.show_message("")
        self.idle.keypad.show_message("")

    def _on_tick(self) -> None:
        local = self._clock.now().astimezone(self._zone)
        self.idle.set_time(clock_time(local, self._zone), long_date(local.date()))
        self._update_countdown()

    # -- undo and "instead" -----------------------------------------------------------

    def _undo(self) -> None:
        result = self._result
        if result is None:
            return
        self.confirmation.set_busy(True)
        backend = self._backend

        def undone(_: object) -> None:
            self.confirmation.show_undone(self.tr("Punch undone"))
            self._result = None
            self._back_to_idle.start(int(UNDONE_SECONDS * 1000))
            self.sync_now()

        self._runner.submit(lambda: backend.undo(result), undone, self._show_error)

    def _alternative(self) -> None:
        result, words = self._result, self._words
        if result is None or words is None or words.alternative_action is None:
            return
        self.confirmation.set_busy(True)
        backend, action = self._backend, words.alternative_action
        person: KioskPerson = result.person

        def instead() -> PunchResult:
            backend.undo(result)
            return backend.punch(person, action)

        self._runner.submit(instead, self._show_punch, self._show_error)

    # -- sending (remote kiosk) -------------------------------------------------------

    def sync_now(self) -> None:
        if self._sync_busy:
            self._sync_again = True  # one more round once this one ends, not a pile-up
            return
        self._sync_busy, self._sync_again = True, False
        self._sync_runner.submit(self._backend.sync, self._synced, self._sync_failed)

    def _synced(self, status: SyncStatus) -> None:
        self._sync_busy = False
        self.idle.set_sync(sync_words(status.offline, status.waiting, status.refused))
        self.sync_updated.emit(status)
        if self._sync_again:
            self.sync_now()

    def _sync_failed(self, exc: BaseException) -> None:
        self._sync_busy = False
        log.warning("Sending queued punches failed: %s", plain_error(exc))
        if self._sync_again:
            self.sync_now()

    # -- leaving kiosk mode -----------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape:
            self.ask_admin()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            event.ignore()
            self.ask_admin()
            return
        self.shutdown()
        event.accept()

    def allow_close(self) -> None:
        """For the program's own shutdown (tests, a session ending): no admin needed."""
        self._may_close = True

    def shutdown(self) -> None:
        for timer in (self._tick, self._back_to_idle, self._hide_message, self._sync_timer):
            timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.badges)
        self._runner.shutdown()
        self._sync_runner.shutdown()
