"""The working-day calendar: work week, public holidays of a region, company holidays."""

from __future__ import annotations

from datetime import date

import pytest

from attendance_desktop.core.calendar import WorkCalendar, month_dates


def test_no_country_means_no_public_holidays() -> None:
    assert WorkCalendar().holiday_name(date(2025, 12, 25)) is None
    assert WorkCalendar().is_working_day(date(2025, 12, 25))


def test_regional_holiday_needs_its_region() -> None:
    epiphany = date(2026, 1, 6)
    assert WorkCalendar("DE").holiday_name(epiphany) is None
    assert WorkCalendar("DE", "BY").holiday_name(epiphany) == "Epiphany"
    assert not WorkCalendar("DE", "BY").is_working_day(epiphany)


def test_work_week_decides_weekends() -> None:
    friday, saturday = date(2026, 11, 13), date(2026, 11, 14)
    cal = WorkCalendar()
    assert cal.is_working_day(friday) and not cal.is_working_day(saturday)
    assert cal.is_working_day(saturday, (5, 6)) and not cal.is_working_day(friday, (5, 6))


def test_unknown_country_is_a_value_error_with_a_message() -> None:
    with pytest.raises(ValueError, match="Unknown holiday country"):
        WorkCalendar("XX").holiday_name(date(2026, 1, 1))


def test_month_dates_cover_the_month_in_order() -> None:
    assert month_dates(2026, 4)[0] == date(2026, 4, 1)
    assert month_dates(2026, 4)[-1] == date(2026, 4, 30)
    assert len(month_dates(2026, 12)) == 31
