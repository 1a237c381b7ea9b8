"""The admin's way out of kiosk mode: ID + PIN of an admin (or, offline, the kiosk's exit
code), and what still waits to be sent."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .keypad import Keypad


class AdminExitDialog(QDialog):
    credentials = Signal(int, str)
    exit_code = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AdminExit")
        self.setWindowTitle("Leave kiosk mode")
        self.setModal(True)
        title = QLabel("Leave kiosk mode")
        title.setObjectName("DialogTitle")
        self.info = QLabel(
            "An administrator's ID and PIN are needed. While the kiosk is offline, "
            "use this kiosk's exit code instead."
        )
        self.info.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("Message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.sync = QLabel()
        self.sync.setWordWrap(True)
        self.sync.hide()
        self.refused = QListWidget()
        self.refused.hide()
        self.keypad = Keypad()
        self.keypad.submitted.connect(self._entered)
        self.use_code = QPushButton("Use the exit code")
        self.use_code.setObjectName("Big")
        self.use_code.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.use_code.clicked.connect(self._ask_exit_code)
        cancel = QPushButton("Stay in kiosk mode")
        cancel.setObjectName("Big")
        cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # a fixed size, below
        for widget in (
            title,
            self.info,
            self.message,
            self.sync,
            self.refused,
            self.keypad,
            self.use_code,
            cancel,
        ):
            layout.addWidget(widget)
        self._admin_id: int | None = None
        self._by_code = False
        self.keypad.ask("Admin ID", secret=False)
        self.resize(560, 860)

    def show_queue(self, waiting: int, refused: list[str]) -> None:
        """What an admin should know before leaving: punches not yet on the server."""
        if waiting:
            self.sync.setText(f"{waiting} punches are waiting to be sent to the server.")
        self.sync.setVisible(bool(waiting))
        self.refused.clear()
        if refused:
            self.refused.addItem(f"The server refused {len(refused)} punches (kept here):")
            self.refused.addItems(refused)
        self.refused.setVisible(bool(refused))

    def _ask_exit_code(self) -> None:
        self._by_code, self._admin_id = True, None
        self.use_code.hide()
        self.keypad.ask("Exit code", secret=True)

    def _entered(self, text: str) -> None:
        if self._by_code:
            self.keypad.setEnabled(False)
            self.exit_code.emit(text)
            return
        if self._admin_id is None:
            self._admin_id = int(text)
            self.keypad.ask("Admin PIN", secret=True)
            return
        admin_id, self._admin_id = self._admin_id, None
        self.keypad.setEnabled(False)
        self.credentials.emit(admin_id, text)

    def refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.keypad.setEnabled(True)
        self._by_code = False
        self.use_code.show()
        self.keypad.ask("Admin ID", secret=False)
