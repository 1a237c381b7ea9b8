"""The app's shell (tray, reminders, Settings…, Help) on a real local store, with a fake tray.

The desktop's tray is the edge of a world we do not own (offscreen Qt has none): the fake
records what the app shows there and is otherwise the real interface.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import Employee, NewEmployee
from attendance_desktop.launch import LaunchOptions, open_local_store
from attendance_desktop.paths import app_paths
from attendance_desktop.qt.controllers.app_shell import AppShell
from attendance_desktop.qt.controllers.home_controller import HomeController
from attendance_desktop.qt.controllers.startup_controller import StartupController
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.views.main_window import MainWindow
from attendance_desktop.settings import Settings
from attendance_desktop.storage.local_service import LocalAttendanceService

WAIT = 10_000
ALICE = NewEmployee("Alice", "Martin", "alice@example.com", timezone="UTC")


@dataclass
class FakeTray:
    icon: QIcon | None = None
    tooltip: str = ""
    menu: QMenu | None = None
    visible: bool = False
    messages: list[tuple[str, str]] = field(default_factory=list)
    clicked: Callable[[], None] | None = None

    def set_state(self, icon: QIcon, tooltip: str) -> None:
        self.icon, self.tooltip = icon, tooltip

    def set_menu(self, menu: QMenu) -> None:
        self.menu = menu

    def on_activated(self, callback: Callable[[], None]) -> None:
        self.clicked = callback

    def notify(self, title: str, text: str) -> None:
        self.messages.append((title, text))

    def show(self) -> None:
        self.visible = True

    def hide(self) -> None:
        self.visible = False


@dataclass
class Desk:
    window: MainWindow
    startup: StartupController
    shell: AppShell
    home: HomeController
    tray: FakeTray
    clock: FixedClock
    options: LaunchOptions

    @property
    def service(self) -> LocalAttendanceService:
        assert self.startup.service is not None
        return self.startup.service

    @property
    def employee(self) -> Employee:
        return self.home.employee


def open_desk(
    qtbot: QtBot,
    runner: TaskRunner,
    root: Path,
    clock: FixedClock,
    settings: Settings | None = None,
) -> Desk:
    options = LaunchOptions(paths=app_paths(root), chosen_timezone="UTC")
    store = open_local_store(options.paths, clock, "UTC")
    if not store.employees():
        store.add_employee(ALICE)
    store.close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 700)
    startup = StartupController(options, runner, window, settings or Settings(), clock, window)
    tray = FakeTray()
    shell = AppShell(window, startup, runner, options, clock, tray)
    window.show()
    with qtbot.waitSignal(startup.home_started, timeout=WAIT) as started:
        startup.start()
    home: HomeController = started.args[0]
    qtbot.waitSignal(home.data_shown, timeout=WAIT).wait()
    return Desk(window, startup, shell, home, tray, clock, options)


@pytest.fixture
def desk(qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: FixedClock) -> Iterator[Desk]:
    opened = open_desk(qtbot, runner, tmp_path / "portable", clock)
    yield opened
    opened.shell.stop()
    if opened.startup.service is not None:
        opened.startup.service.close()
