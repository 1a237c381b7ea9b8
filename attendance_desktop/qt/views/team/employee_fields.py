"""Fields the employee dialog and the calendar dialog share: a work week as seven boxes,
and a searchable time-zone box (hundreds of names: typing any part finds one)."""

from __future__ import annotations

import zoneinfo
from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QHBoxLayout, QWidget

from ... import formatting
from ...i18n import QT_TRANSLATE_NOOP, translate
from ...theme import styled_size_hint

NO_ZONE = ""  # the item for "no zone of their own"
NO_ZONE_LABEL = QT_TRANSLATE_NOOP("EmployeeFields", "Company default")


class WorkWeekBoxes(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        self.boxes: list[QCheckBox] = []
        for day in range(7):  # the locale's day names: "Mo.", "Di." in German
            box = QCheckBox(formatting.day_abbr(day))
            box.setAccessibleName(self.tr("Works on {day}").format(day=formatting.day_name(day)))
            row.addWidget(box)
            self.boxes.append(box)
        row.addStretch(1)

    def set_days(self, days: Iterable[int]) -> None:
        chosen = set(days)
        for day, box in enumerate(self.boxes):
            box.setChecked(day in chosen)

    def days(self) -> tuple[int, ...]:
        return tuple(day for day, box in enumerate(self.boxes) if box.isChecked())


@cache
def zone_names() -> tuple[str, ...]:
    return tuple(sorted(zoneinfo.available_timezones()))


def zone_box(accessible_name: str = "") -> QComboBox:
    """An editable box of every IANA zone; typing filters by any part ("paris")."""
    box = QComboBox()
    box.setAccessibleName(accessible_name or translate("EmployeeFields", "Time zone"))
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    box.addItem(translate("EmployeeFields", NO_ZONE_LABEL), NO_ZONE)
    for name in zone_names():
        box.addItem(name, name)
    completer = box.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return box


def chosen_zone(box: QComboBox) -> str | None:
    """The zone typed or picked: "" for the company default, None when it is no zone."""
    text = box.currentText().strip()
    if text in ("", NO_ZONE_LABEL, translate("EmployeeFields", NO_ZONE_LABEL)):
        return NO_ZONE
    return text if text in zone_names() else None


def show_zone(box: QComboBox, zone: str | None) -> None:
    index = box.findData(zone or NO_ZONE)
    box.setCurrentIndex(max(index, 0))


def room_for_focus_ring(edit: QWidget) -> None:
    """The focus ring is 1px thicker than the border: keep room for it, so a layout at its
    size hint does not squeeze the field a person is typing in."""
    edit.setMinimumHeight(styled_size_hint(edit).height() + 2)
