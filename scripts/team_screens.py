"""The team console's screens for the docs (`scripts/screenshots.py --team`): a shop of
two dozen people with a realistic November, rendered from a throwaway local store.

Everyone punches on their own devices' schedule (a seeded random, so every run is the
same): most days in around 8-9 and out around 17, a lunch break, an absence now and then,
one session never clocked out, a vacation today and a few requests waiting."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QWidget

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.corrections import Correction, LeaveType
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.qt.controllers.team.console import TeamConsole
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.views.team.console_window import ConsoleWindow
from attendance_desktop.storage.admin_service import LocalAdminService
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

TEAM_NOW = datetime(2026, 11, 18, 11, 20, tzinfo=UTC)  # a Wednesday, late morning
FIRST = [
    "Alice",
    "Bruno",
    "Chloe",
    "Dmitri",
    "Elena",
    "Farid",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Kaito",
    "Lena",
    "Marco",
    "Nadia",
    "Omar",
    "Paula",
    "Quentin",
    "Rosa",
    "Samir",
    "Tara",
    "Ugo",
    "Vera",
    "Wim",
    "Yasmin",
]
LAST = [
    "Martin",
    "Costa",
    "Dubois",
    "Ivanov",
    "Rossi",
    "Haddad",
    "Berg",
    "Laurent",
    "Silva",
    "Weber",
    "Sato",
    "Novak",
    "Ricci",
    "Khan",
    "Farouk",
    "Lopez",
    "Moreau",
    "Santos",
    "Aziz",
    "Byrne",
    "Conti",
    "Horvat",
    "Jansen",
    "Okafor",
]
DEPARTMENTS = ("Bakery", "Front of house", "Delivery", "Office")


def _at(day: date, minutes: int) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(minutes=minutes)


def seed(store: LocalAttendanceService, clock: FixedClock) -> int:
    """The team; the clock is left at TEAM_NOW. The id of the admin (the first person)."""
    rng = random.Random(13)
    ids = []
    for n, (first, last) in enumerate(zip(FIRST, LAST, strict=True)):
        new = NewEmployee(
            first, last, f"{first.lower()}@example.com", department=DEPARTMENTS[n % 4],
            job_title="Baker" if n % 4 == 0 else "Staff", timezone="UTC",
            start_date=date(2026, 1, 5),
        )  # fmt: skip
        ids.append(store.add_employee(new).id)
    today = TEAM_NOW.date()
    days = [date(2026, 11, d) for d in range(2, today.day) if date(2026, 11, d).weekday() < 5]
    forgetful = ids[7]
    for day in days:
        for who in ids:
            if rng.random() < 0.06 or (who == forgetful and day.day >= 16):
                continue
            start = 7 * 60 + 30 + rng.randint(0, 90)
            clock.set(_at(day, start))
            store.clock_in(who)
            if rng.random() < 0.8:
                clock.set(_at(day, 12 * 60 + rng.randint(0, 40)))
                store.start_break(who)
                clock.set(_at(day, 12 * 60 + 45 + rng.randint(0, 20)))
                store.end_break(who)
            clock.set(_at(day, start + 8 * 60 + 30 + rng.randint(-20, 60)))
            store.clock_out(who)
    clock.set(_at(date(2026, 11, 16), 8 * 60 + 2))
    store.clock_in(forgetful)  # and never out: a missing clock-out
    for n, who in enumerate(ids[:18]):
        if who == forgetful or n in (4, 11):
            continue
        clock.set(_at(today, 7 * 60 + 30 + rng.randint(0, 100)))
        store.clock_in(who)
    clock.set(TEAM_NOW - timedelta(minutes=25))
    store.start_break(ids[2])
    store.start_break(ids[9])
    clock.set(TEAM_NOW - timedelta(minutes=10))
    store.clock_out(ids[5])
    clock.set(TEAM_NOW)
    store.submit_correction(
        ids[4], Correction(today, "Family holiday", leave_type=LeaveType.VACATION),
        actor_id=ids[0], by_admin=True,
    )  # fmt: skip
    asks = [
        (ids[3], date(2026, 11, 9), "Forgot to clock out after the delivery round"),
        (ids[13], date(2026, 11, 12), "Badge reader was down at the back door"),
        (ids[20], date(2026, 11, 13), "Stayed for the stock count"),
    ]
    for who, day, why in asks:
        session = store.sessions_between(who, day, day)[0]
        fix = Correction(day, why, session_id=session.id, clock_out=_at(day, 18 * 60 + 15))
        store.submit_correction(who, fix, actor_id=who, by_admin=False)
    return ids[0]


def render(
    out: Path, suffix: str, size: tuple[int, int], tmp: Path,
    settle: Callable[[], None], save: Callable[[QWidget, Path, str], None], every_tab: bool,
) -> None:  # fmt: skip
    clock = FixedClock(TEAM_NOW)
    store = LocalAttendanceService.open(
        sqlite_url(tmp / "team.sqlite3"), clock, default_timezone="UTC"
    )
    admin = LocalAdminService(store, actor_id=seed(store, clock))
    runner = TaskRunner()
    window = ConsoleWindow("UTC")
    window.resize(*size)
    console = TeamConsole(admin, runner, window.page, clock, "UTC", window)
    window.show()
    console.start()
    settle()
    tabs = window.page.tabs
    shots = [("presence", window.page.presence), ("month", window.page.month),
             ("requests", console.inbox_page)]  # fmt: skip
    if every_tab:
        shots += [("employees", console.employee_page), ("kiosks", console.kiosk_page)]
    for name, page in shots:
        tabs.setCurrentWidget(page)
        settle()
        save(window, out, f"screenshot-team-{name}{suffix}.png")
    console.stop()
    runner.shutdown()
    admin.close()
    store.close()
