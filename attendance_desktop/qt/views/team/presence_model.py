"""Who's in now as a Qt table: a thin adapter over `list[Presence]`, and the filters.

The model only answers what a cell shows (words and sort keys worked out once per
refresh); the proxy narrows the rows by department, state and a search of name and
email. Neither holds a widget, so both are tested by feeding them plain lists.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ....core.admin_service import Presence, PresenceState
from .presence_words import state_words, zone_of

AnyIndex = QModelIndex | QPersistentModelIndex
HEADERS = ("Name", "Department", "Now")
NAME, DEPARTMENT, STATE = range(3)
SORT_ROLE = Qt.ItemDataRole.UserRole
# The "Now" column sorts people who are here first, those away last.
_STATE_ORDER = {state: index for index, state in enumerate(PresenceState)}


class PresenceModel(QAbstractTableModel):
    def __init__(self, fallback_zone: str = "UTC", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fallback = fallback_zone
        self._rows: list[Presence] = []
        self._words: list[str] = []

    @property
    def people(self) -> list[Presence]:
        return self._rows

    def set_people(self, people: Sequence[Presence]) -> None:
        self.beginResetModel()
        self._rows = list(people)
        self._words = [state_words(p, zone_of(p, self._fallback)) for p in self._rows]
        self.endResetModel()

    def presence(self, row: int) -> Presence:
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        person = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return person.employee.full_name
            if column == DEPARTMENT:
                return person.employee.department
            return self._words[row]
        if role == SORT_ROLE:
            if column == NAME:
                return f"{person.employee.last_name} {person.employee.first_name}".casefold()
            if column == DEPARTMENT:
                return person.employee.department.casefold()
            return _STATE_ORDER[person.state]
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return person.employee.email
        return None


class PresenceFilter(QSortFilterProxyModel):
    """Department ("" for all), state (None for all) and a search of name and email."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._department = ""
        self._state: PresenceState | None = None
        self._search = ""

    def set_department(self, department: str) -> None:
        self.beginFilterChange()
        self._department = department
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_state(self, state: PresenceState | None) -> None:
        self.beginFilterChange()
        self._state = state
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def matches_except_state(self, person: Presence) -> bool:
        """Department and search only: the count line sums up what they leave."""
        employee = person.employee
        if self._department and employee.department != self._department:
            return False
        if self._search:
            hay = f"{employee.full_name}\n{employee.email}".casefold()
            return self._search in hay
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, PresenceModel)
        person = model.presence(source_row)
        if self._state is not None and person.state is not self._state:
            return False
        return self.matches_except_state(person)
