"""The admin's way out of kiosk mode: ID + PIN of an admin (or, offline, the kiosk's exit
code), and what still waits to be sent.

Laid out side by side, the words and buttons left and the keypad right, so that it fits
a 1024x600 screen (stacked, it needed 860 px of height and lost its buttons off-screen).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .fit import fit_to_screen
from .keypad import Keypad


class AdminExitDialog(QDialog):
    credentials = Signal(int, str)
    exit_code = Signal(str)
    #: An admin's ID and PIN, entered to manage the team (the kiosk stays on).
    manage = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AdminExit")
        self.setWindowTitle(self.tr("Leave kiosk mode"))
        self.setModal(True)
        title = self.title = QLabel(self.tr("Leave kiosk mode"))
        title.setObjectName("DialogTitle")
        self.info = QLabel(
            self.tr(
                "An administrator's ID and PIN are needed. While the kiosk is offline, "
                "use this kiosk's exit code instead."
            )
        )
        self.info.setWordWrap(True)
        self.sync = QLabel()
        self.sync.setWordWrap(True)
        self.sync.hide()
        self.refused = QListWidget()
        self.refused.setWordWrap(True)  # a refusal names who, which day and what to do
        self.refused.setAccessibleName(self.tr("Punches the server refused"))
        self.refused.hide()
        self.keypad = Keypad()
        self.keypad.submitted.connect(self._entered)
        self.use_code = QPushButton(self.tr("Use the exit code"))
        self.use_code.setObjectName("Big")
        self.use_code.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.use_code.clicked.connect(self._ask_exit_code)
        # A standalone kiosk's admin can open the team console from here (set_can_manage).
        self.manage_button = QPushButton(self.tr("Manage the team…"))
        self.manage_button.setObjectName("Big")
        self.manage_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.manage_button.clicked.connect(self._ask_to_manage)
        self.manage_button.hide()
        self._managing = False
        cancel = QPushButton(self.tr("Stay in kiosk mode"))
        cancel.setObjectName("Big")
        cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        cancel.clicked.connect(self.reject)
        self.cancel = cancel

        words = QVBoxLayout()
        words.setSpacing(12)
        for widget in (title, self.info, self.sync, self.refused):
            words.addWidget(widget)
        words.addStretch(1)
        words.addWidget(self.manage_button)
        words.addWidget(self.use_code)
        words.addWidget(cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(24)
        # Sized by fit_to_screen, not by its content (which would resize it as texts change).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addLayout(words, 1)
        layout.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignTop)
        self._admin_id: int | None = None
        self._by_code = False
        self.keypad.ask(self.tr("Admin ID"), secret=False)

    def showEvent(self, event: object) -> None:
        fit_to_screen(self, preferred_width=880)
        super().showEvent(event)  # type: ignore[arg-type]

    def show_queue(self, waiting: int, refused: list[str]) -> None:
        """What an admin should know before leaving: punches not yet on the server."""
        if waiting:
            self.sync.setText(
                self.tr("%n punch(es) waiting to be sent to the server.", "", waiting)
            )
        self.sync.setVisible(bool(waiting))
        self.refused.clear()
        if refused:
            self.refused.addItem(
                self.tr("The server refused %n punch(es) (kept here):", "", len(refused))
            )
            self.refused.addItems(refused)
        self.refused.setVisible(bool(refused))

    def set_can_manage(self, can: bool) -> None:
        self.manage_button.setVisible(can and not self._managing)

    def _ask_to_manage(self) -> None:
        """The same ID and PIN, to open the team console instead of leaving."""
        self._managing, self._by_code, self._admin_id = True, False, None
        for button in (self.manage_button, self.use_code):  # the keypad must not move
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
        self.manage_button.hide()
        self.use_code.hide()
        self.title.setText(self.tr("Manage the team"))
        self.info.setText(
            self.tr("An administrator's ID and PIN open the team console. The kiosk stays on.")
        )
        self.keypad.ask(self.tr("Admin ID"), secret=False)

    def _ask_exit_code(self) -> None:
        self._by_code, self._admin_id = True, None
        self.use_code.hide()
        self.keypad.ask(self.tr("Exit code"), secret=True)

    def _entered(self, text: str) -> None:
        self.keypad.show_message("")
        if self._by_code:
            self.keypad.setEnabled(False)
            self.exit_code.emit(text)
            return
        if self._admin_id is None:
            self._admin_id = int(text)
            self.keypad.ask(self.tr("Admin PIN"), secret=True)
            return
        admin_id, self._admin_id = self._admin_id, None
        self.keypad.setEnabled(False)
        (self.manage if self._managing else self.credentials).emit(admin_id, text)

    def refuse(self, text: str) -> None:
        """By the keypad, where the eyes are."""
        self.keypad.show_message(text)
        self.keypad.setEnabled(True)
        self._by_code = False
        self.use_code.setVisible(not self._managing)
        self.keypad.ask(self.tr("Admin ID"), secret=False)

    @property
    def message(self) -> QLabel:
        return self.keypad.message
