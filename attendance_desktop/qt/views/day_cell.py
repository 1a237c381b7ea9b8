"""One day of the month calendar: a clickable tile coloured by the day's status."""

from __future__ import annotations

import functools
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QAbstractButton, QSizePolicy, QWidget

from ...core.models import DayRecord, DayStatus
from .. import formatting
from ..i18n import translate
from ..theme import StatusColours, status_colours

WIDEST_HOURS = timedelta(hours=10)  # "10h 00m": the widest worked time a tile shows
_BACKGROUNDS: dict[tuple[object, ...], QPixmap] = {}


@functools.cache
def _qcolours(colours: StatusColours) -> tuple[QColor, QColor, QColor]:
    """fill, edge and text as QColors, made once per status (never changed after)."""
    return QColor(colours.fill), QColor(colours.edge), QColor(colours.text)


def compact_duration(day: DayRecord) -> str:
    """'7:05' when '7h 05m' does not fit a narrow cell."""
    minutes = max(int(day.worked.total_seconds()) // 60, 0)
    return f"{minutes // 60}:{minutes % 60:02d}"


def cell_caption(day: DayRecord) -> str:
    """The small text under the day number: worked time, 'Absent', or the holiday."""
    if day.sessions:
        return formatting.duration(day.worked)
    if day.status is DayStatus.ABSENT:
        return translate("DayCell", "Absent")  # a tile's short word (German: "Fehlt")
    if day.holiday_name:
        return day.holiday_name
    return ""


class DayCell(QAbstractButton):
    """Painted by hand, with everything a paint needs worked out when the day is set: the
    calendar repaints 30-odd tiles on every month switch, so paintEvent stays lean."""

    def __init__(self, day: DayRecord, *, is_today: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Laid-out texts by (text, font): a laid-out text draws in half the time, and a
        # tile shows the same few numbers and captions month after month.
        self._texts: dict[tuple[str, int], QStaticText] = {}
        self.setCheckable(True)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)  # repaint the edge on hover
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(QSize(44, 42))
        self._fonts: tuple[QFont, QFont, QFont] | None = None
        self._elided: tuple[int, str] | None = None
        self._inner: QRectF | None = None  # where the texts go, worked out on first paint
        self.outside = False
        self.set_day(day, is_today=is_today)

    def set_day(self, day: DayRecord, *, is_today: bool) -> None:
        """Show another day in this tile (the calendar reuses its tiles from month to month)."""
        if self.outside:
            self.outside = False
            self.setEnabled(True)
        self.day = day
        self.is_today = is_today
        self.setText(str(day.date.day))
        label = formatting.status_label(day.status)
        when = formatting.long_date(day.date)
        tip = f"{when}\n{label}"
        if day.holiday_name:
            tip += f": {day.holiday_name}"
        if day.sessions:
            tip += "\n" + translate("DayCell", "Worked {time}").format(
                time=formatting.duration(day.worked)
            )
        self.setToolTip(tip)
        self.setAccessibleName(f"{when}, {label}")
        self._fill, self._edge, self._caption_colour = _qcolours(
            status_colours(self.palette())[day.status]
        )
        self._dim_number = day.status in (DayStatus.UPCOMING, DayStatus.NON_WORKING) and not (
            day.sessions
        )
        self._stripe = day.status is not DayStatus.UPCOMING
        self._number_colour = (
            self._caption_colour
            if self._dim_number
            else self.palette().color(QPalette.ColorRole.Text)
        )
        self._caption = cell_caption(day)
        self._elided = None
        self.update()

    def set_outside(self, day: date) -> None:
        """Show a day of the month before or after: its number, dimmed, and nothing to click.
        The grid keeps six weeks, so switching months never moves or resizes a tile."""
        if not self.outside:
            self.outside = True
            self.setEnabled(False)
            self.setChecked(False)
            self.setToolTip("")
            self._caption, self._elided = "", None
        self.setText(str(day.day))
        self.setAccessibleName("")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(72, 56)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fonts, self._elided = None, None
            self._texts.clear()
        day = getattr(self, "day", None)  # a palette may arrive before the first day
        if event.type() == QEvent.Type.PaletteChange and day is not None and not self.outside:
            self.set_day(day, is_today=self.is_today)  # colours from the new palette
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._elided, self._inner = None, None
        super().resizeEvent(event)

    def _font_set(self) -> tuple[QFont, QFont, QFont]:
        if self._fonts is None:
            base = self.font()
            number, today = QFont(base), QFont(base)
            number.setWeight(QFont.Weight.DemiBold)
            today.setWeight(QFont.Weight.Bold)
            small = QFont(base)
            small.setPointSizeF(max(base.pointSizeF() * 0.82, 7.0))
            self._fonts = (number, today, small)
        return self._fonts

    def _caption_text(self, painter: QPainter, room: int) -> str:
        if self._elided is None or self._elided[0] != room:
            metrics, caption = painter.fontMetrics(), self._caption
            # Every cell has the same width, so one test keeps the whole month consistent.
            widest = metrics.horizontalAdvance(formatting.duration(WIDEST_HOURS))
            if self.day.sessions and widest > room:
                caption = compact_duration(self.day)
            self._elided = (room, metrics.elidedText(caption, Qt.TextElideMode.ElideRight, room))
        return self._elided[1]

    def _background(self, edge: QColor, width: float, stripe: bool) -> QPixmap:
        """The tile's rounded, antialiased background, drawn once per look and size and
        shared by every tile that looks the same (most of a month's tiles do)."""
        ratio = self.devicePixelRatioF()
        key = (self.width(), self.height(), ratio, self._fill.rgba(), edge.rgba(), width, stripe,
               self._edge.rgba())  # fmt: skip
        found = _BACKGROUNDS.get(key)
        if found is not None:
            return found
        if len(_BACKGROUNDS) > 256:
            _BACKGROUNDS.clear()
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.setPen(QPen(edge, width))
        painter.setBrush(self._fill)
        painter.drawRoundedRect(rect, 8, 8)
        # A status stripe on the left edge keeps the colour readable when selected.
        if stripe:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._edge)
            bar = QRectF(rect.left() + 3.5, rect.top() + 7, 3, rect.height() - 14)
            painter.drawRoundedRect(bar, 1.5, 1.5)
        painter.end()
        _BACKGROUNDS[key] = pixmap
        return pixmap

    def _static(self, text: str, font_index: int) -> QStaticText:
        found = self._texts.get((text, font_index))
        if found is None:
            if len(self._texts) > 96:
                self._texts.clear()
            found = QStaticText(text)
            found.setTextFormat(Qt.TextFormat.PlainText)
            found.prepare(QTransform(), self._font_set()[font_index])
            self._texts[(text, font_index)] = found
        return found

    def paintEvent(self, _event: QPaintEvent) -> None:
        # Lean on purpose (42 tiles repaint on every month switch): flags and rectangles
        # are worked out once, colours when the day or the palette changes.
        number_font, today_font, small_font = self._font_set()
        if self._inner is None:
            self._inner = QRectF(self.rect()).adjusted(11.5, 5.5, -4.5, -5.5)
        inner = self._inner
        painter = QPainter(self)
        top_left = inner.topLeft()
        if self.outside:
            painter.setFont(number_font)
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawStaticText(top_left, self._static(self.text(), 0))
            painter.end()
            return
        if self.isChecked():
            edge, width = self.palette().color(QPalette.ColorRole.Highlight), 2.5
        else:
            edge, width = self._edge, 1.5 if self.underMouse() else 1.0
        painter.drawPixmap(0, 0, self._background(edge, width, self._stripe))
        font_index = 1 if self.is_today else 0
        painter.setFont(today_font if self.is_today else number_font)
        painter.setPen(self._number_colour)
        painter.drawStaticText(top_left, self._static(self.text(), font_index))
        if self.is_today:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            metrics = painter.fontMetrics()
            width_num = metrics.horizontalAdvance(self.text())
            y = inner.top() + metrics.height() + 1
            painter.drawLine(int(inner.left()), int(y), int(inner.left() + width_num), int(y))
        if self._caption:
            painter.setFont(small_font)
            painter.setPen(self._caption_colour)
            caption = self._static(self._caption_text(painter, int(inner.width())), 2)
            painter.drawStaticText(
                QPointF(inner.left(), inner.bottom() - caption.size().height()), caption
            )
        if self.hasFocus():  # the keyboard's ring: in the text colour, apart from "selected"
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 8, 8)
        painter.end()
