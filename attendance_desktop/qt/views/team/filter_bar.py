"""The row above a team table: a department combo, a search box, room for more combos.

Both team tables narrow their rows the same way, so the bar is one widget; it only emits
what was picked, and the view hands that to its proxy model.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from ...i18n import QT_TRANSLATE_NOOP

ALL_DEPARTMENTS = QT_TRANSLATE_NOOP("FilterBar", "All departments")


class FilterBar(QWidget):
    department_changed = Signal(str)  # "" for every department
    search_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(8)
        self.department = QComboBox()
        self.department.setAccessibleName(self.tr("Department"))
        self.department.addItem(self.tr(ALL_DEPARTMENTS), "")
        self.department.currentIndexChanged.connect(
            lambda _i: self.department_changed.emit(self.department.currentData() or "")
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name or email"))
        self.search.setAccessibleName(self.tr("Search name or email"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.search_changed)
        self.row.addWidget(self.department)
        self.row.addWidget(self.search, 1)

    def set_departments(self, names: Iterable[str]) -> None:
        """Offer the departments now in the data, keeping the one picked if it is still
        there (a refresh every few seconds must not reset the filter)."""
        picked = self.department.currentData() or ""
        wanted = sorted({n for n in names if n}, key=str.casefold)
        have = [self.department.itemData(i) for i in range(1, self.department.count())]
        if have == wanted:
            return
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr(ALL_DEPARTMENTS), "")
        for name in wanted:
            self.department.addItem(name, name)
        index = self.department.findData(picked) if picked in wanted else 0
        self.department.setCurrentIndex(max(index, 0))
        self.department.blockSignals(False)
        if picked and picked not in wanted:
            self.department_changed.emit("")
