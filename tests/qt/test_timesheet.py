"""PDF timesheets: rendered to a real PDF from a real local store's team month, read back
with poppler's `pdftotext`, every printed number equal to the person's own month page."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from attendance_desktop.core.admin_service import PersonMonth
from attendance_desktop.core.balance import hours, month_balance, signed_hours
from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.corrections import Correction, LeaveType
from attendance_desktop.core.models import DayRecord, Employee, NewEmployee
from attendance_desktop.qt import formatting
from attendance_desktop.qt.export.timesheet import write_timesheets
from attendance_desktop.qt.export.timesheet_html import LEGEND, Timesheet
from attendance_desktop.storage.local_service import LocalAttendanceService

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")

Y, M = 2026, 11
NOW = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)  # the clock fixture's time
TARGET = timedelta(hours=8)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(Y, M, day, hour, minute, tzinfo=UTC)


def hire(service: LocalAttendanceService, first: str, department: str) -> Employee:
    return service.add_employee(
        NewEmployee(first_name=first, last_name="Doe", email=f"{first}@example.com",
                    department=department, timezone="UTC", start_date=date(2026, 1, 1))
    )  # fmt: skip


def punches(service: LocalAttendanceService, clock: FixedClock, who: int,
            steps: list[tuple[datetime, str]]) -> None:  # fmt: skip
    for when, action in steps:
        clock.set(when)
        getattr(service, action)(who)


def team(service: LocalAttendanceService, clock: FixedClock) -> list[Employee]:
    """Day shifts with lunch breaks, a night shift over midnight, a company holiday, sick
    leave, a corrected day, and someone who never clocked in."""
    clock.set(at(1, 7))
    ada, bob, cy = (
        hire(service, "Ada", "Sales"),
        hire(service, "Bob", "Ops"),
        hire(service, "Cy", ""),
    )
    service.add_company_holiday(date(Y, M, 11), "Founders Day")
    ada_steps = [(at(2, 8), "clock_in"), (at(2, 12), "start_break"), (at(2, 12, 45), "end_break"),
                 (at(2, 17, 10), "clock_out"), (at(3, 9), "clock_in"), (at(3, 15, 30), "clock_out"),
                 (at(11, 10), "clock_in"), (at(11, 12), "clock_out")]  # fmt: skip
    bob_steps = [  # a night shift with a break after midnight, and one without a break
        (at(4, 22), "clock_in"), (at(5, 2), "start_break"), (at(5, 2, 20), "end_break"),
        (at(5, 6), "clock_out"), (at(9, 22), "clock_in"), (at(10, 6, 15), "clock_out")]  # fmt: skip
    punches(service, clock, ada.id, ada_steps)
    punches(service, clock, bob.id, bob_steps)
    clock.set(at(12, 9))
    service.request_correction(ada.id, Correction(date(Y, M, 5), "Flu", leave_type=LeaveType.SICK))
    third = service.month_days(ada.id, Y, M)[2].sessions[0]
    service.request_correction(
        ada.id, Correction(date(Y, M, 3), "Left at 17", session_id=third.id, clock_out=at(3, 17))
    )
    clock.set(NOW)
    return [ada, bob, cy]


def sheets(service: LocalAttendanceService, people: list[Employee]) -> list[Timesheet]:
    out = []
    for e in people:
        days = service.month_days(e.id, Y, M)
        bare = tuple(DayRecord(**{**_fields(d), "sessions": ()}) for d in days)
        person = PersonMonth(e, bare, service.month_metrics(e.id, Y, M))
        out.append(Timesheet.of(person, days, ZoneInfo("UTC"), NOW.date(), TARGET))
    return out


def _fields(d: DayRecord) -> dict[str, object]:
    return {name: getattr(d, name) for name in DayRecord.__slots__}


def page_text(pdf: Path, page: int) -> str:
    args = ["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]


def expected_row(d: DayRecord) -> list[str]:
    """A day's line as the timesheet must print it, word by word."""

    def time(t: datetime | None) -> list[str]:
        if t is None:
            return []
        later = (t.date() - d.date).days
        return [t.strftime("%H:%M"), *([f"(+{later}d)"] if later else [])]

    note = d.holiday_name or (d.leave_type or "").capitalize()
    return [formatting.day_abbr(d.date.weekday()), d.date.isoformat(),
            *(["*"] if d.corrected else []), *formatting.status_label(d.status).split(),
            *time(d.first_clock_in), *time(d.last_clock_out), f"{hours(d.worked):.2f}",
            f"{hours(d.break_time):.2f}", *note.split()]  # fmt: skip


def test_every_printed_number_is_the_persons_own_month(
    qapp: object, service: LocalAttendanceService, clock: FixedClock, tmp_path: Path
) -> None:
    people = team(service, clock)
    pdf = tmp_path / "timesheets.pdf"
    assert write_timesheets(sheets(service, people), str(pdf)) == 3
    assert page_count(pdf) == 3  # one page each
    for page, e in enumerate(people, start=1):
        text = page_text(pdf, page)
        days = service.month_days(e.id, Y, M)
        m = service.month_metrics(e.id, Y, M)
        assert f"Timesheet \u2014 {e.full_name}" in text
        assert f"November 2026 \u00b7 Employee no. {e.id}" in text
        assert (f"Department: {e.department}" in text) == bool(e.department)
        lines = {tuple(line.split()[:2]): line.split() for line in text.splitlines()}
        for d in days:
            assert lines[(formatting.day_abbr(d.date.weekday()), d.date.isoformat())] == (
                expected_row(d)
            ), d.date
        balance = month_balance(days, NOW.date(), TARGET)
        figures = [m.total_working_days, m.total_present_days, m.total_absent_days,
                   m.total_leave_days, f"{m.worked_hours:.2f}", m.non_working_days_worked,
                   f"{hours(balance.target_so_far):.2f}",
                   signed_hours(balance.balance).removesuffix(" h"),
                   sum(d.corrected for d in days)]  # fmt: skip
        header = next(i for i, line in enumerate(text.splitlines()) if "Working days" in line)
        assert text.splitlines()[header + 1].split() == [str(f) for f in figures]
        assert LEGEND in text and "Employee" in text and "Manager" in text
        assert "Page 1 of 1" in text


def test_the_team_month_has_what_the_timesheet_marks(
    service: LocalAttendanceService, clock: FixedClock
) -> None:
    """The fixture's month really holds each case the timesheet prints."""
    ada, bob, _ = team(service, clock)
    a, b = service.month_days(ada.id, Y, M), service.month_days(bob.id, Y, M)
    assert a[1].sessions[0].breaks and a[2].corrected and a[4].leave_type == "sick"
    assert a[10].holiday_name == "Founders Day" and a[10].sessions
    assert b[3].last_clock_out is not None and b[3].last_clock_out.date() == date(Y, M, 5)


def test_no_one_still_makes_a_one_page_file(qapp: object, tmp_path: Path) -> None:
    pdf = tmp_path / "empty.pdf"
    assert write_timesheets([], str(pdf)) == 1
    assert "No one to show" in page_text(pdf, 1)


def test_without_a_daily_target_no_target_or_balance_is_printed(
    qapp: object, service: LocalAttendanceService, clock: FixedClock, tmp_path: Path
) -> None:
    people = team(service, clock)
    sheet = sheets(service, people[:1])[0]
    pdf = tmp_path / "one.pdf"
    assert write_timesheets([replace(sheet, daily_target=None)], str(pdf)) == 1
    text = page_text(pdf, 1)
    assert "Hours worked" in text and "Target so far" not in text and "Balance" not in text


def test_a_month_too_long_for_a_page_goes_on_over_the_next_page(
    qapp: object, service: LocalAttendanceService, clock: FixedClock, tmp_path: Path
) -> None:
    people = team(service, clock)
    sheet = sheets(service, people[1:2])[0]  # Bob, his night shifts
    long = "A holiday with a very long name that wraps over several lines of the table " * 3
    days = tuple(replace(d, holiday_name=f"{long}{d.date.day}") for d in sheet.days)
    pdf = tmp_path / "long.pdf"
    pages = write_timesheets([replace(sheet, days=days), sheets(service, people[:1])[0]], str(pdf))
    assert pages == page_count(pdf) >= 3
    texts = [page_text(pdf, n) for n in range(1, pages + 1)]
    bob = pages - 1
    for n in range(bob):
        assert f"Page {n + 1} of {bob}" in texts[n] and "Bob Doe" in texts[n]
        assert "Holiday or leave" in texts[n]  # the table's header, on every page
    assert "Page 1 of 1" in texts[-1] and "Ada Doe" in texts[-1] and "Bob" not in texts[-1]
    bob_dates = [d.date.isoformat() for d in days]
    printed = [line.split()[1] for t in texts[:bob] for line in t.splitlines()
               if len(line.split()) > 1 and line.split()[1] in bob_dates]  # fmt: skip
    assert printed == bob_dates  # every day once, in order, over his pages
