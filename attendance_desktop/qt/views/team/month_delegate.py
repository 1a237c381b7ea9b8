"""Painting the team's month: one fill and one text per cell, nothing else.

The stock delegate asks the model for eight or so roles per cell through the proxy and
lays each out with the style: about 30 ms for a screenful of 1,000 people's month on the
2-core machine, twice a frame's 16 ms. `CellPainter` reads a cell's text and colours from
the model's own lists and draws them with texts laid out once. The day table calls it
from one paint pass over the visible cells (`month_table.py`); the frozen name column
through `TeamMonthDelegate`. Tooltips, sorting and tests still go through `data()`.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .month_model import NAME, TeamMonthFilter, TeamMonthModel

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_SELECTED = QStyle.StateFlag.State_Selected.value  # an int test: enum operators cost µs


class CellPainter:
    def __init__(self, model: TeamMonthModel) -> None:
        self.model = model
        # A day shows one of ~70 texts ("7:05", "A"...): each laid out once, drawn often.
        self._laid_out: dict[str, tuple[QStaticText, float, float]] = {}

    def forget_texts(self) -> None:
        """The view's font changed: lay the texts out again."""
        self._laid_out.clear()

    def _static(self, text: str, font: QFont) -> tuple[QStaticText, float, float]:
        found = self._laid_out.get(text)
        if found is None:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(QTransform(), font)
            size = static.size()
            found = (static, size.width(), size.height())
            if len(self._laid_out) > 512:
                self._laid_out.clear()
            self._laid_out[text] = found
        return found

    def paint(
        self,
        painter: QPainter,
        rect: QRect,
        row: int,
        column: int,
        selected: bool,
        palette: QPalette,
        font: QFont,
        metrics: QFontMetrics,
        highlight: tuple[QColor, QColor],
        ink: QColor,
    ) -> None:
        """Cell (`row` of the model, `column`) in `rect`. `highlight`: the selection's
        fill and text; `ink`: the plain text colour (looked up once per paint, not per cell)."""
        text, colours = self.model.cell(row, column)
        if colours is not None:
            fill, day_ink = colours
            painter.fillRect(rect, fill)
            if selected:  # keep the status colour; a highlight frame marks the row
                painter.setPen(QPen(highlight[0], 2))
                painter.drawLine(rect.topLeft(), rect.topRight())
                painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            if text:
                static, width, height = self._static(text, font)
                painter.setPen(day_ink)
                where = QPointF(rect.x() + (rect.width() - width) / 2,
                                rect.y() + (rect.height() - height) / 2)  # fmt: skip
                painter.drawStaticText(where, static)
            return
        if selected:
            painter.fillRect(rect, highlight[0])
            painter.setPen(highlight[1])
        else:
            painter.setPen(ink)
        inner = rect.adjusted(6, 0, -6, 0)
        if column == NAME:  # a thousand names: drawn as they come, not kept
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(inner, _LEFT, text)
            return
        static, width, height = self._static(text, font)
        painter.drawStaticText(
            QPointF(inner.right() - width, inner.y() + (inner.height() - height) / 2), static
        )


class TeamMonthDelegate(QStyledItemDelegate):
    """The frozen name column's cells, painted as the table paints its own."""

    def __init__(self, proxy: TeamMonthFilter, cells: CellPainter, parent: QWidget) -> None:
        super().__init__(parent)
        self._proxy, self._cells = proxy, cells

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        palette: QPalette = option.palette
        highlight = (
            palette.color(QPalette.ColorRole.Highlight),
            palette.color(QPalette.ColorRole.HighlightedText),
        )
        self._cells.paint(
            painter,
            option.rect,
            self._proxy.mapToSource(index).row(),
            index.column(),
            bool(option.state.value & _SELECTED),
            palette,
            option.font,
            option.fontMetrics,
            highlight,
            palette.color(QPalette.ColorRole.Text),
        )
