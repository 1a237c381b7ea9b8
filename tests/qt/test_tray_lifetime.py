"""The app's lifetime with a tray: closing the window keeps it running; Quit ends it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from shell_harness import FakeTray

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.launch import LaunchOptions, open_local_store
from attendance_desktop.paths import app_paths
from attendance_desktop.qt.app import EXIT_OK, run
from attendance_desktop.qt.controllers.app_shell import STILL_RUNNING
from attendance_desktop.qt.views.main_window import MainWindow
from attendance_desktop.settings import load_settings

NOW = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_closing_keeps_the_app_in_the_tray_until_quit(qapp: QApplication, tmp_path: Path) -> None:
    clock = FixedClock(NOW)
    options = LaunchOptions(paths=app_paths(tmp_path), chosen_timezone="UTC")
    store = open_local_store(options.paths, clock, "UTC")
    store.add_employee(NewEmployee("Ann", "One", "ann@example.com", timezone="UTC"))
    store.close()
    tray = FakeTray()
    seen: dict[str, object] = {}

    def window() -> MainWindow:
        return next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow))

    def when_home_is_up() -> None:
        if tray.menu is None or tray.menu.actions()[0].isEnabled() is False:
            QTimer.singleShot(20, when_home_is_up)
            return
        window().close()  # the close button
        seen["hidden"] = not window().isVisible()
        QTimer.singleShot(50, lambda: quit_from_tray())

    def quit_from_tray() -> None:
        seen["still_running"] = True  # the event loop went on after the window closed
        assert tray.menu is not None
        next(a for a in tray.menu.actions() if a.text() == "Quit").trigger()

    QTimer.singleShot(0, when_home_is_up)
    assert run(options, clock, tray=lambda: tray) == EXIT_OK
    assert seen == {"hidden": True, "still_running": True}
    assert [t for t, _ in tray.messages if t == STILL_RUNNING] == [STILL_RUNNING]
    assert load_settings(options.paths.settings_path).told_about_tray
    assert qapp.quitOnLastWindowClosed()  # as it was, for whatever runs next
