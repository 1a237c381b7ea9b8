"""The German home window names public holidays in German, from the local store and from a
real server on 127.0.0.1 (which the app asks in German), in the calendar's tooltip and the
day's detail; the English one names them in English.

18 November 2026, the tests' today, is Repentance and Prayer Day in Saxony."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from server.live import live_server
from test_credentials import MemoryKeyring

from attendance_desktop.core.models import Employee
from attendance_desktop.credentials import SERVICE_NAME, TokenStore
from attendance_desktop.launch import LaunchOptions
from attendance_desktop.paths import app_paths
from attendance_desktop.qt.controllers.remote_startup_controller import (
    RemoteStartupController,
    journaled_factory,
)
from attendance_desktop.qt.i18n import install_language
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.views.main_window import MainWindow
from attendance_desktop.settings import Settings
from attendance_desktop.storage.accounts import AccountStore
from attendance_desktop.storage.local_service import LocalAttendanceService

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

HOLIDAY = date(2026, 11, 18)
GERMAN, ENGLISH = "Buß- und Bettag", "Repentance and Prayer Day"


@pytest.fixture
def german(qapp: QApplication, english_catalogue: Path) -> Iterator[None]:
    install_language(qapp, "de")
    yield
    install_language(qapp, "en")


def holiday_words(qtbot: QtBot, window: MainWindow) -> tuple[str, str]:
    """The holiday's tile tooltip, and the day detail's status once the tile is clicked."""
    cell = window.home.calendar.cells[HOLIDAY]
    qtbot.mouseClick(cell, Qt.MouseButton.LeftButton)
    return cell.toolTip(), window.home.day_detail.status_label.text()


@pytest.mark.usefixtures("german")
def test_the_german_home_window_names_the_holiday_in_german(
    qtbot: QtBot, open_home, service: LocalAttendanceService, employee: Employee
) -> None:
    service.set_holiday_region("DE", "SN")
    home = open_home(employee)
    tip, status = holiday_words(qtbot, home.window)
    assert tip.endswith(f": {GERMAN}") and status.endswith(f" · {GERMAN}")
    assert ENGLISH not in tip + status


def test_the_english_home_window_names_it_in_english(
    qtbot: QtBot, open_home, service: LocalAttendanceService, employee: Employee
) -> None:
    service.set_holiday_region("DE", "SN")
    home = open_home(employee)
    tip, status = holiday_words(qtbot, home.window)
    assert tip.endswith(f": {ENGLISH}") and status.endswith(f" · {ENGLISH}")


@pytest.mark.usefixtures("german")
def test_the_german_home_window_on_a_server_names_the_holiday_in_german(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        AccountStore, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    monkeypatch.setattr(AccountStore, "_dummy_hash", None)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    with live_server(f"sqlite+pysqlite:///{tmp_path / 'server.sqlite3'}") as live:
        live.ctx.service.set_holiday_region("DE", "SN")
        live.add_employee("Eve")
        token = live.sign_in("Eve")["Authorization"].removeprefix("Bearer ")
        keyring.set_password(SERVICE_NAME, live.base_url, token)
        options = LaunchOptions(paths=app_paths(tmp_path / "desk"), server_url=live.base_url)
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        startup = RemoteStartupController(
            options,
            runner,
            window,
            Settings(language="de"),
            TokenStore(),
            service_factory=journaled_factory(
                options.paths.data_dir / "punch-journal.sqlite3", live.clock
            ),
        )
        try:
            with qtbot.waitSignal(startup.home_started, timeout=10_000):
                startup.start()
            qtbot.waitUntil(lambda: HOLIDAY in window.home.calendar.cells, timeout=10_000)
            tip, status = holiday_words(qtbot, window)
            assert tip.endswith(f": {GERMAN}") and status.endswith(f" · {GERMAN}")
        finally:
            startup.stop()
            if startup.service is not None:
                startup.service.close()
            keyring.set_keyring(previous)
