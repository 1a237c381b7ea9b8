"""The kiosks' table: a thin Qt adapter over `Kiosk`s, with "last seen" in words relative
to a now the controller passes in (the view never reads the wall clock)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ....core.admin_service import Kiosk
from ... import formatting
from ...i18n import QT_TRANSLATE_NOOP, translate

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("KioskListModel", "Name"),
    QT_TRANSLATE_NOOP("KioskListModel", "Added"),
    QT_TRANSLATE_NOOP("KioskListModel", "Last seen"),
    QT_TRANSLATE_NOOP("KioskListModel", "State"),
)
KIOSK = Qt.ItemDataRole.UserRole


def short_date(at: datetime, zone: ZoneInfo) -> str:
    local = at.astimezone(zone)
    return translate("KioskListModel", "{day} {month} {year}").format(
        day=local.day, month=formatting.month_abbr(local.month), year=local.year
    )


def seen_words(last_seen: datetime | None, now: datetime, zone: ZoneInfo) -> str:
    """ "Never", "Just now", "3 min ago", "5 h ago", then the date."""
    if last_seen is None:
        return translate("KioskListModel", "Never")
    minutes = int((now - last_seen).total_seconds() // 60)
    if minutes < 1:
        return translate("KioskListModel", "Just now")
    if minutes < 60:
        return translate("KioskListModel", "{minutes} min ago").format(minutes=minutes)
    if minutes < 24 * 60:
        return translate("KioskListModel", "{hours} h ago").format(hours=minutes // 60)
    return short_date(last_seen, zone)


class KioskListModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._kiosks: list[Kiosk] = []
        self._cells: list[tuple[str, ...]] = []

    def set_kiosks(self, kiosks: Sequence[Kiosk], now: datetime, zone: ZoneInfo) -> None:
        self.beginResetModel()
        self._kiosks = list(kiosks)
        self._cells = [
            (
                k.name,
                short_date(k.created_at, zone),
                seen_words(k.last_seen, now, zone),
                (
                    translate("KioskListModel", "Revoked")
                    if k.revoked
                    else translate("KioskListModel", "Active")
                ),
            )
            for k in self._kiosks
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._kiosks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == KIOSK:
            return self._kiosks[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("KioskListModel", HEADERS[section])
        return None
