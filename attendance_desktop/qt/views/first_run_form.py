"""The first-run form: the few details it takes to create the local profile."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...core.models import NewEmployee
from .common import Card, label, repolish


class FirstRunForm(QWidget):
    submitted = Signal(object)  # a NewEmployee

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunPage")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        card = Card("")
        card.setFixedWidth(460)
        card.body.setContentsMargins(28, 24, 28, 24)
        card.body.addWidget(label("Welcome to Attendance Desktop", "Heading"))
        card.body.addWidget(
            label(
                "Tell us who you are. Your attendance stays on this computer.", "Muted", wrap=True
            )
        )
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(10)
        self.first_name = self._field("First name", form)
        self.last_name = self._field("Last name", form)
        self.email = self._field("Email", form, "name@example.com")
        self.phone = self._field("Phone (optional)", form)
        self.job_title = self._field("Job title", form)
        self.department = self._field("Department", form)
        card.body.addLayout(form)
        self.error_label = label("", "FormError", wrap=True)
        self.error_label.hide()
        card.body.addWidget(self.error_label)
        self.submit_button = QPushButton("Create my profile")
        self.submit_button.setObjectName("PrimaryButton")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self._submit)
        card.body.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignRight)
        row.addWidget(card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def _field(self, caption: str, form: QFormLayout, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(255)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(caption)
        edit.returnPressed.connect(self._submit)
        form.addRow(caption, edit)
        return edit

    def _submit(self) -> None:
        if not self.submit_button.isEnabled():
            return
        self.submitted.emit(
            NewEmployee(
                first_name=self.first_name.text(),
                last_name=self.last_name.text(),
                email=self.email.text(),
                phone_number=self.phone.text(),
                job_title=self.job_title.text(),
                department=self.department.text(),
            )
        )

    def set_busy(self, busy: bool) -> None:
        self.submit_button.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        invalid_email = "email" in message.lower()
        self.email.setProperty("invalid", invalid_email)
        repolish(self.email)
        if invalid_email:
            self.email.setFocus()
