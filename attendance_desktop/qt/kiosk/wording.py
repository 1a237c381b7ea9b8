"""Plain words for a punch on the confirmation screen (pure functions, no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from ...kiosk.backend import PunchAction, PunchResult
from ..formatting import clock_time, duration


@dataclass(frozen=True)
class PunchWords:
    greeting: str
    action: str
    kind: str  # "in" | "out" | "break": the colour of the action line
    worked: str
    note: str
    alternative: str  # the "instead" button, or "" when there is none
    alternative_action: PunchAction | None


_GREETINGS = {
    PunchAction.CLOCK_IN: ("Hello, {}", "Clocked in at {}", "in"),
    PunchAction.CLOCK_OUT: ("Goodbye, {}", "Clocked out at {}", "out"),
    PunchAction.BREAK_START: ("Enjoy your break, {}", "Break started at {}", "break"),
    PunchAction.BREAK_END: ("Welcome back, {}", "Break ended at {}", "in"),
}


def _saved_offline(result: PunchResult, zone: ZoneInfo) -> PunchWords:
    """Offline the kiosk knows neither who this was nor whether they come or go."""
    return PunchWords(
        "Punch saved",
        f"At {clock_time(result.at, zone)}",
        "in",
        "",
        "It will be recorded, as in or out, when the connection is back.",
        "",
        None,
    )


def punch_words(result: PunchResult, zone: ZoneInfo) -> PunchWords:
    if result.action is PunchAction.TOGGLE:
        return _saved_offline(result, zone)
    greeting, action, kind = _GREETINGS[result.action]
    worked = (
        f"Worked today: {duration(result.today_worked)}" if result.today_worked is not None else ""
    )
    note = (
        "Saved on this kiosk. It will reach the server as soon as the network is back."
        if result.offline
        else ""
    )
    alternative, alt_action = "", None
    # A scan clocks out whoever is in; someone only stepping away can switch to a break.
    if result.action is PunchAction.CLOCK_OUT and result.before is not None:
        if result.before.on_break:
            alternative, alt_action = "End break instead", PunchAction.BREAK_END
        else:
            alternative, alt_action = "Start a break instead", PunchAction.BREAK_START
    return PunchWords(
        greeting.format(result.person.first_name),
        action.format(clock_time(result.at, zone)),
        kind,
        worked,
        note,
        alternative,
        alt_action,
    )


def sync_words(offline: bool, waiting: int, refused: int) -> str:
    """The unobtrusive corner badge; empty when all is well."""
    parts = []
    if offline or waiting:
        state = "Offline" if offline else "Sending"
        parts.append(f"{state} — {waiting} punch{'es' if waiting != 1 else ''} waiting")
    if refused:
        parts.append(f"{refused} refused, see admin")
    return " · ".join(parts)
