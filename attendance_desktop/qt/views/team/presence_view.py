"""Who's in now: filters, a count line, the table, and a banner when a refresh fails.

A view only: it shows the people it is given and says what was asked (a refresh, a
person opened); the controller fetches.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....core.admin_service import Presence, PresenceState
from ...i18n import QT_TRANSLATE_NOOP, translate
from ..common import label
from ..message_banner import MessageBanner
from .filter_bar import FilterBar
from .presence_model import NAME, PresenceFilter, PresenceModel
from .presence_words import STATE_NAMES, WORDS, count_line

EVERYONE = QT_TRANSLATE_NOOP("PresenceView", "Everyone")


class PresenceView(QWidget):
    refresh_requested = Signal()

    def __init__(self, fallback_zone: str = "UTC", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = PresenceModel(fallback_zone, self)
        self.proxy = PresenceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.sort(NAME, Qt.SortOrder.AscendingOrder)

        self.filters = FilterBar()
        self.state = QComboBox()
        self.state.setAccessibleName(self.tr("State"))
        self.state.addItem(self.tr(EVERYONE), None)
        for state, name in STATE_NAMES.items():
            self.state.addItem(translate(WORDS, name), state.value)
        self.filters.row.insertWidget(1, self.state)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("SecondaryButton")
        self.refresh_button.setToolTip(
            self.tr("Ask again now (it also refreshes every few seconds)")
        )
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.filters.row.addWidget(self.refresh_button)

        self.count_label = label("", "Muted")
        self.banner = MessageBanner()
        self.table = QTableView()
        self.table.setObjectName("TeamTable")
        self.table.setAccessibleName(self.tr("Who's in"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((200, 160)):
            self.table.setColumnWidth(column, width)

        box = QVBoxLayout(self)
        box.setContentsMargins(12, 12, 12, 12)
        box.setSpacing(8)
        box.addWidget(self.banner)
        box.addWidget(self.filters)
        line = QHBoxLayout()
        line.addWidget(self.count_label, 1)
        box.addLayout(line)
        box.addWidget(self.table, 1)

        self.filters.department_changed.connect(self._department)
        self.filters.search_changed.connect(self._search)
        self.state.currentIndexChanged.connect(self._state)

    # -- what the controller calls ------------------------------------------------------

    def set_people(self, people: Sequence[Presence]) -> None:
        # The list is replaced every 5 s: the person selected stays selected.
        chosen = {
            self.model.presence(self.proxy.mapToSource(i).row()).employee.id
            for i in self.table.selectionModel().selectedRows()
        }
        self.model.set_people(people)
        self.filters.set_departments(p.employee.department for p in people)
        self._recount()
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, NAME)).row()
            if self.model.presence(source).employee.id in chosen:
                self.table.selectRow(row)

    def show_error(self, text: str) -> None:
        self.banner.show_message(text)

    def clear_error(self) -> None:
        self.banner.hide()

    @property
    def shown_names(self) -> list[str]:
        return [self.proxy.index(r, NAME).data() for r in range(self.proxy.rowCount())]

    # -- inside -------------------------------------------------------------------------

    def _department(self, name: str) -> None:
        self.proxy.set_department(name)
        self._recount()

    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._recount()

    def _state(self, _index: int) -> None:
        value = self.state.currentData()
        self.proxy.set_state(PresenceState(value) if value else None)

    def _recount(self) -> None:
        # The count sums up the department and search, whatever state is picked: the line
        # stays the team's picture while the table narrows to one state.
        self.count_label.setText(
            count_line(p for p in self.model.people if self.proxy.matches_except_state(p))
        )
