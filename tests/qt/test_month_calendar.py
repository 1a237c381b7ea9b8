"""The month calendar: navigation, the future-month guard and a day's detail."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import FutureMonth
from attendance_desktop.core.models import DayStatus
from attendance_desktop.qt.formatting import TO


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def history(service, employee, clock: FixedClock):  # type: ignore[no-untyped-def]
    """5 October and Monday 16 November worked (with a lunch break), then back to today."""
    now = clock.now()
    for when, punch in (
        (at(5, 9, month=10), lambda: service.clock_in(employee.id)),
        (at(5, 17, month=10), lambda: service.clock_out(employee.id)),
        (at(16, 9), lambda: service.clock_in(employee.id)),
        (at(16, 12), lambda: service.start_break(employee.id, "Lunch")),
        (at(16, 12, 30), lambda: service.end_break(employee.id)),
        (at(16, 17, 15), lambda: service.clock_out(employee.id)),
    ):
        clock.set(when)
        punch()
    clock.set(now)
    return employee


def test_days_are_coloured_by_status(open_home, history) -> None:
    home = open_home(history)
    cells = home.window.home.calendar.cells
    assert len(cells) == 30
    assert cells[date(2026, 11, 16)].day.status is DayStatus.COMPLETED
    assert cells[date(2026, 11, 17)].day.status is DayStatus.ABSENT
    assert cells[date(2026, 11, 21)].day.status is DayStatus.NON_WORKING
    assert cells[date(2026, 11, 18)].day.status is DayStatus.UPCOMING  # today, not yet in
    assert cells[date(2026, 11, 25)].day.status is DayStatus.UPCOMING
    metrics = home.window.home.metrics
    assert metrics.value_label("total_working_days").text() == "12"  # 2..17 Nov, Mon-Fri
    assert metrics.value_label("total_present_days").text() == "1"
    assert metrics.value_label("total_absent_days").text() == "11"
    assert metrics.value_label("worked_hours").text() == "7.75 h"


def test_the_weekday_names_head_the_columns(open_home, history) -> None:
    """The grid is made once the first month arrives, with the calendar already shown."""
    home = open_home(history)
    heads = home.window.home.calendar.findChildren(QLabel, "Weekday")
    assert [head.text() for head in heads] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    assert all(head.isVisible() and head.height() > 0 for head in heads)


def test_the_legend_names_every_status_a_day_can_have(open_home, history) -> None:
    """Leave days and missing clock-outs have their own colours: the legend explains them."""
    home = open_home(history)
    shown = [t.text() for t in home.window.home.calendar.findChildren(QLabel, "LegendText")]
    assert {"Leave", "Clock-out missing"} <= set(shown)
    assert len(shown) == 7


def test_clicking_a_day_shows_its_sessions_and_breaks(qtbot: QtBot, open_home, history) -> None:
    home = open_home(history)
    cell = home.window.home.calendar.cells[date(2026, 11, 16)]

    qtbot.mouseClick(cell, Qt.MouseButton.LeftButton)

    detail = home.window.home.day_detail
    assert detail.title_label.text() == "Monday\n16 November 2026"
    assert detail.status_label.text() == "Completed"
    assert (detail.first_in.text(), detail.last_out.text()) == ("09:00", "17:15")
    assert detail.worked.text() == "7h 45m"
    assert detail.break_time.text() == "30m"
    assert detail.sessions.texts() == [
        f"09:00{TO}17:15",
        "7h 45m",
        f"Break 12:00{TO}12:30\nLunch",
        "30m",
    ]
    assert cell.isChecked()


def test_previous_and_next_month(qtbot: QtBot, open_home, history) -> None:
    home = open_home(history)
    calendar = home.window.home.calendar
    assert calendar.shown_month == (2026, 11)
    assert not calendar.next_button.isEnabled()  # the current month is the last one

    with qtbot.waitSignal(home.controller.month_shown, timeout=10_000):
        qtbot.mouseClick(calendar.prev_button, Qt.MouseButton.LeftButton)

    assert calendar.shown_month == (2026, 10)
    assert calendar.picker.month == (2026, 10)
    assert calendar.picker.text() == "October 2026"
    assert home.window.home.metrics.title_label.text() == "October 2026"
    assert len(calendar.cells) == 31
    assert calendar.cells[date(2026, 10, 5)].day.status is DayStatus.COMPLETED
    assert calendar.next_button.isEnabled()

    with qtbot.waitSignal(home.controller.month_shown, timeout=10_000):
        qtbot.mouseClick(calendar.next_button, Qt.MouseButton.LeftButton)
    assert calendar.shown_month == (2026, 11)
    assert not calendar.next_button.isEnabled()


# The offscreen platform cannot raise a popup or let it grab the keyboard; it says so.
POPUP = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing", "does not support propagateSizeHints"
)


@POPUP
def test_the_picker_shows_a_month_at_once_when_clicked(qtbot: QtBot, open_home, history) -> None:
    """A year spinner and 12 month buttons: one click on a month shows it, no day needed."""
    home = open_home(history)
    picker = home.window.home.calendar.picker
    qtbot.mouseClick(picker, Qt.MouseButton.LeftButton)
    popup = picker.popup
    assert popup.isVisible()
    assert popup.months[10].isChecked()  # November, the month shown
    assert popup.year.maximum() == 2026
    assert not popup.months[11].isEnabled()  # December 2026 is still to come

    popup.year.setValue(2025)
    assert all(button.isEnabled() for button in popup.months)
    with qtbot.waitSignal(home.controller.month_shown, timeout=10_000) as shown:
        qtbot.mouseClick(popup.months[1], Qt.MouseButton.LeftButton)
    assert shown.args == [2025, 2]
    assert not popup.isVisible()
    assert len(home.window.home.calendar.cells) == 28
    assert picker.text() == "February 2025"


@POPUP
def test_the_picker_works_from_the_keyboard(qtbot: QtBot, open_home, history) -> None:
    home = open_home(history)
    picker = home.window.home.calendar.picker
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    popup = picker.popup
    assert popup.isVisible()
    assert popup.focusWidget() is popup.months[10]
    qtbot.keyClick(popup, Qt.Key.Key_PageUp)  # a year back: 2025
    qtbot.keyClick(popup.focusWidget(), Qt.Key.Key_Up)  # November -> August
    assert popup.focusWidget() is popup.months[7]
    qtbot.keyClick(popup.focusWidget(), Qt.Key.Key_Left)  # -> July
    with qtbot.waitSignal(home.controller.month_shown, timeout=10_000) as shown:
        qtbot.keyClick(popup.focusWidget(), Qt.Key.Key_Space)
    assert shown.args == [2025, 7]

    qtbot.keyClick(picker, Qt.Key.Key_Return)
    qtbot.keyClick(popup.focusWidget(), Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert home.window.home.calendar.shown_month == (2025, 7)  # Escape changed nothing


def test_a_future_month_asked_anyway_shows_the_services_message(
    qtbot: QtBot, open_home, history
) -> None:
    home = open_home(history)

    with qtbot.waitSignal(home.controller.message_shown, timeout=10_000) as shown:
        home.window.home.calendar.month_requested.emit(2026, 12)

    assert shown.args == ["Future Month Requested"]
    assert FutureMonth.default_message == "Future Month Requested"
    assert home.window.home.banner.isVisible()
    assert home.window.home.banner.text == "Future Month Requested"
    assert home.window.home.calendar.shown_month == (2026, 11)  # nothing else changed

    qtbot.mouseClick(home.window.home.banner.close_button, Qt.MouseButton.LeftButton)
    assert not home.window.home.banner.isVisible()
