"""The team's month as a Qt table: a thin adapter over `list[PersonMonth]`.

Rows are people; columns are the name, the month's totals, then one narrow column per
day. A day cell shows its hours ("7:30") or a short mark, in the home calendar's status
colours (`theme.status_colours`, the same the day tiles use), with the status in words as
its tooltip. 1,000 people x 31 days is 38,000 cells: the texts are worked out once per
row when the data arrives, so `data()` (asked for every visible cell on every paint) is a
look-up. No widget per cell.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from ....core.admin_service import PersonMonth
from ....core.models import DayRecord, DayStatus
from ... import formatting
from ...theme import LIGHT_STATUS, StatusColours
from ..day_cell import compact_duration

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
TOTALS = (
    ("Working", "Working days so far"),
    ("Present", "Working days with a session"),
    ("Absent", "Working days without a session"),
    ("Leave", "Leave days"),
    ("Hours", "Hours worked"),
    ("Extra", "Days worked that were not working days"),
)
NAME = 0
FIRST_DAY = 1 + len(TOTALS)
# The short mark of a day without hours; a status without one shows its colour alone.
MARKS = {
    DayStatus.ABSENT: "A",
    DayStatus.LEAVE: "L",
    DayStatus.MISSING_CLOCK_OUT: "!",
    DayStatus.PRESENT: "In",
}
HOLIDAY_MARK = "H"
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def day_text(day: DayRecord) -> str:
    """'7:30' for a day with hours, else its mark; '*' after a corrected day."""
    if day.worked.total_seconds() > 0:
        text = compact_duration(day)
    elif day.status is DayStatus.NON_WORKING and day.holiday_name:
        text = HOLIDAY_MARK
    else:
        text = MARKS.get(day.status, "")
    return f"{text}*" if day.corrected else text


def day_tip(person: PersonMonth, day: DayRecord) -> str:
    lines = [person.employee.full_name, formatting.long_date(day.date)]
    status = formatting.STATUS_LABELS[day.status]
    if day.holiday_name:
        status += f": {day.holiday_name}"
    if day.leave_type:
        status += f" ({day.leave_type})"
    lines.append(status)
    if day.worked.total_seconds() > 0:
        lines.append(f"Worked {formatting.duration(day.worked)}")
    if day.corrected:
        lines.append("Corrected (see the day's history)")
    return "\n".join(lines)


def _totals(person: PersonMonth) -> tuple[tuple[str, float], ...]:
    """(text, sort key) of each total, in the columns' order."""
    m = person.metrics
    hours = m.worked.total_seconds() / 3600
    return (
        (str(m.total_working_days), m.total_working_days),
        (str(m.total_present_days), m.total_present_days),
        (str(m.total_absent_days), m.total_absent_days),
        (str(m.total_leave_days), m.total_leave_days),
        (f"{hours:.1f}", hours),
        (str(m.non_working_days_worked), m.non_working_days_worked),
    )


@dataclass(frozen=True, slots=True)
class PreparedMonth:
    """A month's cells worked out: plain strings and numbers, no Qt, so the controller has
    them made on the worker thread (for 1,000 people, ~80 ms kept off the GUI thread)."""

    year: int
    month: int
    people: tuple[PersonMonth, ...]
    texts: list[tuple[str, ...]]  # per row: name, totals, then each day
    keys: list[tuple[Any, ...]]  # per row: the sort key of each column
    statuses: list[tuple[DayStatus, ...]]


def prepare_month(year: int, month: int, people: Sequence[PersonMonth]) -> PreparedMonth:
    length = calendar.monthrange(year, month)[1]
    texts, keys, statuses = [], [], []
    for person in people:
        totals = _totals(person)
        days = person.days[:length]
        texts.append(
            (person.employee.full_name, *(t for t, _k in totals), *(day_text(d) for d in days))
        )
        sort_name = f"{person.employee.last_name} {person.employee.first_name}".casefold()
        keys.append(
            (sort_name, *(k for _t, k in totals), *(d.worked.total_seconds() for d in days))
        )
        statuses.append(tuple(d.status for d in days))
    return PreparedMonth(year, month, tuple(people), texts, keys, statuses)


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
                return f"{formatting.DAY_ABBRS[day.weekday()][:2]}\n{day.day}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return formatting.long_date(day)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return "Name" if section == NAME else TOTALS[section - 1][0]
        if role == Qt.ItemDataRole.ToolTipRole and section != NAME:
            return TOTALS[section - 1][1]
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


class TeamMonthFilter(QSortFilterProxyModel):
    """Department ("" for all) and a search of name and email. Sorting is handed to the
    model (the proxy keeps its order), which sorts fast on its prepared keys."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._department = ""
        self._search = ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def set_department(self, department: str) -> None:
        self.beginFilterChange()
        self._department = department
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not (self._department or self._search):
            return True
        model = self.sourceModel()
        assert isinstance(model, TeamMonthModel)
        employee = model.person(source_row).employee
        if self._department and employee.department != self._department:
            return False
        return not self._search or self._search in (
            f"{employee.full_name}\n{employee.email}".casefold()
        )
