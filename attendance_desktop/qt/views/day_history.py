"""A corrected day's history in the day detail: each change, who made it, when, before →
after and why, and any correction request still waiting (or decided) for the day.

Plain lines the controller wrote; they scroll inside a short box, so a day with many
changes never pushes the calendar off a small screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from .common import label

MAX_HEIGHT = 150


class DayHistory(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.requests_label = label("", "Muted", wrap=True, selectable=True)
        box.addWidget(self.requests_label)
        self.caption = label(self.tr("History"), "FieldLabel")
        box.addWidget(self.caption)
        self.lines_label = label("", "", wrap=True, selectable=True)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.lines_label)
        self.scroller.setMaximumHeight(MAX_HEIGHT)
        box.addWidget(self.scroller)
        self.set_lines([], [])

    def set_lines(self, requests: list[str], history: list[str]) -> None:
        """`requests`: the day's requests still waiting or decided by an admin; `history`:
        its changes, oldest first."""
        self.requests_label.setText("\n\n".join(requests))
        self.requests_label.setVisible(bool(requests))
        self.lines_label.setText("\n\n".join(history))
        self.caption.setVisible(bool(history))
        self.scroller.setVisible(bool(history))
        self.setVisible(bool(requests or history))

    @property
    def request_text(self) -> str:
        return self.requests_label.text() if self.requests_label.isVisibleTo(self) else ""

    @property
    def history_text(self) -> str:
        return self.lines_label.text() if self.scroller.isVisibleTo(self) else ""
