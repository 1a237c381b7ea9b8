"""Reminders as notifications, from a real store and a clock moved past each threshold."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import shell_harness
from pytestqt.qtbot import QtBot
from shell_harness import WAIT, Desk, open_desk

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.settings import Settings

desk = shell_harness.desk  # the fixture, under its own name
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def titles(desk: Desk) -> list[str]:
    return [title for title, _text in desk.tray.messages]


def check(qtbot: QtBot, desk: Desk) -> None:
    assert desk.shell.reminders is not None
    with qtbot.waitSignal(desk.shell.reminders.checked, timeout=WAIT):
        desk.shell.reminders.check()


def test_each_reminder_fires_once_as_the_clock_passes_its_threshold(
    qtbot: QtBot, desk: Desk
) -> None:
    # Wednesday 14:00 and nobody clocked in: the day started at 09:00.
    qtbot.waitUntil(lambda: titles(desk) == ["Not clocked in yet"], timeout=WAIT)
    check(qtbot, desk)
    assert titles(desk) == ["Not clocked in yet"]  # once a day

    desk.service.clock_in(desk.employee.id)
    desk.clock.advance(timedelta(hours=5, minutes=59))
    check(qtbot, desk)
    assert titles(desk) == ["Not clocked in yet"]
    desk.clock.advance(timedelta(minutes=1))  # 6 h without a break
    check(qtbot, desk)
    assert titles(desk)[-1] == "Time for a break"

    desk.clock.advance(timedelta(hours=2, minutes=30))  # 8 h 30: past the target
    check(qtbot, desk)
    assert titles(desk)[1:] == ["Time for a break", "Still clocked in"]

    desk.clock.advance(timedelta(hours=7, minutes=31))  # open for over 16 h
    check(qtbot, desk)
    assert titles(desk)[-1] == "Did you forget to clock out?"
    check(qtbot, desk)
    assert len(titles(desk)) == 4


def test_none_on_a_weekend(qtbot: QtBot, runner: TaskRunner, tmp_path: Path) -> None:
    saturday = FixedClock(datetime(2026, 11, 21, 14, 0, tzinfo=UTC))
    opened = open_desk(qtbot, runner, tmp_path / "portable", saturday)
    try:
        check(qtbot, opened)
        opened.service.clock_in(opened.employee.id)
        saturday.advance(timedelta(hours=9))
        check(qtbot, opened)
        assert opened.tray.messages == []
    finally:
        opened.shell.stop()
        opened.service.close()


def test_a_reminder_switched_off_stays_quiet(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: FixedClock
) -> None:
    quiet = replace(Settings(), remind_not_clocked_in=False)
    opened = open_desk(qtbot, runner, tmp_path / "portable", clock, quiet)
    try:
        check(qtbot, opened)
        assert opened.tray.messages == []
    finally:
        opened.shell.stop()
        opened.service.close()
