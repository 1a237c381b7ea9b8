"""Correction requests to and from their rows: the proposal is kept as JSON."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from ..core.corrections import (
    Correction,
    CorrectionRequest,
    CorrectionStatus,
    LeaveType,
    ProposedBreak,
)


def _instant(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def proposal_json(c: Correction) -> str:
    return json.dumps(
        {
            "session_id": c.session_id,
            "clock_in": _instant(c.clock_in),
            "clock_out": _instant(c.clock_out),
            "breaks": None
            if c.breaks is None
            else [
                {"start": _instant(b.start), "end": _instant(b.end), "reason": b.reason}
                for b in c.breaks
            ],
            "remove": c.remove,
            "leave_type": c.leave_type.value if c.leave_type else None,
        }
    )


def correction_from(day: date, reason: str, text: str) -> Correction:
    p = json.loads(text)
    breaks = p.get("breaks")
    return Correction(
        day=day,
        reason=reason,
        session_id=p.get("session_id"),
        clock_in=_parse(p.get("clock_in")),
        clock_out=_parse(p.get("clock_out")),
        breaks=None
        if breaks is None
        else tuple(
            ProposedBreak(_parse(b["start"]) or datetime.min, _parse(b["end"]), b["reason"])
            for b in breaks
        ),
        remove=bool(p.get("remove")),
        leave_type=LeaveType(p["leave_type"]) if p.get("leave_type") else None,
    )


def request_from(m: Any) -> CorrectionRequest:
    return CorrectionRequest(
        id=int(m["id"]),
        employee_id=int(m["employee_id"]),
        correction=correction_from(m["day"], m["reason"], m["proposal_json"]),
        status=CorrectionStatus(m["status"]),
        requested_by=m["requested_by"],
        requested_at=m["requested_at"],
        applied=bool(m["applied"]),
        decided_by=m["decided_by"],
        decided_at=m["decided_at"],
        comment=m["comment"] or "",
    )
