"""The reminder rules: which reminder is due at `now`, pinned at each threshold."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from attendance_desktop.core.models import Break, CurrentStatus, WorkSession
from attendance_desktop.core.reminders import ReminderKind, ReminderRules, due_reminders

BERLIN = ZoneInfo("Europe/Berlin")
WED = date(2026, 11, 18)  # a Wednesday; Berlin is UTC+1 then
RULES = ReminderRules(start_times={2: time(8, 30)})


def at(hour: int, minute: int = 0, day: date = WED) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=BERLIN).astimezone(UTC)


def working(day: date) -> bool:
    return day.weekday() < 5


def status(
    now: datetime,
    clock_in: datetime | None = None,
    breaks: tuple[Break, ...] = (),
    earlier: tuple[WorkSession, ...] = (),
) -> CurrentStatus:
    sessions = earlier
    open_ = None
    if clock_in is not None:
        day = clock_in.astimezone(BERLIN).date()
        open_ = WorkSession(9, 1, day, clock_in, breaks=breaks)
        if day == now.astimezone(BERLIN).date():
            sessions = (*earlier, open_)
    return CurrentStatus(1, now, now.astimezone(BERLIN).date(), open_, sessions)


def kinds(now: datetime, st: CurrentStatus, rules: ReminderRules = RULES, **kw: object) -> list:
    return [r.kind for r in due_reminders(now, BERLIN, st, rules, working, **kw)]  # type: ignore[arg-type]


def test_not_clocked_in_comes_after_the_days_start_plus_the_grace() -> None:
    assert kinds(at(8, 44), status(at(8, 44))) == []
    assert kinds(at(8, 45), status(at(8, 45))) == [ReminderKind.NOT_CLOCKED_IN]
    # A day without its own start time uses 09:00 (Thursday).
    thu = date(2026, 11, 19)
    assert kinds(at(9, 14, thu), status(at(9, 14, thu))) == []
    assert kinds(at(9, 15, thu), status(at(9, 15, thu))) == [ReminderKind.NOT_CLOCKED_IN]


def test_not_clocked_in_is_quiet_once_the_day_has_a_session() -> None:
    done = WorkSession(3, 1, WED, at(7), at(8))
    assert kinds(at(10), status(at(10), earlier=(done,))) == []
    assert kinds(at(10), status(at(10), clock_in=at(8, 50))) == []


def test_past_target_comes_past_the_target_plus_the_grace_counting_earlier_sessions() -> None:
    morning = WorkSession(3, 1, WED, at(6), at(8))  # 2 h
    st = status(at(15, 59), clock_in=at(9, 30), earlier=(morning,))  # 2 h + 6 h 29
    assert ReminderKind.PAST_TARGET not in kinds(at(15, 59), st)
    st = status(at(16), clock_in=at(9, 30), earlier=(morning,))  # 8 h + the 30 min grace
    assert ReminderKind.PAST_TARGET in kinds(at(16), st)
    # Without the morning's 2 h, the same afternoon is far from the target.
    assert ReminderKind.PAST_TARGET not in kinds(at(16), status(at(16), clock_in=at(9, 30)))


def test_no_break_after_six_hours_until_thirty_minutes_of_break() -> None:
    assert kinds(at(14, 59), status(at(14, 59), clock_in=at(9))) == []
    assert kinds(at(15), status(at(15), clock_in=at(9))) == [ReminderKind.NO_BREAK]
    short = (Break(1, 9, at(12), at(12, 20)),)
    assert kinds(at(15, 30), status(at(15, 30), clock_in=at(9), breaks=short)) == [
        ReminderKind.NO_BREAK
    ]
    enough = (Break(1, 9, at(12), at(12, 30)),)
    assert kinds(at(15, 40), status(at(15, 40), clock_in=at(9), breaks=enough)) == []


def test_a_session_open_over_sixteen_hours_is_a_missing_clock_out_and_nothing_else() -> None:
    st = status(at(1, 1, date(2026, 11, 19)), clock_in=at(9))
    assert kinds(at(1, 1, date(2026, 11, 19)), st) == [ReminderKind.MISSING_CLOCK_OUT]
    st = status(at(1, 0, date(2026, 11, 19)), clock_in=at(9))  # 16 h exactly: not over
    assert ReminderKind.MISSING_CLOCK_OUT not in kinds(at(1, 0, date(2026, 11, 19)), st)


@pytest.mark.parametrize("day", [date(2026, 11, 21), date(2026, 11, 22)])  # Sat, Sun
def test_none_on_a_non_working_day(day: date) -> None:
    assert kinds(at(11, 0, day), status(at(11, 0, day))) == []
    late = at(23, 30, day)
    assert kinds(late, status(late, clock_in=at(6, 0, day))) == []


def test_a_holiday_is_a_non_working_day_as_the_caller_says() -> None:
    def holiday(_day: date) -> bool:
        return False

    assert due_reminders(at(11), BERLIN, status(at(11)), RULES, holiday) == []


def test_each_can_be_switched_off() -> None:
    off = ReminderRules(
        not_clocked_in=False, past_target=False, no_break=False, missing_clock_out=False
    )
    assert kinds(at(11), status(at(11)), off) == []
    assert kinds(at(20), status(at(20), clock_in=at(9)), off) == []
    tomorrow = at(3, 0, date(2026, 11, 19))
    assert kinds(tomorrow, status(tomorrow, clock_in=at(9)), off) == []


def test_each_comes_once_a_day() -> None:
    shown = {(ReminderKind.NOT_CLOCKED_IN, WED)}
    assert kinds(at(11), status(at(11)), already_shown=shown) == []
    thu = date(2026, 11, 19)
    assert kinds(at(11, 0, thu), status(at(11, 0, thu)), already_shown=shown) == [
        ReminderKind.NOT_CLOCKED_IN
    ]


def test_the_words_say_what_to_do() -> None:
    (reminder,) = due_reminders(at(15), BERLIN, status(at(15), clock_in=at(9)), RULES, working)
    assert reminder.title == "Time for a break"
    assert "6 h 00 min" in reminder.text and "30 min break" in reminder.text
    assert reminder.day == WED and timedelta(0) < at(15) - at(9)
