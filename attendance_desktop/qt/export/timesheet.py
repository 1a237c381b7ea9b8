"""PDF timesheets for payroll: one or more A4 pages per person, many people in one file.

Each person is a QTextDocument of their own (the same rich-text drawing as the personal month
PDF, `month_document`), laid out on the PDF writer itself and painted page by page with a
footer naming the person and the page. One person's document exists at a time, so a file
for the whole team takes the memory of one timesheet, and a person's pages never mix with
the next person's.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from ...core.models import Employee
from ..i18n import translate
from .timesheet_html import STYLE, Timesheet, month_title, timesheet_html

RESOLUTION = 300  # dots per inch of the writer's coordinates (text stays vector)
MARGIN_MM = 12.0
FOOTER_PT = 7


def timesheet_document(sheet: Timesheet, writer: QPdfWriter) -> QTextDocument:
    """The person's pages laid out for `writer`: fonts in points at its resolution, the
    page the writer's printable area less a footer line."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultStyleSheet(STYLE)
    doc.setHtml(f"<html><body>{timesheet_html(sheet)}</body></html>")
    doc.setPageSize(_body(writer).size())
    return doc


def _footer_height(writer: QPdfWriter) -> float:
    return FOOTER_PT * 2.2 * writer.resolution() / 72


def _body(writer: QPdfWriter) -> QRectF:
    return QRectF(0, 0, writer.width(), writer.height() - _footer_height(writer))


def _footer(painter: QPainter, writer: QPdfWriter, text: str, page: str) -> None:
    font = QFont("sans-serif")
    font.setPointSizeF(FOOTER_PT)
    painter.setFont(font)
    height = _footer_height(writer)
    line = QRectF(0, writer.height() - height * 0.7, writer.width(), height * 0.7)
    painter.drawText(line, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
    painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), page)


def new_writer(path: str, title: str) -> QPdfWriter:
    writer = QPdfWriter(path)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("Attendance Desktop")
    return writer


def write_timesheets(sheets: Iterable[Timesheet], path: str, title: str = "Timesheets") -> int:
    """Write every person's timesheet to the PDF at `path`; the number of pages written.
    No one to show still makes a valid file, of one page that says so."""
    writer = new_writer(path, title)
    painter = QPainter()
    pages = 0
    try:
        for sheet in sheets:
            pages += _paint_person(sheet, writer, painter, first=pages == 0)
        if pages == 0:
            painter.begin(writer)
            painter.drawText(
                _body(writer), translate("Timesheet", "No one to show for this selection.")
            )
            pages = 1
    finally:
        if painter.isActive():
            painter.end()
    return pages


def _paint_person(sheet: Timesheet, writer: QPdfWriter, painter: QPainter, first: bool) -> int:
    doc = timesheet_document(sheet, writer)
    body = _body(writer)
    count = doc.pageCount()
    for page in range(count):
        if first and page == 0:
            painter.begin(writer)  # the first page exists once painting begins
        else:
            writer.newPage()
        painter.save()
        painter.translate(0, -page * body.height())
        doc.drawContents(painter, body.translated(0, page * body.height()))
        painter.restore()
        page_words = translate("Timesheet", "Page {page} of {count}").format(
            page=page + 1, count=count
        )
        _footer(painter, writer, _footer_text(sheet.employee, sheet), page_words)
    return count


def _footer_text(employee: Employee, sheet: Timesheet) -> str:
    return translate("Timesheet", "Timesheet · {name} (no. {id}) · {month}").format(
        name=employee.full_name, id=employee.id, month=month_title(sheet)
    )


__all__ = ["Timesheet", "timesheet_document", "write_timesheets"]
