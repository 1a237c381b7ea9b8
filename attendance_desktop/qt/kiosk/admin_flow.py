"""The kiosk's administrator flows, beside the scanning ones in `controller.py`: the first
administrator of a new standalone kiosk, leaving kiosk mode (an admin's ID and PIN, or
offline the kiosk's exit code), and "Manage the team…" (the console over a standalone
kiosk's store, the kiosk staying on behind it). A mixin of `KioskWindow`, which owns the
signals, the runners and the views these use."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QWidget

from ...core.admin_service import AdminService
from .. import formatting
from ..controllers.error_words import CONTEXT
from ..controllers.messages import plain_message
from ..i18n import QT_TRANSLATE_NOOP, translate
from .views.admin_exit import AdminExitDialog
from .views.first_admin import FirstAdminDialog

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QStackedWidget

    from ...core.clock import Clock
    from ...kiosk.backend import KioskBackend
    from ..tasks import TaskRunner
    from ..views.team.console_window import ConsoleWindow
    from .badge_filter import BadgeWedgeFilter
    from .views.idle_view import IdleView
    from .views.left_at_view import LeftAtView


KIOSK_FALLBACK = QT_TRANSLATE_NOOP(
    "messages", "Something went wrong. Please try again, or ask an administrator."
)


def plain_error(exc: BaseException) -> str:
    """Plain words for a kiosk: the domain error's own, or a short line for a passer-by."""
    return plain_message(exc, KIOSK_FALLBACK)


class KioskAdminFlow:
    # What the window provides (see KioskWindow.__init__).
    _admin: AdminExitDialog | FirstAdminDialog | None
    _needs_admin: bool
    _can_manage: bool
    _may_close: bool
    _qss: str
    _backend: KioskBackend
    _runner: TaskRunner
    _sync_runner: TaskRunner
    _clock: Clock
    _zone: ZoneInfo
    badges: BadgeWedgeFilter
    idle: IdleView
    stack: QStackedWidget
    left_at: LeftAtView
    console: ConsoleWindow | None
    admin_refused: SignalInstance
    first_admin_offered: SignalInstance
    first_admin_created: SignalInstance
    console_opened: SignalInstance
    close: Callable[[], bool]

    def _window(self) -> QWidget:
        assert isinstance(self, QWidget)  # the mixin of KioskWindow
        return self

    def _admin_known(self, needs_first: object) -> None:
        self._needs_admin = bool(needs_first)
        if self._needs_admin:
            self.idle.set_admin_text(translate("KioskWindow", "Set up an administrator"))
            self.ask_admin()

    def _offer_first_admin(self) -> None:
        dialog = self._admin = FirstAdminDialog(self._window())
        dialog.setStyleSheet(self._qss)
        dialog.finished.connect(self._admin_closed)
        backend = self._backend

        def create(first: str, last: str, pin: str) -> None:
            def done(employee_id: object) -> None:
                assert isinstance(employee_id, int)
                self._needs_admin = False
                self.idle.set_admin_text(translate("KioskWindow", "Leave kiosk mode"))
                dialog.created(employee_id)
                self.first_admin_created.emit(employee_id)

            self._runner.submit(
                lambda: backend.create_first_admin(first, last, pin),
                done,
                lambda exc: dialog.refuse(plain_error(exc)),
            )

        dialog.create_requested.connect(create)
        self.badges.enabled = False
        dialog.open()
        self.first_admin_offered.emit()

    def ask_admin(self) -> None:
        if self._admin is not None:
            return
        if self._needs_admin:
            self._offer_first_admin()
            return
        dialog = self._admin = AdminExitDialog(self._window())
        dialog.setStyleSheet(self._qss)
        dialog.credentials.connect(self._check_admin)
        dialog.exit_code.connect(self._check_exit_code)
        dialog.manage.connect(self._manage)
        dialog.set_can_manage(self._can_manage)
        dialog.finished.connect(self._admin_closed)
        self.badges.enabled = False
        backend = self._backend
        self._sync_runner.submit(
            lambda: (backend.sync(), [self._refused_line(r) for r in backend.refused()]),
            lambda got: dialog.show_queue(got[0].waiting, got[1]),
            lambda exc: None,
        )
        dialog.open()

    def _refused_line(self, refused: object) -> str:
        from ...kiosk.backend import RefusedPunch

        assert isinstance(refused, RefusedPunch)
        when = refused.at.astimezone(self._zone).strftime("%Y-%m-%d %H:%M")
        who = f"#{refused.employee_id} {formatting.punch_words(str(refused.action))}"
        if not refused.employee_id:
            who = translate("KioskWindow", "Offline punch")
        return translate("KioskWindow", "{who} at {time}: {reason}").format(
            who=who, time=when, reason=translate(CONTEXT, refused.message)
        )

    def _admin_closed(self) -> None:
        self._admin = None
        self.badges.enabled = self.stack.currentWidget() is not self.left_at

    def _check_admin(self, employee_id: int, pin: str) -> None:
        backend = self._backend
        self._leave_if(lambda: backend.check_admin(employee_id, pin))

    def _manage(self, employee_id: int, pin: str) -> None:
        """A standalone kiosk's admin opens the team console; the kiosk stays on behind it
        (its badge reader paused, so typing in the console is not taken for a scan)."""
        backend, dialog = self._backend, self._admin

        def opened(admin: object) -> None:
            from ..console_app import open_console

            if dialog is not None:
                dialog.accept()
            assert isinstance(admin, AdminService)
            self.console, _controller = open_console(
                admin,
                self._runner,
                self._clock,
                self._zone.key,
            )
            self.badges.enabled = False
            self.console.closed.connect(self._console_closed)
            self.console.show()
            self.console_opened.emit(self.console)

        def check() -> object:
            backend.check_admin(employee_id, pin)
            return backend.admin_service(employee_id)

        def refused(exc: BaseException) -> None:
            text = plain_error(exc)
            if isinstance(dialog, AdminExitDialog):
                dialog.refuse(text)
            self.admin_refused.emit(text)

        self._runner.submit(check, opened, refused)

    def _console_closed(self) -> None:
        self.console = None
        self.badges.enabled = self._admin is None and self.stack.currentWidget() is not self.left_at

    def _check_exit_code(self, code: str) -> None:
        backend = self._backend
        self._leave_if(lambda: backend.check_exit_code(code))

    def _leave_if(self, check: Callable[[], None]) -> None:
        dialog = self._admin

        def allowed(_: object) -> None:
            self._may_close = True
            if dialog is not None:
                dialog.accept()
            self.close()

        def refused(exc: BaseException) -> None:
            text = plain_error(exc)
            if isinstance(dialog, AdminExitDialog):
                dialog.refuse(text)
            self.admin_refused.emit(text)

        self._runner.submit(check, allowed, refused)
