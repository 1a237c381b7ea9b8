"""Badge codes: bursts told from typing, garbled layouts undone, repeats dropped."""

from __future__ import annotations

import pytest

from attendance_desktop.kiosk.badge import BurstCollector, RepeatFilter, normalise_badge


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0012345", "0012345"),
        ("àà&é\"'(", "0012345"),  # AZERTY top row without Shift
        ("-è_çà", "67890"),
        (")!@#$%", "012345"),  # US top row with Shift
        ("^&*()", "67890"),
        ("  4711\t", "4711"),
        ("A1B2C3", "A1B2C3"),  # letters: a real alphanumeric badge, kept
        ("ab-cd", "ab-cd"),
    ],
)
def test_normalise_badge(raw: str, expected: str) -> None:
    assert normalise_badge(raw) == expected


def feed(collector: BurstCollector, text: str, start: float, gap: float) -> float:
    t = start
    for ch in text:
        collector.key(ch, t)
        t += gap
    return t


def test_a_fast_burst_ending_in_enter_is_a_badge() -> None:
    c = BurstCollector(gap_s=0.05)
    end = feed(c, "0012345", 10.0, 0.01)
    assert c.enter(end) == "0012345"


def test_typing_at_human_speed_is_not_a_badge() -> None:
    c = BurstCollector(gap_s=0.05)
    end = feed(c, "0012345", 10.0, 0.15)
    assert c.enter(end) is None


def test_a_slow_start_then_a_burst_counts_only_the_burst() -> None:
    c = BurstCollector(gap_s=0.05)
    feed(c, "99", 1.0, 0.5)  # someone pressed keys earlier
    end = feed(c, "4711", 5.0, 0.01)
    assert c.enter(end) == "4711"


def test_enter_long_after_the_burst_is_not_a_badge() -> None:
    c = BurstCollector(gap_s=0.05)
    end = feed(c, "4711", 5.0, 0.01)
    assert c.enter(end + 1.0) is None


def test_too_short_a_burst_is_not_a_badge() -> None:
    c = BurstCollector(gap_s=0.05)
    end = feed(c, "12", 5.0, 0.01)
    assert c.enter(end) is None


def test_the_same_badge_again_within_the_window_is_ignored() -> None:
    now = [100.0]
    f = RepeatFilter(5.0, lambda: now[0])
    assert f.accept("4711")
    now[0] += 2
    assert not f.accept("4711")
    assert f.accept("0042")  # someone else may badge right after
    assert f.accept("4711")  # ...and then the first one again counts
    now[0] += 5.1
    assert f.accept("0042")
