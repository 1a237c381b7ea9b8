"""The corrections inbox's table: a thin Qt adapter over plain rows (napari's item models)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from ...i18n import QT_TRANSLATE_NOOP
from .cells_model import CellsModel

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


class InboxModel(CellsModel[InboxRow]):
    CONTEXT, HEADERS, TIPS = "InboxModel", HEADERS, True

    def set_rows(self, rows: Sequence[InboxRow]) -> None:
        self._set(rows, [r.cells() for r in rows])

    def row(self, index: int) -> InboxRow:
        return self.item(index)

    def row_of(self, request_id: int) -> int:
        return next((i for i, r in enumerate(self._items) if r.request_id == request_id), -1)
