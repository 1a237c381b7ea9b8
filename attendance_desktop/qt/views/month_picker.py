"""The month picker: a button showing the month, and a popup with a year and 12 months.

A stock calendar popup made people pick a day before anything changed; here one click (or
Enter, or Space) on a month shows it at once. Months after the latest one (the current
month) are disabled. Arrow keys move between months, PageUp/PageDown change the year,
Escape closes.
"""

from __future__ import annotations

from functools import cached_property

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import formatting
from ..page_style import use_leaf_sheet
from ..theme import use_style_sheet

MIN_YEAR = 1970
COLUMNS = 3


class MonthPopup(QFrame):
    picked = Signal(int, int)  # year, month

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("MonthPopup")
        use_style_sheet(self)  # a window of its own, with the theme's sheet
        self.setAccessibleName(self.tr("Pick a month"))
        self._latest = (9999, 12)
        self._shown = (MIN_YEAR, 1)
        self.year = QSpinBox()
        self.year.setObjectName("YearSpin")
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.year.setMinimum(MIN_YEAR)
        self.year.valueChanged.connect(self._year_changed)
        grid = QGridLayout()
        grid.setSpacing(6)
        self.group = QButtonGroup(self)
        self.months: list[QPushButton] = []
        for month in range(1, 13):
            button = QPushButton(formatting.month_abbr(month))
            button.setObjectName("MonthButton")
            button.setCheckable(True)
            button.setAccessibleName(formatting.month_name(month))
            button.clicked.connect(lambda _=False, m=month: self._pick(m))
            button.installEventFilter(self)  # arrows: a button would take them itself
            self.group.addButton(button, month)
            grid.addWidget(button, (month - 1) // COLUMNS, (month - 1) % COLUMNS)
            self.months.append(button)
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 10, 10, 10)
        box.setSpacing(8)
        box.addWidget(self.year)
        box.addLayout(grid)

    def open_at(self, year: int, month: int, latest: tuple[int, int], where: QPoint) -> None:
        self._latest, self._shown = latest, (year, month)
        self.year.setMaximum(latest[0])
        self.year.setValue(year)
        self._year_changed(year)
        self.adjustSize()
        self.move(where)
        self.show()
        self.months[month - 1].setFocus()

    def _year_changed(self, year: int) -> None:
        for month, button in enumerate(self.months, start=1):
            button.setEnabled((year, month) <= self._latest)
            button.setChecked((year, month) == self._shown)

    def _pick(self, month: int) -> None:
        self.hide()
        self.picked.emit(self.year.value(), month)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(event)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._key(event):
            super().keyPressEvent(event)

    def _key(self, event: QKeyEvent) -> bool:
        """True when the key was ours."""
        key = event.key()
        steps: dict[object, int] = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1,
                                    Qt.Key.Key_Up: -COLUMNS, Qt.Key.Key_Down: COLUMNS}  # fmt: skip
        focused = self.focusWidget()
        if key in steps and isinstance(focused, QPushButton) and focused in self.months:
            index = self.months.index(focused) + steps[key]
            if 0 <= index < 12 and self.months[index].isEnabled():
                self.months[index].setFocus()
            return True
        if key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.year.setValue(self.year.value() + (1 if key == Qt.Key.Key_PageDown else -1))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focused, QPushButton):
            focused.click()
            return True
        if key == Qt.Key.Key_Escape:
            self.hide()
            return True
        return False


class MonthPicker(QToolButton):
    """Shows "November 2026"; opens the popup. `month_picked` fires only for a new month."""

    month_picked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MonthPicker")
        use_leaf_sheet(self, "#MonthPicker")
        self.setToolTip(self.tr("Pick a month"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._month = (MIN_YEAR, 1)
        self._latest = (9999, 12)
        self.clicked.connect(self.open_popup)

    @cached_property
    def popup(self) -> MonthPopup:
        """Built at the first click: a start shows the calendar sooner without it (8 ms)."""
        popup = MonthPopup(self)
        popup.picked.connect(self._picked)
        return popup

    @property
    def month(self) -> tuple[int, int]:
        return self._month

    def set_month(self, year: int, month: int, latest: tuple[int, int]) -> None:
        self._month, self._latest = (year, month), latest
        self.setText(formatting.month_title(year, month))
        self.setAccessibleName(
            self.tr("Month shown: {month}. Pick a month").format(month=self.text())
        )

    def open_popup(self) -> None:
        self.popup.open_at(*self._month, self._latest, self.mapToGlobal(self.rect().bottomLeft()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            self.open_popup()
            return
        super().keyPressEvent(event)

    def _picked(self, year: int, month: int) -> None:
        if (year, month) != self._month:
            self.month_picked.emit(year, month)
        self.setFocus()
