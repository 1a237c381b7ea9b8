"""Payroll files from export rows: CSV streamed chunk by chunk, XLSX in openpyxl's
write-only mode (each sheet's rows go to a temporary file as they come), so neither holds
more than one employee's month in memory whatever the size of the team."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import IO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from .reports import DAY_HEADER, TOTALS_HEADER, DayRow, EmployeeMonth, csv_cells

CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS = ("csv", "xlsx")


def csv_chunks(months: Iterable[EmployeeMonth]) -> Iterator[bytes]:
    """The CSV file in pieces: the header, then one piece per employee."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(DAY_HEADER)
    yield buffer.getvalue().encode()
    for month in months:
        buffer.seek(0)
        buffer.truncate()
        writer.writerows(csv_cells(row) for row in month.days)
        yield buffer.getvalue().encode()


def _bold_header(ws: WriteOnlyWorksheet, names: tuple[str, ...]) -> None:
    cells = []
    for name in names:
        cell = WriteOnlyCell(ws, value=name)
        cell.font = Font(bold=True)
        cells.append(cell)
    ws.append(cells)


def _day_cells(row: DayRow) -> list[object]:
    # Real dates and numbers; Excel has no time zones, so times are the employee's own.
    return [
        row.employee_id,
        row.name,
        row.date,
        row.status,
        row.first_in.replace(tzinfo=None) if row.first_in else None,
        row.last_out.replace(tzinfo=None) if row.last_out else None,
        row.worked_hours,
        row.break_hours,
        row.holiday_or_leave or None,
        row.corrected,
    ]


def write_xlsx(months: Iterable[EmployeeMonth], out: IO[bytes]) -> None:
    """The XLSX file: a Summary sheet of each employee's totals and a Daily sheet."""
    book = Workbook(write_only=True)
    summary = book.create_sheet("Summary")
    daily = book.create_sheet("Daily")
    for ws, names in ((summary, TOTALS_HEADER), (daily, DAY_HEADER)):
        ws.freeze_panes = "A2"
        _bold_header(ws, names)
    daily.column_dimensions["C"].width = 12
    daily.column_dimensions["E"].width = 18
    daily.column_dimensions["F"].width = 18
    for month in months:
        t = month.totals
        summary.append(
            [
                t.employee_id,
                t.name,
                t.working_days,
                t.present_days,
                t.absent_days,
                t.leave_days,
                t.worked_hours,
                t.non_working_days_worked,
                t.corrected_days,
            ]
        )
        for row in month.days:
            daily.append(_day_cells(row))
    book.save(out)
