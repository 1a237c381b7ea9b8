"""Driving the kiosk the way a badge reader and a person do."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot


def key_target(window: QWidget) -> QWidget:
    return QApplication.focusWidget() or window


def reader_types(qtbot: QtBot, window: QWidget, code: str) -> None:
    """A keyboard-wedge reader: the code as a fast burst of key presses, then Enter."""
    target = key_target(window)
    if code.isascii():
        qtbot.keyClicks(target, code)
    else:  # QTest only types ASCII; a layout's own keys (é, à...) are sent as the OS would
        for ch in code:
            key = ord(ch.upper()) if ord(ch) < 256 else int(Qt.Key.Key_unknown)
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(target, event)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def shown_text(window: QWidget, *, visible_only: bool = True) -> str:
    """Every text a person can read on the window (or, with visible_only=False, that any
    of its widgets still holds)."""
    parts = []
    for widget in window.findChildren(QWidget):
        if visible_only and not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton) or (
            isinstance(widget, QLineEdit) and widget.echoMode() == QLineEdit.EchoMode.Normal
        ):
            parts.append(widget.text())
    return "\n".join(parts)
