"""Remote mode tells the truth while the server is away: a real server on 127.0.0.1 that
the test stops and starts again on the same port; the keyring is an in-memory one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from server.live import StoppableServer, stoppable_server
from shell_harness import FakeTray
from test_credentials import MemoryKeyring

from attendance_desktop.credentials import SERVICE_NAME, TokenStore
from attendance_desktop.launch import LaunchOptions
from attendance_desktop.paths import app_paths
from attendance_desktop.qt.controllers.remote_startup_controller import (
    RemoteStartupController,
    journaled_factory,
)
from attendance_desktop.qt.controllers.tray_controller import TrayController
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.tray import TOOLTIPS, TrayState
from attendance_desktop.qt.views.main_window import MainWindow
from attendance_desktop.settings import Settings
from attendance_desktop.storage.accounts import AccountStore

WAITING = " \u00b7 waiting to send"


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[StoppableServer]:
    monkeypatch.setattr(
        AccountStore, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    monkeypatch.setattr(AccountStore, "_dummy_hash", None)
    with stoppable_server(f"sqlite+pysqlite:///{tmp_path / 'server.sqlite3'}") as server:
        yield server


@pytest.fixture
def desk(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path, server: StoppableServer
) -> Iterator[tuple[MainWindow, RemoteStartupController, int]]:
    """Eve's workstation, signed in earlier (a saved token), on her home page."""
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    eve = server.live.add_employee("Eve")
    token = server.live.sign_in("Eve")["Authorization"].removeprefix("Bearer ")
    keyring.set_password(SERVICE_NAME, server.live.base_url, token)
    options = LaunchOptions(paths=app_paths(tmp_path / "desk"), server_url=server.live.base_url)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    journal = options.paths.data_dir / "punch-journal.sqlite3"
    startup = RemoteStartupController(
        options,
        runner,
        window,
        Settings(),
        TokenStore(),
        service_factory=journaled_factory(journal, server.live.clock),  # the server's time
    )
    with qtbot.waitSignal(startup.home_started, timeout=10_000):
        startup.start()
    assert startup.home is not None
    qtbot.waitUntil(lambda: window.home.clock.date_label.text() != "", timeout=10_000)
    yield window, startup, eve
    startup.stop()
    if startup.service is not None:
        startup.service.close()
    keyring.set_keyring(previous)


def click(qtbot: QtBot, startup: RemoteStartupController, widget: object) -> None:
    assert startup.home is not None
    with qtbot.waitSignal(startup.home.punch_finished, timeout=15_000):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_clock_out_kept_offline_shows_at_once_and_the_next_click_follows_it(
    qtbot: QtBot, server: StoppableServer, desk: tuple[MainWindow, RemoteStartupController, int]
) -> None:
    window, startup, eve = desk
    panel = window.home.clock
    click(qtbot, startup, panel.clock_button)  # 10:00, online
    assert panel.state_pill.text() == "Working since 10:00"
    server.stop()
    server.live.advance(hours=7, minutes=2)

    click(qtbot, startup, panel.clock_button)

    # Not "Working since 10:00": the page says what the kept punch did, and that it waits.
    assert panel.state_pill.text() == "Clocked out 17:02" + WAITING
    assert panel.notice.text == "Clocked out 17:02" + WAITING
    assert panel.clock_button.text() == "Clock in"  # the next click will not punch twice
    assert not panel.break_button.isEnabled()
    assert not window.home.banner.isVisible()

    # Undo withdraws it from the journal, without the server.
    click(qtbot, startup, panel.notice.undo_button)
    assert panel.state_pill.text() == "Working since 10:00"
    assert panel.clock_button.text() == "Clock out"
    assert startup.service.waiting() == 0

    click(qtbot, startup, panel.clock_button)  # out again, kept again
    assert panel.state_pill.text() == "Clocked out 17:02" + WAITING

    server.start_again()
    server.live.advance(seconds=30)  # past the next try
    assert startup.home is not None
    with qtbot.waitSignal(startup.home.data_shown, timeout=15_000):
        startup.flush()  # what the timer does every few seconds
    assert panel.state_pill.text() == "Clocked out at 17:02"
    status = server.live.ctx.service.status(eve)
    assert not status.clocked_in and len(status.today_sessions) == 1


def test_the_tray_says_offline_while_the_server_is_away_and_comes_back_with_it(
    qtbot: QtBot, server: StoppableServer, desk: tuple[MainWindow, RemoteStartupController, int]
) -> None:
    window, startup, _eve = desk
    home = startup.home
    assert home is not None
    tray = FakeTray()
    TrayController(tray, window).attach(home)
    click(qtbot, startup, window.home.clock.clock_button)  # in, online
    assert tray.tooltip == TOOLTIPS[TrayState.IN]

    server.stop()
    with qtbot.waitSignal(home.unreachable, timeout=15_000):
        home.refresh()  # what the minute's tick does
    assert tray.tooltip == TOOLTIPS[TrayState.OFFLINE]

    server.start_again()
    with qtbot.waitSignal(home.data_shown, timeout=15_000):
        home.refresh()
    assert tray.tooltip == TOOLTIPS[TrayState.IN]
