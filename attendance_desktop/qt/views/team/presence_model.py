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
    Qt,
)

from ....core.admin_service import Presence, PresenceState
from ...i18n import QT_TRANSLATE_NOOP, translate
from .people_filter import PeopleFilter
from .presence_words import state_words, zone_of

AnyIndex = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("PresenceModel", "Name"),
    QT_TRANSLATE_NOOP("PresenceModel", "Department"),
    QT_TRANSLATE_NOOP("PresenceModel", "Now"),
)
NAME, DEPARTMENT, STATE = range(3)
SORT_ROLE = Qt.ItemDataRole.UserRole
# The "Now" column sorts people who are here first, those away last.
_STATE_ORDER = {state: index for index, state in enumerate(PresenceState)}


def _key(person: Presence, column: int) -> str | int:
    if column == NAME:
        return f"{person.employee.last_name} {person.employee.first_name}".casefold()
    if column == DEPARTMENT:
        return person.employee.department.casefold()
    return _STATE_ORDER[person.state]


class PresenceModel(QAbstractTableModel):
    def __init__(self, fallback_zone: str = "UTC", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fallback = fallback_zone
        self._rows: list[Presence] = []
        self._words: list[str] = []
        self._sorted_by: tuple[int, Qt.SortOrder] = (NAME, Qt.SortOrder.AscendingOrder)

    @property
    def people(self) -> list[Presence]:
        return self._rows

    def set_people(self, people: Sequence[Presence]) -> None:
        self.beginResetModel()
        self._rows = self._in_order(list(people), *self._sorted_by)
        self._words = [state_words(p, zone_of(p, self._fallback)) for p in self._rows]
        self.endResetModel()

    # The model sorts itself: a refresh every 5 s re-sorting 1,000 people through the
    # proxy would ask data() ~20,000 times on the GUI thread; a Python sort takes ~1 ms.
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(HEADERS):
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        before_rows = self._rows
        self._rows = self._in_order(self._rows, column, order)
        position = {id(p): row for row, p in enumerate(self._rows)}
        self._words = [state_words(p, zone_of(p, self._fallback)) for p in self._rows]
        before = self.persistentIndexList()
        after = [self.index(position[id(before_rows[i.row()])], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    @staticmethod
    def _in_order(rows: list[Presence], column: int, order: Qt.SortOrder) -> list[Presence]:
        ordered = sorted(rows, key=lambda p: _key(p, NAME))  # ties by name
        if column != NAME:
            ordered.sort(key=lambda p: _key(p, column))
        if order == Qt.SortOrder.DescendingOrder:
            ordered.reverse()
        return ordered

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
            return translate("PresenceModel", HEADERS[section])
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
            return _key(person, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return person.employee.email
        return None


class PresenceFilter(PeopleFilter):
    """Department and search (people_filter.py), and a state (None for all)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state: PresenceState | None = None

    def set_state(self, state: PresenceState | None) -> None:
        self.beginFilterChange()
        self._state = state
        self.end_filter_change()

    def matches_except_state(self, person: Presence) -> bool:
        """Department and search only: the count line sums up what they leave."""
        return self.accepts(person.employee)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        assert isinstance(model, PresenceModel)
        person = model.presence(source_row)
        if self._state is not None and person.state is not self._state:
            return False
        return self.matches_except_state(person)
