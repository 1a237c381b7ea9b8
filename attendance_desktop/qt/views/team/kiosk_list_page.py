"""Team → Kiosks: the registered kiosks, Add (a name, then its secrets once) and Revoke
(after a plain question). A view: it emits what the admin asks for."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....core.admin_service import Kiosk, NewKiosk
from ..common import label
from .kiosk_list_dialogs import KioskNameDialog, KioskSecretsDialog
from .kiosk_list_model import KIOSK, KioskListModel
from .row_table import row_table


class KioskListPage(QWidget):
    add_requested = Signal(str)  # the new kiosk's name
    revoke_requested = Signal(int)  # the kiosk's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskListPage")
        self.dialog: QDialog | None = None  # the question or secrets being shown, if any
        page = QVBoxLayout(self)
        page.setContentsMargins(16, 12, 16, 12)
        self.model = KioskListModel()
        self.table = row_table(self.tr("Kiosks"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        page.addWidget(self.table, 1)
        self.empty_label = label(self.tr("No kiosks yet. Add one for each entrance."), "Muted")
        page.addWidget(self.empty_label)
        self.error_label = label("", "FormError", wrap=True, selectable=True)
        self.error_label.hide()
        page.addWidget(self.error_label)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("PrimaryButton")
        self.revoke_button = QPushButton(self.tr("Revoke…"))
        self.revoke_button.setObjectName("SecondaryButton")
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revoke_button)
        page.addLayout(buttons)
        self.add_button.clicked.connect(self._ask_name)
        self.revoke_button.clicked.connect(self._ask_revoke)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._update()

    def set_kiosks(self, kiosks: Sequence[Kiosk], now: datetime, zone: ZoneInfo) -> None:
        self.model.set_kiosks(kiosks, now, zone)
        self._update()

    def show_secrets(self, added: NewKiosk) -> KioskSecretsDialog:
        dialog = KioskSecretsDialog(added, self)
        self._show(dialog)
        return dialog

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def current(self) -> Kiosk | None:
        rows = self.table.selectionModel().selectedRows()
        kiosk = rows[0].data(KIOSK) if rows else None
        return kiosk if isinstance(kiosk, Kiosk) else None

    def _show(self, dialog: QDialog) -> None:
        """Window-modal, not exec(): the GUI keeps running (and a test can answer it)."""
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _ask_name(self) -> None:
        dialog = KioskNameDialog(self)
        dialog.accepted.connect(lambda: self.add_requested.emit(dialog.name()))
        self._show(dialog)

    def _ask_revoke(self) -> None:
        kiosk = self.current()
        if kiosk is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Revoke kiosk"),
            self.tr(
                "Revoke “{name}”? It stops working at once and cannot be used again; "
                "to use that device again, add it as a new kiosk."
            ).format(name=kiosk.name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        revoke = box.addButton(self.tr("Revoke"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(
            lambda button: self.revoke_requested.emit(kiosk.id) if button is revoke else None
        )
        self.revoke_box = box
        self._show(box)

    def _update(self) -> None:
        kiosk = self.current()
        self.revoke_button.setEnabled(kiosk is not None and not kiosk.revoked)
        self.empty_label.setVisible(self.model.rowCount() == 0)
