"""The four punches by name.

Kiosks, the offline journal and the server's kiosk routes carry a punch as one of these
words; `apply_punch` turns the word into the service call, so that all of them agree on
what each word does.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any, Literal, get_args
from zoneinfo import ZoneInfo

from .errors import ClockOutMissing
from .models import Break, WorkSession
from .rules import is_clock_out_missing
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


def day_words(day: date) -> str:
    """ "Friday 27 November", as the missed clock-out question says a day."""
    return f"{day:%A} {day.day} {day:%B}"


def refuse_closing_missing(
    session: WorkSession, at: datetime, limit: timedelta, first_name: str, zone: ZoneInfo
) -> None:
    """Refuse a replayed offline clock-out of a session whose clock-out was already missing
    at the punch's own time `at`. The person was arriving, not leaving: closing the session
    there would be a silent clock-out (a 71 h day). The session stays missing (0 h, asked at
    the next online scan or desktop start) and the punch is kept for an administrator.
    A live punch never comes here: the kiosk and the desktop ask the question first."""
    if not is_clock_out_missing(session, at, limit):
        return
    who = first_name or "This person"
    local = at.astimezone(zone)
    raise ClockOutMissing(
        f"{who}'s clock-out on {day_words(session.local_date)} is missing; the punch at "
        f"{local:%H:%M} on {day_words(local.date())} was kept for an administrator. "
        f"Ask {first_name or 'them'} when they left."
    )
