"""The tray: its icon follows the status, its menu punches through the home controller."""

from __future__ import annotations

import pytest
import shell_harness
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from shell_harness import WAIT, Desk, FakeTray

from attendance_desktop.qt.controllers.app_shell import STILL_RUNNING
from attendance_desktop.qt.controllers.tray_controller import TrayController
from attendance_desktop.qt.tray import TOOLTIPS, TrayState, state_icon

desk = shell_harness.desk  # the fixture, under its own name
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def choose(qtbot: QtBot, desk: Desk, entry: str) -> None:
    """Pick a tray menu entry and wait until the punch is answered and shown."""
    assert desk.tray.menu is not None
    action = next(a for a in desk.tray.menu.actions() if a.text() == entry)
    assert action.isEnabled(), entry
    with qtbot.waitSignal(desk.home.punch_finished, timeout=WAIT):
        action.trigger()


def entries(desk: Desk) -> list[str]:
    assert desk.tray.menu is not None
    return [a.text() for a in desk.tray.menu.actions() if not a.isSeparator()]


def test_the_menu_clocks_in_takes_a_break_and_clocks_out(qtbot: QtBot, desk: Desk) -> None:
    assert desk.tray.visible
    assert desk.tray.tooltip == TOOLTIPS[TrayState.OUT]
    assert entries(desk) == ["Clock in", "Start break", "Open Attendance Desktop", "Quit"]
    assert desk.shell.tray is not None
    assert not desk.shell.tray.break_action.isEnabled()  # no break before clocking in

    choose(qtbot, desk, "Clock in")
    assert desk.service.status(desk.employee.id).clocked_in
    assert desk.tray.tooltip == TOOLTIPS[TrayState.IN]
    assert desk.window.home.clock.clock_button.text() == "Clock out"  # the window agrees
    assert entries(desk)[:2] == ["Clock out", "Start break"]

    choose(qtbot, desk, "Start break")
    assert desk.service.status(desk.employee.id).on_break
    assert desk.tray.tooltip == TOOLTIPS[TrayState.ON_BREAK]
    assert entries(desk)[1] == "End break"

    choose(qtbot, desk, "End break")
    assert not desk.service.status(desk.employee.id).on_break
    assert desk.tray.tooltip == TOOLTIPS[TrayState.IN]

    choose(qtbot, desk, "Clock out")
    assert not desk.service.status(desk.employee.id).clocked_in
    assert desk.tray.tooltip == TOOLTIPS[TrayState.OUT]


def test_a_punch_from_the_window_changes_the_tray_too(qtbot: QtBot, desk: Desk) -> None:
    with qtbot.waitSignal(desk.home.punch_finished, timeout=WAIT):
        desk.window.home.clock.clock_button.click()
    assert desk.tray.tooltip == TOOLTIPS[TrayState.IN]


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen: no window stacking
def test_open_shows_the_hidden_window_and_quit_asks_to_quit(qtbot: QtBot, desk: Desk) -> None:
    desk.window.close()  # kept in the tray
    assert not desk.window.isVisible()
    assert desk.shell.tray is not None
    desk.shell.tray.open_action.trigger()
    assert desk.window.isVisible()
    desk.window.hide()
    assert desk.tray.clicked is not None
    desk.tray.clicked()  # a click on the icon itself
    assert desk.window.isVisible()
    with qtbot.waitSignal(desk.shell.quit_requested, timeout=WAIT):
        desk.shell.tray.quit_action.trigger()


def test_closing_the_window_says_once_that_the_app_lives_on(qtbot: QtBot, desk: Desk) -> None:
    def told() -> list[str]:
        return [text for title, text in desk.tray.messages if title == STILL_RUNNING]

    desk.window.close()
    assert told() == [
        "It lives on in the tray: clock in and out from its menu. Choose Quit there to end it."
    ]
    desk.window.show()
    desk.window.close()
    assert len(told()) == 1  # the first time only
    qtbot.waitUntil(lambda: desk.shell.settings().told_about_tray, timeout=WAIT)


def test_the_four_states_have_four_different_icons(qapp: object) -> None:
    images = [state_icon(state).pixmap(32, 32).toImage() for state in TrayState]
    assert all(isinstance(image, QImage) and not image.isNull() for image in images)
    for i, image in enumerate(images):
        for other in images[i + 1 :]:
            assert image != other


def test_a_tray_that_follows_a_page_already_shown_starts_from_its_status(
    qtbot: QtBot, desk: Desk
) -> None:
    # Clocked in, then a second tray follows the page (the shell is built after the page
    # has shown its status when the data comes before the first paint has settled).
    choose(qtbot, desk, "Clock in")
    late = FakeTray()
    controller = TrayController(late, desk.window)
    controller.attach(desk.home)
    assert late.tooltip == TOOLTIPS[TrayState.IN]
    assert controller.clock_action.text() == "Clock out" and controller.clock_action.isEnabled()
    assert controller.break_action.isEnabled()
