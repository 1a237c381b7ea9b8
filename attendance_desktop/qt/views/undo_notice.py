"""After a punch: what was done and when, with an Undo button for a few seconds.

A slip on Clock out, the biggest button on the screen, must not end the day for good. The
notice keeps its place in the layout while hidden, so nothing under the clock button
moves when it comes and goes (a second click must not land on another button).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ..page_style import use_leaf_sheet
from .common import Panel, label

UNDO_SECONDS = 10.0
UNDONE_SECONDS = 3.0  # how long "… undone" stays


class UndoNotice(Panel):
    FILL, BORDER, RADIUS = "tile", None, 8.0
    undo_clicked = Signal()
    #: The notice went away by itself (its time ran out).
    expired = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UndoNotice")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 4, 4)
        row.setSpacing(8)
        self.text_label = label("", "NoticeText", wrap=True)
        self.text_label.setAccessibleName(self.tr("Last punch"))
        row.addWidget(self.text_label, 1)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("UndoButton")
        use_leaf_sheet(self.undo_button, "#UndoButton")
        self.undo_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.undo_button.setToolTip(self.tr("Take this punch back"))
        self.undo_button.clicked.connect(self._undo)
        row.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._expire)
        keep_place = self.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)
        self.setSizePolicy(keep_place)
        self.hide()

    @property
    def text(self) -> str:
        return self.text_label.text()

    def offer(self, text: str, seconds: float = UNDO_SECONDS) -> None:
        """Show `text` with Undo until `seconds` have passed."""
        self._show(text, seconds, can_undo=True)

    def say(self, text: str, seconds: float = UNDONE_SECONDS) -> None:
        """Show `text` alone (nothing left to undo) for `seconds`."""
        self._show(text, seconds, can_undo=False)

    def withdraw(self) -> None:
        """Gone at once, without `expired` (another punch, signing out)."""
        self._timer.stop()
        self.hide()

    def _show(self, text: str, seconds: float, *, can_undo: bool) -> None:
        self.text_label.setText(text)
        self.undo_button.setVisible(can_undo)
        self.undo_button.setEnabled(can_undo)
        self._timer.start(max(int(seconds * 1000), 0))
        self.show()

    def _undo(self) -> None:
        self.undo_button.setEnabled(False)  # one undo per punch, however fast the clicks
        self._timer.stop()
        self.undo_clicked.emit()

    def _expire(self) -> None:
        self.hide()
        self.expired.emit()
