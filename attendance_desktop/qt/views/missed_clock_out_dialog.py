""" "You didn't clock out on Friday 27 November. When did you leave?"

Asked at the desktop's start and before a clock-in while a session's clock-out is missing
(never a silent clock-out at midnight). A view: it shows the question and a time field the
controller filled with a sensible default, and says which button was pressed.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..theme import use_style_sheet
from .common import label


class MissedClockOutDialog(QDialog):
    #: "Save" was pressed: the controller reads `left_at` and resolves the session.
    answered = Signal()

    def __init__(self, question: str, hint: str, default: time, parent: QWidget | None) -> None:
        super().__init__(parent)
        use_style_sheet(self)
        self.setWindowTitle(self.tr("Missed clock-out"))
        box = QVBoxLayout(self)
        self.question = label(question, "CardTitle", wrap=True)
        box.addWidget(self.question)
        box.addWidget(label(hint, "Muted", wrap=True))
        form = QFormLayout()
        self.left_at = QTimeEdit(QTime(default.hour, default.minute))
        self.left_at.setDisplayFormat("HH:mm")
        self.left_at.setButtonSymbols(QTimeEdit.ButtonSymbols.NoButtons)  # typed, or arrow keys
        form.addRow(self.tr("I left at"), self.left_at)
        box.addLayout(form)
        self.error_label = label("", "FormError", wrap=True, selectable=True)
        self.error_label.hide()
        box.addWidget(self.error_label)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("PrimaryButton")
        self.save_button.setDefault(True)
        self.not_now_button = buttons.addButton(
            self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.left_at.setFocus()

    def left_time(self) -> time:
        value: time = self.left_at.time().toPython()  # type: ignore[assignment]
        return value

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.save_button.setEnabled(True)

    def _save(self) -> None:
        self.error_label.hide()
        self.save_button.setEnabled(False)
        self.answered.emit()
