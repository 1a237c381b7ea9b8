"""Badge codes from keyboard-wedge readers: telling a burst from typing, and de-garbling.

A wedge reader types its code as key presses a few milliseconds apart and ends with
Enter. A person types far slower, so the gap between keys tells the two apart. When the
kiosk's keyboard layout is not the one the reader assumes, a digit code arrives garbled
(AZERTY's unshifted top row, or the shifted US symbols); `normalise_badge` undoes that.
"""

from __future__ import annotations

from collections.abc import Callable

BURST_GAP_S = 0.05  # a reader types faster than this between keys; people do not
MIN_BADGE_LENGTH = 3
MAX_BADGE_LENGTH = 128
REPEAT_WINDOW_S = 5.0

# Top row of a French AZERTY keyboard without Shift: what a digit code turns into there.
_AZERTY = dict(zip("&é\"'(-è_çà", "1234567890", strict=True))
# Shifted top row of a US keyboard: a digit code typed with Shift (or Caps on some readers).
_US_SHIFTED = dict(zip("!@#$%^&*()", "1234567890", strict=True))


def normalise_badge(raw: str) -> str:
    """The badge code as the reader meant it.

    A code made only of digits and one layout's top-row symbols is mapped back to digits;
    AZERTY is tried first because its row holds no ambiguous character the US row lacks
    (only '&' and '(' are in both). Any other code (letters, hex) is kept, only trimmed.
    """
    code = raw.strip()
    for table in (_AZERTY, _US_SHIFTED):
        if code and any(c in table for c in code) and all(c.isdigit() or c in table for c in code):
            return "".join(table.get(c, c) for c in code)
    return code


class BurstCollector:
    """Feed it key presses with their time; it answers the code when a burst ends in Enter.

    Pure logic so it can be tested without Qt; the Qt event filter feeds it.
    """

    def __init__(self, gap_s: float = BURST_GAP_S, min_length: int = MIN_BADGE_LENGTH) -> None:
        self._gap = gap_s
        self._min = min_length
        self._chars: list[str] = []
        self._last: float | None = None

    @property
    def collecting(self) -> bool:
        """True while the keys so far could be the start of a burst."""
        return len(self._chars) >= 2

    def key(self, text: str, at: float) -> None:
        if (
            self._last is None
            or at - self._last > self._gap
            or len(self._chars) >= MAX_BADGE_LENGTH
        ):
            self._chars = []
        self._chars.append(text)
        self._last = at

    def enter(self, at: float) -> str | None:
        """The code if Enter ends a fast burst, else None (a person pressed Enter)."""
        chars, last = self._chars, self._last
        self._chars, self._last = [], None
        if last is None or at - last > self._gap or len(chars) < self._min:
            return None
        code = normalise_badge("".join(chars))
        return code or None

    def reset(self) -> None:
        self._chars, self._last = [], None


class RepeatFilter:
    """Drops the same badge seen again within a few seconds (a reader re-reads a held card)."""

    def __init__(self, window_s: float = REPEAT_WINDOW_S, now: Callable[[], float] | None = None):
        import time

        self._window = window_s
        self._now = now or time.monotonic
        self._last_code: str | None = None
        self._last_at = 0.0

    def accept(self, code: str) -> bool:
        now = self._now()
        if code == self._last_code and now - self._last_at < self._window:
            return False
        self._last_code, self._last_at = code, now
        return True
