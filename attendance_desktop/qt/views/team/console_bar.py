"""The console's actions beside its tabs: the calendar, the month's payroll files and its
lock. They act on the month the "Team month" tab shows, so the admin sees what they export
and lock; the lock's state is said in words next to the buttons."""

from __future__ import annotations

import functools

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QWidget

from ..common import label


class ConsoleBar(QWidget):
    calendar_requested = Signal()
    #: Export the month: (format "csv" | "xlsx" | "pdf", only the selected people?).
    export_requested = Signal(str, bool)
    #: Lock (True) or unlock (False) the month shown.
    lock_requested = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConsoleBar")
        self.lock_label = label("", "Muted")
        self.calendar_button = QPushButton(self.tr("Calendar…"))
        self.calendar_button.setObjectName("SecondaryButton")
        self.calendar_button.setToolTip(
            self.tr("Holiday region, company holidays and the default work week")
        )
        self.calendar_button.clicked.connect(self.calendar_requested)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("SecondaryButton")
        self.export_menu = QMenu(self.export_button)
        self._selected_actions: list[QAction] = []
        for fmt, everyone, selected in (
            ("csv", self.tr("CSV for payroll (everyone)…"), self.tr("CSV (selected people)…")),
            ("xlsx", self.tr("Excel workbook (everyone)…"), self.tr("Excel (selected people)…")),
            ("pdf", self.tr("PDF timesheets (everyone)…"), self.tr("PDF (selected people)…")),
        ):
            self.export_menu.addAction(everyone, functools.partial(self._export, fmt, False))
            chosen = self.export_menu.addAction(
                selected, functools.partial(self._export, fmt, True)
            )
            self._selected_actions.append(chosen)
        self.export_button.setMenu(self.export_menu)
        self.set_selection(0)
        self.lock_button = QPushButton(self.tr("Lock month"))
        self.lock_button.setObjectName("SecondaryButton")
        self.lock_button.setCheckable(False)
        self._locked = False
        self.lock_button.clicked.connect(lambda: self.lock_requested.emit(not self._locked))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 8, 0)
        row.addWidget(self.lock_label)
        for button in (self.calendar_button, self.export_button, self.lock_button):
            row.addWidget(button)

    def _export(self, fmt: str, selected: bool) -> None:
        self.export_requested.emit(fmt, selected)

    def set_selection(self, count: int) -> None:
        """How many people are selected in the team month: the "selected" exports need one."""
        for action in self._selected_actions:
            action.setEnabled(count > 0)

    def set_lock(self, month_title: str, locked_text: str | None) -> None:
        """The month shown and its lock: None when it is open."""
        self._locked = locked_text is not None
        if locked_text is None:
            self.lock_label.setText(self.tr("{month} is open").format(month=month_title))
            self.lock_button.setText(self.tr("Lock {month}").format(month=month_title))
        else:
            self.lock_label.setText(locked_text)
            self.lock_button.setText(self.tr("Unlock {month}").format(month=month_title))
