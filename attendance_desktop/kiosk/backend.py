"""What the kiosk screen needs from wherever punches go: the `KioskBackend` protocol.

Two implementations: `LocalKioskBackend` (a standalone time clock over the local store)
and `RemoteKioskBackend` (a kiosk of a company server, journalling every punch first).
The Qt kiosk only knows this protocol, and calls it off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from ..core.admin_service import AdminService

if TYPE_CHECKING:
    from .sealing import SealedInput


class PunchAction(StrEnum):
    CLOCK_IN = "clock_in"
    CLOCK_OUT = "clock_out"
    BREAK_START = "break_start"
    BREAK_END = "break_end"
    # Offline, for someone the kiosk cannot know: in or out is decided by the server at
    # sync, in the order of the punches.
    TOGGLE = "toggle"


ACTION_WORDS: dict[PunchAction, str] = {
    PunchAction.CLOCK_IN: "Clocked in",
    PunchAction.CLOCK_OUT: "Clocked out",
    PunchAction.BREAK_START: "Break started",
    PunchAction.BREAK_END: "Break ended",
    PunchAction.TOGGLE: "Punch saved",
}


@dataclass(frozen=True, slots=True)
class KioskPerson:
    """All the kiosk ever learns about someone: enough to greet them.

    Offline nobody is known: the person is anonymous (id 0, no name) and carries what
    they typed or scanned, sealed for the server."""

    employee_id: int
    first_name: str
    sealed: SealedInput | None = field(default=None, repr=False, compare=False)

    @property
    def anonymous(self) -> bool:
        return self.sealed is not None


@dataclass(frozen=True, slots=True)
class KioskState:
    clocked_in: bool
    on_break: bool


@dataclass(frozen=True, slots=True)
class PunchResult:
    person: KioskPerson
    action: PunchAction
    at: datetime  # aware UTC
    punch_id: str
    state: KioskState  # after the punch
    today_worked: timedelta | None  # None while offline: the server knows it, not us
    offline: bool = False
    before: KioskState | None = None  # the state the punch changed (offers "instead")


@dataclass(frozen=True, slots=True)
class MissedClockOut:
    """A session left open past the limit: all the kiosk learns of it, so it can ask
    "When did you leave?" before the scan goes on."""

    day: date  # the session's own day, in the person's time zone
    clock_in: datetime  # aware UTC


@dataclass(frozen=True, slots=True)
class MissedQuestion:
    """What a scan gives instead of a punch while the person's clock-out is missing."""

    person: KioskPerson
    missed: MissedClockOut


@dataclass(frozen=True, slots=True)
class RefusedPunch:
    """A queued punch the server refused: kept and shown to an admin, never dropped."""

    employee_id: int
    action: str
    at: datetime
    message: str


@dataclass(frozen=True, slots=True)
class SyncStatus:
    offline: bool
    waiting: int
    refused: int


def toggle_action(state: KioskState) -> PunchAction:
    """A scan toggles: clock in when out, clock out when in (which also ends a break)."""
    return PunchAction.CLOCK_OUT if state.clocked_in else PunchAction.CLOCK_IN


def after(state: KioskState, action: PunchAction | str) -> KioskState:
    """The state once `action` is done (used to fold queued punches onto a known state)."""
    action = PunchAction(action)
    if action is PunchAction.TOGGLE:
        action = toggle_action(state)
    if action is PunchAction.CLOCK_IN:
        return KioskState(True, False)
    if action is PunchAction.CLOCK_OUT:
        return KioskState(False, False)
    if action is PunchAction.BREAK_START:
        return KioskState(state.clocked_in, True)
    return KioskState(state.clocked_in, False)


def toggle_unless_missed(
    backend: KioskBackend, person: KioskPerson
) -> PunchResult | MissedQuestion:
    """A scan: first the question when the person's clock-out is missing (never a silent
    clock-out of a session left open for days), else the toggle."""
    missed = backend.missed_clock_out(person)
    if missed is not None:
        return MissedQuestion(person, missed)
    return backend.toggle(person)


@runtime_checkable
class KioskBackend(Protocol):
    def identify_badge(self, code: str) -> KioskPerson:
        """The badge's owner; `UnknownBadge` for an unknown badge (offline: anonymous)."""
        ...

    def identify_pin(self, employee_id: int, pin: str) -> KioskPerson:
        """`WrongPin` for a wrong id or PIN (the same, so ids can't be probed); `PinLocked`."""
        ...

    def state(self, person: KioskPerson) -> KioskState: ...

    def punch(
        self, person: KioskPerson, action: PunchAction, before: KioskState | None = None
    ) -> PunchResult: ...

    def toggle(self, person: KioskPerson) -> PunchResult:
        """Clock in if out, out if in: the one call a scan makes."""
        ...

    def missed_clock_out(self, person: KioskPerson) -> MissedClockOut | None:
        """The person's session whose clock-out is missing; None for none, and always None
        for someone the kiosk cannot know (offline)."""
        ...

    def resolve_missed_clock_out(self, person: KioskPerson, left_at: datetime) -> None:
        """Close that session at `left_at` (on a server: at once, and pending an admin's
        approval). `INVALID_INPUT` for a time before its clock-in or in the future."""
        ...

    def undo(self, result: PunchResult) -> None:
        """Take back a punch made moments ago; `NothingToUndo` when it no longer can be."""
        ...

    def check_admin(self, employee_id: int, pin: str) -> None:
        """Pass for an admin's id + PIN (leaving kiosk mode); `NotAnAdmin` or `WrongPin` else."""
        ...

    def check_exit_code(self, code: str) -> None:
        """Pass for this device's exit code (leaving kiosk mode offline); `WrongExitCode`."""
        ...

    def needs_first_admin(self) -> bool:
        """True for a standalone kiosk with no admin yet: nobody could leave kiosk mode."""
        ...

    def admin_service(self, admin_id: int) -> AdminService | None:
        """The team console over a standalone kiosk's store, its changes recorded as made by
        `admin_id` (checked by `check_admin` first); None for a server's kiosk, whose
        administrators use the desktop app signed in to the server."""
        ...

    def create_first_admin(self, first_name: str, last_name: str, pin: str) -> int:
        """The new admin's employee id; `AdminExists` once there is one (then never again)."""
        ...

    def sync(self) -> SyncStatus:
        """Send what waits (a remote kiosk); a local kiosk has nothing to send."""
        ...

    def refused(self) -> list[RefusedPunch]: ...

    def close(self) -> None: ...
