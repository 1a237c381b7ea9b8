"""The month report as a QTextDocument: header, the metrics tiles' own texts, and a table of
every day with its sessions and breaks. The same document is written to PDF and printed.

The figures are `shown_figures` (what the metrics panel shows) and the day rows are the
CSV's rows, so the screen, the PDF and the CSV cannot disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ...core.balance import hours, month_balance
from ...core.models import DayRecord, Employee, MonthMetrics
from ...core.month_report import report_rows
from .. import formatting
from ..i18n import translate
from ..views.metrics_panel import captions, shown_figures

_STYLE = """
body { font-family: sans-serif; font-size: 9pt; color: #202124; }
h1 { font-size: 15pt; margin: 0; }
p.sub { color: #555; margin: 0 0 8px 0; }
table { border-collapse: collapse; }
th { background: #e8eaed; text-align: left; padding: 2px 4px; }
td { padding: 2px 4px; border-bottom: 1px solid #dadce0; }
td.num { text-align: right; }
tr.off td { color: #5f6368; }
"""


@dataclass(frozen=True)
class MonthReport:
    employee: Employee
    metrics: MonthMetrics
    days: Sequence[DayRecord]
    zone: ZoneInfo
    today: date
    daily_target: timedelta


def report_html(report: MonthReport) -> str:
    m = report.metrics
    balance = month_balance(report.days, report.today, report.daily_target)
    figures = shown_figures(m, balance)
    names = captions()
    sub = translate(
        "MonthDocument", "Daily target {daily} \u00b7 month target {month} \u00b7 times in {zone}"
    )
    heads = (
        translate("MonthDocument", "Date"),
        translate("MonthDocument", "Status"),
        translate("MonthDocument", "In"),
        translate("MonthDocument", "Out"),
        translate("MonthDocument", "Worked h"),
        translate("MonthDocument", "Break h"),
        translate("MonthDocument", "Target h"),
        translate("MonthDocument", "Sessions and breaks"),
        translate("MonthDocument", "Note"),
    )
    parts = [
        f"<h1>{escape(report.employee.full_name)} \u2014 "
        f"{formatting.month_title(m.year, m.month)}</h1>",
        "<p class='sub'>"
        + escape(
            sub.format(
                daily=formatting.hours_text(hours(report.daily_target)),
                month=formatting.hours_text(hours(balance.month_target)),
                zone=report.zone.key,
            )
        )
        + "</p>",
        "<table><tr>",
        *(f"<th>{escape(names[key])}</th>" for key in figures),
        "</tr><tr>",
        *(f"<td class='num'>{escape(text)}</td>" for text in figures.values()),
        "</tr></table><p></p>",
        "<table width='100%'><tr>",
        *(f"<th>{escape(head)}</th>" for head in heads),
        "</tr>",
    ]
    rows = report_rows(report.days, report.zone, report.today, report.daily_target)
    for day, row in zip(report.days, rows, strict=True):
        spans = [formatting.session_span(s, report.zone) for s in day.sessions]
        spans += [
            translate("MonthDocument", "break {span}").format(
                span=formatting.break_span(b.start, b.end, report.zone)
            )
            for s in day.sessions
            for b in s.breaks
        ]
        note = row.holiday_or_leave + (
            " " + translate("MonthDocument", "(corrected)") if row.corrected else ""
        )
        css = "" if day.is_working_day else " class='off'"
        parts.append(
            f"<tr{css}><td>{formatting.day_abbr(day.date.weekday())} {row.date}</td>"
            f"<td>{row.status}</td><td>{row.first_in}</td><td>{row.last_out}</td>"
            f"<td class='num'>{formatting.decimal(row.worked_hours)}</td>"
            f"<td class='num'>{formatting.decimal(row.break_hours)}</td>"
            f"<td class='num'>{formatting.decimal(row.target_hours)}</td>"
            f"<td>{escape('; '.join(spans))}</td><td>{escape(note)}</td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)


def report_document(report: MonthReport) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultStyleSheet(_STYLE)
    doc.setHtml(f"<html><body>{report_html(report)}</body></html>")
    return doc


def print_report(report: MonthReport, device: QPagedPaintDevice) -> None:
    """Onto a PDF writer or a printer (both are paged paint devices)."""
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageOrientation(QPageLayout.Orientation.Landscape)
    report_document(report).print_(device)


def write_pdf(report: MonthReport, path: str) -> None:
    writer = QPdfWriter(path)
    writer.setResolution(300)
    month = formatting.month_title(report.metrics.year, report.metrics.month)
    writer.setTitle(f"{report.employee.full_name} {month}")
    writer.setCreator("Attendance Desktop")
    print_report(report, writer)
