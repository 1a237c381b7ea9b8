"""Team → Employees: everyone in a table with a search and "Show deactivated", and the
buttons that act on the chosen person. A view: it emits what the admin asks for (the
questions of last day and PIN are asked here, the answers travel in the signals)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....core.admin_service import ManagedEmployee
from ..common import label
from .employee_model import PERSON, EmployeeFilter, EmployeeModel
from .employee_prompts import LastDayPrompt, PinPrompt
from .row_table import row_table


class EmployeePage(QWidget):
    add_requested = Signal()
    edit_requested = Signal(object)  # the ManagedEmployee
    deactivate_requested = Signal(int, object)  # employee id, last day (a date)
    reactivate_requested = Signal(int)
    pin_reset_requested = Signal(int, str)  # employee id, the new PIN

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EmployeePage")
        self._today = today
        self.prompt: QDialog | None = None  # the question being asked, if any
        page = QVBoxLayout(self)
        page.setContentsMargins(16, 12, 16, 12)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search employees"))
        self.search.setPlaceholderText(self.tr("Search by name, email or department"))
        self.search.setClearButtonEnabled(True)
        self.show_deactivated = QCheckBox(self.tr("Show deactivated"))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_deactivated)
        page.addLayout(bar)

        self.model = EmployeeModel()
        self.filter = EmployeeFilter()
        self.filter.setSourceModel(self.model)
        self.table = row_table(self.tr("Employees"))
        self.table.setModel(self.filter)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        page.addWidget(self.table, 1)
        self.error_label = label("", "FormError", wrap=True, selectable=True)
        self.error_label.hide()
        page.addWidget(self.error_label)

        buttons = QHBoxLayout()
        self.add_button = self._button(buttons, self.tr("Add…"), "PrimaryButton")
        self.edit_button = self._button(buttons, self.tr("Edit…"))
        self.pin_button = self._button(buttons, self.tr("Reset PIN…"))
        buttons.addStretch(1)
        self.reactivate_button = self._button(buttons, self.tr("Reactivate"))
        self.deactivate_button = self._button(buttons, self.tr("Deactivate…"))
        page.addLayout(buttons)

        self.search.textChanged.connect(self.filter.set_search)
        self.show_deactivated.toggled.connect(self.filter.set_show_deactivated)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.table.activated.connect(lambda _i: self._edit())  # Enter or double-click
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button.clicked.connect(self._edit)
        self.pin_button.clicked.connect(self._reset_pin)
        self.deactivate_button.clicked.connect(self._deactivate)
        self.reactivate_button.clicked.connect(self._reactivate)
        self._update()

    @staticmethod
    def _button(row: QHBoxLayout, text: str, name: str = "SecondaryButton") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        row.addWidget(button)
        return button

    def set_people(self, people: Sequence[ManagedEmployee]) -> None:
        chosen = self.current()
        self.model.set_people(people)
        if chosen is not None:
            for row in range(self.filter.rowCount()):
                person = self.filter.index(row, 0).data(PERSON)
                if person.employee.id == chosen.employee.id:
                    self.table.selectRow(row)
        self._update()

    def current(self) -> ManagedEmployee | None:
        rows = self.table.selectionModel().selectedRows()
        person = rows[0].data(PERSON) if rows else None
        return person if isinstance(person, ManagedEmployee) else None

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _edit(self) -> None:
        person = self.current()
        if person is not None:
            self.edit_requested.emit(person)

    def _reset_pin(self) -> None:
        person = self.current()
        if person is None:
            return
        prompt = PinPrompt(person.employee.full_name, self)
        prompt.accepted.connect(
            lambda: self.pin_reset_requested.emit(person.employee.id, prompt.pin())
        )
        self._ask(prompt)

    def _deactivate(self) -> None:
        person = self.current()
        if person is None:
            return
        prompt = LastDayPrompt(person.employee.full_name, self._today(), self)
        prompt.accepted.connect(
            lambda: self.deactivate_requested.emit(person.employee.id, prompt.last_day())
        )
        self._ask(prompt)

    def _ask(self, prompt: QDialog) -> None:
        """Window-modal, not exec(): the GUI keeps running (and a test can answer it)."""
        self.prompt = prompt
        prompt.finished.connect(prompt.deleteLater)
        prompt.open()

    def _reactivate(self) -> None:
        person = self.current()
        if person is not None:
            self.reactivate_requested.emit(person.employee.id)

    def _update(self) -> None:
        person = self.current()
        for button in (self.edit_button, self.pin_button):
            button.setEnabled(person is not None)
        self.deactivate_button.setEnabled(person is not None and person.employee.active)
        self.reactivate_button.setEnabled(person is not None and not person.employee.active)
