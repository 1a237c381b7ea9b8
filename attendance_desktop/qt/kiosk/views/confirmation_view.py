"""After a punch: who, what and when, today's worked time, and a short chance to undo.

`clear()` wipes every text, so once the kiosk is back to idle the person's name is gone
from the widgets, not merely hidden.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...views.common import repolish


class ConfirmationView(QWidget):
    undo_requested = Signal()
    alternative_requested = Signal()
    done_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.greeting = self._label("Greeting")
        self.action = self._label("Action")
        self.worked = self._label("Worked")
        self.note = self._label("Countdown")
        self.countdown = self._label("Countdown")
        self.alternative = self._button("", "Big", self.alternative_requested)
        self.undo = self._button(self.tr("Undo"), "Big", self.undo_requested)
        self.done = self._button(self.tr("Done"), "BigPrimary", self.done_requested)

        buttons = QHBoxLayout()
        buttons.setSpacing(20)
        buttons.addStretch(1)
        for button in (self.alternative, self.undo, self.done):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 40)
        layout.addStretch(2)
        for widget in (self.greeting, self.action, self.worked, self.note):
            layout.addWidget(widget)
            layout.addSpacing(8)
        layout.addSpacing(40)
        layout.addLayout(buttons)
        layout.addSpacing(16)
        layout.addWidget(self.countdown)
        layout.addStretch(3)

    @staticmethod
    def _label(name: str) -> QLabel:
        widget = QLabel()
        widget.setObjectName(name)
        widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
        widget.setWordWrap(True)
        return widget

    def _button(self, text: str, name: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(signal)
        return button

    def show_punch(
        self, greeting: str, action: str, kind: str, worked: str, note: str, alternative: str
    ) -> None:
        self.greeting.setText(greeting)
        self.action.setText(action)
        self.action.setProperty("kind", kind)
        repolish(self.action)
        self.worked.setText(worked)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.alternative.setText(alternative)
        self.alternative.setVisible(bool(alternative))
        self.undo.setEnabled(True)
        self.undo.setVisible(True)
        self.alternative.setEnabled(True)

    def show_undone(self, text: str) -> None:
        self.action.setText(text)
        self.action.setProperty("kind", "")
        repolish(self.action)
        self.worked.clear()
        self.note.clear()
        self.undo.hide()
        self.alternative.hide()

    def set_countdown(self, seconds_left: int, can_undo: bool) -> None:
        back = self.tr("Back to the start screen in {seconds} s").format(seconds=seconds_left)
        self.countdown.setText(back)
        undo = self.tr("Undo ({seconds})").format(seconds=seconds_left)
        self.undo.setText(undo if can_undo else self.tr("Undo"))
        self.undo.setEnabled(can_undo)

    def set_busy(self, busy: bool) -> None:
        for button in (self.alternative, self.undo):
            button.setEnabled(not busy)

    def clear(self) -> None:
        for widget in (self.greeting, self.action, self.worked, self.note, self.countdown):
            widget.clear()
        self.alternative.setText("")
