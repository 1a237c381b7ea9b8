"""The team's month as a Qt table: a thin adapter over `list[PersonMonth]`.

Rows are people; columns are the name, the month's totals, then one narrow column per
day. A day cell shows its hours ("7:30") or a short mark, in the home calendar's status
colours (`theme.status_colours`, the same the day tiles use), with the status in words as
its tooltip. 1,000 people x 31 days is 38,000 cells: their texts come worked out
(`month_cells.prepare_month`), so `data()` is a look-up. No widget per cell.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ....core.admin_service import PersonMonth
from ....core.models import DayStatus
from ... import formatting
from ...i18n import translate
from ...theme import LIGHT_STATUS, StatusColours
from .month_cells import FIRST_DAY, MONTH, NAME, TOTALS, PreparedMonth, day_tip, prepare_month
from .people_filter import PeopleFilter

__all__ = ["FIRST_DAY", "NAME", "SORT_ROLE", "PreparedMonth", "TeamMonthFilter", "TeamMonthModel",
           "prepare_month"]  # fmt: skip

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TeamMonthModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.year, self.month = 1970, 1
        self._days_in_month = 31
        self._rows: list[PersonMonth] = []
        self._texts: list[tuple[str, ...]] = []  # per row: name, totals, then each day
        self._keys: list[tuple[Any, ...]] = []  # per row: the sort key of each column
        self._statuses: list[tuple[DayStatus, ...]] = []
        self._colours: dict[DayStatus, tuple[QColor, QColor]] = {}
        self._sorted_by: tuple[int, Qt.SortOrder] = (NAME, Qt.SortOrder.AscendingOrder)
        self.set_colours(LIGHT_STATUS)

    def set_colours(self, colours: dict[DayStatus, StatusColours]) -> None:
        """The status colours of the palette in use (light or dark)."""
        self._colours = {s: (QColor(c.fill), QColor(c.text)) for s, c in colours.items()}
        if self._rows:
            last = self.index(len(self._rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, FIRST_DAY), last)

    def set_month(
        self, year: int, month: int, people: Sequence[PersonMonth] | PreparedMonth
    ) -> None:
        """Show a month: its people, or a `PreparedMonth` (worked out off the GUI thread)."""
        ready = people if isinstance(people, PreparedMonth) else prepare_month(year, month, people)
        self.beginResetModel()
        self.year, self.month = ready.year, ready.month
        self._days_in_month = calendar.monthrange(ready.year, ready.month)[1]
        self._rows = list(ready.people)
        self._texts, self._keys, self._statuses = ready.texts, ready.keys, ready.statuses
        self._reorder(self._order_of(*self._sorted_by))
        self.endResetModel()

    # Sorting is the model's own: a Python sort on the prepared keys takes a millisecond
    # for 1,000 people, where the proxy's sort asked data() ~12,000 times (over 100 ms).
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self._sorted_by = (column, order)
        self.layoutAboutToBeChanged.emit()
        moved = self._order_of(column, order)
        new_row = {old: new for new, old in enumerate(moved)}
        self._reorder(moved)
        before = self.persistentIndexList()
        after = [self.index(new_row[i.row()], i.column()) for i in before]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _order_of(self, column: int, order: Qt.SortOrder) -> list[int]:
        keys = self._keys
        ordered = sorted(range(len(keys)), key=lambda r: keys[r][0])  # ties by name
        if column < FIRST_DAY + self._days_in_month and column > 0:
            ordered.sort(key=lambda r: keys[r][column] if column < len(keys[r]) else -1)
        if order == Qt.SortOrder.DescendingOrder:
            ordered.reverse()
        return ordered

    def _reorder(self, rows: list[int]) -> None:
        self._rows = [self._rows[r] for r in rows]
        self._texts = [self._texts[r] for r in rows]
        self._keys = [self._keys[r] for r in rows]
        self._statuses = [self._statuses[r] for r in rows]

    def person(self, row: int) -> PersonMonth:
        return self._rows[row]

    @property
    def people(self) -> list[PersonMonth]:
        return self._rows

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_DAY + self._days_in_month

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section >= FIRST_DAY:
            day = date(self.year, self.month, section - FIRST_DAY + 1)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{formatting.day_abbr(day.weekday())[:2]}\n{day.day}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return formatting.long_date(day)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Name") if section == NAME else translate(MONTH, TOTALS[section - 1][0])
        if role == Qt.ItemDataRole.ToolTipRole and section != NAME:
            return translate(MONTH, TOTALS[section - 1][1])
        return None

    def cell(self, row: int, column: int) -> tuple[str, tuple[QColor, QColor] | None]:
        """A cell's text and, for a day, its (fill, text) colours: what the delegate paints."""
        texts = self._texts[row]
        text = texts[column] if column < len(texts) else ""
        if column < FIRST_DAY:
            return text, None
        statuses = self._statuses[row]
        at = column - FIRST_DAY
        return text, (self._colours[statuses[at]] if at < len(statuses) else None)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every visible cell and role on each paint: plain look-ups only.
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            texts = self._texts[row]
            return texts[column] if column < len(texts) else ""
        if column >= FIRST_DAY:
            statuses = self._statuses[row]
            at = column - FIRST_DAY
            if at >= len(statuses):
                return None
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._colours[statuses[at]][0]
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._colours[statuses[at]][1]
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _CENTRE
            if role == Qt.ItemDataRole.ToolTipRole:
                person = self._rows[row]
                return day_tip(person, person.days[at])
        elif role == Qt.ItemDataRole.TextAlignmentRole and column != NAME:
            return _RIGHT
        elif role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return self._rows[row].employee.email
        if role == SORT_ROLE:
            keys = self._keys[row]
            return keys[column] if column < len(keys) else None
        return None


class TeamMonthFilter(PeopleFilter):
    """Department and search (people_filter.py) over the team month."""

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not (self._department or self._search):
            return True
        model = self.sourceModel()
        assert isinstance(model, TeamMonthModel)
        return self.accepts(model.person(source_row).employee)
