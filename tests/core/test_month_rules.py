"""Month metrics and month days: the seed-000 keys and the statuses of PRODUCT.md."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

import pytest

from attendance_desktop.core.calendar import WorkCalendar
from attendance_desktop.core.errors import FutureMonth, InvalidMonth
from attendance_desktop.core.models import DEFAULT_WORK_WEEK, DayStatus, MonthMetrics, WorkSession
from attendance_desktop.core.rules import local_date, month_days, month_metrics

from .builders import BERLIN, HOUR, NEW_YORK, days_of, local, session

GERMANY = WorkCalendar("DE")


def metrics(
    year: int,
    month: int,
    sessions: Sequence[WorkSession],
    now: datetime,
    calendar: WorkCalendar = GERMANY,
    work_week: Sequence[int] = DEFAULT_WORK_WEEK,
) -> MonthMetrics:
    return month_metrics(
        year,
        month,
        sessions,
        today=local_date(now, BERLIN),
        now=now,
        calendar=calendar,
        work_week=work_week,
    )


def workday(d: int, month: int = 11) -> WorkSession:
    return session(local(BERLIN, 2026, month, d, 8), local(BERLIN, 2026, month, d, 16))


# November 2026 starts on a Sunday. Worked: Mon-Fri of the first week, the second week
# except Wednesday the 11th, and Monday the 16th; Tuesday the 17th absent.
HISTORY = [workday(d) for d in (2, 3, 4, 5, 6, 9, 10, 12, 13, 16)]
WEDNESDAY_18_NOON = local(BERLIN, 2026, 11, 18, 12)


def test_half_elapsed_month_before_clocking_in_today() -> None:
    m = metrics(2026, 11, HISTORY, WEDNESDAY_18_NOON)
    assert (m.total_working_days, m.total_present_days, m.total_absent_days) == (12, 10, 2)
    assert m.remaining_working_days == 9  # 18-20, 23-27, 30: today is not over yet
    assert m.worked == 10 * 8 * HOUR
    today = days_of(2026, 11, HISTORY, now=WEDNESDAY_18_NOON, calendar=GERMANY)[date(2026, 11, 18)]
    assert today.status is DayStatus.UPCOMING
    assert today.is_working_day


def test_half_elapsed_month_with_today_clocked_in() -> None:
    now_in = session(local(BERLIN, 2026, 11, 18, 8))
    m = metrics(2026, 11, [*HISTORY, now_in], WEDNESDAY_18_NOON)
    assert (m.total_working_days, m.total_present_days, m.total_absent_days) == (13, 11, 2)
    assert m.remaining_working_days == 8
    assert m.worked == 10 * 8 * HOUR + 4 * HOUR
    days = days_of(2026, 11, [*HISTORY, now_in], now=WEDNESDAY_18_NOON, calendar=GERMANY)
    assert days[date(2026, 11, 18)].status is DayStatus.PRESENT
    assert days[date(2026, 11, 17)].status is DayStatus.ABSENT
    assert days[date(2026, 11, 16)].status is DayStatus.COMPLETED
    assert days[date(2026, 11, 19)].status is DayStatus.UPCOMING
    assert days[date(2026, 11, 15)].status is DayStatus.NON_WORKING


def test_today_already_clocked_out_counts_as_present() -> None:
    done = session(local(BERLIN, 2026, 11, 18, 7), local(BERLIN, 2026, 11, 18, 11))
    m = metrics(2026, 11, [*HISTORY, done], WEDNESDAY_18_NOON)
    assert (m.total_working_days, m.total_present_days, m.total_absent_days) == (13, 11, 2)


def test_first_day_of_month_before_clocking_in_counts_nothing() -> None:
    m = metrics(2026, 12, [], local(BERLIN, 2026, 12, 1, 7))
    assert (m.total_working_days, m.total_present_days, m.total_absent_days) == (0, 0, 0)


def test_day_without_sessions_has_its_entry_with_nulls() -> None:
    day = days_of(2026, 11, HISTORY, now=WEDNESDAY_18_NOON)[date(2026, 11, 11)]
    assert day.status is DayStatus.ABSENT
    assert day.first_clock_in is None and day.last_clock_out is None
    assert day.worked == timedelta(0) and day.sessions == ()


def test_weekend_work_is_counted_apart_from_working_days() -> None:
    saturday = workday(14)
    m = metrics(2026, 11, [*HISTORY, saturday], WEDNESDAY_18_NOON)
    assert m.non_working_days_worked == 1
    assert (m.total_working_days, m.total_present_days, m.total_absent_days) == (12, 10, 2)
    assert m.worked == 11 * 8 * HOUR
    day = days_of(2026, 11, [saturday], now=WEDNESDAY_18_NOON)[date(2026, 11, 14)]
    assert not day.is_working_day
    assert day.status is DayStatus.COMPLETED
    assert day.worked == 8 * HOUR


def test_german_christmas_is_a_named_non_working_day() -> None:
    now = local(BERLIN, 2026, 11, 22, 12)
    days = days_of(2025, 12, [], now=now, calendar=GERMANY)
    for day, name in ((25, "Christmas Day"), (26, "Second Day of Christmas")):
        record = days[date(2025, 12, day)]
        assert record.status is DayStatus.NON_WORKING
        assert record.holiday_name == name
        assert not record.is_working_day
    assert days[date(2025, 12, 24)].status is DayStatus.ABSENT  # not a public holiday
    m = metrics(2025, 12, [], now)
    assert (m.total_working_days, m.total_absent_days) == (21, 21)  # 23 weekdays - 2


def test_us_independence_day_on_a_saturday_is_observed_on_friday() -> None:
    usa = WorkCalendar("US")
    now = local(NEW_YORK, 2026, 11, 22, 12)
    days = days_of(2026, 7, [], now=now, zone=NEW_YORK, calendar=usa)
    assert days[date(2026, 7, 3)].status is DayStatus.NON_WORKING
    assert days[date(2026, 7, 3)].holiday_name == "Independence Day (observed)"
    assert days[date(2026, 7, 4)].holiday_name == "Independence Day"
    m = month_metrics(
        2026, 7, [], today=date(2026, 11, 22), now=now, calendar=usa, work_week=DEFAULT_WORK_WEEK
    )
    assert m.total_working_days == 22  # 23 weekdays minus the observed holiday


def test_work_on_a_public_holiday_counts_as_non_working_day_worked() -> None:
    christmas = session(local(BERLIN, 2025, 12, 25, 9), local(BERLIN, 2025, 12, 25, 13))
    m = metrics(2025, 12, [christmas], local(BERLIN, 2026, 11, 22))
    assert m.non_working_days_worked == 1
    assert m.total_present_days == 0
    assert m.worked == 4 * HOUR


def test_company_holiday_is_non_working_and_wins_over_the_public_name() -> None:
    calendar = WorkCalendar(
        "DE",
        company_holidays={date(2026, 11, 13): "Company day off", date(2025, 12, 25): "Our Xmas"},
    )
    days = days_of(2026, 11, [], now=WEDNESDAY_18_NOON, calendar=calendar)
    assert days[date(2026, 11, 13)].status is DayStatus.NON_WORKING
    assert days[date(2026, 11, 13)].holiday_name == "Company day off"
    assert calendar.holiday_name(date(2025, 12, 25)) == "Our Xmas"
    m = metrics(2026, 11, HISTORY, WEDNESDAY_18_NOON, calendar=calendar)
    # The 13th no longer counts as working; it was worked, so it is a non-working day worked.
    assert (m.total_working_days, m.total_present_days, m.non_working_days_worked) == (11, 9, 1)


def test_custom_work_week_sunday_to_thursday() -> None:
    week = (6, 0, 1, 2, 3)
    days = days_of(2026, 11, HISTORY, now=WEDNESDAY_18_NOON, work_week=week)
    assert days[date(2026, 11, 13)].is_working_day is False  # Friday
    assert days[date(2026, 11, 15)].status is DayStatus.ABSENT  # Sunday
    m = metrics(2026, 11, HISTORY, WEDNESDAY_18_NOON, work_week=week)
    # Sun-Thu up to the 17th: 1-5, 8-12, 15-17 = 13 days; worked on 8 of them
    # (2-5, 9, 10, 12, 16); Fridays 6 and 13 were worked off the work week.
    assert (m.total_working_days, m.total_present_days, m.total_absent_days) == (13, 8, 5)
    assert m.non_working_days_worked == 2


@pytest.mark.parametrize(("year", "month"), [(2026, 12), (2027, 1), (2030, 6)])
def test_future_month_is_refused(year: int, month: int) -> None:
    for rule in (month_days, month_metrics):
        with pytest.raises(FutureMonth) as raised:
            rule(
                year,
                month,
                [],
                today=date(2026, 11, 22),
                now=WEDNESDAY_18_NOON,
                calendar=GERMANY,
                work_week=DEFAULT_WORK_WEEK,
            )
        assert raised.value.message == "Future Month Requested"
        assert raised.value.code == "FUTURE_MONTH"


@pytest.mark.parametrize(
    ("year", "month"), [(2026, 0), (2026, 13), (2026, -1), (1969, 12), (10000, 1)]
)
def test_month_or_year_out_of_range_is_refused(year: int, month: int) -> None:
    with pytest.raises(InvalidMonth) as raised:
        month_days(
            year,
            month,
            [],
            today=date(2026, 11, 22),
            now=WEDNESDAY_18_NOON,
            calendar=GERMANY,
            work_week=DEFAULT_WORK_WEEK,
        )
    assert raised.value.code == "INVALID_MONTH"
    assert "12" in raised.value.message


@pytest.mark.parametrize(("year", "length"), [(2028, 29), (2027, 28), (2000, 29), (2100, 28)])
def test_february_has_its_leap_year_length(year: int, length: int) -> None:
    now = local(BERLIN, 2100, 3, 1)
    days = month_days(
        year, 2, [], today=now.date(), now=now, calendar=WorkCalendar(), work_week=DEFAULT_WORK_WEEK
    )
    assert [d.date for d in days] == [date(year, 2, n) for n in range(1, length + 1)]


def test_work_on_february_29() -> None:
    leap = session(local(BERLIN, 2028, 2, 29, 9), local(BERLIN, 2028, 2, 29, 17))
    now = local(BERLIN, 2028, 3, 1, 9)
    day = days_of(2028, 2, [leap], now=now)[date(2028, 2, 29)]
    assert day.status is DayStatus.COMPLETED and day.worked == 8 * HOUR
    m = metrics(2028, 2, [leap], now, calendar=WorkCalendar())
    assert (m.total_working_days, m.total_present_days) == (21, 1)  # Feb 2028: 21 weekdays


def test_current_month_is_allowed_on_its_first_day() -> None:
    now = local(BERLIN, 2026, 12, 1, 0, 5)
    assert len(days_of(2026, 12, [], now=now)) == 31


def test_days_before_the_first_working_day_are_never_absent() -> None:
    """Someone who starts on Wednesday 18 November was not absent on the 2nd to the 17th."""
    now = local(BERLIN, 2026, 11, 20, 12)
    sessions = [workday(18), workday(19)]
    rules_for_starter = {
        "today": local_date(now, BERLIN),
        "now": now,
        "calendar": GERMANY,
        "work_week": DEFAULT_WORK_WEEK,
        "start": date(2026, 11, 18),
    }
    started = month_metrics(2026, 11, sessions, **rules_for_starter)  # type: ignore[arg-type]
    assert (started.total_working_days, started.total_present_days) == (2, 2)
    assert started.total_absent_days == 0
    days = month_days(2026, 11, sessions, **rules_for_starter)  # type: ignore[arg-type]
    assert days[16].status is DayStatus.NON_WORKING and not days[16].is_working_day
    assert days[17].status is DayStatus.COMPLETED
    # Without a start date the same month has 12 absences: the employee was "already present".
    assert metrics(2026, 11, sessions, now).total_absent_days == 12
