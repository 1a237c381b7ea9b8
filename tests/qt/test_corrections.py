"""Fixing the record from the home window, driven by clicks and keys on a real local store:
"Correct…" in the day detail (times, leave, a refusal), the day's history, and the missed
clock-out question at the start and before a clock-in. Time moves by the fixed clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from attendance_desktop.qt.controllers.correction_controller import CorrectionController

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

MONDAY = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)


def worked_day(home_service, employee, clock, start: datetime, hours: float) -> None:  # type: ignore[no-untyped-def]
    clock.set(start)
    home_service.clock_in(employee.id)
    clock.set(start + timedelta(hours=hours))
    home_service.clock_out(employee.id)
    clock.set(NOW)


def with_corrections(qtbot: QtBot, home, runner, *, request: bool = False) -> CorrectionController:  # type: ignore[no-untyped-def]
    controller = CorrectionController(
        home.service,
        runner,
        home.controller,
        home.window.home.day_detail,
        home.window,
        requests_need_approval=request,
    )
    assert home.controller.status is not None
    controller.status_shown(home.controller.status)  # as the app's shell does once built
    return controller


def show_day(qtbot: QtBot, home, corrections, day) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(corrections.history_shown, timeout=10_000):
        qtbot.mouseClick(home.window.home.calendar.cells[day], Qt.MouseButton.LeftButton)


def open_dialog(qtbot: QtBot, home, corrections):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(home.window.home.day_detail.correct_button, Qt.MouseButton.LeftButton)
    dialog = corrections.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def choose(dialog, text: str) -> None:  # type: ignore[no-untyped-def]
    dialog.kind.setCurrentIndex(dialog.kind.findText(text))


def test_a_corrected_day_shows_its_new_times_metrics_and_history(
    qtbot: QtBot, open_home, employee, clock, runner
) -> None:
    home = open_home(employee)
    worked_day(home.service, employee, clock, MONDAY, 8)
    with qtbot.waitSignal(home.controller.data_shown, timeout=10_000):
        home.controller.reload()
    corrections = with_corrections(qtbot, home, runner)
    monday = MONDAY.date()
    show_day(qtbot, home, corrections, monday)
    detail = home.window.home.day_detail
    assert detail.worked.text() == "8h 00m"
    metrics = home.window.home.metrics

    dialog = open_dialog(qtbot, home, corrections)
    assert dialog.kind.currentText() == "Change a session's times"
    dialog.start.setTime(QTime(8, 0))  # 08:00 instead of 09:00
    qtbot.keyClicks(dialog.reason, "Badge reader was down")
    done = [corrections.corrected, corrections.history_shown]
    with qtbot.waitSignals(done, timeout=10_000):
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)

    assert corrections.dialog is None  # closed
    session = home.service.sessions_between(employee.id, monday, monday)[0]
    assert session.clock_in == MONDAY - timedelta(hours=1)
    assert detail.first_in.text() == "08:00" and detail.worked.text() == "9h 00m"
    assert metrics.value_label("worked_hours").text() == "9.00 h"
    assert "corrected" in detail.status_label.text()
    history = detail.history.history_text
    assert "Corrected by you" in history
    assert "09:00 \u2013 17:00 → 08:00 \u2013 17:00" in history
    assert "Why: Badge reader was down" in history


def test_a_refused_correction_keeps_the_dialog_open_with_its_message(
    qtbot: QtBot, open_home, employee, clock, runner
) -> None:
    home = open_home(employee)
    worked_day(home.service, employee, clock, MONDAY, 8)
    worked_day(home.service, employee, clock, MONDAY + timedelta(hours=9), 2)  # 18:00-20:00
    with qtbot.waitSignal(home.controller.data_shown, timeout=10_000):
        home.controller.reload()
    corrections = with_corrections(qtbot, home, runner)
    show_day(qtbot, home, corrections, MONDAY.date())

    dialog = open_dialog(qtbot, home, corrections)
    dialog.end.setTime(QTime(19, 0))  # into the evening session
    failed = dialog.submit_button
    # No reason first: refused in plain words, and the dialog stays open.
    with qtbot.waitSignal(corrections.refused, timeout=10_000):
        qtbot.mouseClick(failed, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "Say why: every correction needs a reason."
    assert dialog.isVisible() and failed.isEnabled()

    qtbot.keyClicks(dialog.reason, "Stayed late")
    with qtbot.waitSignal(corrections.refused, timeout=10_000):
        qtbot.mouseClick(failed, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == (
        "This would overlap another session of the same person. Nothing was changed."
    )
    assert dialog.isVisible()
    first = home.service.sessions_between(employee.id, MONDAY.date(), MONDAY.date())[0]
    assert first.clock_out == MONDAY + timedelta(hours=8)  # nothing changed


def test_a_day_marked_as_leave_leaves_the_working_days(
    qtbot: QtBot, open_home, employee, clock, runner
) -> None:
    home = open_home(employee)
    corrections = with_corrections(qtbot, home, runner)
    tuesday = datetime(2026, 11, 17).date()
    show_day(qtbot, home, corrections, tuesday)
    metrics = home.window.home.metrics
    working = int(metrics.value_label("total_working_days").text())
    absent = int(metrics.value_label("total_absent_days").text())

    dialog = open_dialog(qtbot, home, corrections)
    choose(dialog, "Mark the day as leave")
    assert not dialog.start.isVisible() and dialog.leave_type.isVisible()
    dialog.leave_type.setCurrentIndex(dialog.leave_type.findText("Sick"))
    qtbot.keyClicks(dialog.reason, "Flu")
    with qtbot.waitSignals([corrections.corrected, corrections.history_shown], timeout=10_000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    detail = home.window.home.day_detail
    assert detail.status_label.text() == "Leave · Sick · corrected"  # the type in words
    assert int(metrics.value_label("total_working_days").text()) == working - 1
    assert int(metrics.value_label("total_absent_days").text()) == absent - 1
    assert "Marked as leave by you" in detail.history.history_text
    assert "nothing → sick leave" in detail.history.history_text


def test_a_leave_day_marked_by_mistake_is_taken_back_with_remove_leave(
    qtbot: QtBot, open_home, employee, clock, runner
) -> None:
    home = open_home(employee)
    corrections = with_corrections(qtbot, home, runner)
    tuesday = datetime(2026, 11, 17).date()
    show_day(qtbot, home, corrections, tuesday)
    metrics = home.window.home.metrics
    working = int(metrics.value_label("total_working_days").text())
    dialog = open_dialog(qtbot, home, corrections)
    assert dialog.kind.findData("remove_leave") == -1  # offered on a leave day only
    choose(dialog, "Mark the day as leave")
    qtbot.keyClicks(dialog.reason, "Booked on the wrong day")
    with qtbot.waitSignals([corrections.corrected, corrections.history_shown], timeout=10_000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert int(metrics.value_label("total_working_days").text()) == working - 1

    dialog = open_dialog(qtbot, home, corrections)
    assert dialog.kind.currentText() == "Remove leave"  # what a leave day is opened for
    assert not dialog.start.isVisible() and not dialog.leave_type.isVisible()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)  # no reason: refused, stays open
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10_000)
    assert dialog.isVisible() and "reason" in dialog.error_label.text().lower()
    qtbot.keyClicks(dialog.reason, "I was at work")
    with qtbot.waitSignals([corrections.corrected, corrections.history_shown], timeout=10_000):
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)

    detail = home.window.home.day_detail
    assert not detail.status_label.text().startswith("Leave")
    assert int(metrics.value_label("total_working_days").text()) == working
    assert "Leave removed by you" in detail.history.history_text
    assert "vacation leave → nothing. Why: I was at work" in detail.history.history_text


FRIDAY = datetime(2026, 11, 13, 8, 43, tzinfo=UTC)
QUESTION = "You didn't clock out on Friday 13 November. When did you leave?"


def forgot_to_clock_out(service, employee, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    service.clock_in(employee.id)
    clock.set(NOW)


def test_the_missed_clock_out_is_asked_at_the_start_and_resolved(
    qtbot: QtBot, open_home, employee, clock, runner, service
) -> None:
    forgot_to_clock_out(service, employee, clock)
    home = open_home(employee)
    corrections = with_corrections(qtbot, home, runner)

    question = corrections.question
    assert question is not None and question.isVisible()
    assert question.question.text() == QUESTION
    assert question.left_time().strftime("%H:%M") == "16:43"  # a working day, not now
    question.left_at.setTime(QTime(17, 30))
    with qtbot.waitSignal(home.controller.punch_finished, timeout=10_000):
        qtbot.mouseClick(question.save_button, Qt.MouseButton.LeftButton)

    assert corrections.question is None
    status = service.status(employee.id)
    assert not status.clocked_in and status.missing_clock_out is None  # no clock-in after it
    friday = service.sessions_between(employee.id, FRIDAY.date(), FRIDAY.date())[0]
    assert friday.clock_out == datetime(2026, 11, 13, 17, 30, tzinfo=UTC)
    assert home.window.home.clock.clock_button.text() == "Clock in"


def test_the_missed_clock_out_is_asked_before_a_clock_in_which_then_goes_on(
    qtbot: QtBot, open_home, employee, clock, runner, service
) -> None:
    from attendance_desktop.core.errors import AlreadyClockedIn

    forgot_to_clock_out(service, employee, clock)
    with pytest.raises(AlreadyClockedIn):  # what the service says to a clock-in meanwhile
        service.clock_in(employee.id)
    home = open_home(employee)
    corrections = with_corrections(qtbot, home, runner)
    assert corrections.question is not None
    qtbot.mouseClick(corrections.question.not_now_button, Qt.MouseButton.LeftButton)
    assert corrections.question is None and not home.window.home.banner.isVisible()

    button = home.window.home.clock.clock_button
    with qtbot.waitSignal(corrections.asked, timeout=10_000) as asked:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(home.controller.message_shown, timeout=10_000) as said:
        qtbot.mouseClick(asked.args[0].not_now_button, Qt.MouseButton.LeftButton)
    assert said.args[0].startswith("Your session from Friday 13 November 2026 is still open")
    assert service.status(employee.id).missing_clock_out is not None  # nothing punched

    with qtbot.waitSignal(corrections.asked, timeout=10_000) as asked:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    # Save (16:43, the default): the session is closed, then the clock-in goes on.
    clocked_in = home.controller.status_changed
    with qtbot.waitSignal(clocked_in, timeout=10_000, check_params_cb=lambda s: s.clocked_in):
        qtbot.keyClick(asked.args[0].left_at, Qt.Key.Key_Return)
    status = service.status(employee.id)
    assert status.clocked_in and status.open_session is not None
    assert status.open_session.clock_in == NOW and status.missing_clock_out is None
    friday = service.sessions_between(employee.id, FRIDAY.date(), FRIDAY.date())[0]
    assert friday.clock_out == datetime(2026, 11, 13, 16, 43, tzinfo=UTC)
    assert button.text() == "Clock out"
