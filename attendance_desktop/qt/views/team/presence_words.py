"""Who's in, in words: a person's state with its time, and the count line above the table.

Pure functions of plain data (no widgets), so the wording is tested directly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from ....core.admin_service import Presence, PresenceState
from ... import formatting

#: The state filter's choices, in the order the combo lists them.
STATE_NAMES: dict[PresenceState, str] = {
    PresenceState.IN: "In",
    PresenceState.ON_BREAK: "On break",
    PresenceState.OUT: "Out",
    PresenceState.MISSING_CLOCK_OUT: "Clock-out missing",
    PresenceState.ON_LEAVE: "On leave",
    PresenceState.ABSENT: "Absent",
    PresenceState.OFF: "Off",
}
# The count line's words, in its order ("12 in · 3 on break · 4 absent").
_COUNT_WORDS = {state: name.lower() for state, name in STATE_NAMES.items()}


def zone_of(presence: Presence, fallback: str) -> ZoneInfo:
    """Times show in the person's own zone: "in since 08:12" is their morning."""
    return formatting.zone_named(presence.employee.timezone, fallback)


def state_words(presence: Presence, zone: ZoneInfo) -> str:
    """'In since 08:12', 'On break since 12:30', 'Out at 16:05', 'Clock-out missing',
    'On leave (vacation)', 'Absent', 'Off (Christmas Day)'."""
    state, at = presence.state, formatting.clock_time(presence.since, zone)
    if state is PresenceState.IN:
        return f"In since {at}" if presence.since else "In"
    if state is PresenceState.ON_BREAK:
        return f"On break since {at}" if presence.since else "On break"
    if state is PresenceState.OUT:
        return f"Out at {at}" if presence.since else "Out"
    if state is PresenceState.ON_LEAVE:
        return f"On leave ({presence.leave_type})" if presence.leave_type else "On leave"
    if state is PresenceState.OFF:
        return f"Off ({presence.holiday_name})" if presence.holiday_name else "Off"
    return STATE_NAMES[state]


def count_line(people: Iterable[Presence]) -> str:
    """'12 in · 3 on break · 4 absent': every state somebody is in, in a fixed order."""
    counts = Counter(p.state for p in people)
    if not counts:
        return "Nobody to show"
    parts = [f"{counts[s]} {words}" for s, words in _COUNT_WORDS.items() if counts[s]]
    return " \u00b7 ".join(parts)
