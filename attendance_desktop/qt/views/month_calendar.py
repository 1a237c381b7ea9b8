"""The month calendar: navigation, a grid of day cells coloured by status, and a legend."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QWidget,
)

from ...core.models import DayRecord, DayStatus
from .. import formatting
from ..i18n import QT_TRANSLATE_NOOP
from ..page_style import use_leaf_sheet
from ..theme import icon, status_colours
from .common import Card, label
from .day_cell import DayCell
from .month_picker import MonthPicker

LEGEND_LABELS = {DayStatus.NON_WORKING: QT_TRANSLATE_NOOP("MonthCalendar", "Non-working")}


def shift_month(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1


class LegendSwatch(QWidget):
    def __init__(self, status: DayStatus) -> None:
        super().__init__()
        self._status = status
        self.setFixedSize(QSize(12, 12))

    def paintEvent(self, _event: QPaintEvent) -> None:
        colours = status_colours(self.palette())[self._status]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(colours.edge))
        painter.setBrush(QColor(colours.fill))
        painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), 3, 3)
        painter.end()


class MonthCalendar(Card):
    month_requested = Signal(int, int)
    day_clicked = Signal(object)  # a datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._shown: tuple[int, int] | None = None
        self._latest: tuple[int, int] = (9999, 12)
        self.cells: dict[date, DayCell] = {}
        self._tiles: list[DayCell] = []

        nav = QHBoxLayout()
        nav.setSpacing(6)
        self.prev_button = self._nav_button("chevron-left", self.tr("Previous month"))
        self.picker = MonthPicker()
        self.next_button = self._nav_button("chevron-right", self.tr("Next month"))
        self.today_button = QPushButton(self.tr("This month"))
        self.today_button.setObjectName("SecondaryButton")
        use_leaf_sheet(self.today_button, "#SecondaryButton")
        self.today_button.setAccessibleName(self.tr("Show this month"))
        for widget in (self.prev_button, self.picker, self.next_button):
            nav.addWidget(widget)
        nav.addStretch(1)
        nav.addWidget(self.today_button)
        self.body.addLayout(nav)
        self.prev_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.today_button.clicked.connect(lambda: self.month_requested.emit(*self._latest))
        self.picker.month_picked.connect(self.month_requested)

        self.grid = QGridLayout()
        self.grid.setSpacing(6)
        self.body.addLayout(self.grid, 1)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)

        # Rows of three swatches: on one row the legend alone was wider than the grid, and
        # kept the page from fitting 960 px (200% scaling of 1920x1080).
        legend = QGridLayout()
        legend.setHorizontalSpacing(5)
        legend.setVerticalSpacing(2)
        for index, status in enumerate((
            DayStatus.COMPLETED,
            DayStatus.PRESENT,
            DayStatus.ABSENT,
            DayStatus.NON_WORKING,
            DayStatus.UPCOMING,
            DayStatus.LEAVE,
            DayStatus.MISSING_CLOCK_OUT,
        )):  # fmt: skip
            row, column = divmod(index, 3)
            legend.addWidget(LegendSwatch(status), row, column * 2)
            short = LEGEND_LABELS.get(status)
            words = self.tr(short) if short else formatting.status_label(status)
            text = label(words, "LegendText")
            legend.addWidget(text, row, column * 2 + 1)
        legend.setColumnStretch(6, 1)
        self.body.addLayout(legend)

    def _nav_button(self, icon_name: str, tip: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName("NavButton")
        use_leaf_sheet(button, "#NavButton")
        button.setIcon(icon(icon_name))
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        return button

    # -- what the controller calls ------------------------------------------------------

    @property
    def shown_month(self) -> tuple[int, int] | None:
        return self._shown

    def set_month(
        self, year: int, month: int, days: Sequence[DayRecord], today: date, latest: tuple[int, int]
    ) -> None:
        """Show `days` of year/month; `latest` is the last month that may be chosen."""
        self._shown, self._latest = (year, month), latest
        self.picker.set_month(year, month, latest)
        self.next_button.setEnabled((year, month) < latest)
        self.today_button.setEnabled((year, month) != latest)
        self._fill(days, today)

    def select(self, day: date) -> None:
        cell = self.cells.get(day)
        if cell is not None:
            cell.setChecked(True)

    # -- inside -------------------------------------------------------------------------

    def _fill(self, days: Sequence[DayRecord], today: date) -> None:
        """Put the month into the grid. The 42 tiles are made once and reused: making and
        styling new widgets on every switch cost more than everything else together."""
        if not self._tiles:
            self._make_grid(days[0] if days else None)
        self._group.setExclusive(False)
        for tile in self._tiles:
            tile.setChecked(False)
        self._group.setExclusive(True)
        self.cells = {}
        offset = days[0].date.weekday() if days else 0
        first = days[0].date - timedelta(days=offset) if days else None
        for index, tile in enumerate(self._tiles):
            position = index - offset
            if 0 <= position < len(days):
                record = days[position]
                tile.set_day(record, is_today=record.date == today)
                self.cells[record.date] = tile
            elif first is not None:
                tile.set_outside(first + timedelta(days=index))

    def _make_grid(self, sample: DayRecord | None) -> None:
        for column in range(7):
            head = label(formatting.day_abbr(column), "Weekday")
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(head, 0, column)
            head.show()  # as the tiles below: added to a calendar already on screen
            self.grid.setColumnStretch(column, 1)
        if sample is None:
            return
        for index in range(42):
            row, column = divmod(index, 7)
            tile = DayCell(sample, is_today=False)
            tile.clicked.connect(lambda _=False, t=tile: self.day_clicked.emit(t.day.date))
            self._group.addButton(tile)
            self.grid.addWidget(tile, row + 1, column)
            self.grid.setRowStretch(row + 1, 1)
            tile.show()  # the calendar may be on screen already; tiles then start hidden
            self._tiles.append(tile)

    def _step(self, step: int) -> None:
        if self._shown is not None:
            self.month_requested.emit(*shift_month(*self._shown, step))
