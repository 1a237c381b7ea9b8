"""The console's small tables (employees, kiosks, requests): plain items with their cells'
words worked out once when set, and a thin Qt adapter over them (as napari's item models
are). A subclass names its columns and their translation context."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...i18n import translate

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
#: A row's item itself (a ManagedEmployee, a Kiosk, an InboxRow), for the page's actions.
ITEM = Qt.ItemDataRole.UserRole


class CellsModel(QAbstractTableModel, Generic[T]):
    CONTEXT = ""  # the headers' translation context
    HEADERS: tuple[str, ...] = ()  # marked with QT_TRANSLATE_NOOP in CONTEXT
    TIPS = False  # a cell's text is its tooltip too (long reasons, cut by the column)

    def __init__(self) -> None:
        super().__init__()
        self._items: list[T] = []
        self._cells: list[tuple[str, ...]] = []

    def _set(self, items: Sequence[T], cells: Sequence[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._items, self._cells = list(items), list(cells)
        self.endResetModel()

    def item(self, row: int) -> T:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole or (
            self.TIPS and role == Qt.ItemDataRole.ToolTipRole
        ):
            return self._cells[index.row()][index.column()]
        if role == ITEM:
            return self._items[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate(self.CONTEXT, self.HEADERS[section])
        return None
