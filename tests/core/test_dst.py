"""Daylight saving changes: worked time is real elapsed time and local dates stay right.

Europe/Berlin changes on 2026-03-29 (02:00 -> 03:00) and 2026-10-25 (03:00 -> 02:00);
America/New_York on 2026-03-08 (02:00 -> 03:00) and 2026-11-01 (02:00 -> 01:00).
A shop open every day is used so the Sundays of the change are working days.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from attendance_desktop.core.calendar import WorkCalendar
from attendance_desktop.core.models import DayStatus
from attendance_desktop.core.rules import local_date, month_metrics

from .builders import BERLIN, HOUR, NEW_YORK, days_of, local, session

EVERY_DAY = tuple(range(7))


@pytest.mark.parametrize(
    ("zone", "saturday", "elapsed"),
    [
        (BERLIN, date(2026, 3, 28), 7 * HOUR),  # one hour is skipped in the night
        (BERLIN, date(2026, 10, 24), 9 * HOUR),  # one hour is lived twice
        (NEW_YORK, date(2026, 3, 7), 7 * HOUR),
        (NEW_YORK, date(2026, 10, 31), 9 * HOUR),
    ],
)
def test_night_shift_over_a_dst_change_counts_real_elapsed_time(
    zone: ZoneInfo, saturday: date, elapsed: timedelta
) -> None:
    sunday = saturday + timedelta(days=1)
    start = local(zone, saturday.year, saturday.month, saturday.day, 22)
    end = local(zone, sunday.year, sunday.month, sunday.day, 6)
    night = session(start, end, zone=zone)
    now = local(zone, 2026, 11, 20, 12)

    days = days_of(saturday.year, saturday.month, [night], now=now, zone=zone, work_week=EVERY_DAY)
    assert night.local_date == saturday
    assert days[saturday].worked == elapsed
    assert days[saturday].status is DayStatus.COMPLETED
    if sunday.month == saturday.month:
        assert days[sunday].sessions == ()
        assert days[sunday].status is DayStatus.ABSENT


def test_berlin_spring_day_has_23_hours() -> None:
    s = session(local(BERLIN, 2026, 3, 29, 1), local(BERLIN, 2026, 3, 29, 4))
    day = days_of(2026, 3, [s], now=local(BERLIN, 2026, 4, 1), work_week=EVERY_DAY)[
        date(2026, 3, 29)
    ]
    assert day.worked == 2 * HOUR


def test_berlin_autumn_day_has_25_hours() -> None:
    s = session(local(BERLIN, 2026, 10, 25, 1), local(BERLIN, 2026, 10, 25, 4))
    day = days_of(2026, 10, [s], now=local(BERLIN, 2026, 11, 1), work_week=EVERY_DAY)[
        date(2026, 10, 25)
    ]
    assert day.worked == 4 * HOUR


def test_new_york_repeated_hour_from_first_to_second_one_thirty() -> None:
    first = local(NEW_YORK, 2026, 11, 1, 1, 30, fold=0)  # 01:30 EDT
    second = local(NEW_YORK, 2026, 11, 1, 1, 30, fold=1)  # 01:30 EST, an hour later
    s = session(first, second, zone=NEW_YORK)
    day = days_of(
        2026, 11, [s], now=local(NEW_YORK, 2026, 11, 2), zone=NEW_YORK, work_week=EVERY_DAY
    )[date(2026, 11, 1)]
    assert s.local_date == date(2026, 11, 1)
    assert day.worked == HOUR
    assert day.first_clock_in == datetime(2026, 11, 1, 5, 30, tzinfo=UTC)
    assert day.last_clock_out == datetime(2026, 11, 1, 6, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("instant", "zone", "expected"),
    [
        # Just after local midnight, in winter time, on the day clocks go forward.
        (datetime(2026, 3, 28, 23, 30, tzinfo=UTC), BERLIN, date(2026, 3, 29)),
        (datetime(2026, 3, 28, 22, 59, tzinfo=UTC), BERLIN, date(2026, 3, 28)),
        # Just before midnight, in winter time again, at the end of the autumn change day.
        (datetime(2026, 10, 25, 22, 59, tzinfo=UTC), BERLIN, date(2026, 10, 25)),
        (datetime(2026, 10, 25, 23, 0, tzinfo=UTC), BERLIN, date(2026, 10, 26)),
        (datetime(2026, 3, 8, 4, 59, tzinfo=UTC), NEW_YORK, date(2026, 3, 7)),
        (datetime(2026, 3, 8, 5, 0, tzinfo=UTC), NEW_YORK, date(2026, 3, 8)),
        (datetime(2026, 11, 1, 3, 59, tzinfo=UTC), NEW_YORK, date(2026, 10, 31)),
        (datetime(2026, 11, 2, 4, 59, tzinfo=UTC), NEW_YORK, date(2026, 11, 1)),
        (datetime(2026, 11, 2, 5, 0, tzinfo=UTC), NEW_YORK, date(2026, 11, 2)),
    ],
)
def test_local_date_around_dst_midnights(instant: datetime, zone: ZoneInfo, expected: date) -> None:
    assert local_date(instant, zone) == expected


def test_dst_month_still_has_one_entry_per_day_and_sums_real_hours() -> None:
    # Every day of March 2026 in New York, 09:00 to 17:00 local: 8 real hours each day,
    # including the Sunday the clocks went forward.
    sessions = [
        session(local(NEW_YORK, 2026, 3, d, 9), local(NEW_YORK, 2026, 3, d, 17), zone=NEW_YORK)
        for d in range(1, 32)
    ]
    now = local(NEW_YORK, 2026, 4, 1, 12)
    days = days_of(2026, 3, sessions, now=now, zone=NEW_YORK, work_week=EVERY_DAY)
    assert list(days) == [date(2026, 3, d) for d in range(1, 32)]
    assert all(d.worked == 8 * HOUR for d in days.values())
    metrics = month_metrics(
        2026,
        3,
        sessions,
        today=local_date(now, NEW_YORK),
        now=now,
        calendar=WorkCalendar(),
        work_week=EVERY_DAY,
    )
    assert metrics.worked == 31 * 8 * HOUR
    assert (metrics.total_working_days, metrics.total_present_days) == (31, 31)
