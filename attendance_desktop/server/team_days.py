"""The team month's compact body: each person's days as short arrays under one header.

A month of 1,000 people is 31,000 days. As objects with named keys (the month data's
form) that was 9.3 MB, and pydantic's check and encoding of it took half a second on the
server and as long again to decode in the app. Here a day is an array whose columns are
named once, in `day_fields`, and the body is encoded by the standard library's C encoder
from plain lists. The day's date is its place in the list (the 1st first), and its
sessions are left out, as before: a person's sessions are read from their month data.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from ..core.admin_service import PersonMonth
from ..core.models import DayRecord
from . import wire

# The order of each day's array; a client maps them by name, so a column added later
# (at the end) does not break it.
DAY_FIELDS = (
    "status",
    "worked_seconds",
    "break_seconds",
    "clock_in_time",
    "clock_out_time",
    "is_working_day",
    "holiday_name",
    "leave_type",
    "corrected",
    "clock_out_missing",
)


def _seconds(value: timedelta) -> float | int:
    """Whole seconds as an integer (`27000`, not `27000.0`), else wire.seconds' float."""
    if value.microseconds:
        return wire.seconds(value)
    return value.days * 86_400 + value.seconds


def _instant(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return value.isoformat()[:-6] + "Z"  # "+00:00" -> "Z", as wire.instant


def day_row(d: DayRecord) -> list[Any]:
    return [
        d.status,  # a StrEnum: the encoder writes its text ("absent") without `.value`
        _seconds(d.worked),
        _seconds(d.break_time),
        _instant(d.first_clock_in),
        _instant(d.last_clock_out),
        d.is_working_day,
        d.holiday_name,
        d.leave_type,
        d.corrected,
        d.clock_out_missing,
    ]


def person_month(employee: dict[str, Any], p: PersonMonth) -> dict[str, Any]:
    return {
        "employee": employee,
        "metrics": wire.month_metrics(p.metrics),
        "days": [day_row(d) for d in p.days],
    }


def encode(message: str, rows: list[dict[str, Any]]) -> bytes:
    body = {"success": True, "message": message, "day_fields": DAY_FIELDS, "data": rows}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
