"""A real team on a real store: seven people with a fortnight of punches in November,
today's states (in, on a break, out, not in yet) and a few days in October.

Used by the console's tests on the local store and, through a live server's own store,
on a server: the people punch as their devices would; the admin works through the
service under test."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.storage.local_service import LocalAttendanceService

# Wednesday 18 November 2026, 14:00 UTC: the GUI tests' "now".
NOW = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
PEOPLE = (
    ("Alice", "Martin", "Platform"),
    ("Bob", "Stone", "Sales"),
    ("Cara", "Diaz", "Platform"),
    ("Dan", "Keller", "Support"),
    ("Eve", "Novak", "Sales"),
    ("Finn", "Olsen", "Support"),
    ("Gia", "Rossi", "Platform"),
)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)


def seed_team(store: LocalAttendanceService, clock: FixedClock) -> dict[str, int]:
    """The team's ids by first name; the clock is left at NOW."""
    ids = {}
    for first, last, department in PEOPLE:
        new = NewEmployee(
            first, last, f"{first.lower()}@example.com", department=department,
            timezone="UTC", job_title="Engineer", start_date=date(2026, 1, 1),
        )  # fmt: skip
        ids[first] = store.add_employee(new).id
    days = [date(2026, 10, n) for n in (26, 27)] + [date(2026, 11, n) for n in range(2, 18)]
    for day in days:
        if day.weekday() >= 5:
            continue
        for k, (first, _last, _department) in enumerate(PEOPLE):
            if (day.day + k) % 7 == 0:
                continue  # an absence now and then
            clock.set(at(day, 8 + k % 3))
            store.clock_in(ids[first])
            clock.set(at(day, 16 + k % 3, 30))
            store.clock_out(ids[first])
    today = NOW.date()
    clock.set(NOW - timedelta(hours=5))
    for first in ("Alice", "Bob", "Cara"):
        store.clock_in(ids[first])
    clock.set(NOW - timedelta(hours=1))
    store.start_break(ids["Bob"])
    store.clock_out(ids["Cara"])
    clock.set(NOW)
    assert today == NOW.date()
    return ids
