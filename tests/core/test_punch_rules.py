"""Which punch time is recorded: the service's clock, or a client time within tolerance."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import ClockWentBackwards, PunchTimeOutOfTolerance
from attendance_desktop.core.rules import (
    DEFAULT_PUNCH_TOLERANCE,
    check_not_before,
    last_punch_of,
    resolve_punch_time,
)

from .builders import BERLIN, brk, local, session

NOW = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)


def test_no_client_time_means_the_service_clock() -> None:
    assert resolve_punch_time(None, NOW) == NOW


@pytest.mark.parametrize(
    "offset", [timedelta(0), timedelta(minutes=-5), timedelta(minutes=5), timedelta(seconds=-299)]
)
def test_client_time_within_tolerance_is_kept(offset: timedelta) -> None:
    assert timedelta(minutes=5) == DEFAULT_PUNCH_TOLERANCE
    assert resolve_punch_time(NOW + offset, NOW) == NOW + offset


@pytest.mark.parametrize(
    "offset", [timedelta(minutes=5, seconds=1), timedelta(minutes=-6), timedelta(days=1)]
)
def test_client_time_outside_tolerance_is_refused(offset: timedelta) -> None:
    with pytest.raises(PunchTimeOutOfTolerance) as raised:
        resolve_punch_time(NOW + offset, NOW)
    assert raised.value.code == "PUNCH_TIME_OUT_OF_TOLERANCE"
    assert "clock" in raised.value.message


def test_client_time_in_another_zone_is_stored_as_utc() -> None:
    berlin_wall = NOW.astimezone(timezone(timedelta(hours=1))) + timedelta(minutes=2)
    got = resolve_punch_time(berlin_wall, NOW)
    assert got == NOW + timedelta(minutes=2)
    assert got.utcoffset() == timedelta(0)


def test_naive_client_time_is_refused() -> None:
    with pytest.raises(PunchTimeOutOfTolerance, match="time zone"):
        resolve_punch_time(datetime(2026, 11, 16, 8, 0), NOW)


def test_custom_tolerance() -> None:
    late = NOW + timedelta(minutes=20)
    assert resolve_punch_time(late, NOW, timedelta(minutes=30)) == late
    with pytest.raises(PunchTimeOutOfTolerance):
        resolve_punch_time(late, NOW, timedelta(minutes=10))


def test_last_punch_is_the_latest_instant_of_any_kind() -> None:
    s = session(
        local(BERLIN, 2026, 11, 16, 8),
        breaks=[brk(local(BERLIN, 2026, 11, 16, 9), local(BERLIN, 2026, 11, 16, 9, 20))],
    )
    assert last_punch_of([s]) == local(BERLIN, 2026, 11, 16, 9, 20)
    assert last_punch_of([]) is None


def test_a_punch_before_the_last_one_means_the_clock_went_backwards() -> None:
    last = local(BERLIN, 2026, 11, 16, 17)
    check_not_before(last, last)  # the same instant is fine (a double click)
    check_not_before(last + timedelta(seconds=1), last)
    check_not_before(last, None)
    with pytest.raises(ClockWentBackwards) as raised:
        check_not_before(last - timedelta(seconds=1), last)
    assert raised.value.code == "CLOCK_WENT_BACKWARDS"
    assert "Nothing was changed" in raised.value.message


def test_fixed_clock_refuses_naive_times_and_moves_only_when_told() -> None:
    with pytest.raises(ValueError):
        FixedClock(datetime(2026, 1, 1))
    clock = FixedClock(datetime(2026, 1, 1, 9, tzinfo=BERLIN))
    assert clock.now() == datetime(2026, 1, 1, 8, tzinfo=UTC)
    assert clock.now().tzinfo is UTC
    clock.advance(timedelta(minutes=1))
    assert clock.now() == datetime(2026, 1, 1, 8, 1, tzinfo=UTC)


def test_an_offline_replay_keeps_its_original_time_but_still_needs_a_zone() -> None:
    yesterday = NOW - timedelta(days=1, hours=3)
    assert resolve_punch_time(yesterday, NOW, None) == yesterday
    with pytest.raises(PunchTimeOutOfTolerance):
        resolve_punch_time(datetime(2026, 11, 15, 8, 0), NOW, None)
