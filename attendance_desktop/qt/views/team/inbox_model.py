"""The corrections inbox's table: a thin Qt adapter over plain rows (napari's item models)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...i18n import QT_TRANSLATE_NOOP, translate

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("InboxModel", "Person"),
    QT_TRANSLATE_NOOP("InboxModel", "Day"),
    QT_TRANSLATE_NOOP("InboxModel", "Kind"),
    QT_TRANSLATE_NOOP("InboxModel", "Requested"),
    QT_TRANSLATE_NOOP("InboxModel", "Reason"),
)


@dataclass(frozen=True, slots=True)
class InboxRow:
    """One pending request as the inbox lists it (the controller writes the words)."""

    request_id: int
    person: str
    day: str
    kind: str
    requested: str
    reason: str

    def cells(self) -> tuple[str, ...]:
        return (self.person, self.day, self.kind, self.requested, self.reason)


class InboxModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[InboxRow] = []

    def set_rows(self, rows: Sequence[InboxRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, index: int) -> InboxRow:
        return self._rows[index]

    def row_of(self, request_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.request_id == request_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()].cells()[index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("InboxModel", HEADERS[section])
        return None
