"""Which punch time is recorded: the service's clock, or a client time within tolerance."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import ClockWentBackwards, InvalidDate, PunchTimeOutOfTolerance
from attendance_desktop.core.rules import (
    DEFAULT_PUNCH_TOLERANCE,
    check_not_before,
    last_punch_of,
    place_after,
    resolve_punch_time,
)

from .builders import BERLIN, brk, local, session

NOW = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)


def test_no_client_time_means_the_service_clock() -> None:
    assert resolve_punch_time(None, NOW) == NOW


@pytest.mark.parametrize("offset", [timedelta(0), timedelta(minutes=-5), timedelta(seconds=-299)])
def test_client_time_within_tolerance_is_kept(offset: timedelta) -> None:
    assert timedelta(minutes=5) == DEFAULT_PUNCH_TOLERANCE
    assert resolve_punch_time(NOW + offset, NOW) == NOW + offset


@pytest.mark.parametrize("offline", [False, True], ids=["live", "offline replay"])
@pytest.mark.parametrize("offset", [timedelta(seconds=3), timedelta(minutes=5)])
def test_client_time_ahead_within_tolerance_is_recorded_at_the_service_now(
    offset: timedelta, offline: bool
) -> None:
    """Found: a client 3 s ahead was stored as sent, and the server then refused its own
    clock for the next punch. Never in the future."""
    assert resolve_punch_time(NOW + offset, NOW, offline=offline) == NOW


@pytest.mark.parametrize("at", [datetime(2099, 1, 1, tzinfo=UTC), NOW + timedelta(minutes=6)])
def test_an_offline_replay_dated_in_the_future_is_refused(at: datetime) -> None:
    with pytest.raises(PunchTimeOutOfTolerance) as raised:
        resolve_punch_time(at, NOW, offline=True)
    assert "later than the attendance server" in raised.value.message


@pytest.mark.parametrize("text", ["9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+23:59"])
@pytest.mark.parametrize("offline", [False, True])
def test_an_instant_beyond_the_range_of_dates_is_an_invalid_date(text: str, offline: bool) -> None:
    with pytest.raises(InvalidDate):
        resolve_punch_time(datetime.fromisoformat(text), NOW, offline=offline)


@pytest.mark.parametrize(
    "offset", [timedelta(minutes=5, seconds=1), timedelta(minutes=-6), timedelta(days=1)]
)
def test_client_time_outside_tolerance_is_refused(offset: timedelta) -> None:
    with pytest.raises(PunchTimeOutOfTolerance) as raised:
        resolve_punch_time(NOW + offset, NOW)
    assert raised.value.code == "PUNCH_TIME_OUT_OF_TOLERANCE"
    assert "date and time of the device" in raised.value.message
    assert "this computer" not in raised.value.message  # the server has no such computer


def test_client_time_in_another_zone_is_stored_as_utc() -> None:
    berlin_wall = NOW.astimezone(timezone(timedelta(hours=1))) - timedelta(minutes=2)
    got = resolve_punch_time(berlin_wall, NOW)
    assert got == NOW - timedelta(minutes=2)
    assert got.utcoffset() == timedelta(0)


def test_naive_client_time_is_refused() -> None:
    with pytest.raises(PunchTimeOutOfTolerance, match="time zone"):
        resolve_punch_time(datetime(2026, 11, 16, 8, 0), NOW)


def test_custom_tolerance() -> None:
    late = NOW - timedelta(minutes=20)
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
    assert resolve_punch_time(yesterday, NOW, offline=True) == yesterday
    with pytest.raises(PunchTimeOutOfTolerance):
        resolve_punch_time(datetime(2026, 11, 15, 8, 0), NOW, offline=True)


def test_a_live_client_time_is_clamped_to_the_last_punch() -> None:
    """Found: right after a check-in stamped 22:16:06.905807, a break start sent as the
    whole second 22:16:06 got CLOCK_WENT_BACKWARDS. It is recorded at the last punch."""
    last = datetime(2026, 11, 16, 22, 16, 6, 905807, tzinfo=UTC)
    sent = datetime(2026, 11, 16, 22, 16, 6, tzinfo=UTC)
    assert place_after(sent, last, client_time=True, offline=False) == last
    assert place_after(last, last, client_time=False, offline=False) == last
    later = last + timedelta(seconds=1)
    for client_time, offline in [(True, False), (False, False), (True, True)]:
        assert place_after(later, last, client_time=client_time, offline=offline) == later
        assert place_after(sent, None, client_time=client_time, offline=offline) == sent


def test_a_replay_before_the_last_punch_and_a_clock_set_back_are_refused() -> None:
    last = datetime(2026, 11, 16, 22, 16, 6, 905807, tzinfo=UTC)
    earlier = last - timedelta(microseconds=1)
    with pytest.raises(ClockWentBackwards) as replay:
        place_after(earlier, last, client_time=True, offline=True)
    assert "dated before the employee's last recorded punch" in replay.value.message
    with pytest.raises(ClockWentBackwards) as set_back:
        place_after(earlier, last, client_time=False, offline=False)  # the service's own now
    for raised in (replay, set_back):
        assert "this computer" not in raised.value.message
        assert "Nothing was changed" in raised.value.message
