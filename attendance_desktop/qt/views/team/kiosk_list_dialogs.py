"""The kiosk page's dialogs: a new kiosk's name, and its token and exit code, shown once.

The secrets dialog is the only place they ever appear (the server keeps only their
hashes), so it says so plainly and gives each a Copy button.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....core.admin_service import NewKiosk
from ...i18n import QT_TRANSLATE_NOOP, translate
from ...theme import use_style_sheet
from ..common import label
from .employee_fields import room_for_focus_ring

NAME_NEEDED = QT_TRANSLATE_NOOP("KioskNameDialog", "Please give the kiosk a name, like Front door.")
NOT_SHOWN_AGAIN = QT_TRANSLATE_NOOP(
    "KioskAddedDialog",
    "Copy both now: they are not shown again. Enter the token on the kiosk when it asks "
    "to be registered; the exit code lets staff leave kiosk mode. If one is lost, revoke "
    "this kiosk and add it again.",
)


class KioskNameDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        use_style_sheet(self)
        self.setWindowTitle(self.tr("Add a kiosk"))
        self.setMinimumWidth(380)
        page = QVBoxLayout(self)
        page.setContentsMargins(22, 16, 22, 14)
        page.addWidget(label(self.tr("A name that says where it stands."), wrap=True))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Kiosk name"))
        self.name_edit.setPlaceholderText(self.tr("Front door"))
        self.name_edit.setMaxLength(100)
        room_for_focus_ring(self.name_edit)
        page.addWidget(self.name_edit)
        self.error_label = label("", "FormError", wrap=True)
        self.error_label.hide()
        page.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add"))
        self.ok_button.setObjectName("PrimaryButton")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("SecondaryButton")
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        page.addWidget(buttons)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def _ok(self) -> None:
        if not self.name():
            self.error_label.setText(self.tr(NAME_NEEDED))
            self.error_label.show()
            return
        self.accept()


class KioskSecretsDialog(QDialog):
    def __init__(self, added: NewKiosk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        use_style_sheet(self)
        self.setWindowTitle(self.tr("Kiosk “{name}” added").format(name=added.kiosk.name))
        self.setMinimumWidth(520)
        page = QVBoxLayout(self)
        page.setContentsMargins(22, 16, 22, 14)
        page.setSpacing(10)
        page.addWidget(label(self.tr(NOT_SHOWN_AGAIN), "FormError", wrap=True))
        grid = QGridLayout()
        self.token_edit, self.copy_token = self._secret(
            grid, 0, self.tr("Token"), self.tr("Copy the token"), added.token
        )
        self.code_edit, self.copy_code = self._secret(
            grid, 1, self.tr("Exit code"), self.tr("Copy the exit code"), added.exit_code
        )
        page.addLayout(grid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("I have copied them"))
        self.close_button.setObjectName("SecondaryButton")
        buttons.rejected.connect(self.accept)
        page.addWidget(buttons)

    def _secret(
        self, grid: QGridLayout, row: int, caption: str, copy_name: str, value: str
    ) -> tuple[QLineEdit, QPushButton]:
        edit = QLineEdit(value)
        edit.setReadOnly(True)
        edit.setAccessibleName(caption)
        edit.setCursorPosition(0)
        room_for_focus_ring(edit)
        button = QPushButton(self.tr("Copy"))
        button.setObjectName("SecondaryButton")
        button.setAccessibleName(copy_name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self._copy(button, value))
        grid.addWidget(label(caption), row, 0)
        grid.addWidget(edit, row, 1)
        grid.addWidget(button, row, 2)
        return edit, button

    @staticmethod
    def _copy(button: QPushButton, value: str) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(value)
        button.setText(translate("KioskAddedDialog", "Copied"))
