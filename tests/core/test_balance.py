"""The month's target and balance, and the month as CSV rows."""

from __future__ import annotations

import csv
import io
from datetime import date, timedelta

from attendance_desktop.core.balance import hours, month_balance, signed_hours
from attendance_desktop.core.calendar import WorkCalendar
from attendance_desktop.core.models import DayStatus
from attendance_desktop.core.month_report import COLUMNS, report_rows, write_csv
from attendance_desktop.core.rules import metrics_from_days

from .builders import BERLIN, HOUR, brk, days_of, local, session

GERMANY = WorkCalendar("DE")
TARGET = timedelta(hours=8)
NOON_18 = local(BERLIN, 2026, 11, 18, 12)  # Wednesday 18 November 2026


def day(d: int, start: int, end: int, pause: int = 0):  # type: ignore[no-untyped-def]
    breaks = [brk(local(BERLIN, 2026, 11, d, 12), local(BERLIN, 2026, 11, d, 12, pause))]
    return session(
        local(BERLIN, 2026, 11, d, start),
        local(BERLIN, 2026, 11, d, end),
        breaks=breaks if pause else (),
    )


def november(sessions, now=NOON_18):  # type: ignore[no-untyped-def]
    return list(days_of(2026, 11, sessions, now=now, calendar=GERMANY).values())


def test_target_so_far_follows_the_working_days_of_the_metrics() -> None:
    # Worked 9 h on Monday 2nd, 7 h on Tuesday 3rd, 3 h on Saturday 7th; nothing else.
    days = november([day(2, 8, 17), day(3, 8, 15), day(7, 9, 12)])
    balance = month_balance(days, date(2026, 11, 18), TARGET)
    metrics = metrics_from_days(2026, 11, days, date(2026, 11, 18))
    assert balance.target_so_far == metrics.total_working_days * TARGET == 12 * TARGET
    assert balance.month_target == 21 * TARGET  # 21 working days in November 2026
    assert balance.worked == 19 * HOUR == metrics.worked
    assert balance.balance == (19 - 96) * HOUR
    assert signed_hours(balance.balance) == "-77.00 h"


def test_today_owes_its_target_only_once_clocked_in() -> None:
    before = month_balance(november([day(2, 8, 16)]), date(2026, 11, 18), TARGET)
    open_today = session(local(BERLIN, 2026, 11, 18, 8))
    after = month_balance(november([day(2, 8, 16), open_today]), date(2026, 11, 18), TARGET)
    assert after.target_so_far - before.target_so_far == TARGET


def test_running_balance_and_overtime_on_a_weekend() -> None:
    now = local(BERLIN, 2026, 11, 4, 12)  # Wednesday 4th, not clocked in yet
    days = november([day(2, 8, 17), day(3, 8, 17)], now=now)
    balance = month_balance(days, date(2026, 11, 4), TARGET)
    running = balance.running()
    assert running[0] == timedelta(0)  # Sunday 1st owes nothing
    assert running[1] == HOUR and running[2] == 2 * HOUR
    assert running[-1] == 2 * HOUR  # the days ahead owe nothing yet
    assert signed_hours(balance.balance) == "+2.00 h"


def test_leave_owes_nothing() -> None:
    days = november([])
    leave_day = days[1].__class__(
        date=date(2026, 11, 2), status=DayStatus.LEAVE, is_working_day=True, leave_type="vacation"
    )
    days[1] = leave_day
    balance = month_balance(days, date(2026, 11, 18), TARGET)
    assert balance.target_so_far == 11 * TARGET


def test_csv_has_one_row_per_day_with_the_api_words_and_decimal_hours() -> None:
    # 08:00-16:45 with a 30-minute break: 8.25 h worked, 0.5 h break.
    days = november([_with_break()])
    rows = report_rows(days, BERLIN, date(2026, 11, 18), TARGET)
    out = io.StringIO()
    write_csv(rows, out)
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(table[0]) == COLUMNS
    assert len(table) == 30
    monday = table[1]
    assert monday == {
        "date": "2026-11-02",
        "status": "completed",
        "first_in": "08:00",
        "last_out": "16:45",
        "worked_hours": "8.25",
        "break_hours": "0.50",
        "target_hours": "8.00",
        "holiday_or_leave": "",
        "corrected": "no",
    }
    assert table[0]["status"] == "non_working"  # Sunday 1st
    assert table[2]["status"] == "absent" and table[2]["worked_hours"] == "0.00"
    assert table[17]["status"] == "upcoming" and table[17]["target_hours"] == "0.00"
    assert sum(float(r["worked_hours"]) for r in table) == hours(8.25 * HOUR)


def _with_break():  # type: ignore[no-untyped-def]
    return session(
        local(BERLIN, 2026, 11, 2, 8),
        local(BERLIN, 2026, 11, 2, 16, 45),
        breaks=[brk(local(BERLIN, 2026, 11, 2, 12), local(BERLIN, 2026, 11, 2, 12, 30))],
    )


def test_holiday_name_is_in_the_row() -> None:
    days = list(days_of(2026, 12, [], now=NOON_18 + 40 * 24 * HOUR, calendar=GERMANY).values())
    rows = report_rows(days, BERLIN, date(2027, 1, 1), TARGET)
    assert rows[24].date == "2026-12-25"
    assert rows[24].status == "non_working"
    assert rows[24].holiday_or_leave  # the holiday's name, e.g. "Erster Weihnachtstag"
