"""Signing in to an attendance server: email and password, and what went wrong in plain words."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from .common import FormCard, form_caption, label


class SignInForm(QWidget):
    submitted = Signal(str, str)  # email, password

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SignInPage")
        card = FormCard(self, self.tr("Sign in"), 440, self.tr("Sign in"))
        self.server_label = label("", "Muted", wrap=True, selectable=True)
        card.body.addWidget(self.server_label)
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.email.setAccessibleName(self.tr("Email"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        for caption, edit in ((self.tr("Email"), self.email), (self.tr("Password"), self.password)):
            edit.setMaxLength(255)
            edit.returnPressed.connect(self._submit)
            card.form.addRow(form_caption(caption, edit), edit)
        self.note_label = label("", "Muted", wrap=True)
        self.note_label.hide()
        card.complete(self.note_label)
        self.error_label, self.submit_button = card.error_label, card.submit_button
        self.submit_button.clicked.connect(self._submit)

    def set_server(self, url: str) -> None:
        self.server_label.setText(self.tr("to the attendance server at {url}").format(url=url))

    def set_note(self, text: str) -> None:
        """A lasting remark, e.g. that the sign-in cannot be remembered on this machine."""
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))

    def _submit(self) -> None:
        if not self.submit_button.isEnabled():
            return
        email, password = self.email.text().strip(), self.password.text()
        if not email or not password:
            self.show_error(self.tr("Enter your email and your password."))
            return
        self.submitted.emit(email, password)

    def set_busy(self, busy: bool) -> None:
        self.submit_button.setEnabled(not busy)
        self.submit_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))
        self.password.clear()
        (self.email if not self.email.text() else self.password).setFocus()

    def reset(self) -> None:
        self.password.clear()
        self.error_label.hide()
        (self.password if self.email.text() else self.email).setFocus()
