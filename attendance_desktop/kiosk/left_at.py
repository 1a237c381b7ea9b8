"""The kiosk's "When did you leave?": the question's words and the typed time's meaning.

Pure functions, no Qt. A time keypad gives digits only (no colon to find on a touch
screen): one or two digits are an hour ("17" is 17:00), four are HH:MM ("1705"). The time
is on the day of the missed session, in the kiosk's time zone; a night shift that ended
after midnight is corrected from the desktop or by an admin, not at a door.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from ..core.errors import InvalidInput
from .backend import MissedClockOut

TIME_HINT = "Type 4 digits, like 1705 for 17:05."


def day_words(day: date) -> str:
    """ "Friday 27 November": the year goes without saying a few days later."""
    return f"{day:%A} {day.day} {day:%B}"


def question(missed: MissedClockOut) -> str:
    return f"You didn't clock out on {day_words(missed.day)}. When did you leave?"


def clocked_in_words(missed: MissedClockOut, zone: ZoneInfo) -> str:
    return f"You clocked in at {missed.clock_in.astimezone(zone):%H:%M}."


def shown(digits: str) -> str:
    """What the entry shows while typing: "17", "17:0", "17:05"."""
    return digits if len(digits) <= 2 else f"{digits[:2]}:{digits[2:]}"


def left_at(digits: str, missed: MissedClockOut, zone: ZoneInfo, now: datetime) -> datetime:
    """The instant the person left (aware UTC), or `InvalidInput` in words for them."""
    if not digits.isdigit() or len(digits) not in (1, 2, 4):
        raise InvalidInput(TIME_HINT)
    hour, minute = int(digits[:2] if len(digits) == 4 else digits), int(digits[2:] or 0)
    if hour > 23 or minute > 59:
        raise InvalidInput(f"{shown(digits)} is not a time of day.")
    at = datetime.combine(missed.day, time(hour, minute), zone)
    if at <= missed.clock_in:
        # Short: it shows in the two lines kept under the keys.
        raise InvalidInput(
            f"That is before your clock-in at {missed.clock_in.astimezone(zone):%H:%M}."
        )
    if at > now:
        raise InvalidInput("That time has not come yet. When did you leave?")
    return at.astimezone(UTC)
