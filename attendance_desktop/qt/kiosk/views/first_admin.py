"""A standalone kiosk with no admin yet: make the first one, or nobody could ever leave.

Minimal on purpose: a name and a PIN typed twice. The new admin's ID is shown at the end,
since it is what they type with their PIN to leave kiosk mode.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .fit import fit_to_screen


class FirstAdminDialog(QDialog):
    create_requested = Signal(str, str, str)  # first name, last name, PIN

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstAdmin")
        self.setWindowTitle(self.tr("Set up the first administrator"))
        self.setModal(True)
        title = QLabel(self.tr("Set up the first administrator"))
        title.setObjectName("DialogTitle")
        self.info = QLabel(
            self.tr(
                "This kiosk has no administrator yet, so nobody could leave kiosk mode. "
                "Create one: you will leave kiosk mode with your ID and this PIN."
            )
        )
        self.info.setWordWrap(True)
        self.first_name = self._field(self.tr("First name"))
        self.last_name = self._field(self.tr("Last name"))
        self.pin = self._field(self.tr("PIN (4 to 12 digits)"), secret=True)
        self.pin_again = self._field(self.tr("PIN again"), secret=True)
        form = QFormLayout()
        form.setVerticalSpacing(10)
        for field in (self.first_name, self.last_name, self.pin, self.pin_again):
            form.addRow(field.accessibleName(), field)
        self.message = QLabel()
        self.message.setObjectName("KeypadMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.create_button = QPushButton(self.tr("Create administrator"))
        self.create_button.setObjectName("BigPrimary")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._submit)
        self.cancel = QPushButton(self.tr("Not now"))
        self.cancel.setObjectName("Big")
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        # Sized by fit_to_screen, not by its content (which would resize it as texts change).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        for widget in (title, self.info):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.first_name.setFocus()

    def _field(self, name: str, *, secret: bool = False) -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(name)
        field.setMaxLength(12 if secret else 100)
        if secret:
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setValidator(QRegularExpressionValidator(r"\d{0,12}", field))
        field.returnPressed.connect(self._submit)
        return field

    def showEvent(self, event: object) -> None:
        fit_to_screen(self, preferred_width=640)
        super().showEvent(event)  # type: ignore[arg-type]

    def _submit(self) -> None:
        first, last = self.first_name.text().strip(), self.last_name.text().strip()
        pin = self.pin.text()
        if not first or not last:
            self.refuse(self.tr("Please enter a first and a last name."))
        elif not 4 <= len(pin) <= 12:
            self.refuse(self.tr("A PIN is 4 to 12 digits."))
        elif pin != self.pin_again.text():
            self.refuse(self.tr("The two PINs differ. Please type the same PIN twice."))
            self.pin_again.clear()
            self.pin_again.setFocus()
        else:
            self.message.hide()
            self.create_button.setEnabled(False)
            self.create_requested.emit(first, last, pin)

    def refuse(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.create_button.setEnabled(True)

    def created(self, employee_id: int) -> None:
        """Say the ID to remember, and nothing else to do but close."""
        for field in (self.first_name, self.last_name, self.pin, self.pin_again):
            field.setEnabled(False)
        self.pin.clear()
        self.pin_again.clear()
        self.info.setText(
            self.tr(
                "Done. Your administrator ID is {id}. To leave kiosk mode, press "
                "Escape or “Leave kiosk mode” and enter this ID and your PIN."
            ).format(id=employee_id)
        )
        self.info.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.create_button.hide()
        self.cancel.setText(self.tr("Close"))
        self.cancel.setFocus()
