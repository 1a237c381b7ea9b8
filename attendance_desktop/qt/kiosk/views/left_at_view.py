"""'When did you leave?': the question on the left, a big time keypad on the right.

Laid out like the idle screen (text left, keys right), so the keypad sits where the
person's finger already was. The question keeps two lines of room and the refusal its
line under the keys, so nothing moves while they type or are refused. Fits 1024x600.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....kiosk.left_at import shown
from .keypad import Keypad, MessageLine

TIME_DIGITS = 4


class TimeKeypad(Keypad):
    """The number pad for a time: digits only, shown as HH:MM while typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KeypadCard")
        self.entry.setValidator(QRegularExpressionValidator(r"[0-9:]{0,5}", self.entry))
        self.entry.setMaxLength(5)
        self.entry.setPlaceholderText(self.tr("HH:MM"))
        self.entry.setAccessibleName(self.tr("The time you left, hours and minutes"))
        self.entry.textEdited.connect(self._edited)

    def digits(self) -> str:
        return re.sub(r"\D", "", self.entry.text())

    def _set(self, digits: str) -> None:
        self.entry.setText(shown(digits[:TIME_DIGITS]))

    def _edited(self, _text: str) -> None:
        self._set(self.digits())  # a typed ":" is dropped: the colon is placed for them

    def _pressed(self, key: str) -> None:
        if key == "OK":
            self._submit()
        elif key == "⌫":
            self._set(self.digits()[:-1])
        else:
            self._set(self.digits() + key)
        self.entry.setFocus()

    def _submit(self) -> None:
        if self.digits():
            self.submitted.emit(self.digits())


class LeftAtView(QWidget):
    answered = Signal(str)  # the digits typed
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.greeting = self._label("Asking")
        self.question = QuestionLine()
        self.clocked_in = self._label("Prompt")
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("Big")
        self.cancel.setAccessibleName(self.tr("Cancel, no punch"))
        self.cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel.clicked.connect(self.cancel_requested)

        left = QVBoxLayout()
        left.addStretch(1)
        left.addWidget(self.greeting)
        left.addSpacing(12)
        left.addWidget(self.question)
        left.addSpacing(12)
        left.addWidget(self.clocked_in)
        left.addSpacing(24)
        left.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignLeft)
        left.addStretch(2)

        self.keypad = TimeKeypad()
        self.keypad.setMaximumWidth(420)
        self.keypad.submitted.connect(self.answered)
        right = QVBoxLayout()
        right.addStretch(1)
        right.addWidget(self.keypad)
        right.addStretch(1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 20)
        layout.setSpacing(32)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    @staticmethod
    def _label(name: str) -> QLabel:
        widget = QLabel()
        widget.setObjectName(name)
        widget.setWordWrap(True)
        return widget

    def ask(self, greeting: str, question: str, clocked_in: str) -> None:
        self.greeting.setText(greeting)
        self.question.setText(question)
        self.clocked_in.setText(clocked_in)
        self.keypad.show_message("")
        self.keypad.ask(self.tr("The time you left"), secret=False)

    def refuse(self, text: str) -> None:
        self.keypad.show_message(text)
        self.keypad.entry.setFocus()

    def clear(self) -> None:
        """The name and the day leave the widgets once the kiosk is back to idle."""
        for label in (self.greeting, self.question, self.clocked_in):
            label.clear()
        self.keypad.clear()
        self.keypad.show_message("")


class QuestionLine(MessageLine):
    """The question in large type, with its room kept (four lines: German's words are
    longer) whatever the day."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("Question")
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * 4 + 8)
