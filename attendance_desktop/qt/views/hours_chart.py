"""A small bar chart of the month: hours worked each day against the daily target.

Painted with QPainter from plain numbers (no charting library): one bar per calendar day,
a dashed line at the daily target. Colours come from the palette, so it follows the theme.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import formatting


class HoursChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HoursChart")
        self.setAccessibleName(self.tr("Hours worked each day against the daily target"))
        self.setMinimumHeight(44)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.hours: tuple[float, ...] = ()
        self.target = 0.0
        self.working: tuple[bool, ...] = ()

    def sizeHint(self) -> QSize:
        return QSize(300, 48)

    def set_days(self, hours: Sequence[float], working: Sequence[bool], target: float) -> None:
        """Hours worked per day (decimal), whether each day is a working day, the target."""
        self.hours, self.working, self.target = tuple(hours), tuple(working), target
        self.setToolTip(
            self.tr("Daily target {hours}; dashed line").format(hours=formatting.hours_text(target))
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.hours:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        area = QRectF(self.rect()).adjusted(2, 4, -2, -2)
        top = max(max(self.hours), self.target, 1.0) * 1.1
        slot = area.width() / len(self.hours)
        bar = QColor(pal.color(QPalette.ColorRole.Highlight))
        off = QColor(pal.color(QPalette.ColorRole.PlaceholderText))
        for index, (value, working) in enumerate(zip(self.hours, self.working, strict=True)):
            height = area.height() * value / top
            rect = QRectF(
                area.left() + index * slot + slot * 0.15,
                area.bottom() - height,
                slot * 0.7,
                height,
            )
            painter.fillRect(rect, bar if working else off)
            if not value and working:  # an empty working day: a tick, so it is not lost
                painter.fillRect(QRectF(rect.left(), area.bottom() - 1, rect.width(), 1), off)
        if self.target:
            y = area.bottom() - area.height() * self.target / top
            pen = QPen(pal.color(QPalette.ColorRole.WindowText), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        painter.end()
