"""Catching a keyboard-wedge badge reader wherever the focus is.

Installed on the application, the filter watches every key press on its way to the
focused widget. Keys still reach that widget (a person may be typing an ID), but when a
fast burst ends in Enter the Enter is swallowed and `scanned` carries the code.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from ...kiosk.badge import BURST_GAP_S, BurstCollector

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class BadgeWedgeFilter(QObject):
    scanned = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        gap_s: float = BURST_GAP_S,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._collector = BurstCollector(gap_s)
        self._now = now
        self.enabled = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self.enabled
            or event.type() != QEvent.Type.KeyPress
            or not self._first_delivery(watched)
        ):
            return False
        assert isinstance(event, QKeyEvent)
        if event.key() in ENTER_KEYS:
            code = self._collector.enter(self._now())
            if code is None:
                return False
            self.scanned.emit(code)
            return True
        text = event.text()
        if len(text) == 1 and text.isprintable():
            self._collector.key(text, self._now())
        return False

    @staticmethod
    def _first_delivery(watched: QObject) -> bool:
        """A key event visits the window, the focused widget, then its parents: count it once."""
        focus = QApplication.focusWidget()
        if focus is not None:
            return watched is focus
        return isinstance(watched, QWidget) and watched.isWindow()
