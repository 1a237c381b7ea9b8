"""The team month's compact body back into `PersonMonth`s (the inverse of
server/team_days.py).

Each day is an array whose columns the body names once in `day_fields`; they are looked
up by name, so a column the server adds later is ignored. A day's date is its place in
the month. Decoding 31,000 days is most of the console's work once the body has arrived,
so each value is made the cheapest way that gives the same object: a status by a dict,
equal durations shared (frozen values), the instant by `datetime.fromisoformat`.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from ..core.admin_service import PersonMonth
from ..core.errors import ServiceUnavailable
from ..core.models import DayRecord, DayStatus, Employee
from . import decode

_STATUS = {s.value: s for s in DayStatus}
_COLUMNS = (
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


def _instant(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def people(
    body: dict[str, Any], year: int, month: int, person: Callable[[dict[str, Any]], Employee]
) -> list[PersonMonth]:
    try:
        return _people(body, year, month, person)
    except (KeyError, ValueError, TypeError, IndexError) as exc:
        raise ServiceUnavailable("The attendance server sent an unreadable answer.") from exc


def _people(
    body: dict[str, Any], year: int, month: int, person: Callable[[dict[str, Any]], Employee]
) -> list[PersonMonth]:
    fields = list(body["day_fields"])
    st, ws, bs, fin, lout, wd, hol, lv, cor, miss = (fields.index(c) for c in _COLUMNS)
    first = date(year, month, 1)
    dates = [first + timedelta(days=n) for n in range(calendar.monthrange(year, month)[1])]
    durations: dict[float, timedelta] = {}

    def duration(value: float) -> timedelta:
        found = durations.get(value)
        if found is None:
            found = durations[value] = timedelta(seconds=float(value))
        return found

    def day(when: date, r: list[Any]) -> DayRecord:
        return DayRecord(
            when, _STATUS[r[st]], bool(r[wd]), r[hol], _instant(r[fin]), _instant(r[lout]),
            duration(r[ws]), duration(r[bs]), (), r[lv], bool(r[cor]), bool(r[miss]),
        )  # fmt: skip

    # A day without a clock-in (a weekend, a holiday, a day ahead) is the same for most of
    # the team: made once per date and shared, as the server's storage does (frozen values).
    shared: dict[tuple[Any, ...], DayRecord] = {}
    found = []
    for p in body["data"]:
        rows = p["days"]
        if len(rows) != len(dates):
            raise ValueError(f"{len(rows)} days in a month of {len(dates)}")
        days = []
        for n, r in enumerate(rows):
            if r[fin] is None:
                key = (n, *r)
                made = shared.get(key)
                if made is None:
                    made = shared[key] = day(dates[n], r)
            else:
                made = day(dates[n], r)
            days.append(made)
        found.append(PersonMonth(person(p["employee"]), tuple(days), decode.metrics(p["metrics"])))
    return found
