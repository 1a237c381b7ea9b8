"""Where the team console opens: the Team section of an administrator signed in to a
server (never an employee's), `attendance-desktop --admin` over the local store, and
"Manage the team…" at a standalone kiosk (never at a server's)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import keyring
import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from server.live import PASSWORD, Live, live_server
from team_store import NOW, seed_team
from test_credentials import MemoryKeyring

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.credentials import TokenStore
from attendance_desktop.kiosk.config import KioskConfig
from attendance_desktop.kiosk.local_backend import LocalKioskBackend
from attendance_desktop.kiosk.remote_backend import RemoteKioskBackend
from attendance_desktop.launch import LaunchOptions
from attendance_desktop.paths import app_paths
from attendance_desktop.qt.controllers.app_shell import AppShell
from attendance_desktop.qt.controllers.remote_startup_controller import RemoteStartupController
from attendance_desktop.qt.controllers.team.console import TeamConsole
from attendance_desktop.qt.kiosk.controller import KioskWindow
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.views.main_window import MainWindow
from attendance_desktop.qt.views.team.console_window import ConsoleWindow
from attendance_desktop.settings import Settings
from attendance_desktop.storage.accounts import AccountStore
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)
WAIT = 15_000


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        AccountStore, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    monkeypatch.setattr(AccountStore, "_dummy_hash", None)


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Live]:
    with live_server(sqlite_url(tmp_path / "server.sqlite3"), NOW) as live:
        seed_team(live.ctx.service, live.clock)
        live.add_employee("Root", role="admin", timezone="UTC")
        live.add_employee("Ana", timezone="UTC")
        yield live


def signed_in(
    qtbot: QtBot, runner: TaskRunner, server: Live, tmp_path: Path, first: str
) -> tuple[MainWindow, RemoteStartupController, AppShell]:
    options = LaunchOptions(paths=app_paths(tmp_path / "desk"), server_url=server.base_url)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    startup = RemoteStartupController(options, runner, window, Settings(), TokenStore())
    shell = AppShell(window, startup, runner, options, server.clock, None)
    with qtbot.waitSignal(startup.first_run_shown, timeout=WAIT):
        startup.start()
    form = window.sign_in
    qtbot.keyClicks(form.email, f"{first.lower()}@example.com")
    qtbot.keyClicks(form.password, PASSWORD)
    with qtbot.waitSignal(startup.home_started, timeout=WAIT):
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    return window, startup, shell


def close(startup: RemoteStartupController, shell: AppShell) -> None:
    shell.stop()
    startup.stop()
    if startup.service is not None:
        startup.service.close()


def test_an_admin_signed_in_to_a_server_gets_the_team_section_until_signing_out(
    qtbot: QtBot, runner: TaskRunner, server: Live, ring: MemoryKeyring, tmp_path: Path
) -> None:
    window, startup, shell = signed_in(qtbot, runner, server, tmp_path, "Root")
    qtbot.waitUntil(lambda: shell.team is not None, timeout=WAIT)
    console = shell.team
    assert isinstance(console, TeamConsole)
    qtbot.waitUntil(window.sections.isVisible, timeout=WAIT)  # laid out on the next turn
    assert window.stack.currentWidget() is not window.team  # their own page first
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.team and window.sections.currentIndex() == 1
    qtbot.waitUntil(lambda: len(window.team.presence.shown_names) == 9, timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is not window.team

    window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.sign_in, timeout=WAIT)
    assert shell.team is None and not window.sections.isVisible()
    assert not window.team_action.isEnabled()
    close(startup, shell)


def test_an_employee_never_gets_the_team_section(
    qtbot: QtBot, runner: TaskRunner, server: Live, ring: MemoryKeyring, tmp_path: Path
) -> None:
    window, startup, shell = signed_in(qtbot, runner, server, tmp_path, "Ana")
    home = window.stack.currentWidget()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=WAIT)  # the admin probe answered
    assert shell.team is None
    assert "sections" not in window.__dict__ or not window.sections.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is home  # Ctrl+2 does nothing
    assert "team" not in window.__dict__  # the console's page was never even built
    close(startup, shell)


def test_attendance_desktop_admin_opens_the_console_over_the_local_store(
    tmp_path: Path,
) -> None:
    """The real command line in a process of its own, which quits once the console shows
    its month (or after 20 s, failing)."""
    root = tmp_path / "shop"
    script = textwrap.dedent(
        f"""
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from attendance_desktop import cli
        from attendance_desktop.qt.views.team.console_window import ConsoleWindow

        def check():
            app = QApplication.instance()
            windows = [w for w in app.topLevelWidgets() if isinstance(w, ConsoleWindow)]
            if windows and windows[0].isVisible() and windows[0].page.month.picker.text():
                print("SHOWN", windows[0].windowTitle(), windows[0].page.tabs.count())
                app.exit(0)
            else:
                QTimer.singleShot(100, check)

        QTimer.singleShot(0, check)
        QTimer.singleShot(20_000, lambda: QApplication.instance().exit(3))
        raise SystemExit(cli.main(["--admin", "--data-dir", {str(root)!r}]))
        """
    )
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "SHOWN Team console 5" in done.stdout  # who's in, month, requests, people, kiosks
    assert (root / "data").is_dir()  # its own local store, in the folder given


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[tuple[LocalAttendanceService, dict[str, int]]]:
    clock = FixedClock(NOW)
    store = LocalAttendanceService.open(sqlite_url(tmp_path / "shop.sqlite3"), clock)
    ids = seed_team(store, clock)
    accounts = AccountStore(store.engine, clock)
    boss = store.add_employee(NewEmployee("Chloe", "Dubois", "chloe@example.com"))
    accounts.set_account(boss.id, role="admin", pin="9999")
    accounts.set_account(ids["Dan"], badge="B-DAN", pin="2468")
    yield store, ids | {"Chloe": boss.id}
    store.close()


def enter(qtbot: QtBot, keypad: object, *texts: str) -> None:
    for text in texts:
        qtbot.keyClicks(keypad.entry, text)  # type: ignore[attr-defined]
        qtbot.keyClick(keypad.entry, Qt.Key.Key_Return)  # type: ignore[attr-defined]


def test_manage_the_team_at_a_standalone_kiosk(
    qtbot: QtBot, shop: tuple[LocalAttendanceService, dict[str, int]]
) -> None:
    store, ids = shop
    clock = store.clock
    assert isinstance(clock, FixedClock)
    kiosk = KioskWindow(
        LocalKioskBackend.over(store, clock), KioskConfig(company_name="Shop"), clock,
        ZoneInfo("UTC"),
    )  # fmt: skip
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    try:
        kiosk.close()  # asks for an admin
        dialog = kiosk._admin
        assert dialog is not None and dialog.manage_button.isVisible()
        keypad_at = dialog.keypad.mapToGlobal(dialog.keypad.rect().topLeft())
        qtbot.mouseClick(dialog.manage_button, Qt.MouseButton.LeftButton)
        dialog.layout().activate()
        # The keypad stays where it was (it moved 57 px when the buttons left the column).
        assert dialog.keypad.mapToGlobal(dialog.keypad.rect().topLeft()) == keypad_at
        enter(qtbot, dialog.keypad, str(ids["Chloe"]), "1111")
        qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=WAIT)
        assert dialog.message.text() and kiosk.console is None  # refused by the keypad
        enter(qtbot, dialog.keypad, str(ids["Dan"]), "2468")  # right PIN, not an admin
        qtbot.waitUntil(lambda: dialog.keypad.isEnabled(), timeout=WAIT)
        assert kiosk.console is None
        with qtbot.waitSignal(kiosk.console_opened, timeout=WAIT) as opened:
            enter(qtbot, dialog.keypad, str(ids["Chloe"]), "9999")
        console = opened.args[0]
        assert isinstance(console, ConsoleWindow) and console.isVisible()
        assert kiosk.isVisible() and not kiosk.badges.enabled  # the kiosk on, its reader paused
        qtbot.waitUntil(lambda: console.page.month.model.rowCount() == 8, timeout=WAIT)
        with qtbot.waitSignal(console.closed, timeout=WAIT):
            qtbot.keyClick(console, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: kiosk.badges.enabled, timeout=WAIT)  # the reader back
        assert kiosk.console is None
    finally:
        kiosk.allow_close()
        kiosk.shutdown()


def test_a_servers_kiosk_offers_no_console(qtbot: QtBot, server: Live, tmp_path: Path) -> None:
    _device, token = server.ctx.accounts.add_device("Front door")
    backend = RemoteKioskBackend.open(
        server.base_url, token, app_paths(tmp_path / "kiosk"), server.clock
    )
    kiosk = KioskWindow(backend, KioskConfig(company_name="Shop"), server.clock, ZoneInfo("UTC"))
    qtbot.addWidget(kiosk)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    try:
        kiosk.close()
        dialog = kiosk._admin
        assert dialog is not None and dialog.isVisible()
        assert not dialog.manage_button.isVisible()
    finally:
        kiosk.allow_close()
        kiosk.shutdown()
        backend.close()
