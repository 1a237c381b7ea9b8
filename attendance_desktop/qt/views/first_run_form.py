"""The first-run form: the few details it takes to create the local profile."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from ...core.models import NewEmployee
from .common import FormCard, form_caption, label, repolish
from .holiday_region_fields import HolidayRegionFields


class FirstRunForm(QWidget):
    submitted = Signal(object)  # a NewEmployee

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunPage")
        card = FormCard(
            self, self.tr("Welcome to Attendance Desktop"), 460, self.tr("Create my profile")
        )
        card.body.addWidget(
            label(
                self.tr("Tell us who you are. Your attendance stays on this computer."),
                "Muted",
                wrap=True,
            )
        )
        form = card.form
        self.first_name = self._field(self.tr("First name"), form)
        self.last_name = self._field(self.tr("Last name"), form)
        self.email = self._field(self.tr("Email"), form, self.tr("name@example.com"))
        self.phone = self._field(self.tr("Phone (optional)"), form)
        self.job_title = self._field(self.tr("Job title"), form)
        self.department = self._field(self.tr("Department"), form)
        # Whose public holidays are days off, so they never count as absences.
        self.holidays = HolidayRegionFields(form, self, caption=self.tr("Public holidays"))
        card.complete()
        self.error_label, self.submit_button = card.error_label, card.submit_button
        self.submit_button.clicked.connect(self._submit)

    def _field(self, caption: str, form: QFormLayout, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(255)
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(caption)
        edit.returnPressed.connect(self._submit)
        edit.textEdited.connect(lambda _text: self._corrected(edit))
        form.addRow(form_caption(caption, edit), edit)
        return edit

    def _corrected(self, edit: QLineEdit) -> None:
        """The person is fixing the field the message was about: the message has done its
        job, so it and the field's red outline go."""
        if edit.property("invalid"):
            edit.setProperty("invalid", False)
            repolish(edit)
            self.error_label.hide()

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
        self.holidays.set_enabled(not busy)

    def show_error(self, message: str, *, field: str | None = None) -> None:
        """Show why the profile was refused; `field` names the input to fix, if one."""
        self.error_label.setText(message)
        self.error_label.show()
        invalid_email = field == "email"
        self.email.setProperty("invalid", invalid_email)
        repolish(self.email)
        if invalid_email:
            self.email.setFocus()
