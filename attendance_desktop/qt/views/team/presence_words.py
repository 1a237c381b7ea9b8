"""Who's in, in words: a person's state with its time, and the count line above the table.

Pure functions of plain data (no widgets), so the wording is tested directly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from ....core.admin_service import Presence, PresenceState
from ... import formatting
from ...i18n import QT_TRANSLATE_NOOP, translate

#: The state filter's choices, in the order the combo lists them.
#: (English, marked: translate(WORDS, name) where shown.)
WORDS = "PresenceWords"
STATE_NAMES: dict[PresenceState, str] = {
    PresenceState.IN: QT_TRANSLATE_NOOP("PresenceWords", "In"),
    PresenceState.ON_BREAK: QT_TRANSLATE_NOOP("PresenceWords", "On break"),
    PresenceState.OUT: QT_TRANSLATE_NOOP("PresenceWords", "Out"),
    PresenceState.MISSING_CLOCK_OUT: QT_TRANSLATE_NOOP("PresenceWords", "Clock-out missing"),
    PresenceState.ON_LEAVE: QT_TRANSLATE_NOOP("PresenceWords", "On leave"),
    PresenceState.ABSENT: QT_TRANSLATE_NOOP("PresenceWords", "Absent"),
    PresenceState.OFF: QT_TRANSLATE_NOOP("PresenceWords", "Off"),
}
# The count line's words, in its order ("12 in · 3 on break · 4 absent"). German does not
# inflect these words by the count, so a {count} placeholder does (no plural forms).
_COUNT_WORDS = {
    PresenceState.IN: QT_TRANSLATE_NOOP("PresenceWords", "{count} in"),
    PresenceState.ON_BREAK: QT_TRANSLATE_NOOP("PresenceWords", "{count} on break"),
    PresenceState.OUT: QT_TRANSLATE_NOOP("PresenceWords", "{count} out"),
    PresenceState.MISSING_CLOCK_OUT: QT_TRANSLATE_NOOP(
        "PresenceWords", "{count} clock-out missing"
    ),
    PresenceState.ON_LEAVE: QT_TRANSLATE_NOOP("PresenceWords", "{count} on leave"),
    PresenceState.ABSENT: QT_TRANSLATE_NOOP("PresenceWords", "{count} absent"),
    PresenceState.OFF: QT_TRANSLATE_NOOP("PresenceWords", "{count} off"),
}  # fmt: skip
# The API's leave types as the state says them: "On leave (vacation)".
LEAVE_WORDS = {
    "vacation": QT_TRANSLATE_NOOP("PresenceWords", "vacation"),
    "sick": QT_TRANSLATE_NOOP("PresenceWords", "sick"),
    "other": QT_TRANSLATE_NOOP("PresenceWords", "other"),
}


def zone_of(presence: Presence, fallback: str) -> ZoneInfo:
    """Times show in the person's own zone: "in since 08:12" is their morning."""
    return formatting.zone_named(presence.employee.timezone, fallback)


def state_words(presence: Presence, zone: ZoneInfo) -> str:
    """'In since 08:12', 'On break since 12:30', 'Out at 16:05', 'Clock-out missing',
    'On leave (vacation)', 'Absent', 'Off (Christmas Day)'."""
    state, at = presence.state, formatting.clock_time(presence.since, zone)
    if presence.since and state is PresenceState.IN:
        return translate("PresenceWords", "In since {time}").format(time=at)
    if presence.since and state is PresenceState.ON_BREAK:
        return translate("PresenceWords", "On break since {time}").format(time=at)
    if presence.since and state is PresenceState.OUT:
        return translate("PresenceWords", "Out at {time}").format(time=at)
    if presence.leave_type and state is PresenceState.ON_LEAVE:
        leave = translate(
            WORDS, LEAVE_WORDS.get(str(presence.leave_type), str(presence.leave_type))
        )
        return translate("PresenceWords", "On leave ({leave})").format(leave=leave)
    if presence.holiday_name and state is PresenceState.OFF:
        return translate("PresenceWords", "Off ({holiday})").format(holiday=presence.holiday_name)
    return translate(WORDS, STATE_NAMES[state])


def count_line(people: Iterable[Presence]) -> str:
    """'12 in · 3 on break · 4 absent': every state somebody is in, in a fixed order."""
    counts = Counter(p.state for p in people)
    if not counts:
        return translate("PresenceWords", "Nobody to show")
    parts = [
        translate(WORDS, words).format(count=counts[s])
        for s, words in _COUNT_WORDS.items()
        if counts[s]
    ]
    return " \u00b7 ".join(parts)
