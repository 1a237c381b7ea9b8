"""The employee page's two small questions: a deactivated person's last day (today unless
told otherwise) and a new PIN. Each is a dialog whose answer is read after `accepted`."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ....core import employee_words as words
from ...i18n import translate
from ...theme import use_style_sheet
from ..common import label, repolish
from .employee_fields import room_for_focus_ring
from .employee_words import refusal


class _Prompt(QDialog):
    def __init__(self, title: str, text: str, field: QWidget, parent: QWidget | None) -> None:
        super().__init__(parent)
        use_style_sheet(self)
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        page = QVBoxLayout(self)
        page.setContentsMargins(22, 16, 22, 14)
        page.addWidget(label(text, wrap=True))
        room_for_focus_ring(field)
        page.addWidget(field)
        self.error_label = label("", "FormError", wrap=True)
        self.error_label.hide()
        page.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("PrimaryButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("SecondaryButton")
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        page.addWidget(buttons)

    def _ok(self) -> None:
        self.accept()


class LastDayPrompt(_Prompt):
    def __init__(self, name: str, today: date, parent: QWidget | None = None) -> None:
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setObjectName("DateField")
        self.date_edit.setAccessibleName(translate("LastDayPrompt", "Last working day"))
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setCalendarPopup(True)
        super().__init__(
            translate("LastDayPrompt", "Deactivate"),
            translate(
                "LastDayPrompt",
                "{name}'s last working day. From the next day they cannot sign in, punch or "
                "be found at a kiosk; their history is kept.",
            ).format(name=name),
            self.date_edit,
            parent,
        )
        self.ok_button.setText(self.tr("Deactivate"))

    def last_day(self) -> date:
        return self.date_edit.date().toPython()  # type: ignore[return-value]


class PinPrompt(_Prompt):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        self.pin_edit = QLineEdit()
        self.pin_edit.setAccessibleName(translate("PinPrompt", "New PIN"))
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(12)
        super().__init__(
            translate("PinPrompt", "Reset PIN"),
            translate(
                "PinPrompt",
                "A new kiosk PIN for {name} (4 to 12 digits). It also unlocks a locked PIN.",
            ).format(name=name),
            self.pin_edit,
            parent,
        )

    def _ok(self) -> None:
        if not words.pin_ok(self.pin_edit.text()):
            self.error_label.setText(refusal(words.BAD_PIN))
            self.error_label.show()
            self.pin_edit.setProperty("invalid", True)
            repolish(self.pin_edit)
            return
        self.accept()

    def pin(self) -> str:
        return self.pin_edit.text()
