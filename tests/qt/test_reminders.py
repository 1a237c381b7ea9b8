"""Reminders as notifications, from a real store and a clock moved past each threshold."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import shell_harness
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shell_harness import WAIT, Desk, open_desk

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.corrections import Correction, LeaveType
from attendance_desktop.launch import open_local_store
from attendance_desktop.paths import app_paths
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


def test_none_on_a_leave_day(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: FixedClock
) -> None:
    # Wednesday 14:00, booked as vacation: no "Not clocked in yet", though it is a weekday.
    root = tmp_path / "portable"
    store = open_local_store(app_paths(root), clock, "UTC")
    alice = store.add_employee(shell_harness.ALICE)
    today = clock.now().date()
    store.request_correction(alice.id, Correction(today, "Vacation", leave_type=LeaveType.VACATION))
    store.close()
    opened = open_desk(qtbot, runner, root, clock)
    try:
        check(qtbot, opened)
        check(qtbot, opened)
        assert opened.tray.messages == []
    finally:
        opened.shell.stop()
        opened.service.close()


def test_none_on_a_day_booked_as_leave_while_the_app_runs(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    # Wednesday 08:00, before the day's start: the reminders know today is a working day.
    clock = FixedClock(datetime(2026, 11, 18, 8, 0, tzinfo=UTC))
    opened = open_desk(qtbot, runner, tmp_path / "portable", clock)
    try:
        check(qtbot, opened)
        corrections = opened.shell.corrections
        assert corrections is not None
        today = clock.now().date()
        with qtbot.waitSignal(corrections.history_shown, timeout=WAIT):
            cell = opened.window.home.calendar.cells[today]
            qtbot.mouseClick(cell, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(opened.window.home.day_detail.correct_button, Qt.MouseButton.LeftButton)
        dialog = corrections.dialog
        assert dialog is not None
        dialog.kind.setCurrentIndex(dialog.kind.findText("Mark the day as leave"))
        qtbot.keyClicks(dialog.reason, "Day off")
        with qtbot.waitSignal(corrections.corrected, timeout=WAIT):
            qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

        clock.advance(timedelta(hours=6))  # 14:00: long past the start, on leave
        check(qtbot, opened)
        assert opened.tray.messages == []
    finally:
        opened.shell.stop()
        opened.service.close()
