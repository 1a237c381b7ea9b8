"""Looking at rendered widgets: text contrast measured on the pixels, and fit checks.

Contrast is measured on what was drawn, not on the colours we meant to use: a stylesheet
rule that does not match, a palette role a widget reads on its own, a hand-painted tile —
all end up as pixels. For each widget that shows text, the crop of its text area in a
`grab()` of the whole window gives the background (its most frequent colour) and the text
(the pixel furthest in contrast from that background: a glyph's stems are drawn at its
full colour, the antialiased edges only lighter). Text that cannot be told from its
background has no such pixel, and its ratio stays near 1.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from attendance_desktop.qt.theme import contrast_ratio, luminance
from attendance_desktop.qt.views.day_cell import DayCell

AA = 4.5


@dataclass(frozen=True)
class Reading:
    what: str
    ratio: float
    text: QColor
    background: QColor

    def __str__(self) -> str:
        return f"{self.what}: {self.ratio:.2f} ({self.text.name()} on {self.background.name()})"


def measure(image: QImage, area: QRect, what: str) -> Reading | None:
    """The contrast of what is drawn in `area` against its most frequent colour."""
    area = area.intersected(image.rect())
    if area.width() < 2 or area.height() < 2:
        return None
    pixels = [
        image.pixel(x, y)
        for y in range(area.top(), area.bottom() + 1)
        for x in range(area.left(), area.right() + 1)
    ]
    background = QColor.fromRgb(Counter(pixels).most_common(1)[0][0])
    lum = luminance(background)
    furthest = max(set(pixels), key=lambda p: abs(luminance(QColor.fromRgb(p)) - lum))
    text = QColor.fromRgb(furthest)
    return Reading(what, contrast_ratio(text, background), text, background)


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QLabel | QAbstractButton):
        return widget.text()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    return ""


def _areas(widget: QWidget) -> list[tuple[str, QRect]]:
    """Where a widget's text is drawn, in its own coordinates."""
    name = f"{type(widget).__name__}#{widget.objectName()} {_text_of(widget)!r}"
    if isinstance(widget, DayCell):
        inner = widget.rect().adjusted(11, 5, -4, -5)  # inside the stripe and the edge
        number = QFontMetrics(widget.font()).height()
        areas = [(f"day {widget.text()} number", QRect(inner.topLeft(), inner.size()))]
        areas[0][1].setHeight(number)
        if widget.outside:
            return []  # a neighbouring month's day: dimmed on purpose, not clickable
        caption_h = round(number * 0.85)
        if getattr(widget, "_caption", ""):
            caption = QRect(inner.left(), inner.bottom() - caption_h, inner.width(), caption_h)
            areas.append((f"day {widget.text()} caption", caption))
        return areas
    if isinstance(widget, QAbstractButton):
        return [(name, widget.rect().adjusted(4, 4, -4, -4))]  # inside border and ring
    if isinstance(widget, QLineEdit):
        return [(name, widget.rect().adjusted(4, 4, -4, -4))]
    return [(name, widget.contentsRect())]


def text_readings(window: QWidget) -> list[Reading]:
    """A reading for every visible, enabled widget of `window` that shows text."""
    image = window.grab().toImage()
    readings = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled() or not _text_of(widget).strip():
            continue
        if isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal:
            continue
        origin = widget.mapTo(window, QPoint(0, 0))
        for what, area in _areas(widget):
            reading = measure(image, area.translated(origin), what)
            if reading is not None:
                readings.append(reading)
    return readings


def low_contrast(readings: list[Reading], minimum: float = AA) -> list[str]:
    return [str(r) for r in readings if r.ratio < minimum]


def cut_off(window: QWidget) -> list[str]:
    """Visible widgets that stick out of the window or got less than their minimum size."""
    found = []
    bounds = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.isWindow():
            continue
        if widget.window() is not window:
            continue
        box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        least = widget.minimumSizeHint()
        if not bounds.contains(box) and _text_of(widget):
            found.append(f"{type(widget).__name__} {_text_of(widget)!r} outside at {box}")
        elif least.height() > 0 and widget.height() < least.height() and _text_of(widget):
            found.append(f"{type(widget).__name__} {_text_of(widget)!r} squeezed to {box}")
    return found
