"""Public holidays are worked out once per year and region, then read from the store."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime
from pathlib import Path

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.holiday_language import holiday_language_override
from attendance_desktop.core.models import DayStatus, NewEmployee
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

NOW = datetime(2026, 12, 28, 9, 0, tzinfo=UTC)


def make_store(path: Path) -> int:
    svc = LocalAttendanceService.open(sqlite_url(path), FixedClock(NOW))
    svc.set_holiday_region("DE", "BY")
    emp = svc.add_employee(NewEmployee("Ada", "Lovelace", "ada@example.com"))
    svc.month_days(emp.id, 2026, 12)  # the first look works the year out
    svc.close()
    return emp.id


def test_a_later_start_reads_holidays_without_the_holidays_package(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    emp_id = make_store(db)
    script = textwrap.dedent(f"""
        import sys
        import datetime
        from attendance_desktop.core.clock import FixedClock
        from attendance_desktop.storage.local_service import LocalAttendanceService
        svc = LocalAttendanceService.open({sqlite_url(db)!r}, FixedClock({NOW!r}))
        days = svc.month_days({emp_id}, 2026, 12)
        print(days[24].holiday_name)
        print("holidays" in sys.modules)
    """)
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == "Christmas Day"
    assert out[1] == "False"


def test_changing_the_region_changes_the_holidays(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    emp_id = make_store(db)
    svc = LocalAttendanceService.open(sqlite_url(db), FixedClock(NOW))
    jan6 = date(2026, 1, 6)
    assert svc.month_days(emp_id, 2026, 1)[5].holiday_name == "Epiphany"  # Bavaria
    svc.set_holiday_region("US")
    day = svc.month_days(emp_id, 2026, 1)[jan6.day - 1]
    assert day.holiday_name is None and day.status is DayStatus.ABSENT
    assert svc.month_days(emp_id, 2026, 1)[18].holiday_name == "Martin Luther King Jr. Day"
    svc.close()


def test_german_and_english_calendars_from_one_store_are_both_cached(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    emp_id = make_store(db)  # 2026 worked out in English
    svc = LocalAttendanceService.open(sqlite_url(db), FixedClock(NOW))
    with holiday_language_override("de"):
        german = svc.month_days(emp_id, 2026, 11)
    english = svc.month_days(emp_id, 2026, 11)
    assert german[0].holiday_name == "Allerheiligen"
    assert english[0].holiday_name == "All Saints' Day"
    assert [d.status for d in german] == [d.status for d in english]
    svc.close()

    # A later German start reads the German names from the store alone.
    script = textwrap.dedent(f"""
        import sys
        import datetime
        from attendance_desktop.core.clock import FixedClock
        from attendance_desktop.core.holiday_language import set_default_holiday_language
        from attendance_desktop.storage.local_service import LocalAttendanceService
        set_default_holiday_language("de")
        svc = LocalAttendanceService.open({sqlite_url(db)!r}, FixedClock({NOW!r}))
        days = svc.month_days({emp_id}, 2026, 12)
        print(days[24].holiday_name)
        print("holidays" in sys.modules)
    """)
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[:2] == ["Erster Weihnachtstag", "False"]


def test_a_region_change_drops_every_languages_calendar(tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite3"
    emp_id = make_store(db)
    svc = LocalAttendanceService.open(sqlite_url(db), FixedClock(NOW))
    with holiday_language_override("de"):
        assert svc.month_days(emp_id, 2026, 1)[5].holiday_name == "Heilige Drei Könige"
    assert svc.month_days(emp_id, 2026, 1)[5].holiday_name == "Epiphany"
    svc.set_holiday_region("DE", "BE")  # Berlin: no Epiphany
    with holiday_language_override("de"):
        assert svc.month_days(emp_id, 2026, 1)[5].holiday_name is None
    assert svc.month_days(emp_id, 2026, 1)[5].holiday_name is None
    svc.close()
