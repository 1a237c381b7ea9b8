"""The kiosks' table: a thin Qt adapter over `Kiosk`s, with "last seen" in words relative
to a now the controller passes in (the view never reads the wall clock)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from ....core.admin_service import Kiosk
from ... import formatting
from ...i18n import QT_TRANSLATE_NOOP, translate
from .cells_model import ITEM, CellsModel

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("KioskListModel", "Name"),
    QT_TRANSLATE_NOOP("KioskListModel", "Added"),
    QT_TRANSLATE_NOOP("KioskListModel", "Last seen"),
    QT_TRANSLATE_NOOP("KioskListModel", "State"),
)
KIOSK = ITEM


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


class KioskListModel(CellsModel[Kiosk]):
    CONTEXT, HEADERS = "KioskListModel", HEADERS

    def set_kiosks(self, kiosks: Sequence[Kiosk], now: datetime, zone: ZoneInfo) -> None:
        cells = [
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
            for k in kiosks
        ]
        self._set(kiosks, cells)
