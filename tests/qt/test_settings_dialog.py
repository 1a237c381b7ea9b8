"""Settings…: one dialog, used with clicks and keys; OK saves it all, Cancel nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shell_harness
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QCheckBox, QWidget
from pytestqt.qtbot import QtBot
from shell_harness import WAIT, Desk

from attendance_desktop.qt.views.settings_dialog import DialogValues, SettingsDialog
from attendance_desktop.settings import Settings, load_settings

desk = shell_harness.desk  # the fixture, under its own name
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Start at login writes here, never in the real ~/.config."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg"


def open_settings(qtbot: QtBot, desk: Desk) -> SettingsDialog:
    with qtbot.waitSignal(desk.shell.settings_controller.opened, timeout=WAIT):
        desk.window.settings_action.trigger()
    dialog = desk.shell.settings_controller.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def click(qtbot: QtBot, widget: QWidget) -> None:
    """A click where a person would: on a box's tick (a row wider than its words does not
    take a click beyond them), on a button's middle."""
    if isinstance(widget, QCheckBox):
        at = QPoint(8, widget.height() // 2)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_the_dialog_shows_the_current_settings(qtbot: QtBot, desk: Desk) -> None:
    dialog = open_settings(qtbot, desk)
    assert dialog.local_choice.isChecked() and not dialog.server_url.isEnabled()
    assert dialog.store_path.text() == str(desk.options.paths.db_path)
    assert not dialog.sign_out_button.isVisible()  # local mode
    assert dialog.timezone.currentText() == "UTC"
    assert dialog.theme.currentText() == "Same as the system"
    assert dialog.language.currentText() == "Same as the system"
    assert dialog.language_note.text() == (
        "A change of language applies the next time the app starts."
    )
    assert [dialog.language.itemData(i) for i in range(3)] == ["system", "en", "de"]
    assert [c.isChecked() for c in dialog.work_days] == [True] * 5 + [False] * 2
    assert dialog.daily_target.value() == 8.0
    assert dialog.remind_break.isChecked() and dialog.break_after.value() == 6.0
    assert dialog.break_minutes.value() == 30


def test_ok_saves_every_choice(qtbot: QtBot, desk: Desk, xdg: Path) -> None:
    dialog = open_settings(qtbot, desk)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    click(qtbot, dialog.start_at_login)
    dialog.tabs.setCurrentIndex(1)
    click(qtbot, dialog.work_days[4])  # Friday off
    click(qtbot, dialog.work_days[5])  # Saturday on
    dialog.start_times[0].setTime(QTime(7, 30))
    dialog.daily_target.selectAll()
    qtbot.keyClicks(dialog.daily_target, "7.5")
    dialog.tabs.setCurrentIndex(2)
    click(qtbot, dialog.remind_break)
    dialog.timezone.setCurrentText("Europe/Berlin")

    with qtbot.waitSignals(
        [desk.shell.settings_controller.saved, desk.home.data_shown], timeout=WAIT
    ):
        click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()

    saved = load_settings(desk.options.paths.settings_path)
    assert saved.theme == "dark" and saved.start_at_login
    assert saved.daily_target_hours == 7.5 and not saved.remind_no_break
    assert saved.work_day_starts["mon"] == "07:30"
    assert json.loads(desk.options.paths.settings_path.read_text())["version"] == 3
    employee = desk.service.employee(desk.employee.id)
    assert employee.work_week == (0, 1, 2, 3, 5) and employee.timezone == "Europe/Berlin"
    entry = xdg / "autostart" / "attendance-desktop.desktop"
    assert entry.is_file() and "--data-dir" in entry.read_text()
    assert desk.shell.reminders is not None and desk.shell.settings().theme == "dark"

    again = open_settings(qtbot, desk)  # shows what was saved
    assert again.theme.currentData() == "dark" and again.start_at_login.isChecked()
    assert not again.work_days[4].isChecked() and again.work_days[5].isChecked()
    assert again.timezone.currentText() == "Europe/Berlin"

    click(qtbot, again.start_at_login)  # and off again
    with qtbot.waitSignal(desk.shell.settings_controller.saved, timeout=WAIT):
        click(qtbot, again.ok_button)
    assert not entry.exists()


def test_a_time_zone_that_does_not_exist_is_refused_in_plain_words(
    qtbot: QtBot, desk: Desk
) -> None:
    dialog = open_settings(qtbot, desk)
    dialog.timezone.setCurrentText("Mars/Olympus")
    with qtbot.waitSignal(desk.shell.settings_controller.refused, timeout=WAIT):
        click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "Mars/Olympus is not a time zone" in dialog.error.text()
    assert not desk.options.paths.settings_path.exists() or (
        load_settings(desk.options.paths.settings_path).theme == "system"
    )
    assert desk.service.employee(desk.employee.id).timezone == "UTC"


def test_cancel_changes_nothing(qtbot: QtBot, desk: Desk) -> None:
    dialog = open_settings(qtbot, desk)
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    click(qtbot, dialog.work_days[0])
    dialog.buttons.rejected.emit()  # Cancel (Escape does the same)
    assert not dialog.isVisible()
    assert desk.shell.settings().theme == "system"
    assert desk.service.employee(desk.employee.id).work_week == (0, 1, 2, 3, 4)


def test_a_settings_file_that_cannot_be_written_is_said_plainly(qtbot: QtBot, desk: Desk) -> None:
    path = desk.options.paths.settings_path
    path.unlink(missing_ok=True)
    path.mkdir()  # a folder where the file should be
    dialog = open_settings(qtbot, desk)
    with qtbot.waitSignal(desk.shell.settings_controller.refused, timeout=WAIT):
        click(qtbot, dialog.ok_button)
    assert "settings could not be saved" in dialog.error.text()
    assert dialog.isVisible()


def test_on_a_server_the_work_week_and_target_are_the_admins(qapp: object) -> None:
    dialog = SettingsDialog(["Europe/Berlin", "UTC"])
    values = DialogValues(Settings(server_url="https://a.example"), (0, 1, 2), "Europe/Berlin")
    dialog.set_values(values, remote=True, store_path="")
    assert dialog.server_choice.isChecked() and dialog.server_url.text() == "https://a.example"
    assert not dialog.sign_out_button.isHidden()
    assert not any(c.isEnabled() for c in dialog.work_days)
    assert not dialog.daily_target.isEnabled() and not dialog.work_note.isHidden()
    assert dialog.values(Settings()).settings.server_url == "https://a.example"
    dialog.deleteLater()
