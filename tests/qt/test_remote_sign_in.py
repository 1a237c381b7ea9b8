"""Remote mode: sign in to a real server on 127.0.0.1, keep the token, sign out.

The keyring backend is the edge we don't own: an in-memory one is installed through
keyring's own API. The server, its database and the HTTP in between are real.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import keyring
import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from server.harness import free_port
from server.live import NOW, PASSWORD, Live, live_server
from test_credentials import MemoryKeyring

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.credentials import SERVICE_NAME, TokenStore
from attendance_desktop.journal.journaled_service import JournaledService, PunchQueued
from attendance_desktop.journal.store import PunchJournal
from attendance_desktop.launch import LaunchOptions
from attendance_desktop.paths import app_paths
from attendance_desktop.qt.controllers.remote_startup_controller import RemoteStartupController
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.views.main_window import MainWindow
from attendance_desktop.remote.service import RemoteAttendanceService
from attendance_desktop.settings import Settings
from attendance_desktop.storage.accounts import AccountStore


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Live]:
    monkeypatch.setattr(
        AccountStore, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    monkeypatch.setattr(AccountStore, "_dummy_hash", None)
    with live_server(f"sqlite+pysqlite:///{tmp_path / 'server.sqlite3'}") as live:
        yield live


Desk = Callable[[str], tuple[MainWindow, RemoteStartupController]]


@pytest.fixture
def open_desk(qtbot: QtBot, runner: TaskRunner, tmp_path: Path) -> Iterator[Desk]:
    """Open this workstation's window in remote mode against a server URL. When the test
    ends, each window's controller stops and closes its HTTP client, as the app does."""
    made: list[RemoteStartupController] = []

    def opener(url: str) -> tuple[MainWindow, RemoteStartupController]:
        options = LaunchOptions(paths=app_paths(tmp_path / "desk"), server_url=url)
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        startup = RemoteStartupController(options, runner, window, Settings(), TokenStore())
        made.append(startup)
        return window, startup

    yield opener
    for startup in made:
        startup.stop()
        if startup.service is not None:
            startup.service.close()


def sign_in(qtbot: QtBot, window: MainWindow, email: str, password: str) -> None:
    form = window.sign_in
    form.email.clear()
    qtbot.keyClicks(form.email, email)
    qtbot.keyClicks(form.password, password)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)


def test_sign_in_punch_sign_out_and_resume(
    qtbot: QtBot, server: Live, ring: MemoryKeyring, open_desk: Desk
) -> None:
    ana = server.add_employee("Ana", job_title="Nurse")
    window, startup = open_desk(server.base_url)
    with qtbot.waitSignal(startup.first_run_shown, timeout=10_000):
        startup.start()
    assert window.stack.currentWidget() is window.sign_in
    assert server.base_url in window.sign_in.server_label.text()

    # A wrong password: a plain message, no token kept, still on the form.
    sign_in(qtbot, window, "ana@example.com", "wrong password")
    qtbot.waitUntil(lambda: window.sign_in.error_label.isVisible(), timeout=10_000)
    assert "password" in window.sign_in.error_label.text().lower()
    assert window.sign_in.password.text() == ""
    assert (SERVICE_NAME, server.base_url) not in ring.items

    with qtbot.waitSignal(startup.home_started, timeout=10_000):
        sign_in(qtbot, window, "ana@example.com", PASSWORD)
    assert startup.home is not None
    with qtbot.waitSignal(startup.home.data_shown, timeout=10_000):
        pass
    assert "Ana" in window.windowTitle()
    assert window.sign_out_action.isVisible()
    # The server's administrator sets its holidays: not offered on a workstation.
    assert window.visible_menus() == ["File", "Settings", "Account", "Help"]
    assert not window.holiday_settings_action.isVisible()
    assert ring.items[(SERVICE_NAME, server.base_url)]

    # One click clocks in on the server.
    with qtbot.waitSignal(startup.home.punch_finished, timeout=10_000):
        qtbot.mouseClick(window.home.clock.clock_button, Qt.MouseButton.LeftButton)
    assert server.ctx.service.status(ana).clocked_in

    with qtbot.waitSignal(startup.first_run_shown, timeout=10_000):
        window.sign_out_action.trigger()
    assert window.stack.currentWidget() is window.sign_in
    assert (SERVICE_NAME, server.base_url) not in ring.items
    # Found: an empty Account menu stayed after signing out.
    assert window.visible_menus() == ["File", "Settings", "Help"]


def test_a_saved_sign_in_opens_the_home_page_directly(
    qtbot: QtBot, server: Live, ring: MemoryKeyring, open_desk: Desk
) -> None:
    server.add_employee("Ben")
    token = server.sign_in("Ben")["Authorization"].removeprefix("Bearer ")
    ring.set_password(SERVICE_NAME, server.base_url, token)
    window, startup = open_desk(server.base_url)
    with qtbot.waitSignal(startup.home_started, timeout=10_000):
        startup.start()
    assert "Ben" in window.windowTitle()


def test_a_forged_saved_token_asks_to_sign_in_again(
    qtbot: QtBot, server: Live, ring: MemoryKeyring, open_desk: Desk
) -> None:
    ring.set_password(SERVICE_NAME, server.base_url, "not.a.token")
    window, startup = open_desk(server.base_url)
    with qtbot.waitSignal(startup.first_run_shown, timeout=10_000):
        startup.start()
    assert window.sign_in.error_label.isVisible()
    assert "sign in" in window.sign_in.error_label.text().lower()
    qtbot.waitUntil(lambda: (SERVICE_NAME, server.base_url) not in ring.items, timeout=10_000)


def test_an_unreachable_server_offers_to_try_again(
    qtbot: QtBot, ring: MemoryKeyring, open_desk: Desk
) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    ring.set_password(SERVICE_NAME, url, "tok")
    window, startup = open_desk(url)
    startup.start()
    qtbot.waitUntil(lambda: window.retry_button.isVisible(), timeout=15_000)
    assert "cannot be reached" in window.loading_label.text()
    assert ring.items  # a sign-in that may still be good is kept


def queue_offline_clock_in(
    server: Live, ring: MemoryKeyring, tmp_path: Path, first: str, age: timedelta
) -> int:
    """Earlier, with the network down, `first` clocked in on this workstation `age` ago."""
    emp = server.add_employee(first)
    token = server.sign_in(first)["Authorization"].removeprefix("Bearer ")
    ring.set_password(SERVICE_NAME, server.base_url, token)
    offline = JournaledService(
        RemoteAttendanceService(f"http://127.0.0.1:{free_port()}", token, timeout=2),
        PunchJournal(app_paths(tmp_path / "desk").data_dir / "punch-journal.sqlite3"),
        FixedClock(NOW - age),
    )
    with pytest.raises(PunchQueued):
        offline.clock_in(emp)
    offline.close()
    return emp


def open_home(
    qtbot: QtBot, server: Live, open_desk: Desk
) -> tuple[MainWindow, RemoteStartupController]:
    window, startup = open_desk(server.base_url)
    with qtbot.waitSignal(startup.home_started, timeout=10_000):
        startup.start()
    assert startup.home is not None
    with qtbot.waitSignal(startup.home.data_shown, timeout=10_000):
        pass  # the first look: nobody is clocked in on the server yet
    # ...but the clock-in kept on this computer counts already, and says it waits.
    assert window.home.clock.clock_button.text() == "Clock out"
    assert window.home.clock.state_pill.text().endswith("\u00b7 waiting to send")
    return window, startup


def test_punches_queued_while_the_server_was_away_are_sent_when_it_answers(
    qtbot: QtBot, server: Live, ring: MemoryKeyring, tmp_path: Path, open_desk: Desk
) -> None:
    cy = queue_offline_clock_in(server, ring, tmp_path, "Cy", timedelta(minutes=1))
    window, startup = open_home(qtbot, server, open_desk)
    assert window.home.clock.state_pill.text() == "Clocked in 09:59 \u00b7 waiting to send"
    startup.flush()  # what the timer does every few seconds
    qtbot.waitUntil(
        lambda: window.home.clock.state_pill.text() == "Working since 09:59", timeout=10_000
    )
    assert window.home.clock.clock_button.text() == "Clock out"
    [session] = server.ctx.service.sessions_between(cy, NOW.date(), NOW.date())
    assert session.clock_in == NOW - timedelta(minutes=1)


def test_a_queued_punch_the_server_refuses_is_named_in_the_banner(
    qtbot: QtBot, server: Live, ring: MemoryKeyring, tmp_path: Path, open_desk: Desk
) -> None:
    dee = queue_offline_clock_in(server, ring, tmp_path, "Dee", timedelta(hours=3))
    window, startup = open_home(qtbot, server, open_desk)
    assert startup.home is not None
    with qtbot.waitSignal(startup.home.message_shown, timeout=10_000) as shown:
        startup.flush()
    # Which punch, when it was made, why, and what to do.
    assert shown.args[0].startswith("Your clock-in at 07:00 on Wednesday 18 November, kept")
    assert "refused by the server" in shown.args[0]
    assert "too far from the current time" in shown.args[0]
    assert "ask your administrator to correct it" in shown.args[0]
    qtbot.waitUntil(lambda: window.home.clock.clock_button.text() == "Clock in", timeout=10_000)
    assert not server.ctx.service.status(dee).clocked_in
