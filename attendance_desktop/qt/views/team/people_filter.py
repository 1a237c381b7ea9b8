"""What the console's people tables (who's in, the team month) filter by: a department
("" for all) and a search of name and email. Sorting is handed to the model, which sorts
fast on its prepared keys; the proxy keeps the model's order."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from ....core.models import Employee


class PeopleFilter(QSortFilterProxyModel):
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
        self.end_filter_change()

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._search = text.strip().casefold()
        self.end_filter_change()

    def accepts(self, employee: Employee) -> bool:
        """The department and the search say yes to `employee`."""
        if self._department and employee.department != self._department:
            return False
        return not self._search or self._search in (
            f"{employee.full_name}\n{employee.email}".casefold()
        )

    def end_filter_change(self) -> None:
        """After a filter's value changed (begun with `beginFilterChange`): rows only."""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
