"""Help → About and Help → Keyboard shortcuts, and the window's title."""

from __future__ import annotations

import pytest
import shell_harness
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shell_harness import WAIT, Desk

from attendance_desktop import __version__
from attendance_desktop.qt.views.help_dialogs import AboutDialog, ShortcutsDialog
from attendance_desktop.qt.views.main_window import MainWindow

desk = shell_harness.desk  # the fixture, under its own name
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def opened(qtbot: QtBot, desk: Desk, action: str) -> object:
    with qtbot.waitSignal(desk.shell.dialog_opened, timeout=WAIT) as got:
        getattr(desk.window, action).trigger()
    return got.args[0]


def test_about_shows_the_version_the_data_folder_and_the_log_file(qtbot: QtBot, desk: Desk) -> None:
    dialog = opened(qtbot, desk, "about_action")
    assert isinstance(dialog, AboutDialog) and dialog.isVisible()
    assert dialog.version.text() == __version__
    assert dialog.data_folder.text() == str(desk.options.paths.data_dir)
    assert dialog.log_file.text() == str(desk.options.paths.log_path)
    dialog.close_button.click()
    assert not dialog.isVisible()


def test_keyboard_shortcuts_lists_every_shortcut_of_the_window(qtbot: QtBot, desk: Desk) -> None:
    dialog = opened(qtbot, desk, "shortcuts_action")
    assert isinstance(dialog, ShortcutsDialog)
    rows = dict(dialog.rows)
    assert rows["Quit"] == "Ctrl+Q" and rows["Close window"] == "Ctrl+W"
    assert rows["Settings"] == "Ctrl+," and rows["Keyboard shortcuts"] == "F1"
    # A shortcut added to the window later is listed without anyone editing the list.
    extra = desk.window._action("Clock in or out", "Ctrl+Return")
    desk.window.addAction(extra)
    again = opened(qtbot, desk, "shortcuts_action")
    assert ("Clock in or out", "Ctrl+Return") in again.rows  # type: ignore[attr-defined]


def test_the_title_names_the_app_once(qtbot: QtBot, qapp: QApplication) -> None:
    """Found: "Attendance Desktop — Alice Martin — Attendance Desktop". The platform adds
    the display name to a window's title (as QPlatformWindow::formatWindowTitle does)."""
    before = qapp.applicationDisplayName()
    qapp.setApplicationDisplayName("Attendance Desktop")
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        for show in (lambda: window.show_home("Alice Martin"), window.show_first_run):
            show()
            shown = f"{window.windowTitle()} — {qapp.applicationDisplayName()}"
            assert shown.count("Attendance Desktop") == 1, shown
    finally:
        qapp.setApplicationDisplayName(before)
