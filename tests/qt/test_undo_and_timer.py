"""Undo from the notice after a punch, and the big timer: today's worked time, paused
during a break. Clicked as a person would, on a real store; time moves by the test's
fixed clock (the window's monotonic clock reads it too), never by sleeping."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from attendance_desktop.core.errors import NothingToUndo


def click(qtbot: QtBot, home, widget: object) -> None:
    with qtbot.waitSignal(home.controller.punch_finished, timeout=10_000):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def moving(home_clock):  # type: ignore[no-untyped-def]
    """The window's monotonic clock, read from the test's fixed clock."""
    return lambda: home_clock.now().timestamp()


def test_a_clock_out_is_undone_from_its_notice(qtbot: QtBot, open_home, employee, clock) -> None:
    home = open_home(employee)
    panel = home.window.home.clock
    click(qtbot, home, panel.clock_button)
    clock.advance(timedelta(hours=3, minutes=2))
    click(qtbot, home, panel.clock_button)

    notice = panel.notice
    assert notice.isVisible() and notice.text == "Clocked out at 17:02"
    assert notice.undo_button.isVisible() and notice.undo_button.text() == "Undo"
    assert panel.clock_button.text() == "Clock in"

    click(qtbot, home, notice.undo_button)

    status = home.service.status(employee.id)
    assert status.clocked_in and len(status.today_sessions) == 1  # the same session, open
    assert panel.clock_button.text() == "Clock out"
    assert panel.state_pill.text() == "Working since 14:00"
    assert notice.text == "Clock-out at 17:02 undone" and not notice.undo_button.isVisible()


def test_break_punches_are_undone_too(qtbot: QtBot, open_home, employee, clock) -> None:
    home = open_home(employee)
    panel = home.window.home.clock
    click(qtbot, home, panel.clock_button)
    clock.advance(timedelta(hours=1))
    click(qtbot, home, panel.break_button)
    assert panel.notice.text == "Break started at 15:00"

    click(qtbot, home, panel.notice.undo_button)

    assert not home.service.status(employee.id).on_break
    assert panel.break_button.text() == "Start break"


def test_the_notice_goes_when_its_time_is_up(qtbot: QtBot, open_home, employee) -> None:
    home = open_home(employee, undo_seconds=0.2)
    panel = home.window.home.clock
    click(qtbot, home, panel.clock_button)
    assert panel.notice.isVisible()

    with qtbot.waitSignal(panel.notice.expired, timeout=5_000):
        pass

    assert not panel.notice.isVisible()
    assert home.service.status(employee.id).clocked_in  # the punch stands


def test_the_next_punch_ends_the_last_ones_undo(qtbot: QtBot, open_home, employee, clock) -> None:
    home = open_home(employee)
    panel = home.window.home.clock
    click(qtbot, home, panel.clock_button)
    clock.advance(timedelta(minutes=5))
    click(qtbot, home, panel.clock_button)
    assert panel.notice.text == "Clocked out at 14:05"  # only the latest punch is offered


def test_an_undo_too_late_is_said_in_plain_words(
    qtbot: QtBot, open_home, employee, clock, service
) -> None:
    home = open_home(employee)
    panel = home.window.home.clock
    click(qtbot, home, panel.clock_button)
    service.clock_out(employee.id)  # another window clocked out meanwhile

    with qtbot.waitSignal(home.controller.message_shown, timeout=10_000) as shown:
        qtbot.mouseClick(panel.notice.undo_button, Qt.MouseButton.LeftButton)

    assert shown.args == [NothingToUndo.default_message]
    qtbot.waitUntil(lambda: panel.clock_button.text() == "Clock in", timeout=10_000)


def test_the_big_timer_is_todays_worked_time_and_pauses_for_a_break(
    qtbot: QtBot, open_home, employee, clock
) -> None:
    home = open_home(employee, monotonic=moving(clock))
    panel, tick = home.window.home.clock, home.controller.tick
    click(qtbot, home, panel.clock_button)  # 14:00
    clock.advance(timedelta(hours=2))
    tick()
    assert panel.stopwatch.text() == "02:00:00"
    assert not panel.break_watch.isVisible()

    click(qtbot, home, panel.break_button)  # 16:00
    clock.advance(timedelta(minutes=15))
    tick()
    assert panel.stopwatch.text() == "02:00:00"  # stands still during the break
    assert panel.stopwatch_caption.text() == "Worked today \u00b7 paused for a break"
    assert panel.break_watch.isVisible() and panel.break_watch.text() == "Break 00:15:00"

    click(qtbot, home, panel.break_button)  # 16:15
    clock.advance(timedelta(minutes=30))
    tick()
    assert panel.stopwatch.text() == "02:30:00"
    assert not panel.break_watch.isVisible()

    click(qtbot, home, panel.clock_button)  # out at 16:45: the day's total stays
    clock.advance(timedelta(hours=1))
    tick()
    assert panel.stopwatch.text() == "02:30:00"
    assert panel.state_pill.text() == "Clocked out at 16:45"

    click(qtbot, home, panel.clock_button)  # a second session adds to the day
    clock.advance(timedelta(minutes=10))
    tick()
    assert panel.stopwatch.text() == "02:40:00"
