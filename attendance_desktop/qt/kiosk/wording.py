"""Plain words for a punch on the confirmation screen (pure functions of plain data)."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from ...kiosk.backend import PunchAction, PunchResult
from ..formatting import clock_time, duration
from ..i18n import translate


@dataclass(frozen=True)
class PunchWords:
    greeting: str
    action: str
    kind: str  # "in" | "out" | "break": the colour of the action line
    worked: str
    note: str
    alternative: str  # the "instead" button, or "" when there is none
    alternative_action: PunchAction | None


def _greetings(action: PunchAction) -> tuple[str, str, str]:
    return {
        PunchAction.CLOCK_IN: (
            translate("KioskWording", "Hello, {name}"),
            translate("KioskWording", "Clocked in at {time}"),
            "in",
        ),
        PunchAction.CLOCK_OUT: (
            translate("KioskWording", "Goodbye, {name}"),
            translate("KioskWording", "Clocked out at {time}"),
            "out",
        ),
        PunchAction.BREAK_START: (
            translate("KioskWording", "Enjoy your break, {name}"),
            translate("KioskWording", "Break started at {time}"),
            "break",
        ),
        PunchAction.BREAK_END: (
            translate("KioskWording", "Welcome back, {name}"),
            translate("KioskWording", "Break ended at {time}"),
            "in",
        ),
    }[action]


def _saved_offline(result: PunchResult, zone: ZoneInfo) -> PunchWords:
    """Offline the kiosk knows neither who this was nor whether they come or go."""
    return PunchWords(
        translate("KioskWording", "Punch saved"),
        translate("KioskWording", "At {time}").format(time=clock_time(result.at, zone)),
        "in",
        "",
        translate(
            "KioskWording", "It will be recorded, as in or out, when the connection is back."
        ),
        "",
        None,
    )


def punch_words(result: PunchResult, zone: ZoneInfo) -> PunchWords:
    if result.action is PunchAction.TOGGLE:
        return _saved_offline(result, zone)
    greeting, action, kind = _greetings(result.action)
    worked = ""
    if result.today_worked is not None:
        worked = translate("KioskWording", "Worked today: {time}").format(
            time=duration(result.today_worked)
        )
    note = (
        translate(
            "KioskWording",
            "Saved on this kiosk. It will reach the server as soon as the network is back.",
        )
        if result.offline
        else ""
    )
    alternative, alt_action = "", None
    # A scan clocks out whoever is in; someone only stepping away can switch to a break.
    if result.action is PunchAction.CLOCK_OUT and result.before is not None:
        if result.before.on_break:
            alternative = translate("KioskWording", "End break instead")
            alt_action = PunchAction.BREAK_END
        else:
            alternative = translate("KioskWording", "Start a break instead")
            alt_action = PunchAction.BREAK_START
    return PunchWords(
        greeting.format(name=result.person.first_name),
        action.format(time=clock_time(result.at, zone)),
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
        state = (
            translate("KioskWording", "Offline")
            if offline
            else translate("KioskWording", "Sending")
        )
        # Two whole sentences rather than "%n": lupdate marks plurals only in self.tr.
        if waiting == 1:
            count = translate("KioskWording", "1 punch waiting")
        else:
            count = translate("KioskWording", "{count} punches waiting")
        parts.append(f"{state} — {count.format(count=waiting)}")
    if refused:
        parts.append(translate("KioskWording", "{count} refused, see admin").format(count=refused))
    return " · ".join(parts)
