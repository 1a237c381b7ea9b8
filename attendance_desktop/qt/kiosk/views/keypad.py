"""A big on-screen number pad with its entry field: touch-sized, and typed into by keyboard.

The buttons never take the focus, so the entry keeps it and a keyboard works as well as
a finger. Enter (or OK) submits what was typed. A refusal ("Wrong ID or PIN") shows in a
line under the keys that is always kept, so the keys never move: a finger aimed at a key
between two steps must land on that key.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

MAX_DIGITS = 12


class MessageLine(QLabel):
    """Two lines of room whatever it says, shown or hidden, in whatever font it gets."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return False  # a longer message must not make the card taller

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * 2 + 16)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())


class Keypad(QFrame):
    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KeypadCard")
        self.title = QLabel()
        self.title.setObjectName("KeypadTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry = QLineEdit()
        self.entry.setObjectName("KeypadEntry")
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setMaxLength(MAX_DIGITS)
        self.entry.setValidator(QRegularExpressionValidator(r"\d{0,12}", self.entry))
        self.entry.returnPressed.connect(self._submit)

        grid = QGridLayout()
        grid.setSpacing(12)
        self.buttons: dict[str, QPushButton] = {}
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for index, key in enumerate(keys):
            button = QPushButton(key)
            button.setObjectName("KeyOk" if key == "OK" else "Key")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName({"⌫": "Delete", "OK": "OK"}.get(key, key))
            button.clicked.connect(lambda _=False, k=key: self._pressed(k))
            grid.addWidget(button, index // 3, index % 3)
            self.buttons[key] = button

        self.message = MessageLine()
        self.message.setObjectName("KeypadMessage")
        self.message.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.entry)
        layout.addLayout(grid)
        layout.addWidget(self.message)

    def ask(self, title: str, *, secret: bool) -> None:
        self.title.setText(title)
        self.entry.clear()
        self.entry.setEchoMode(QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal)
        self.entry.setFocus()

    def clear(self) -> None:
        self.entry.clear()

    def show_message(self, text: str) -> None:
        """A refusal under the keys ("" hides it); its room stays either way."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _pressed(self, key: str) -> None:
        if key == "OK":
            self._submit()
        elif key == "⌫":
            self.entry.backspace()
        elif len(self.entry.text()) < MAX_DIGITS:
            self.entry.insert(key)
        self.entry.setFocus()

    def _submit(self) -> None:
        text = self.entry.text()
        if text:
            self.submitted.emit(text)
