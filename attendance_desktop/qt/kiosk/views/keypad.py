"""A big on-screen number pad with its entry field: touch-sized, and typed into by keyboard.

The buttons never take the focus, so the entry keeps it and a keyboard works as well as
a finger. Enter (or OK) submits what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

MAX_DIGITS = 12


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

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 28)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.entry)
        layout.addLayout(grid)

    def ask(self, title: str, *, secret: bool) -> None:
        self.title.setText(title)
        self.entry.clear()
        self.entry.setEchoMode(QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal)
        self.entry.setFocus()

    def clear(self) -> None:
        self.entry.clear()

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
