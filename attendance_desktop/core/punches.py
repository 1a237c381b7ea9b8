"""The four punches by name.

Kiosks, the offline journal and the server's kiosk routes carry a punch as one of these
words; `apply_punch` turns the word into the service call, so that all of them agree on
what each word does.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal, get_args

from .models import Break, WorkSession
from .service import AttendanceService

PunchName = Literal["clock_in", "clock_out", "break_start", "break_end"]
PUNCH_NAMES: tuple[PunchName, ...] = get_args(PunchName)


def apply_punch(
    service: AttendanceService,
    employee_id: int,
    name: str,
    *,
    reason: str = "",
    at: datetime | None = None,
    punch_id: str | None = None,
    **options: Any,
) -> WorkSession | Break:
    """Make the punch `name` for the employee. `reason` is for a break start only;
    `options` go to the service as they are (the local store's `offline=True`)."""
    if name == "clock_in":
        return service.clock_in(employee_id, at=at, punch_id=punch_id, **options)
    if name == "clock_out":
        return service.clock_out(employee_id, at=at, punch_id=punch_id, **options)
    if name == "break_start":
        return service.start_break(employee_id, reason, at=at, punch_id=punch_id, **options)
    if name == "break_end":
        return service.end_break(employee_id, at=at, punch_id=punch_id, **options)
    raise ValueError(f"not a punch: {name!r}")


def punch_time(result: WorkSession | Break, name: str) -> datetime:
    """When the punch `name` that gave `result` took effect."""
    if isinstance(result, WorkSession):
        moment = result.clock_in if name == "clock_in" else result.clock_out
    else:
        moment = result.start if name == "break_start" else result.end
    assert moment is not None  # a clock-out closed its session; an ended break has an end
    return moment
