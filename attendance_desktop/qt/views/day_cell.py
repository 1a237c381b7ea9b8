"""One day of the month calendar: a clickable tile coloured by the day's status."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from ...core.models import DayRecord, DayStatus
from .. import formatting
from ..theme import STATUS_COLOURS

WIDEST_DURATION = "10h 00m"


def compact_duration(day: DayRecord) -> str:
    """'7:05' when '7h 05m' does not fit a narrow cell."""
    minutes = max(int(day.worked.total_seconds()) // 60, 0)
    return f"{minutes // 60}:{minutes % 60:02d}"


def cell_caption(day: DayRecord) -> str:
    """The small text under the day number: worked time, 'Absent', or the holiday."""
    if day.sessions:
        return formatting.duration(day.worked)
    if day.status is DayStatus.ABSENT:
        return "Absent"
    if day.holiday_name:
        return day.holiday_name
    return ""


class DayCell(QAbstractButton):
    def __init__(self, day: DayRecord, *, is_today: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)  # repaint the edge on hover
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(48, 42))
        self.set_day(day, is_today=is_today)

    def set_day(self, day: DayRecord, *, is_today: bool) -> None:
        """Show another day in this tile (the calendar reuses its tiles from month to month)."""
        self.day = day
        self.is_today = is_today
        self.setText(str(day.date.day))
        label = formatting.STATUS_LABELS[day.status]
        tip = formatting.long_date(day.date) + f"\n{label}"
        if day.holiday_name:
            tip += f": {day.holiday_name}"
        if day.sessions:
            tip += f"\nWorked {formatting.duration(day.worked)}"
        self.setToolTip(tip)
        self.setAccessibleName(f"{formatting.long_date(day.date)}, {label}")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(72, 56)

    def paintEvent(self, _event: QPaintEvent) -> None:
        colours = STATUS_COLOURS[self.day.status]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        if self.isChecked():
            edge, width = self.palette().color(QPalette.ColorRole.Highlight), 2.5
        elif self.underMouse():
            edge, width = QColor(colours.edge), 1.5
        else:
            edge, width = QColor(colours.edge), 1.0
        painter.setPen(QPen(edge, width))
        painter.setBrush(QColor(colours.fill))
        painter.drawRoundedRect(rect, 8, 8)
        # A status stripe on the left edge keeps the colour readable when selected.
        if self.day.status is not DayStatus.UPCOMING:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.edge))
            stripe = QRectF(rect.left() + 3.5, rect.top() + 7, 3, rect.height() - 14)
            painter.drawRoundedRect(stripe, 1.5, 1.5)

        inner = rect.adjusted(10, 4, -3, -4)
        number_font = QFont(self.font())
        number_font.setWeight(QFont.Weight.Bold if self.is_today else QFont.Weight.DemiBold)
        painter.setFont(number_font)
        text_colour = self.palette().color(QPalette.ColorRole.Text)
        if self.day.status in (DayStatus.UPCOMING, DayStatus.NON_WORKING) and not self.day.sessions:
            text_colour = QColor(colours.text)
        painter.setPen(text_colour)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, self.text())
        if self.is_today:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            metrics = painter.fontMetrics()
            width_num = metrics.horizontalAdvance(self.text())
            y = inner.top() + metrics.height() + 1
            painter.drawLine(int(inner.left()), int(y), int(inner.left() + width_num), int(y))

        caption = cell_caption(self.day)
        if caption:
            small = QFont(self.font())
            small.setPointSizeF(max(self.font().pointSizeF() * 0.82, 7.0))
            painter.setFont(small)
            painter.setPen(QColor(colours.text))
            metrics, room = painter.fontMetrics(), int(inner.width())
            # Every cell has the same width, so one test keeps the whole month consistent.
            if self.day.sessions and metrics.horizontalAdvance(WIDEST_DURATION) > room:
                caption = compact_duration(self.day)
            elided = metrics.elidedText(caption, Qt.TextElideMode.ElideRight, room)
            painter.drawText(
                inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, elided
            )
        painter.end()
