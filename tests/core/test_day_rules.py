"""How one day's sessions become worked time, first clock-in and last clock-out."""

from __future__ import annotations

from datetime import date, timedelta

from attendance_desktop.core.models import DayStatus
from attendance_desktop.core.rules import session_break_time, session_worked

from .builders import BERLIN, HOUR, brk, days_of, local, session


def test_night_shift_counts_for_the_day_it_started() -> None:
    # Tuesday 22:00 to Wednesday 06:00, Berlin.
    night = session(local(BERLIN, 2026, 11, 10, 22), local(BERLIN, 2026, 11, 11, 6))
    days = days_of(2026, 11, [night], now=local(BERLIN, 2026, 11, 12, 12))

    tuesday, wednesday = days[date(2026, 11, 10)], days[date(2026, 11, 11)]
    assert tuesday.status is DayStatus.COMPLETED
    assert tuesday.worked == 8 * HOUR
    assert tuesday.first_clock_in == local(BERLIN, 2026, 11, 10, 22)
    assert tuesday.last_clock_out == local(BERLIN, 2026, 11, 11, 6)
    assert wednesday.sessions == ()
    assert wednesday.worked == timedelta(0)
    assert wednesday.status is DayStatus.ABSENT


def test_night_shift_at_the_end_of_the_month_stays_in_that_month() -> None:
    night = session(local(BERLIN, 2026, 10, 31, 22), local(BERLIN, 2026, 11, 1, 6))
    october = days_of(2026, 10, [night], now=local(BERLIN, 2026, 11, 2, 12))
    november = days_of(2026, 11, [night], now=local(BERLIN, 2026, 11, 2, 12))

    assert october[date(2026, 10, 31)].worked == 8 * HOUR
    assert november[date(2026, 11, 1)].sessions == ()


def test_worked_time_is_span_minus_breaks() -> None:
    s = session(
        local(BERLIN, 2026, 11, 9, 8),
        local(BERLIN, 2026, 11, 9, 17),
        breaks=[
            brk(local(BERLIN, 2026, 11, 9, 12), local(BERLIN, 2026, 11, 9, 12, 45)),
            brk(local(BERLIN, 2026, 11, 9, 15), local(BERLIN, 2026, 11, 9, 15, 15)),
        ],
    )
    now = local(BERLIN, 2026, 11, 20)
    assert session_break_time(s, now) == timedelta(hours=1)
    assert session_worked(s, now) == 8 * HOUR


def test_break_still_open_at_clock_out_ends_at_clock_out() -> None:
    # Clocked out at 17:00 while a break that began at 16:00 was still running.
    s = session(
        local(BERLIN, 2026, 11, 9, 8),
        local(BERLIN, 2026, 11, 9, 17),
        breaks=[brk(local(BERLIN, 2026, 11, 9, 16))],
    )
    much_later = local(BERLIN, 2026, 11, 20)
    assert session_break_time(s, much_later) == HOUR
    assert session_worked(s, much_later) == 8 * HOUR
    day = days_of(2026, 11, [s], now=much_later)[date(2026, 11, 9)]
    assert day.break_time == HOUR
    assert day.worked == 8 * HOUR


def test_open_session_counts_up_to_now_and_its_day_is_present() -> None:
    s = session(
        local(BERLIN, 2026, 11, 9, 8),
        breaks=[brk(local(BERLIN, 2026, 11, 9, 10), local(BERLIN, 2026, 11, 9, 10, 30))],
    )
    now = local(BERLIN, 2026, 11, 9, 11)
    day = days_of(2026, 11, [s], now=now)[date(2026, 11, 9)]
    assert day.status is DayStatus.PRESENT
    assert day.worked == timedelta(hours=2, minutes=30)
    assert day.last_clock_out is None


def test_open_break_in_an_open_session_is_not_worked_time() -> None:
    s = session(local(BERLIN, 2026, 11, 9, 8), breaks=[brk(local(BERLIN, 2026, 11, 9, 10))])
    assert session_worked(s, local(BERLIN, 2026, 11, 9, 11)) == 2 * HOUR


def test_several_sessions_in_one_day() -> None:
    morning = session(local(BERLIN, 2026, 11, 9, 8), local(BERLIN, 2026, 11, 9, 12))
    afternoon = session(
        local(BERLIN, 2026, 11, 9, 13),
        local(BERLIN, 2026, 11, 9, 17, 30),
        breaks=[brk(local(BERLIN, 2026, 11, 9, 15), local(BERLIN, 2026, 11, 9, 15, 30))],
    )
    evening = session(local(BERLIN, 2026, 11, 9, 20), local(BERLIN, 2026, 11, 9, 21))
    # Given out of order: the day still sorts them by clock-in.
    day = days_of(2026, 11, [evening, morning, afternoon], now=local(BERLIN, 2026, 11, 10))[
        date(2026, 11, 9)
    ]

    assert day.status is DayStatus.COMPLETED
    assert day.sessions == (morning, afternoon, evening)
    assert day.first_clock_in == local(BERLIN, 2026, 11, 9, 8)
    assert day.last_clock_out == local(BERLIN, 2026, 11, 9, 21)
    assert day.worked == 4 * HOUR + 4 * HOUR + HOUR
    assert day.break_time == timedelta(minutes=30)


def test_day_with_a_session_still_open_has_no_last_clock_out() -> None:
    morning = session(local(BERLIN, 2026, 11, 9, 8), local(BERLIN, 2026, 11, 9, 12))
    afternoon = session(local(BERLIN, 2026, 11, 9, 13))
    day = days_of(2026, 11, [morning, afternoon], now=local(BERLIN, 2026, 11, 9, 14))[
        date(2026, 11, 9)
    ]
    assert day.status is DayStatus.PRESENT
    assert day.last_clock_out is None
    assert day.worked == 5 * HOUR
