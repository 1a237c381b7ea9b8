"""Corrections in plain words: drafts from the dialog turned into corrections, and the
audit's entries and requests turned into the lines a day's history shows.

Pure functions of plain data (no widgets, no service), so the wording is tested directly
and the controller stays about deciding.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from ...core.corrections import (
    AuditAction,
    AuditEntry,
    Correction,
    CorrectionKind,
    CorrectionRequest,
    CorrectionStatus,
    LeaveType,
    ProposedBreak,
)
from ...core.errors import SessionNotFound
from ...core.models import WorkSession
from .. import formatting
from ..i18n import translate
from ..views.correction_dialog import CorrectionDraft, SessionChoice

TO = formatting.TO


def action_words(action: AuditAction) -> str:
    return {
        AuditAction.CORRECTION_APPLIED: translate("CorrectionWords", "Corrected"),
        AuditAction.CORRECTION_REQUESTED: translate("CorrectionWords", "Correction asked"),
        AuditAction.ADMIN_EDIT: translate("CorrectionWords", "Edited by an administrator"),
        AuditAction.APPROVED: translate("CorrectionWords", "Approved"),
        AuditAction.REJECTED: translate("CorrectionWords", "Rejected"),
        AuditAction.LEAVE: translate("CorrectionWords", "Marked as leave"),
        AuditAction.LEAVE_REMOVED: translate("CorrectionWords", "Leave removed"),
        AuditAction.MISSING_CLOCK_OUT_RESOLVED: translate(
            "CorrectionWords", "Missed clock-out given"
        ),
        AuditAction.UNDO: translate("CorrectionWords", "Punch undone"),
        AuditAction.DELETED: translate("CorrectionWords", "Deleted"),
    }.get(action, action.value)


def leave_words(leave_type: object) -> str:
    """'vacation leave': the API's leave types ("vacation", "sick", "other") in words."""
    value = getattr(leave_type, "value", leave_type)
    return {
        "vacation": translate("CorrectionWords", "vacation leave"),
        "sick": translate("CorrectionWords", "sick leave"),
        "other": translate("CorrectionWords", "other leave"),
    }.get(str(value), str(value))


def choices(sessions: tuple[WorkSession, ...], zone: ZoneInfo) -> list[SessionChoice]:
    def local(at: datetime) -> time:
        return at.astimezone(zone).time().replace(second=0, microsecond=0)

    return [
        SessionChoice(
            s.id,
            formatting.session_span(s, zone),
            local(s.clock_in),
            local(s.clock_out) if s.clock_out else None,
            tuple((b.id, formatting.break_span(b.start, b.end, zone)) for b in s.breaks),
        )
        for s in sessions
    ]


def _at(day: date, at: time, zone: ZoneInfo, after: datetime | None = None) -> datetime:
    """`at` on `day`, or on the next day when that would come before `after` (past midnight)."""
    instant = datetime.combine(day, at, tzinfo=zone)
    if after is not None and instant <= after:
        instant = datetime.combine(day + timedelta(days=1), at, tzinfo=zone)
    return instant


def _kept(session: WorkSession) -> list[ProposedBreak]:
    return [ProposedBreak(b.start, b.end, b.reason) for b in session.breaks]


def correction_from(
    draft: CorrectionDraft, day: date, zone: ZoneInfo, sessions: tuple[WorkSession, ...]
) -> Correction:
    """The correction a draft asks for; the service checks it against the invariants."""
    reason = draft.reason
    if draft.kind == "leave":
        return Correction(day, reason, leave_type=LeaveType(draft.leave_type or "other"))
    if draft.kind == "remove_leave":
        return Correction(day, reason, remove=True)
    if draft.kind == "add_session":
        assert draft.start is not None and draft.end is not None
        start = _at(day, draft.start, zone)
        return Correction(day, reason, clock_in=start, clock_out=_at(day, draft.end, zone, start))
    if draft.kind == "remove_break":
        owner = next((s for s in sessions if any(b.id == draft.break_id for b in s.breaks)), None)
        if owner is None:
            raise SessionNotFound()
        pairs = zip(_kept(owner), owner.breaks, strict=True)
        left = tuple(b for b, old in pairs if old.id != draft.break_id)
        return Correction(day, reason, session_id=owner.id, breaks=left)
    session = next((s for s in sessions if s.id == draft.session_id), None)
    if session is None:
        raise SessionNotFound()
    if draft.kind == "remove_session":
        return Correction(day, reason, session_id=session.id, remove=True)
    assert draft.start is not None
    if draft.kind == "add_break":
        assert draft.end is not None
        start = _at(day, draft.start, zone, session.clock_in - timedelta(seconds=1))
        added = ProposedBreak(start, _at(day, draft.end, zone, start), reason)
        return Correction(day, reason, session_id=session.id, breaks=(*_kept(session), added))
    clock_in = _at(day, draft.start, zone)
    clock_out = _at(day, draft.end, zone, clock_in) if draft.end is not None else None
    return Correction(day, reason, session_id=session.id, clock_in=clock_in, clock_out=clock_out)


def _snapshot(value: dict[str, Any] | None, zone: ZoneInfo) -> str:
    if not value:
        return translate("CorrectionWords", "nothing")
    if "leave_type" in value:
        return leave_words(value["leave_type"])

    def hm(text: str | None) -> str:
        if text is None:
            return translate("CorrectionWords", "now")
        return formatting.clock_time(datetime.fromisoformat(text), zone)

    text = f"{hm(value.get('clock_in'))}{TO}{hm(value.get('clock_out'))}"
    count = len(value.get("breaks") or [])
    if not count:
        return text
    if count == 1:  # two whole phrases rather than "%n": lupdate marks plurals only in self.tr
        return text + " " + translate("CorrectionWords", "(1 break)")
    return text + " " + translate("CorrectionWords", "({count} breaks)").format(count=count)


def who(actor_id: int | None, employee_id: int, self_name: str = "") -> str:
    if actor_id is None:
        return translate("CorrectionWords", "the system")
    if actor_id == employee_id:
        return self_name or translate("CorrectionWords", "you")
    return translate("CorrectionWords", "administrator #{id}").format(id=actor_id)


def history_line(entry: AuditEntry, zone: ZoneInfo, self_name: str = "") -> str:
    """'Corrected by you, 18 Nov 15:02: 09:00-17:00 → 08:30-17:00. Why: forgot my badge'.
    `self_name` names the employee when someone else reads their history (the console)."""
    when = entry.at.astimezone(zone)
    head = translate("CorrectionWords", "{action} by {who}, {day} {month} {time}").format(
        action=action_words(entry.action),
        who=who(entry.actor_id, entry.employee_id, self_name),
        day=when.day,
        month=formatting.month_abbr(when.month),
        time=f"{when:%H:%M}",
    )
    change = f"{_snapshot(entry.before, zone)} → {_snapshot(entry.after, zone)}"
    why = (
        " " + translate("CorrectionWords", "Why: {reason}").format(reason=entry.reason)
        if entry.reason
        else ""
    )
    return f"{head}: {change}." + why


def proposal(c: Correction, zone: ZoneInfo) -> str:
    if c.kind is CorrectionKind.LEAVE:
        return leave_words(c.leave_type)
    if c.kind is CorrectionKind.REMOVE_SESSION:
        return translate("CorrectionWords", "remove a session")
    if c.kind is CorrectionKind.REMOVE_LEAVE:
        return translate("CorrectionWords", "remove the leave")
    parts = []
    if c.clock_in is not None:
        at = formatting.clock_time(c.clock_in, zone)
        parts.append(translate("CorrectionWords", "clock-in {time}").format(time=at))
    if c.clock_out is not None:
        at = formatting.clock_time(c.clock_out, zone)
        parts.append(translate("CorrectionWords", "clock-out {time}").format(time=at))
    if c.breaks is not None:
        spans = ", ".join(formatting.break_span(b.start, b.end, zone) for b in c.breaks)
        breaks = translate("CorrectionWords", "breaks {spans}").format(spans=spans)
        parts.append(breaks if spans else translate("CorrectionWords", "no breaks"))
    if c.kind is CorrectionKind.ADD_SESSION:
        kind = translate("CorrectionWords", "a forgotten session")
    else:
        kind = translate("CorrectionWords", "session")
    return f"{kind}: " + ", ".join(parts)


def request_line(r: CorrectionRequest, zone: ZoneInfo) -> str:
    """'Waiting for an administrator: clock-out 16:30. Why: …', or the decision and comment."""
    head = {
        CorrectionStatus.PENDING: translate("CorrectionWords", "Waiting for an administrator"),
        CorrectionStatus.APPROVED: translate("CorrectionWords", "Approved"),
        CorrectionStatus.REJECTED: translate("CorrectionWords", "Rejected"),
    }[r.status]
    why = translate("CorrectionWords", "Why: {reason}").format(reason=r.correction.reason)
    text = f"{head}: {proposal(r.correction, zone)}. {why}"
    if r.comment:
        text += "\n" + translate("CorrectionWords", "Administrator's comment: {comment}").format(
            comment=r.comment
        )
    return text


def worth_showing(r: CorrectionRequest, employee_id: int) -> bool:
    """A request waiting, or decided by somebody else (an administrator); one applied at
    once on the person's own store is in the history already."""
    if r.status is CorrectionStatus.PENDING:
        return True
    return r.decided_by is not None and r.decided_by != employee_id
