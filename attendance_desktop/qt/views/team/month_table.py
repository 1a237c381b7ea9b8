"""The team's month table: the frozen-name table with its cells painted in one pass.

QTableView paints cell by cell through a delegate, a Python call with three wrapped
objects each: for 28 rows x 30-odd columns that alone is most of a 16 ms frame on the
2-core machine. Here the viewport's paint walks the visible rows and columns itself and
draws each cell with `CellPainter`; the grid is drawn as lines at the end. Selection,
keyboard navigation, headers and scrolling stay QTableView's.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect, QStyleOptionViewItem, QWidget

from .frozen_table import FrozenTable
from .month_delegate import CellPainter, TeamMonthDelegate
from .month_model import TeamMonthFilter


class TeamMonthTable(FrozenTable):
    def __init__(
        self, proxy: TeamMonthFilter, cells: CellPainter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._proxy, self._cells = proxy, cells
        self.setModel(proxy)
        self.frozen.setItemDelegate(TeamMonthDelegate(proxy, cells, self))

    def paintEvent(self, event: QPaintEvent) -> None:
        viewport = self.viewport()
        area = event.rect()
        painter = QPainter(viewport)
        palette = viewport.palette()
        painter.fillRect(area, palette.color(QPalette.ColorRole.Base))
        rows, columns = self._proxy.rowCount(), self._proxy.columnCount()
        if rows == 0 or columns == 0:
            painter.end()
            return
        top = self.rowAt(area.top())
        bottom = self.rowAt(area.bottom())
        left = max(self.columnAt(area.left()), 0)
        right = self.columnAt(area.right())
        top, bottom = max(top, 0), (rows - 1 if bottom < 0 else bottom)
        right = columns - 1 if right < 0 else right
        height = self.rowHeight(0)
        spots = [(c, self.columnViewportPosition(c), self.columnWidth(c))
                 for c in range(left, right + 1)]  # fmt: skip
        chosen = {i.row() for i in self.selectionModel().selectedRows()}
        highlight = (palette.color(QPalette.ColorRole.Highlight),
                     palette.color(QPalette.ColorRole.HighlightedText))  # fmt: skip
        ink = palette.color(QPalette.ColorRole.Text)
        font, metrics = self.font(), self.fontMetrics()
        paint, map_row = self._cells.paint, self._proxy.mapToSource
        index = self._proxy.index
        for row in range(top, bottom + 1):
            y = self.rowViewportPosition(row)
            source = map_row(index(row, 0)).row()
            selected = row in chosen
            for column, x, width in spots:
                rect = QRect(x, y, width - 1, height - 1)
                paint(painter, rect, source, column, selected, palette, font, metrics,
                      highlight, ink)  # fmt: skip
        self._grid(painter, spots, top, bottom, height)
        current = self.currentIndex()
        if self.hasFocus() and current.isValid():
            option = QStyleOptionFocusRect()
            option.initFrom(viewport)
            option.rect = self.visualRect(current)
            self.style().drawPrimitive(
                QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, viewport
            )
        painter.end()

    def _grid(
        self,
        painter: QPainter,
        spots: list[tuple[int, int, int]],
        top: int,
        bottom: int,
        height: int,
    ) -> None:
        option = QStyleOptionViewItem()
        option.initFrom(self)
        hint = self.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, self)
        painter.setPen(QPen(QColor.fromRgba(hint & 0xFFFFFFFF)))  # the stock table's grid
        first_y = self.rowViewportPosition(top)
        last_y = self.rowViewportPosition(bottom) + height
        for row in range(top, bottom + 1):
            y = self.rowViewportPosition(row) + height - 1
            painter.drawLine(spots[0][1], y, spots[-1][1] + spots[-1][2], y)
        for _column, x, width in spots:
            painter.drawLine(x + width - 1, first_y, x + width - 1, last_y)
