"""The employees' table: a thin Qt adapter over `ManagedEmployee`s, and the filter that
searches it and hides the deactivated unless asked (a proxy, so sorting stays Qt's)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ....core.admin_service import ManagedEmployee
from ... import formatting
from ...i18n import QT_TRANSLATE_NOOP, translate
from .cells_model import ITEM, CellsModel

Index = QModelIndex | QPersistentModelIndex
C = "EmployeeModel"
HEADERS = (
    QT_TRANSLATE_NOOP("EmployeeModel", "Name"),
    QT_TRANSLATE_NOOP("EmployeeModel", "Email"),
    QT_TRANSLATE_NOOP("EmployeeModel", "Department"),
    QT_TRANSLATE_NOOP("EmployeeModel", "Role"),
    QT_TRANSLATE_NOOP("EmployeeModel", "Active"),
    QT_TRANSLATE_NOOP("EmployeeModel", "Badge"),
    QT_TRANSLATE_NOOP("EmployeeModel", "PIN"),
)
PERSON = ITEM  # a row's ManagedEmployee


def cells(m: ManagedEmployee) -> tuple[str, ...]:
    e = m.employee
    if e.active:
        active = translate("EmployeeModel", "Yes")
    elif e.end_date:
        left = translate("EmployeeModel", "{day} {month} {year}").format(
            day=e.end_date.day, month=formatting.month_abbr(e.end_date.month), year=e.end_date.year
        )
        active = translate("EmployeeModel", "Left {date}").format(date=left)
    else:
        active = translate("EmployeeModel", "No")
    is_set = translate("EmployeeModel", "Set")
    pin = is_set if m.has_pin else "—"
    if m.pin_locked:
        pin = translate("EmployeeModel", "Locked")
    return (
        e.full_name,
        e.email,
        e.department,
        (
            translate("EmployeeModel", "Admin")
            if m.role == "admin"
            else translate("EmployeeModel", "Employee")
        ),
        active,
        is_set if m.badge else "—",
        pin,
    )


class EmployeeModel(CellsModel[ManagedEmployee]):
    CONTEXT, HEADERS = C, HEADERS

    def set_people(self, people: Sequence[ManagedEmployee]) -> None:
        self._set(people, [cells(m) for m in people])


class EmployeeFilter(QSortFilterProxyModel):
    """Rows whose name, email or department contain the search, active ones unless
    `show_deactivated`."""

    def __init__(self) -> None:
        super().__init__()
        self._search = ""
        self._show_deactivated = False
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_search", text.strip().casefold()))

    def set_show_deactivated(self, show: bool) -> None:
        self._refilter(lambda: setattr(self, "_show_deactivated", show))

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.10 replaced invalidateRowsFilter() (now deprecated) by a begin/end pair.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - PySide6 before 6.10
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        person = self.sourceModel().index(source_row, 0, source_parent).data(PERSON)
        if not isinstance(person, ManagedEmployee):
            return False
        e = person.employee
        if not e.active and not self._show_deactivated:
            return False
        haystack = f"{e.full_name} {e.email} {e.department}".casefold()
        return self._search in haystack
