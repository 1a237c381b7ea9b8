"""The system tray: an icon for each state and a menu, behind a small interface.

The tray and the desktop's notifications are the edge of a world we do not own (offscreen
Qt has no tray at all), so the controllers speak to `Tray`; the app hands them a
`SystemTray` (QSystemTrayIcon and its showMessage), the tests a recording fake.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ..core.models import DayStatus
from .i18n import QT_TRANSLATE_NOOP
from .theme import CLOCK_IN, LIGHT_BREAK, STATUS_COLOURS


class TrayState(StrEnum):
    OUT = "out"
    IN = "in"
    ON_BREAK = "on_break"
    OFFLINE = "offline"


# Marked here, translated when shown (made at import, before the language is chosen).
TOOLTIPS = {
    TrayState.OUT: QT_TRANSLATE_NOOP("Tray", "Attendance Desktop — not clocked in"),
    TrayState.IN: QT_TRANSLATE_NOOP("Tray", "Attendance Desktop — clocked in"),
    TrayState.ON_BREAK: QT_TRANSLATE_NOOP("Tray", "Attendance Desktop — on a break"),
    TrayState.OFFLINE: QT_TRANSLATE_NOOP(
        "Tray", "Attendance Desktop — the server cannot be reached"
    ),
}
_FILLS = {
    TrayState.OUT: STATUS_COLOURS[DayStatus.NON_WORKING].edge,
    TrayState.IN: CLOCK_IN,
    TrayState.ON_BREAK: LIGHT_BREAK.edge,
    TrayState.OFFLINE: "#5f6368",
}


def state_icon(state: TrayState, size: int = 64) -> QIcon:
    """A clock face filled with the state's colour; offline is struck through. Painted,
    so the four stay one family and read at 16 px as well as at 64."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    edge = size / 16
    face = QRectF(edge, edge, size - 2 * edge, size - 2 * edge)
    painter.setPen(QPen(QColor("#ffffff"), edge))
    painter.setBrush(QColor(_FILLS[state]))
    painter.drawEllipse(face)
    centre = face.center()
    hands = QPen(QColor("#ffffff"), size / 11, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(hands)
    if state is TrayState.ON_BREAK:  # a pause sign instead of the hands
        for dx in (-size / 9, size / 9):
            top, bottom = centre.y() - size / 6, centre.y() + size / 6
            painter.drawLine(QPointF(centre.x() + dx, top), QPointF(centre.x() + dx, bottom))
    else:
        painter.drawLine(centre, QPointF(centre.x(), centre.y() - size / 3.4))
        painter.drawLine(centre, QPointF(centre.x() + size / 5, centre.y() + size / 8))
    if state is TrayState.OFFLINE:
        painter.setPen(
            QPen(QColor("#d93025"), size / 9, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        )
        painter.drawLine(face.topLeft() + QPointF(edge, edge), face.bottomRight())
    painter.end()
    return QIcon(pixmap)


class Tray(Protocol):
    """What the app needs of a tray icon."""

    def set_state(self, icon: QIcon, tooltip: str) -> None: ...
    def set_menu(self, menu: QMenu) -> None: ...
    def on_activated(self, callback: Callable[[], None]) -> None:
        """`callback` runs when the icon itself is clicked (not its menu)."""
        ...

    def notify(self, title: str, text: str) -> None: ...
    def show(self) -> None: ...
    def hide(self) -> None: ...


class SystemTray:
    """The desktop's tray, through QSystemTrayIcon."""

    def __init__(self) -> None:
        self._icon = QSystemTrayIcon()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def set_state(self, icon: QIcon, tooltip: str) -> None:
        self._icon.setIcon(icon)
        self._icon.setToolTip(tooltip)

    def set_menu(self, menu: QMenu) -> None:
        self._icon.setContextMenu(menu)

    def on_activated(self, callback: Callable[[], None]) -> None:
        def activated(reason: QSystemTrayIcon.ActivationReason) -> None:
            if reason in (
                QSystemTrayIcon.ActivationReason.Trigger,
                QSystemTrayIcon.ActivationReason.DoubleClick,
            ):
                callback()

        self._icon.activated.connect(activated)

    def notify(self, title: str, text: str) -> None:
        self._icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)

    def show(self) -> None:
        self._icon.show()

    def hide(self) -> None:
        self._icon.hide()
