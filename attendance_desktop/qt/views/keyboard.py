"""Keyboard use of the home window: Enter activates a focused button as Space does, and
the punch shortcuts (`MainWindow.clock_action`, `break_action`) press the same buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QWidget


class EnterClicks(QObject):
    """Outside a dialog a push button ignores Enter; people expect it to press it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and isinstance(watched, QAbstractButton)
            and watched.isEnabled()
        ):
            watched.click()
            return True
        return super().eventFilter(watched, event)


def enter_clicks(page: QWidget, keys: EnterClicks) -> None:
    for button in page.findChildren(QAbstractButton):
        button.installEventFilter(keys)


def press(button: QAbstractButton) -> None:
    """What a shortcut does: the same as clicking the button, only when it may be clicked."""
    if button.isEnabled() and button.isVisible():
        button.click()
