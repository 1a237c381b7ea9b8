"""Add or edit an employee: every field of their record and of their account.

The dialog checks what it can on its own, in the same words as the store (so as the
first-run form) — names, email, PIN, password — and hands the controller exactly what
changed: a `NewEmployee` or an `EmployeeChanges` holding only the edited fields, and an
`AccountChanges` likewise. It stays open until the controller says the save went through.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ....core import employee_words as words
from ....core.admin_service import AccountChanges, ManagedEmployee
from ....core.models import DEFAULT_WORK_WEEK, EmployeeChanges, NewEmployee
from ...i18n import QT_TRANSLATE_NOOP
from ...theme import use_style_sheet
from ..common import form_caption, label, repolish
from .employee_fields import (
    WorkWeekBoxes,
    chosen_zone,
    room_for_focus_ring,
    show_zone,
    zone_box,
)
from .employee_words import refusal

NO_DATE = QDate(1970, 1, 1)  # the date box's "Not set"
NO_DAYS = QT_TRANSLATE_NOOP("EmployeeDialog", "Choose at least one working day.")
W = TypeVar("W", bound=QWidget)
_TEXTS = ("first_name", "last_name", "email", "phone_number", "job_title", "department")


class EmployeeDialog(QDialog):
    #: OK with valid fields: (NewEmployee or EmployeeChanges, AccountChanges).
    save_requested = Signal(object, object)

    def __init__(
        self, today: date, existing: ManagedEmployee | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        use_style_sheet(self)
        self.existing = existing
        self.setObjectName("EmployeeDialog")
        self.setWindowTitle(self.tr("Edit employee") if existing else self.tr("Add employee"))
        page = QVBoxLayout(self)
        page.setContentsMargins(22, 16, 22, 14)
        form = QFormLayout()
        form.setVerticalSpacing(6)
        self.edits: dict[str, QLineEdit] = {}
        captions = (
            self.tr("First name"), self.tr("Last name"), self.tr("Email"),
            self.tr("Phone"), self.tr("Job title"), self.tr("Department"),
        )  # fmt: skip
        for name, caption in zip(_TEXTS, captions, strict=True):
            edit = self._row(form, caption, QLineEdit())
            edit.setMaxLength(255)
            edit.textEdited.connect(lambda _t, e=edit: self._corrected(e))
            self.edits[name] = edit
        self.edits["email"].setPlaceholderText("name@example.com")
        self.zone = self._row(form, self.tr("Time zone"), zone_box())
        self.start_date = self._row(form, self.tr("Start date"), QDateEdit())
        self.start_date.setObjectName("DateField")
        self.start_date.setDisplayFormat("ddd d MMM yyyy")
        self.start_date.setCalendarPopup(True)
        self.start_date.setMinimumDate(NO_DATE)
        self.start_date.setSpecialValueText(self.tr("Not set"))
        self.work_week = self._row(form, self.tr("Work week"), WorkWeekBoxes())
        self.role = self._row(form, self.tr("Role"), QComboBox())
        self.role.addItem(self.tr("Employee"), "employee")
        self.role.addItem(self.tr("Administrator"), "admin")
        self.badge = self._row(form, self.tr("Badge"), QLineEdit())
        self.badge.setMaxLength(128)
        self.pin = self._row(form, self.tr("New PIN"), QLineEdit())
        self.password = self._row(form, self.tr("New password"), QLineEdit())
        for secret in (self.pin, self.password):
            secret.setEchoMode(QLineEdit.EchoMode.Password)
            secret.setPlaceholderText(self.tr("Unchanged") if existing else self.tr("None"))
            secret.textEdited.connect(lambda _t, e=secret: self._corrected(e))
        page.addLayout(form)
        self.error_label = label("", "FormError", wrap=True, selectable=True)
        self.error_label.hide()
        page.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("PrimaryButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("SecondaryButton")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        page.addWidget(buttons)
        self._fill(today)

    def _row(self, form: QFormLayout, caption: str, field: W) -> W:
        if not field.accessibleName():
            field.setAccessibleName(caption)
        caption_label = form_caption(caption, field)  # polishes the field
        if isinstance(field, QLineEdit):
            room_for_focus_ring(field)
        form.addRow(caption_label, field)
        return field

    def _fill(self, today: date) -> None:
        m = self.existing
        if m is None:
            self.work_week.set_days(DEFAULT_WORK_WEEK)
            self.start_date.setDate(QDate(today.year, today.month, today.day))
            return
        e = m.employee
        for name, edit in self.edits.items():
            edit.setText(str(getattr(e, name)))
        show_zone(self.zone, e.timezone)
        start = e.start_date
        self.start_date.setDate(QDate(start.year, start.month, start.day) if start else NO_DATE)
        self.work_week.set_days(e.work_week)
        self.role.setCurrentIndex(self.role.findData(m.role))
        self.badge.setText(m.badge or "")

    # -- what the controller calls ------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        edit = self.edits.get(field or "") or {"pin": self.pin, "password": self.password}.get(
            field or ""
        )
        if edit is not None:
            edit.setProperty("invalid", True)
            repolish(edit)
            edit.setFocus()

    # -- inside -------------------------------------------------------------------------

    def _corrected(self, edit: QLineEdit) -> None:
        if edit.property("invalid"):
            edit.setProperty("invalid", False)
            repolish(edit)
            self.error_label.hide()

    def _problem(self) -> tuple[str, str | None] | None:
        text = {name: edit.text().strip() for name, edit in self.edits.items()}
        if not text["first_name"] or not text["last_name"]:
            return refusal(words.NAMES_REQUIRED), "first_name" if not text[
                "first_name"
            ] else "last_name"
        if not words.EMAIL_RE.match(text["email"]):
            return refusal(words.BAD_EMAIL), "email"
        if chosen_zone(self.zone) is None:
            zone = self.zone.currentText().strip()
            return self.tr("Unknown time zone: {zone}").format(zone=zone), None
        if not self.work_week.days():
            return self.tr(NO_DAYS), None
        if self.pin.text() and not words.pin_ok(self.pin.text()):
            return refusal(words.BAD_PIN), "pin"
        if self.password.text() and not words.password_ok(self.password.text()):
            return refusal(words.BAD_PASSWORD), "password"
        return None

    def _save(self) -> None:
        if not self.save_button.isEnabled():
            return
        problem = self._problem()
        if problem is not None:
            self.show_error(*problem)
            return
        self.error_label.hide()
        self.save_requested.emit(self.record(), self.account())

    def record(self) -> NewEmployee | EmployeeChanges:
        text = {name: edit.text().strip() for name, edit in self.edits.items()}
        zone = chosen_zone(self.zone) or ""
        picked = self.start_date.date()
        start: date | None = None if picked == NO_DATE else picked.toPython()  # type: ignore[assignment]
        week = self.work_week.days()
        if self.existing is None:
            return NewEmployee(**text, timezone=zone or None, work_week=week, start_date=start)
        e = self.existing.employee
        changed: dict[str, object] = {k: v for k, v in text.items() if v != getattr(e, k)}
        if zone != (e.timezone or ""):
            changed["timezone"] = zone
        if week != tuple(e.work_week):
            changed["work_week"] = week
        if start is not None and start != e.start_date:
            changed["start_date"] = start
        return EmployeeChanges(**changed)  # type: ignore[arg-type]

    def account(self) -> AccountChanges:
        role = self.role.currentData()
        badge = self.badge.text().strip()
        old = self.existing
        return AccountChanges(
            role=role if old is None or role != old.role else None,
            badge=(badge or None)
            if old is None
            else (badge if badge != (old.badge or "") else None),
            pin=self.pin.text() or None,
            password=self.password.text() or None,
        )
