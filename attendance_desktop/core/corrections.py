"""Fixing the record: what a correction proposes, its request, the audit, and the rule that
no correction may break the invariants (sessions of one employee never overlap, breaks lie
inside their session, at most one session is open).

Pure: the storage reads the employee's other sessions and asks `planned_session` and
`check_fits` before it writes anything, so a refused correction changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from .errors import (
    BreakOutsideSession,
    CorrectionOverlaps,
    InvalidInput,
    ReasonRequired,
)
from .models import WorkSession

MAX_REASON = 500
# A session open longer than this has its clock-out missing (a store or server setting).
DEFAULT_MISSING_CLOCK_OUT_AFTER = timedelta(hours=16)


class LeaveType(StrEnum):
    VACATION = "vacation"
    SICK = "sick"
    OTHER = "other"


class CorrectionStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class CorrectionKind(StrEnum):
    CHANGE_SESSION = "change_session"
    ADD_SESSION = "add_session"
    REMOVE_SESSION = "remove_session"
    LEAVE = "leave"
    REMOVE_LEAVE = "remove_leave"


class AuditAction(StrEnum):
    """What an audit entry records. Every one but UNDO marks its day as corrected."""

    CORRECTION_APPLIED = "correction_applied"
    CORRECTION_REQUESTED = "correction_requested"
    ADMIN_EDIT = "admin_edit"
    APPROVED = "approved"
    REJECTED = "rejected"
    LEAVE = "leave"
    LEAVE_REMOVED = "leave_removed"
    MISSING_CLOCK_OUT_RESOLVED = "missing_clock_out_resolved"
    UNDO = "undo"
    DELETED = "deleted"


# Entries that change what the day shows; a request waits, an undo takes back a slip.
CORRECTING = frozenset(AuditAction) - {AuditAction.UNDO, AuditAction.CORRECTION_REQUESTED}


@dataclass(frozen=True, slots=True)
class ProposedBreak:
    start: datetime
    end: datetime | None  # None only for the running break of a session left open
    reason: str = ""


@dataclass(frozen=True, slots=True)
class Correction:
    """What a person asks to change on one day of their record, and why.

    - `session_id` and `remove=True`: remove that (mistaken) session;
    - `session_id` and any of `clock_in`, `clock_out`, `breaks`: change that session
      (None keeps a value; `breaks` replaces all of the session's breaks, `()` removes them);
    - no `session_id`, `clock_in` and `clock_out`: add a forgotten session;
    - `leave_type`: mark the day as leave (a day without sessions);
    - `remove=True` without `session_id`: unmark a day marked as leave by mistake.
    """

    day: date
    reason: str
    session_id: int | None = None
    clock_in: datetime | None = None
    clock_out: datetime | None = None
    breaks: tuple[ProposedBreak, ...] | None = None
    remove: bool = False
    leave_type: LeaveType | None = None

    @property
    def kind(self) -> CorrectionKind:
        if self.leave_type is not None:
            return CorrectionKind.LEAVE
        if self.session_id is None:
            return CorrectionKind.REMOVE_LEAVE if self.remove else CorrectionKind.ADD_SESSION
        return CorrectionKind.REMOVE_SESSION if self.remove else CorrectionKind.CHANGE_SESSION


@dataclass(frozen=True, slots=True)
class CorrectionRequest:
    """A correction as the service keeps it: applied at once (`approved`) locally and for an
    admin; on a server, an employee's waits (`pending`) for an admin's decision. `applied`
    is true once it changed the record (a resolved missed clock-out is applied while it
    is still pending)."""

    id: int
    employee_id: int
    correction: Correction
    status: CorrectionStatus
    requested_by: int | None
    requested_at: datetime
    applied: bool = False
    decided_by: int | None = None
    decided_at: datetime | None = None
    comment: str = ""


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One change to a record: who, when, the values before and after, and why."""

    id: int
    employee_id: int
    day: date
    action: AuditAction
    actor_id: int | None
    at: datetime
    reason: str
    session_id: int | None = None
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None
    correction_id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def clean_reason(reason: str) -> str:
    """Every correction says why; REASON_REQUIRED when it does not."""
    text = (reason or "").strip()
    if not text:
        raise ReasonRequired()
    if len(text) > MAX_REASON:
        raise InvalidInput(f"A reason can be at most {MAX_REASON} characters.", field="reason")
    return text


@dataclass(frozen=True, slots=True)
class PlannedSession:
    """The session as it would be after a correction."""

    clock_in: datetime
    clock_out: datetime | None
    breaks: tuple[ProposedBreak, ...]


def planned_session(correction: Correction, existing: WorkSession | None) -> PlannedSession:
    """The session a change or addition would leave (a removal or leave plans none)."""
    if existing is None:
        if correction.clock_in is None or correction.clock_out is None:
            raise InvalidInput("A forgotten session needs both its clock-in and its clock-out.")
        return PlannedSession(correction.clock_in, correction.clock_out, correction.breaks or ())
    clock_out = correction.clock_out or existing.clock_out
    # A running break ends with a clock-out given by the correction, as at a clock-out.
    kept = tuple(
        ProposedBreak(b.start, b.end if b.end is not None else clock_out, b.reason)
        for b in existing.breaks
    )
    return PlannedSession(
        correction.clock_in or existing.clock_in,
        clock_out,
        correction.breaks if correction.breaks is not None else kept,
    )


def check_fits(
    plan: PlannedSession,
    *,
    day: date,
    zone: ZoneInfo,
    others: Sequence[WorkSession],
    now: datetime,
) -> None:
    """Refuse a planned session that breaks an invariant, or lies in the future."""
    if plan.clock_in.astimezone(zone).date() != day:
        raise InvalidInput(
            f"The clock-in must be on {day.isoformat()}: a session belongs to the day it starts."
        )
    if plan.clock_in > now or (plan.clock_out is not None and plan.clock_out > now):
        raise InvalidInput("A correction cannot record a time in the future.")
    if plan.clock_out is not None and plan.clock_out <= plan.clock_in:
        raise InvalidInput("The clock-out must be after the clock-in.")
    end = plan.clock_out if plan.clock_out is not None else now
    previous: ProposedBreak | None = None
    for brk in sorted(plan.breaks, key=lambda b: b.start):
        if brk.end is None and plan.clock_out is not None:
            raise BreakOutsideSession("A break of a closed session needs its end.")
        brk_end = brk.end if brk.end is not None else end
        if brk_end <= brk.start and brk.end is not None:
            raise BreakOutsideSession("A break must end after it starts.")
        if brk.start < plan.clock_in or brk_end > end:
            raise BreakOutsideSession()
        if previous is not None and (previous.end is None or brk.start < previous.end):
            raise BreakOutsideSession("Two breaks of one session cannot overlap.")
        previous = brk
    for other in others:
        other_end = other.clock_out
        if plan.clock_out is None and other_end is None:
            raise CorrectionOverlaps("Only one session can be open at a time.")
        starts_before_other_ends = other_end is None or plan.clock_in < other_end
        ends_after_other_starts = plan.clock_out is None or plan.clock_out > other.clock_in
        if starts_before_other_ends and ends_after_other_starts:
            raise CorrectionOverlaps()
