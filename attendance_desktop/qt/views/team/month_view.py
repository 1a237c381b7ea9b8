"""The team's month: a month picker and filters above a table of people by days.

A view only: it shows the month it is given and says what was asked (another month, a
person's month opened by double-click or Enter); the controller fetches.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QVBoxLayout, QWidget

from ....core.admin_service import PersonMonth
from ...theme import status_colours
from ..common import label
from ..message_banner import MessageBanner
from ..month_picker import MonthPicker
from .filter_bar import FilterBar
from .month_delegate import CellPainter
from .month_model import FIRST_DAY, NAME, PreparedMonth, TeamMonthFilter, TeamMonthModel
from .month_table import TeamMonthTable

NAME_WIDTH, TOTAL_WIDTH, DAY_WIDTH = 170, 62, 40


class TeamMonthView(QWidget):
    month_requested = Signal(int, int)
    #: A person's month was asked for: (employee, year, month).
    person_requested = Signal(object, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TeamMonthModel(self)
        self.proxy = TeamMonthFilter(self)
        self.proxy.setSourceModel(self.model)

        self.picker = MonthPicker()
        self.picker.month_picked.connect(self.month_requested)
        self.filters = FilterBar()
        self.filters.row.insertWidget(0, self.picker)
        self.filters.department_changed.connect(self._department)
        self.filters.search_changed.connect(self._search)
        self.count_label = label("", "Muted")
        self.banner = MessageBanner()

        self.cells = CellPainter(self.model)
        self.table = TeamMonthTable(self.proxy, self.cells)
        self.table.setObjectName("TeamTable")
        self.table.setAccessibleName(self.tr("The team's month"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.set_row_height(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(DAY_WIDTH)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table.activated.connect(self._activated)
        self.table.frozen.activated.connect(self._activated)
        self.model.modelReset.connect(self._size_columns)

        box = QVBoxLayout(self)
        box.setContentsMargins(12, 12, 12, 12)
        box.setSpacing(8)
        box.addWidget(self.banner)
        box.addWidget(self.filters)
        line = QHBoxLayout()
        line.addWidget(self.count_label, 1)
        # The marks' letters come from the same catalogue (month_cells.MARKS): "F fehlt".
        legend = self.tr(
            "Hours as h:mm · A absent · L leave · H holiday · ! clock-out missing · * corrected"
        )
        line.addWidget(label(legend, "Muted"))
        box.addLayout(line)
        box.addWidget(self.table, 1)

    # -- what the controller calls ------------------------------------------------------

    def set_month(
        self,
        year: int,
        month: int,
        people: Sequence[PersonMonth] | PreparedMonth,
        latest: tuple[int, int],
    ) -> None:
        self.picker.set_month(year, month, latest)
        self.model.set_colours(status_colours(self.palette()))
        self.model.set_month(year, month, people)
        self.filters.set_departments(p.employee.department for p in self.model.people)
        self._recount()

    def show_error(self, text: str) -> None:
        self.banner.show_message(text)

    def clear_error(self) -> None:
        self.banner.hide()

    @property
    def shown_names(self) -> list[str]:
        return [self.proxy.index(r, NAME).data() for r in range(self.proxy.rowCount())]

    def day_index(self, row: int, day: date) -> QModelIndex:
        """The proxy's index of the shown `row`'s cell for `day` (for tests and tools)."""
        return self.proxy.index(row, FIRST_DAY + day.day - 1)

    def sizeHint(self) -> QSize:
        return QSize(960, 560)

    # -- inside -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.model.set_colours(status_colours(self.palette()))
        if event.type() == QEvent.Type.FontChange:
            self.cells.forget_texts()
        super().changeEvent(event)

    def _size_columns(self) -> None:
        self.table.setColumnWidth(NAME, NAME_WIDTH)
        for column in range(1, self.model.columnCount()):
            self.table.setColumnWidth(column, TOTAL_WIDTH if column < FIRST_DAY else DAY_WIDTH)

    def _department(self, name: str) -> None:
        self.proxy.set_department(name)
        self._recount()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._recount()

    def _recount(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("%n person(s)", "", total)
        else:
            text = self.tr("{shown} of %n person(s)", "", total).format(shown=shown)
        self.count_label.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if source.isValid():
            person = self.model.person(source.row())
            self.person_requested.emit(person.employee, self.model.year, self.model.month)
