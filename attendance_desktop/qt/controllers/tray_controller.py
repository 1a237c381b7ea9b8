"""The tray's menu and icon, following the home page's status.

Its punches go through the home page's controller, the same as the window's buttons, so
the tray and the window can never disagree or race: one status, one queue of punches.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMenu, QWidget

from ...core.models import CurrentStatus
from ..i18n import translate
from ..tray import TOOLTIPS, Tray, TrayState, state_icon

if TYPE_CHECKING:
    from .home_controller import HomeController


class TrayController(QObject):
    #: "Open" in the menu, or a click on the icon: show the window.
    open_requested = Signal()
    #: "Quit" in the menu: the app ends (closing the window only hides it).
    quit_requested = Signal()
    #: The icon changed to show this state.
    state_changed = Signal(str)

    def __init__(self, tray: Tray, menu_parent: QWidget | None = None) -> None:
        super().__init__(menu_parent)
        self._tray = tray
        self._home: HomeController | None = None
        self._status: CurrentStatus | None = None
        self.state = TrayState.OUT
        self.menu = QMenu(menu_parent)
        self.menu.setObjectName("TrayMenu")
        self.clock_action = self.menu.addAction(self.tr("Clock in"))
        self.break_action = self.menu.addAction(self.tr("Start break"))
        self.menu.addSeparator()
        self.open_action = self.menu.addAction(self.tr("Open Attendance Desktop"))
        self.quit_action = self.menu.addAction(self.tr("Quit"))
        self.clock_action.triggered.connect(self._clock)
        self.break_action.triggered.connect(self._break)
        self.open_action.triggered.connect(self.open_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        tray.set_menu(self.menu)
        tray.on_activated(self.open_requested.emit)
        self._show(TrayState.OUT)
        self._enable_punches(False)
        tray.show()

    def attach(self, home: HomeController) -> None:
        """Follow this home page (after the start, or a new sign-in)."""
        self.detach()
        self._home = home
        home.status_changed.connect(self._status_changed)
        home.unreachable.connect(self._unreachable)
        home.punch_finished.connect(self._punch_finished)
        if home.status is not None:  # already on screen: start from it, not from "out"
            self._status_changed(home.status)

    def detach(self) -> None:
        """No home page (signed out): nothing to punch."""
        home, self._home = self._home, None
        if home is not None:
            home.status_changed.disconnect(self._status_changed)
            home.unreachable.disconnect(self._unreachable)
            home.punch_finished.disconnect(self._punch_finished)
        self._status = None
        self._enable_punches(False)
        self._show(TrayState.OUT)

    def notify(self, title: str, text: str) -> None:
        self._tray.notify(title, text)

    def hide(self) -> None:
        self._tray.hide()

    def _status_changed(self, status: CurrentStatus) -> None:
        self._status = status
        self.clock_action.setText(
            self.tr("Clock out") if status.clocked_in else self.tr("Clock in")
        )
        self.break_action.setText(
            self.tr("End break") if status.on_break else self.tr("Start break")
        )
        self._enable_punches(True)
        self.break_action.setEnabled(status.clocked_in)
        if status.on_break:
            self._show(TrayState.ON_BREAK)
        else:
            self._show(TrayState.IN if status.clocked_in else TrayState.OUT)

    def _unreachable(self) -> None:
        self._show(TrayState.OFFLINE)

    def _punch_finished(self) -> None:
        if self._status is not None:
            self._enable_punches(True)
            self.break_action.setEnabled(self._status.clocked_in)

    def _clock(self) -> None:
        if self._home is not None:
            self._enable_punches(False)  # until the punch is answered
            self._home.toggle_clock()

    def _break(self) -> None:
        if self._home is None or self._status is None:
            return
        self._enable_punches(False)
        if self._status.on_break:
            self._home.end_break()
        else:
            self._home.start_break("")

    def _enable_punches(self, enabled: bool) -> None:
        self.clock_action.setEnabled(enabled)
        self.break_action.setEnabled(enabled)

    def _show(self, state: TrayState) -> None:
        self.state = state
        self._tray.set_state(state_icon(state), translate("Tray", TOOLTIPS[state]))
        self.state_changed.emit(state.value)
