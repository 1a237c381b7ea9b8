"""The console's controllers over the one TaskRunner and a real admin service: who's in
(at start, every five seconds, on demand; a banner on failure keeping the last people),
the team's month (the newest answer wins) and a person's month with a day's history.

The service is the local store's `LocalAdminService` on a real SQLite file; a failure is
a real one: the remote service against a real server that has been stopped."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from server.live import PASSWORD, StoppableServer, stoppable_server
from shiboken6 import isValid
from team_store import NOW, at, seed_team

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.corrections import Correction
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.qt.controllers.team.presence_controller import (
    REFRESH_MS,
    PresenceController,
)
from attendance_desktop.qt.controllers.team.team_month_controller import TeamMonthController
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.views.team.month_view import TeamMonthView
from attendance_desktop.qt.views.team.presence_view import PresenceView
from attendance_desktop.remote import sign_in
from attendance_desktop.remote.admin_service import RemoteAdminService
from attendance_desktop.storage.accounts import AccountStore
from attendance_desktop.storage.admin_service import LocalAdminService
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
WAIT = 10_000


@dataclass
class Team:
    admin: LocalAdminService
    store: LocalAttendanceService
    ids: dict[str, int]


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    clock = FixedClock(NOW)
    store = LocalAttendanceService.open(sqlite_url(tmp_path / "team.sqlite3"), clock)
    ids = seed_team(store, clock)
    admin = LocalAdminService(store)
    yield Team(admin, store, ids)
    admin.close()
    store.close()


@dataclass
class Remote:
    admin: RemoteAdminService
    server: StoppableServer


@pytest.fixture
def remote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Remote]:
    monkeypatch.setattr(
        AccountStore, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    with stoppable_server(sqlite_url(tmp_path / "server.sqlite3"), NOW) as server:
        live = server.live
        seed_team(live.ctx.service, live.clock)
        root = live.ctx.service.add_employee(NewEmployee("Root", "Admin", "root@example.com"))
        live.ctx.accounts.set_account(root.id, role="admin", password=PASSWORD)
        token, _ = sign_in(live.base_url, "root@example.com", PASSWORD)
        admin = RemoteAdminService(live.base_url, token, timeout=5)
        yield Remote(admin, server)
        admin.close()


@pytest.fixture
def who(qtbot: QtBot) -> PresenceView:
    view = PresenceView("UTC")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_who_is_in_shows_at_start_off_the_gui_thread_and_every_five_seconds(
    qtbot: QtBot, runner: TaskRunner, team: Team, who: PresenceView
) -> None:
    threads: list[bool] = []
    presence = team.admin.presence
    team.admin.presence = lambda: threads.append(on_gui_thread()) or presence()  # type: ignore[method-assign,func-returns-value]
    controller = PresenceController(team.admin, runner, who)
    assert controller.timer.interval() == REFRESH_MS == 5_000
    with qtbot.waitSignal(controller.shown, timeout=WAIT) as shown:
        controller.start()
    assert shown.args == [7] and len(who.shown_names) == 7
    assert threads == [False]  # on the worker, never the GUI thread
    for first in ("Eve", "Finn", "Gia"):
        team.store.deactivate_employee(team.ids[first], date(2026, 11, 1))
    with qtbot.waitSignal(controller.shown, timeout=WAIT) as shown:
        controller.timer.timeout.emit()  # the timer's tick, without waiting 5 s
    assert shown.args == [4] and len(who.shown_names) == 4
    controller.stop()


def test_a_timed_refresh_is_skipped_while_the_tab_is_hidden(
    qtbot: QtBot, runner: TaskRunner, team: Team, who: PresenceView
) -> None:
    controller = PresenceController(team.admin, runner, who, interval_ms=10)
    asked: list[int] = []
    controller.shown.connect(asked.append)
    controller.failed.connect(asked.append)
    who.hide()
    ticks: list[int] = []
    controller.timer.timeout.connect(lambda: ticks.append(1))
    controller.timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 3)
    controller.stop()
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert asked == []


def test_the_refresh_button_asks_now(
    qtbot: QtBot, runner: TaskRunner, team: Team, who: PresenceView
) -> None:
    controller = PresenceController(team.admin, runner, who)
    with qtbot.waitSignal(controller.shown, timeout=WAIT):
        qtbot.mouseClick(who.refresh_button, Qt.MouseButton.LeftButton)
    assert len(who.shown_names) == 7


def test_a_failed_refresh_shows_a_banner_and_keeps_the_last_people(
    qtbot: QtBot, runner: TaskRunner, remote: Remote, who: PresenceView
) -> None:
    controller = PresenceController(remote.admin, runner, who)
    with qtbot.waitSignal(controller.shown, timeout=WAIT):
        controller.refresh()
    assert len(who.shown_names) == 8  # the team and their admin
    remote.server.stop()  # the network gone
    with qtbot.waitSignal(controller.failed, timeout=WAIT) as failed:
        controller.refresh()
    assert failed.args[0] == (
        "Could not refresh who's in: The attendance server cannot be reached. Check the "
        "network and try again. The list below may be out of date."
    )
    assert who.banner.isVisible() and who.banner.text == failed.args[0]
    assert len(who.shown_names) == 8  # the last data stays
    remote.server.start_again()
    with qtbot.waitSignal(controller.shown, timeout=WAIT):
        controller.refresh()
    assert not who.banner.isVisible()


@pytest.fixture
def month_view(qtbot: QtBot) -> TeamMonthView:
    view = TeamMonthView()
    qtbot.addWidget(view)
    view.resize(1000, 560)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_team_month_starts_on_this_month_and_the_newest_answer_wins(
    qtbot: QtBot, runner: TaskRunner, team: Team, month_view: TeamMonthView
) -> None:
    controller = TeamMonthController(team.admin, runner, month_view, FixedClock(NOW), "UTC")
    with qtbot.waitSignal(controller.month_shown, timeout=WAIT) as shown:
        controller.start()
    assert shown.args == [2026, 11, 7]
    assert month_view.picker.text() == "November 2026"
    # The worker is held while October then September are asked: both answers come back,
    # October's first; only September's (the newest question) is shown.
    gate = threading.Event()
    runner.submit(lambda: gate.wait(WAIT / 1000), lambda _r: None)
    shown_months: list[tuple[int, int]] = []
    controller.month_shown.connect(lambda y, m, _n: shown_months.append((y, m)))
    controller.show_month(2026, 10)
    controller.show_month(2026, 9)
    gate.set()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=WAIT)
    assert shown_months == [(2026, 9)]
    assert month_view.picker.text() == "September 2026"
    assert {len(month_view.model.person(r).days) for r in range(7)} == {30}


def test_a_failed_month_shows_a_banner_over_the_month_shown(
    qtbot: QtBot, runner: TaskRunner, remote: Remote, month_view: TeamMonthView
) -> None:
    controller = TeamMonthController(remote.admin, runner, month_view, FixedClock(NOW), "UTC")
    with qtbot.waitSignal(controller.month_shown, timeout=WAIT):
        controller.start()
    remote.server.stop()
    with qtbot.waitSignal(controller.failed, timeout=WAIT) as failed:
        controller.show_month(2026, 10)
    assert failed.args[0].startswith("Could not show October 2026: The attendance server")
    assert month_view.banner.isVisible()
    assert month_view.picker.text() == "November 2026" and month_view.model.rowCount() == 8


@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")
def test_a_double_click_opens_the_persons_month_with_a_days_history(
    qtbot: QtBot, runner: TaskRunner, team: Team, month_view: TeamMonthView
) -> None:
    alice, day = team.ids["Alice"], date(2026, 11, 10)
    (session,) = next(d for d in team.store.month_days(alice, 2026, 11) if d.date == day).sessions
    team.store.submit_correction(
        alice, Correction(day, "Badge reader down", session.id, clock_in=at(day, 7, 30)),
        actor_id=team.ids["Gia"], by_admin=True,
    )  # fmt: skip
    team.store.request_correction(
        alice, Correction(day, "Forgot to clock out", session.id, clock_out=at(day, 17, 45))
    )
    controller = TeamMonthController(team.admin, runner, month_view, FixedClock(NOW), "UTC")
    with qtbot.waitSignal(controller.month_shown, timeout=WAIT):
        controller.start()
    table = month_view.table
    row = month_view.shown_names.index("Alice Martin")
    where = table.visualRect(month_view.day_index(row, date(2026, 11, 4))).center()
    with qtbot.waitSignal(controller.person_opened) as opened:
        qtbot.mousePress(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseRelease(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    person = opened.args[0]
    assert person.employee.id == alice
    dialog = person.parent()
    qtbot.waitUntil(lambda: dialog.calendar.shown_month == (2026, 11), timeout=WAIT)
    assert dialog.isVisible() and dialog.windowTitle() == "Alice Martin's month"
    assert not dialog.detail.correct_button.isVisible()  # read-only
    with qtbot.waitSignal(person.day_shown, timeout=WAIT):
        qtbot.mouseClick(dialog.calendar.cells[day], Qt.MouseButton.LeftButton)
    assert dialog.detail.title_label.text() == "Tuesday\n10 November 2026"
    assert dialog.detail.first_in.text() == "07:30" and dialog.detail.last_out.text() == "17:45"
    history = dialog.detail.history.history_text
    assert f"by administrator #{team.ids['Gia']}" in history
    assert "Why: Badge reader down" in history
    assert "by Alice" in history  # her own change, named for the admin
    assert "Why: Forgot to clock out" in history
    with qtbot.waitSignal(person.month_shown, timeout=WAIT) as shown:
        qtbot.mouseClick(dialog.calendar.prev_button, Qt.MouseButton.LeftButton)
    assert shown.args == [2026, 10]
    dialog.close()


def test_a_console_closed_before_its_answers_come_takes_none_of_them(
    qtbot: QtBot, team: Team, runner: TaskRunner
) -> None:
    """Found by a German screen test that closed the console at once: the month's lock came
    back to a deleted label (RuntimeError in the event loop)."""
    from attendance_desktop.qt.controllers.team.console import TeamConsole
    from attendance_desktop.qt.views.team.team_page import TeamPage

    page = TeamPage()
    console = TeamConsole(team.admin, runner, page, FixedClock(NOW), "UTC")
    with qtbot.waitSignal(console.month.month_shown, timeout=WAIT):
        console.start()
    gate = threading.Event()
    runner.submit(lambda: gate.wait(WAIT / 1000), lambda _r: None)  # hold the worker
    qtbot.mouseClick(console.bar.lock_button, Qt.MouseButton.LeftButton)  # waits behind it
    page.deleteLater()
    qtbot.waitUntil(lambda: not isValid(page), timeout=WAIT)
    gate.set()
    done = threading.Event()
    runner.submit(lambda: None, lambda _r: done.set())  # after the lock's turn
    qtbot.waitUntil(done.is_set, timeout=WAIT)
    console.stop()
