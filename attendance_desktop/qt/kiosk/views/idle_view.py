"""The idle screen: clock, date, company name and the keypad. Nothing about anyone.

The keypad sits alone in its column, the same in the ID and the PIN step: Cancel lives
beside the prompt (its room kept while hidden), so no key moves under a finger. Fits a
1024x600 screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...i18n import QT_TRANSLATE_NOOP
from .keypad import Keypad

PROMPT = QT_TRANSLATE_NOOP("IdleView", "Scan your badge or enter your ID")  # shown by tr()


class IdleView(QWidget):
    cancel_requested = Signal()
    admin_requested = Signal()

    def __init__(self, company_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company = self._label(company_name, "Company")
        self.clock = self._label("--:--", "BigClock")
        self.date = self._label("", "BigDate")
        self.prompt = self._label(self.tr(PROMPT), "Prompt")
        self.message = self._label("", "Message")
        self.message.setWordWrap(True)
        self.message.hide()
        self.sync_badge = self._label("", "SyncBadge")
        self.sync_badge.hide()

        left = QVBoxLayout()
        left.addWidget(self.company)
        left.addStretch(2)
        left.addWidget(self.clock)
        left.addWidget(self.date)
        left.addSpacing(24)
        left.addWidget(self.prompt)
        left.addSpacing(12)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("Big")
        self.cancel.setAccessibleName(self.tr("Cancel, back to the ID"))
        self.cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel.clicked.connect(self.cancel_requested)
        policy = self.cancel.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.cancel.setSizePolicy(policy)
        self.cancel.hide()
        left.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignLeft)
        left.addSpacing(12)
        left.addWidget(self.message)
        left.addStretch(3)
        self.admin = QPushButton(self.tr("Leave kiosk mode"))
        self.admin.setObjectName("Quiet")
        self.admin.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.admin.clicked.connect(self.admin_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.sync_badge)
        bottom.addStretch(1)
        bottom.addWidget(self.admin)
        left.addLayout(bottom)

        self.keypad = Keypad()
        self.keypad.setMaximumWidth(420)
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
    def _label(text: str, name: str) -> QLabel:
        widget = QLabel(text)
        widget.setObjectName(name)
        return widget

    def set_time(self, clock: str, day: str) -> None:
        self.clock.setText(clock)
        self.date.setText(day)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_sync(self, text: str) -> None:
        self.sync_badge.setText(text)
        self.sync_badge.setVisible(bool(text))

    def ask_id(self) -> None:
        self.keypad.ask(self.tr("Employee ID"), secret=False)
        self.prompt.setText(self.tr(PROMPT))
        self.cancel.hide()

    def ask_pin(self) -> None:
        self.keypad.ask("PIN", secret=True)
        self.prompt.setText(self.tr("Now enter your PIN"))
        self.cancel.show()

    def set_admin_text(self, text: str) -> None:
        self.admin.setText(text)
