"""Choosing public holidays and keeping the company's own days off, as the settings do."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from attendance_desktop.core.errors import InvalidInput, StoreBusy
from attendance_desktop.core.models import DayStatus, Employee
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

EPIPHANY = date(2026, 1, 6)  # a public holiday in Bavaria, not in Berlin
TEAM_DAY = date(2026, 11, 13)  # a Friday


def test_a_new_store_has_no_region_and_no_company_holidays(
    service: LocalAttendanceService,
) -> None:
    assert service.holiday_region() == ("", "")
    assert service.company_holidays() == []


def test_the_region_is_read_back_in_the_packages_spelling(
    service: LocalAttendanceService,
) -> None:
    service.set_holiday_region("de", "bayern")
    assert service.holiday_region() == ("DE", "BY")
    service.set_holiday_region("DE", "augsburg")  # a city whose code is not upper case
    assert service.holiday_region() == ("DE", "Augsburg")
    service.set_holiday_region("fr", "zone a")
    assert service.holiday_region() == ("FR", "Zone A")
    service.set_holiday_region("")
    assert service.holiday_region() == ("", "")


@pytest.mark.parametrize(
    ("country", "subdivision", "message"),
    [
        ("ZZ", "", "Unknown holiday country or region: ZZ"),
        ("DE", "XX", "Unknown holiday country or region: DE XX"),
        ("", "BY", "Choose a country before choosing a region."),
    ],
)
def test_an_unknown_region_is_refused_and_changes_nothing(
    service: LocalAttendanceService, country: str, subdivision: str, message: str
) -> None:
    service.set_holiday_region("DE", "BY")
    with pytest.raises(InvalidInput) as refused:
        service.set_holiday_region(country, subdivision)
    assert refused.value.message == message
    assert service.holiday_region() == ("DE", "BY")


def test_company_holidays_are_listed_by_date_and_removed(
    service: LocalAttendanceService, employee: Employee
) -> None:
    service.add_company_holiday(date(2026, 12, 24), "Christmas Eve")
    service.add_company_holiday(TEAM_DAY, " Team day ")
    assert service.company_holidays() == [
        (TEAM_DAY, "Team day"),
        (date(2026, 12, 24), "Christmas Eve"),
    ]
    assert service.month_days(employee.id, 2026, 11)[12].holiday_name == "Team day"

    service.remove_company_holiday(TEAM_DAY)

    assert service.company_holidays() == [(date(2026, 12, 24), "Christmas Eve")]
    # The cached calendar forgets the day at once: it is a working day again.
    day = service.month_days(employee.id, 2026, 11)[12]
    assert day.holiday_name is None and day.status is DayStatus.ABSENT


def test_removing_a_day_that_is_no_company_holiday_is_explained(
    service: LocalAttendanceService,
) -> None:
    service.add_company_holiday(TEAM_DAY, "Team day")
    with pytest.raises(InvalidInput) as refused:
        service.remove_company_holiday(date(2026, 11, 14))
    assert refused.value.message == "There is no company holiday on 2026-11-14."
    assert service.company_holidays() == [(TEAM_DAY, "Team day")]


def test_save_holidays_sets_the_region_and_replaces_the_company_days(
    service: LocalAttendanceService, employee: Employee
) -> None:
    service.add_company_holiday(date(2026, 12, 24), "Christmas Eve")

    service.save_holidays("DE", "BY", {TEAM_DAY: "Team day"})

    assert service.holiday_region() == ("DE", "BY")
    assert service.company_holidays() == [(TEAM_DAY, "Team day")]
    january = service.month_days(employee.id, 2026, 1)
    assert january[EPIPHANY.day - 1].status is DayStatus.NON_WORKING
    assert january[EPIPHANY.day - 1].holiday_name == "Epiphany"


@pytest.mark.parametrize(
    ("country", "days", "message"),
    [
        ("ZZ", {TEAM_DAY: "Team day"}, "Unknown holiday country or region: ZZ"),
        ("US", {TEAM_DAY: "  "}, "A company holiday needs a name."),
        ("US", {TEAM_DAY: "x" * 256}, "A company holiday's name can be at most 255 characters."),
    ],
)
def test_save_holidays_with_bad_input_changes_nothing(
    service: LocalAttendanceService, country: str, days: dict[date, str], message: str
) -> None:
    service.save_holidays("DE", "BY", {date(2026, 12, 24): "Christmas Eve"})
    with pytest.raises(InvalidInput) as refused:
        service.save_holidays(country, "", days)
    assert refused.value.message == message
    assert service.holiday_region() == ("DE", "BY")
    assert service.company_holidays() == [(date(2026, 12, 24), "Christmas Eve")]


def test_a_busy_store_keeps_the_old_holidays_in_full(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    service = LocalAttendanceService.open(sqlite_url(db_path), busy_timeout_ms=50)
    try:
        service.save_holidays("DE", "BY", {TEAM_DAY: "Team day"})
        other = sqlite3.connect(db_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        try:
            with pytest.raises(StoreBusy):
                service.save_holidays("US", "", {})
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert service.holiday_region() == ("DE", "BY")
        assert service.company_holidays() == [(TEAM_DAY, "Team day")]
    finally:
        service.close()
