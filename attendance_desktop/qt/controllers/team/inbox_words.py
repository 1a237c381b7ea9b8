"""A correction request in the inbox's words: its row, and its day before and after.

Pure functions of plain data, so the wording is tested without a window. "After" is the
day as approving would leave it, worked out with the same `planned_session` the store
checks a correction with, so the admin approves exactly what they read.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from ....core.corrections import (
    CorrectionKind,
    CorrectionRequest,
    ProposedBreak,
    planned_session,
)
from ....core.models import WorkSession
from ... import formatting
from ...i18n import QT_TRANSLATE_NOOP, translate
from ..correction_words import TO, leave_words

WORDS = "InboxWords"
KINDS = {
    CorrectionKind.CHANGE_SESSION: QT_TRANSLATE_NOOP("InboxWords", "Change a session"),
    CorrectionKind.ADD_SESSION: QT_TRANSLATE_NOOP("InboxWords", "Add a forgotten session"),
    CorrectionKind.REMOVE_SESSION: QT_TRANSLATE_NOOP("InboxWords", "Remove a session"),
    CorrectionKind.LEAVE: QT_TRANSLATE_NOOP("InboxWords", "Leave day"),
}
NOTHING = QT_TRANSLATE_NOOP("InboxWords", "No sessions")


def kind_words(kind: CorrectionKind) -> str:
    return translate(WORDS, KINDS[kind])


def requested_when(r: CorrectionRequest, zone: ZoneInfo) -> str:
    at = r.requested_at.astimezone(zone)
    return translate("InboxWords", "{day} {month} {time}").format(
        day=at.day, month=formatting.month_abbr(at.month), time=f"{at:%H:%M}"
    )


def _span(clock_in: datetime, clock_out: datetime | None, zone: ZoneInfo) -> str:
    end = formatting.clock_time(clock_out, zone) if clock_out else translate("InboxWords", "now")
    return f"{formatting.clock_time(clock_in, zone)}{TO}{end}"


def _lines(
    spans: list[tuple[datetime, datetime | None, tuple[ProposedBreak, ...]]], zone: ZoneInfo
) -> list[str]:
    lines = []
    for clock_in, clock_out, breaks in sorted(spans, key=lambda s: s[0]):
        lines.append(_span(clock_in, clock_out, zone))
        lines.extend(
            "    "
            + translate("InboxWords", "break {span}").format(
                span=formatting.break_span(b.start, b.end, zone)
            )
            for b in breaks
        )
    return lines or [translate(WORDS, NOTHING)]


def _as_spans(
    sessions: tuple[WorkSession, ...],
) -> list[tuple[datetime, datetime | None, tuple[ProposedBreak, ...]]]:
    return [
        (s.clock_in, s.clock_out, tuple(ProposedBreak(b.start, b.end) for b in s.breaks))
        for s in sessions
    ]


def before_lines(sessions: tuple[WorkSession, ...], zone: ZoneInfo) -> list[str]:
    """The day as it stands: each session and its breaks, one line each."""
    return _lines(_as_spans(sessions), zone)


def after_lines(
    r: CorrectionRequest, sessions: tuple[WorkSession, ...], zone: ZoneInfo
) -> list[str]:
    """The day as approving the request would leave it."""
    c = r.correction
    if c.kind is CorrectionKind.LEAVE:
        return [leave_words(c.leave_type).capitalize()]
    others = [s for s in sessions if s.id != c.session_id]
    spans = _as_spans(tuple(others))
    if c.kind is not CorrectionKind.REMOVE_SESSION:
        existing = next((s for s in sessions if s.id == c.session_id), None)
        if c.kind is CorrectionKind.CHANGE_SESSION and existing is None:
            return [translate("InboxWords", "The session this request changes is gone.")]
        plan = planned_session(c, existing)
        spans.append((plan.clock_in, plan.clock_out, plan.breaks))
    return _lines(spans, zone)
