"""One person's timesheet page as rich text: header, month calendar, totals, the daily table
and the signature lines. Plain strings from plain data, so a test can read what is printed.

Paper is always light: the colours are the light theme's status fills whatever the screen's
scheme, and every figure is the month page's own (`metrics_from_days`, the day records).
"""

from __future__ import annotations

from calendar import Calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import escape
from zoneinfo import ZoneInfo

from ...core.admin_service import PersonMonth
from ...core.balance import hours, month_balance
from ...core.models import DayRecord, Employee, MonthMetrics
from .. import formatting
from ..i18n import QT_TRANSLATE_NOOP, translate
from ..theme import LIGHT_STATUS

CORRECTED_MARK = "*"
C = "Timesheet"  # the translations' context of every printed word
LEGEND = QT_TRANSLATE_NOOP("Timesheet", "* corrected \u2014 see history")
STYLE = """
body { font-family: sans-serif; font-size: 8pt; color: #202124; }
h1 { font-size: 14pt; margin: 0; }
p.sub { color: #3c4043; margin: 0 0 6px 0; }
p.h { font-size: 10pt; font-weight: bold; margin: 8px 0 2px 0; }
table { border-collapse: collapse; }
th { background: #e8eaed; text-align: left; padding: 1px 4px; }
td { padding: 1px 4px; border-bottom: 1px solid #dadce0; }
td.num { text-align: right; }
td.cal { border: 1px solid #dadce0; text-align: center; padding: 2px; }
tr.off td { color: #5f6368; }
td.sign { border-bottom: 1px solid #202124; padding-top: 26px; }
"""


@dataclass(frozen=True)
class Timesheet:
    """What one person's pages show: the person, their month's totals (as the team month
    gives them) and their day records with sessions (as their own month page gives them)."""

    employee: Employee
    metrics: MonthMetrics
    days: tuple[DayRecord, ...]
    zone: ZoneInfo
    today: date  # in the person's zone: the day a working day starts to owe its target
    daily_target: timedelta | None = None  # None: no target or balance is printed

    @classmethod
    def of(
        cls,
        person: PersonMonth,
        days: Sequence[DayRecord],
        zone: ZoneInfo,
        today: date,
        daily_target: timedelta | None = None,
    ) -> Timesheet:
        """From the team month's row and the person's month days with their sessions."""
        return cls(person.employee, person.metrics, tuple(days), zone, today, daily_target)


def month_title(sheet: Timesheet) -> str:
    return formatting.month_title(sheet.metrics.year, sheet.metrics.month)


def local_time(instant: datetime | None, day: date, zone: ZoneInfo) -> str:
    """'06:00', with '(+1d)' when it falls on a later date than the day (a night shift)."""
    if instant is None:
        return ""
    local = instant.astimezone(zone)
    later = (local.date() - day).days
    return local.strftime("%H:%M") + (
        " " + translate("formatting", "(+{days}d)").format(days=later) if later > 0 else ""
    )


def totals(sheet: Timesheet) -> list[tuple[str, str]]:
    """The totals' captions and texts, in print order."""
    m = sheet.metrics
    out = [
        (translate("Timesheet", "Working days"), str(m.total_working_days)),
        (translate("Timesheet", "Present"), str(m.total_present_days)),
        (translate("Timesheet", "Absent"), str(m.total_absent_days)),
        (translate("Timesheet", "Leave days"), str(m.total_leave_days)),
        (translate("Timesheet", "Hours worked"), formatting.decimal(m.worked_hours)),
        (translate("Timesheet", "Extra days"), str(m.non_working_days_worked)),
    ]
    if sheet.daily_target is not None:
        balance = month_balance(sheet.days, sheet.today, sheet.daily_target)
        out.append(
            (
                translate("Timesheet", "Target so far"),
                formatting.decimal(hours(balance.target_so_far)),
            )
        )
        balance_text = formatting.signed_hours_text(hours(balance.balance))
        out.append((translate("Timesheet", "Balance"), balance_text.removesuffix(" h")))
    out.append(
        (translate("Timesheet", "Corrected days"), str(sum(1 for d in sheet.days if d.corrected)))
    )
    return out


def _calendar(sheet: Timesheet) -> str:
    by_date = {d.date: d for d in sheet.days}
    head = "".join(f"<th>{formatting.day_abbr(i)}</th>" for i in range(7))
    rows = []
    for week in Calendar().monthdatescalendar(sheet.metrics.year, sheet.metrics.month):
        cells = []
        for day in week:
            record = by_date.get(day)
            if record is None:
                cells.append("<td class='cal'></td>")
                continue
            colours = LIGHT_STATUS[record.status]
            worked = formatting.decimal(hours(record.worked)) if record.sessions else "&nbsp;"
            mark = CORRECTED_MARK if record.corrected else ""
            cells.append(
                f"<td class='cal' bgcolor='{colours.fill}'><b>{day.day}{mark}</b><br>"
                f"<span style='color:{colours.text}'>{worked}</span></td>"
            )
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table width='60%'><tr>{head}</tr>{''.join(rows)}</table>"


def _daily_table(sheet: Timesheet) -> str:
    head = (
        translate("Timesheet", "Date"),
        translate("Timesheet", "Status"),
        translate("Timesheet", "First in"),
        translate("Timesheet", "Last out"),
        translate("Timesheet", "Worked h"),
        translate("Timesheet", "Breaks h"),
        translate("Timesheet", "Holiday or leave"),
    )
    # A header row (thead) is repeated on each page a long month runs over.
    parts = ["<table width='100%'><thead><tr>", *(f"<th>{h}</th>" for h in head), "</tr></thead>"]
    for d in sheet.days:
        css = "" if d.is_working_day or d.sessions else " class='off'"
        mark = f" {CORRECTED_MARK}" if d.corrected else ""
        note = d.holiday_name or (formatting.leave_label(d.leave_type) if d.leave_type else "")
        parts.append(
            f"<tr{css}><td>{formatting.day_abbr(d.date.weekday())} {d.date.isoformat()}"
            f"{mark}</td><td>{formatting.status_label(d.status)}</td>"
            f"<td>{local_time(d.first_clock_in, d.date, sheet.zone)}</td>"
            f"<td>{local_time(d.last_clock_out, d.date, sheet.zone)}</td>"
            f"<td class='num'>{formatting.decimal(hours(d.worked))}</td>"
            f"<td class='num'>{formatting.decimal(hours(d.break_time))}</td>"
            f"<td>{escape(note)}</td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)


def timesheet_html(sheet: Timesheet) -> str:
    e = sheet.employee
    who = [translate("Timesheet", "Employee no. {id}").format(id=e.id)]
    if e.department:
        who.append(
            translate("Timesheet", "Department: {department}").format(
                department=escape(e.department)
            )
        )
    if e.job_title:
        who.append(escape(e.job_title))
    who.append(translate("Timesheet", "Times in {zone}").format(zone=escape(sheet.zone.key)))
    figures = totals(sheet)
    totals_title, days_title = translate("Timesheet", "Totals"), translate("Timesheet", "Days")
    decimal_note = translate("Timesheet", "Hours are decimal (7.75 = 7 h 45 min).")
    heading = translate("Timesheet", "Timesheet \u2014 {name}").format(name=e.full_name)
    subtitle = " \u00b7 ".join([escape(month_title(sheet)), *who])
    sign = "".join("<td class='sign' width='30%'>&nbsp;</td><td width='3%'></td>" for _ in range(3))
    labels = "".join(
        f"<td>{w}</td><td></td>"
        for w in (
            translate("Timesheet", "Employee"),
            translate("Timesheet", "Manager"),
            translate("Timesheet", "Date"),
        )
    )
    return "".join(
        [
            f"<h1>{escape(heading)}</h1>",
            f"<p class='sub'>{subtitle}</p>",
            _calendar(sheet),
            f"<p class='h'>{escape(totals_title)}</p><table><tr>",
            *(f"<th>{caption}</th>" for caption, _ in figures),
            "</tr><tr>",
            *(f"<td class='num'>{text}</td>" for _, text in figures),
            f"</tr></table><p class='h'>{escape(days_title)}</p>",
            _daily_table(sheet),
            f"<p>{escape(translate(C, LEGEND))}. {escape(decimal_note)}</p>",
            f"<table width='100%'><tr>{sign}</tr><tr>{labels}</tr></table>",
        ]
    )
