"""The team console driven as an admin would, by clicks and keys, over the local store and
over a real server on SQLite and on PostgreSQL: approve a request and see the month
change, deactivate someone and see their badge refused, lock a month and see a correction
refused, export the month's payroll files and read them back."""

from __future__ import annotations

import csv
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from server.harness import pg_cluster
from server.live import PASSWORD, live_server
from team_store import NOW, at, seed_team

from attendance_desktop.core import errors
from attendance_desktop.core.admin_service import AdminService
from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.corrections import Correction
from attendance_desktop.core.models import DayStatus, NewEmployee
from attendance_desktop.kiosk.local_backend import LocalKioskBackend
from attendance_desktop.qt.controllers.team.console import TeamConsole
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.views.team.console_window import ConsoleWindow
from attendance_desktop.qt.views.team.employee_prompts import LastDayPrompt
from attendance_desktop.remote import sign_in
from attendance_desktop.remote.admin_service import RemoteAdminService
from attendance_desktop.storage.accounts import AccountStore
from attendance_desktop.storage.admin_service import LocalAdminService
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)
WAIT = 15_000
MISSED = date(2026, 11, 4)  # a day Dan was away (team_store's absences)


@dataclass
class Backend:
    """The admin's service, and the store underneath where the people punch and ask as
    their own devices would; `badge_found` is a kiosk's scan of a badge."""

    admin: AdminService
    store: LocalAttendanceService
    clock: FixedClock
    ids: dict[str, int]
    badge_found: Callable[[str], bool]


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        AccountStore, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


def _team(
    store: LocalAttendanceService, clock: FixedClock, accounts: AccountStore
) -> dict[str, int]:
    ids = seed_team(store, clock)
    root = store.add_employee(NewEmployee("Root", "Admin", "root@example.com", timezone="UTC"))
    accounts.set_account(root.id, role="admin", password=PASSWORD, pin="9999")
    accounts.set_account(ids["Dan"], badge="B-DAN", pin="2468")
    return ids | {"Root": root.id}


@pytest.fixture(params=["local", "remote-sqlite", "remote-postgres"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    if request.param == "local":
        clock = FixedClock(NOW)
        store = LocalAttendanceService.open(sqlite_url(tmp_path / "shop.sqlite3"), clock)
        ids = _team(store, clock, AccountStore(store.engine, clock))
        admin = LocalAdminService(store, actor_id=ids["Root"])
        kiosk = LocalKioskBackend.over(store, clock)

        def found_here(code: str) -> bool:
            try:
                kiosk.identify_badge(code)
            except errors.AttendanceError:
                return False
            return True

        yield Backend(admin, store, clock, ids, found_here)
        admin.close()
        store.close()
        return
    url = (
        sqlite_url(tmp_path / "server.sqlite3")
        if request.param == "remote-sqlite"
        else pg_cluster().new_database()
    )
    with live_server(url, NOW) as live:
        ids = _team(live.ctx.service, live.clock, live.ctx.accounts)
        token, _ = sign_in(live.base_url, "root@example.com", PASSWORD)
        remote = RemoteAdminService(live.base_url, token, timeout=10)
        device = live.device()

        def found_there(code: str) -> bool:
            r = live.http.post("/api/v1/kiosk/identify", json={"badge": code}, headers=device)
            return r.status_code == 200

        yield Backend(remote, live.ctx.service, live.clock, ids, found_there)
        remote.close()


@dataclass
class Console:
    window: ConsoleWindow
    console: TeamConsole
    backend: Backend
    answers: list[str] = field(default_factory=list)  # what the file chooser answers
    asked: list[str] = field(default_factory=list)  # the names it suggested

    def choose(self, _parent: QWidget, suggested: str, _filter: str) -> str:
        self.asked.append(suggested)
        return self.answers.pop(0)


def open_console(qtbot: QtBot, runner: TaskRunner, backend: Backend) -> Console:
    window = ConsoleWindow("UTC")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    holder: list[Console] = []
    console = TeamConsole(
        backend.admin, runner, window.page, backend.clock, "UTC", window,
        choose_path=lambda *a: holder[0].choose(*a),
    )  # fmt: skip
    holder.append(Console(window, console, backend))
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignals(
        [console.month.month_shown, console.presence.shown, console.inbox.shown,
         console.employees.shown], timeout=WAIT,
    ):  # fmt: skip
        console.start()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=WAIT)
    return holder[0]


@pytest.fixture
def opened(qtbot: QtBot, runner: TaskRunner, backend: Backend) -> Iterator[Console]:
    desk = open_console(qtbot, runner, backend)
    yield desk
    desk.console.stop()


def click_tab(qtbot: QtBot, tabs: QTabWidget, page: QWidget) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(page)).center())
    assert tabs.currentWidget() is page


def row_of(desk: Console, first: str) -> int:
    view = desk.window.page.month
    return next(
        r for r in range(view.model.rowCount()) if view.model.person(r).employee.first_name == first
    )


def day_of(desk: Console, first: str, day: date) -> DayStatus:
    person = desk.window.page.month.model.person(row_of(desk, first))
    return next(d.status for d in person.days if d.date == day)


def test_approving_a_request_changes_the_team_month_and_the_badge(
    qtbot: QtBot, runner: TaskRunner, backend: Backend
) -> None:
    dan = backend.ids["Dan"]
    fix = Correction(MISSED, "Worked from home", clock_in=at(MISSED, 9), clock_out=at(MISSED, 17))
    backend.store.submit_correction(dan, fix, actor_id=dan, by_admin=False)
    desk = open_console(qtbot, runner, backend)
    page, inbox = desk.window.page, desk.console.inbox_page
    requests_tab = page.tabs.indexOf(inbox)
    assert "(1)" in page.tabs.tabText(requests_tab)  # the badge: one waits
    assert day_of(desk, "Dan", MISSED) is DayStatus.ABSENT
    present = desk.window.page.month.model.person(row_of(desk, "Dan")).metrics.total_present_days

    click_tab(qtbot, page.tabs, inbox)
    rect = inbox.table.visualRect(inbox.model.index(0, 0))
    qtbot.mouseClick(inbox.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert inbox.current_request() is not None and inbox.approve_button.isEnabled()
    qtbot.keyClicks(inbox.comment, "Fine")
    with qtbot.waitSignals(
        [desk.console.inbox.decision_made, desk.console.month.month_shown], timeout=WAIT
    ):
        qtbot.mouseClick(inbox.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "(" not in page.tabs.tabText(requests_tab), timeout=WAIT)

    assert day_of(desk, "Dan", MISSED) is DayStatus.COMPLETED
    person = desk.window.page.month.model.person(row_of(desk, "Dan"))
    assert person.metrics.total_present_days == present + 1
    assert person.metrics == backend.admin.team_month(2026, 11, [dan])[0].metrics
    desk.console.stop()


def test_a_deactivated_person_is_refused_at_the_kiosk(
    qtbot: QtBot, opened: Console, backend: Backend
) -> None:
    assert backend.badge_found("B-DAN")
    page = opened.console.employee_page
    click_tab(qtbot, opened.window.page.tabs, page)
    row = next(
        r for r in range(page.filter.rowCount()) if page.filter.index(r, 0).data() == "Dan Keller"
    )
    rect = page.table.visualRect(page.filter.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    prompt = page.prompt
    assert isinstance(prompt, LastDayPrompt) and prompt.last_day() == NOW.date()
    with qtbot.waitSignal(opened.console.employees.shown, timeout=WAIT):
        qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
    assert "Dan Keller" not in [
        page.filter.index(r, 0).data() for r in range(page.filter.rowCount())
    ]
    assert not backend.badge_found("B-DAN")
    assert backend.badge_found("B-NOBODY") is False


def pick_month(qtbot: QtBot, desk: Console, month: int) -> None:
    picker = desk.window.page.month.picker
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    with qtbot.waitSignal(desk.console.month.month_shown, timeout=WAIT):
        qtbot.mouseClick(picker.popup.months[month - 1], Qt.MouseButton.LeftButton)


def test_locking_the_month_shown_refuses_a_correction_and_says_so(
    qtbot: QtBot, opened: Console, backend: Backend
) -> None:
    bar = opened.console.bar
    assert "locked" not in bar.lock_label.text()
    pick_month(qtbot, opened, 10)
    assert "October" in bar.lock_button.text()
    with qtbot.waitSignal(opened.console.lock_changed, timeout=WAIT) as changed:
        qtbot.mouseClick(bar.lock_button, Qt.MouseButton.LeftButton)
    assert changed.args == [2026, 10, True]
    assert "locked" in bar.lock_label.text()
    dan, day = backend.ids["Dan"], date(2026, 10, 26)
    fix = Correction(day, "Left later", clock_in=at(day, 18), clock_out=at(day, 19))
    with pytest.raises(errors.PeriodLocked) as refused:
        backend.store.submit_correction(dan, fix, actor_id=dan, by_admin=False)
    assert refused.value.code == "PERIOD_LOCKED"
    with qtbot.waitSignal(opened.console.lock_changed, timeout=WAIT) as changed:
        qtbot.mouseClick(bar.lock_button, Qt.MouseButton.LeftButton)  # and unlock again
    assert changed.args == [2026, 10, False] and "locked" not in bar.lock_label.text()
    assert backend.store.submit_correction(dan, fix, actor_id=dan, by_admin=False).id > 0


def select_rows(qtbot: QtBot, desk: Console, *firsts: str) -> None:
    view = desk.window.page.month
    for n, first in enumerate(firsts):
        index = view.proxy.mapFromSource(view.model.index(row_of(desk, first), 0))
        rect = view.table.visualRect(index)
        modifier = Qt.KeyboardModifier.ControlModifier if n else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def export(qtbot: QtBot, desk: Console, which: int, path: Path) -> Path:
    desk.answers.append(str(path))
    with qtbot.waitSignal(desk.console.exported, timeout=WAIT * 2) as written:
        desk.console.bar.export_menu.actions()[which].trigger()
    return Path(written.args[0])


def test_the_bar_exports_csv_xlsx_and_pdf_of_the_selection(
    qtbot: QtBot, opened: Console, backend: Backend, tmp_path: Path
) -> None:
    actions = opened.console.bar.export_menu.actions()
    assert not actions[1].isEnabled()  # "selected people" needs a selection
    # CSV, everyone: every row is the API's own month of that person.
    got = export(qtbot, opened, 0, tmp_path / "november")
    assert got == tmp_path / "november.csv" and opened.asked[-1] == "attendance-2026-11.csv"
    with got.open(newline="") as f:
        rows = list(csv.DictReader(f))
    people = backend.admin.team_month(2026, 11)
    assert len(rows) == 30 * len(people)
    for person in people:
        mine = [r for r in rows if int(r["employee_id"]) == person.employee.id]
        days = backend.admin.person_days(person.employee.id, 2026, 11)
        assert [r["date"] for r in mine] == [d.date.isoformat() for d in days]
        assert [r["status"] for r in mine] == [d.status.value for d in days]
        assert [float(r["worked_hours"]) for r in mine] == [
            round(d.worked.total_seconds() / 3600, 2) for d in days
        ]

    select_rows(qtbot, opened, "Alice", "Bob")
    assert actions[1].isEnabled()
    book = openpyxl.load_workbook(export(qtbot, opened, 3, tmp_path / "selected.xlsx"))
    daily = list(book["Daily"].iter_rows(min_row=2, values_only=True))
    ids = {backend.ids["Alice"], backend.ids["Bob"]}
    assert {r[0] for r in daily} == ids and len(daily) == 60
    assert isinstance(daily[0][2], datetime) and daily[0][2].date() == date(2026, 11, 1)
    assert all(isinstance(r[6], float | int) for r in daily)
    assert book["Daily"].freeze_panes == "A2"
    summary = list(book["Summary"].iter_rows(min_row=2, values_only=True))
    assert sorted(r[0] for r in summary) == sorted(ids)

    pdf = export(qtbot, opened, 5, tmp_path / "timesheets.pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = next(
        int(line.split()[-1]) for line in info.stdout.splitlines() if line.startswith("Pages:")
    )
    assert pages == 2  # one timesheet page per person selected
    assert not list(tmp_path.glob(".*.partial"))
