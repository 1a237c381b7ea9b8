"""The team's month cell by cell, in plain data: each day's text (hours or a short mark)
and tooltip, each total, and the sort keys, worked out once per month.

No Qt objects, so the controller has `prepare_month` run on the worker thread with the
service call, and the GUI thread only swaps the lists into the model.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ....core.admin_service import PersonMonth
from ....core.models import DayRecord, DayStatus
from ... import formatting
from ...i18n import QT_TRANSLATE_NOOP, translate
from ..day_cell import compact_duration

# The words are translated where shown (headers, tips); made on the worker thread, so
# `translate` there is Qt's thread-safe one.
MONTH = "TeamMonth"
TOTALS = (
    (
        QT_TRANSLATE_NOOP("TeamMonth", "Working"),
        QT_TRANSLATE_NOOP("TeamMonth", "Working days so far"),
    ),
    (
        QT_TRANSLATE_NOOP("TeamMonth", "Present"),
        QT_TRANSLATE_NOOP("TeamMonth", "Working days with a session"),
    ),
    (
        QT_TRANSLATE_NOOP("TeamMonth", "Absent"),
        QT_TRANSLATE_NOOP("TeamMonth", "Working days without a session"),
    ),
    (
        QT_TRANSLATE_NOOP("TeamMonth", "Leave"),
        QT_TRANSLATE_NOOP("TeamMonth", "Leave days"),
    ),
    (
        QT_TRANSLATE_NOOP("TeamMonth", "Hours"),
        QT_TRANSLATE_NOOP("TeamMonth", "Hours worked"),
    ),
    (
        QT_TRANSLATE_NOOP("TeamMonth", "Extra"),
        QT_TRANSLATE_NOOP("TeamMonth", "Days worked that were not working days"),
    ),
)
NAME = 0
FIRST_DAY = 1 + len(TOTALS)
# The short mark of a day without hours; a status without one shows its colour alone.
MARKS = {
    DayStatus.ABSENT: QT_TRANSLATE_NOOP("TeamMonth", "A"),
    DayStatus.LEAVE: QT_TRANSLATE_NOOP("TeamMonth", "L"),
    DayStatus.MISSING_CLOCK_OUT: "!",
    DayStatus.PRESENT: QT_TRANSLATE_NOOP("TeamMonth", "In"),
}
HOLIDAY_MARK = QT_TRANSLATE_NOOP("TeamMonth", "H")


def day_text(day: DayRecord) -> str:
    """'7:30' for a day with hours, else its mark; '*' after a corrected day."""
    if day.worked.total_seconds() > 0:
        text = compact_duration(day)
    elif day.status is DayStatus.NON_WORKING and day.holiday_name:
        text = translate(MONTH, HOLIDAY_MARK)
    else:
        mark = MARKS.get(day.status, "")
        text = translate(MONTH, mark) if mark else ""
    return f"{text}*" if day.corrected else text


def day_tip(person: PersonMonth, day: DayRecord) -> str:
    lines = [person.employee.full_name, formatting.long_date(day.date)]
    status = formatting.status_label(day.status)
    if day.holiday_name:
        status += f": {day.holiday_name}"
    if day.leave_type:
        status += f" ({day.leave_type})"
    lines.append(status)
    if day.worked.total_seconds() > 0:
        lines.append(
            translate("TeamMonth", "Worked {time}").format(time=formatting.duration(day.worked))
        )
    if day.corrected:
        lines.append(translate("TeamMonth", "Corrected (see the day's history)"))
    return "\n".join(lines)


def _totals(person: PersonMonth) -> tuple[tuple[str, float], ...]:
    """(text, sort key) of each total, in the columns' order."""
    m = person.metrics
    hours = m.worked.total_seconds() / 3600
    return (
        (str(m.total_working_days), m.total_working_days),
        (str(m.total_present_days), m.total_present_days),
        (str(m.total_absent_days), m.total_absent_days),
        (str(m.total_leave_days), m.total_leave_days),
        (formatting.decimal(hours, 1), hours),
        (str(m.non_working_days_worked), m.non_working_days_worked),
    )


@dataclass(frozen=True, slots=True)
class PreparedMonth:
    """A month's cells worked out: plain strings and numbers, no Qt, so the controller has
    them made on the worker thread (for 1,000 people, ~80 ms kept off the GUI thread)."""

    year: int
    month: int
    people: tuple[PersonMonth, ...]
    texts: list[tuple[str, ...]]  # per row: name, totals, then each day
    keys: list[tuple[Any, ...]]  # per row: the sort key of each column
    statuses: list[tuple[DayStatus, ...]]


def prepare_month(year: int, month: int, people: Sequence[PersonMonth]) -> PreparedMonth:
    length = calendar.monthrange(year, month)[1]
    texts, keys, statuses = [], [], []
    for person in people:
        totals = _totals(person)
        days = person.days[:length]
        texts.append(
            (person.employee.full_name, *(t for t, _k in totals), *(day_text(d) for d in days))
        )
        sort_name = f"{person.employee.last_name} {person.employee.first_name}".casefold()
        keys.append(
            (sort_name, *(k for _t, k in totals), *(d.worked.total_seconds() for d in days))
        )
        statuses.append(tuple(d.status for d in days))
    return PreparedMonth(year, month, tuple(people), texts, keys, statuses)
