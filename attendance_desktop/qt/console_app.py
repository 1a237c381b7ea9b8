"""`attendance-desktop --admin`: the team console over this machine's local store, for a
small shop whose kiosk runs without a server. The person at the machine is the admin (the
store is theirs: it needs their account on the computer); the audit records the changes
as made at this computer, by no signed-in person."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from ..core import collector
from ..core.admin_service import AdminService
from ..core.clock import Clock, SystemClock
from ..launch import LaunchOptions, open_local_store
from ..settings import load_settings
from ..storage.admin_service import LocalAdminService
from .controllers.team.console import TeamConsole
from .i18n import install_language
from .tasks import TaskRunner
from .theme import apply_theme
from .views.team.console_window import ConsoleWindow


def open_console(
    service: AdminService,
    runner: TaskRunner,
    clock: Clock,
    zone: str,
) -> tuple[ConsoleWindow, TeamConsole]:
    """A console window over `service`, started; closing it stops its refreshes."""
    window = ConsoleWindow(zone)
    console = TeamConsole(service, runner, window.page, clock, zone, window)
    window.closed.connect(console.stop)
    console.start()
    return window, console


def run_console(options: LaunchOptions, clock: Clock | None = None) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "attendance"])
    assert isinstance(app, QApplication)
    app.setApplicationName("Attendance Desktop")
    app.setApplicationDisplayName("Attendance Desktop")
    apply_theme(app)
    install_language(app, load_settings(options.paths.settings_path).language)
    clock = clock or SystemClock()
    store = open_local_store(options.paths, clock, options.timezone)
    admin = LocalAdminService(store)
    runner = TaskRunner()
    window, _console = open_console(admin, runner, clock, options.timezone)
    window.show()
    collector.start_done()  # built: the collector comes back (core/collector.py)
    try:
        return app.exec()
    finally:
        runner.shutdown()
        admin.close()
        store.close()
