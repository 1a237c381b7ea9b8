"""Clocking in and out and taking breaks, clicked as a person would."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from attendance_desktop.core.errors import AlreadyClockedIn, ClockWentBackwards
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.qt.formatting import TO
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService


def button_colour(home) -> QColor:
    button = home.window.home.clock.clock_button
    image = button.grab().toImage()
    return image.pixelColor(button.width() // 2, 6)


def click_and_wait(qtbot: QtBot, home, widget: object) -> None:
    with qtbot.waitSignal(home.controller.punch_finished, timeout=10_000):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_clock_in_turns_the_button_into_a_red_clock_out(qtbot: QtBot, open_home, employee) -> None:
    home = open_home(employee)
    clock = home.window.home.clock
    assert clock.clock_button.text() == "Clock in"
    assert button_colour(home).green() > button_colour(home).red()
    assert not clock.break_button.isEnabled()

    click_and_wait(qtbot, home, clock.clock_button)

    assert home.service.status(employee.id).clocked_in
    assert clock.clock_button.text() == "Clock out"
    colour = button_colour(home)
    assert colour.red() > 150 and colour.green() < 100
    assert clock.state_pill.text() == "Working since 14:00"
    assert clock.today_list.texts()[0] == f"14:00{TO}now"
    assert clock.break_button.isEnabled()
    # The calendar's today turned "present" without navigating.
    assert home.window.home.calendar.cells[home.clock.now().date()].day.status == "present"


def test_clock_out_closes_the_session_and_counts_the_day(qtbot: QtBot, open_home, employee) -> None:
    home = open_home(employee)
    clock = home.window.home.clock
    click_and_wait(qtbot, home, clock.clock_button)
    home.clock.advance(timedelta(hours=2, minutes=5))

    click_and_wait(qtbot, home, clock.clock_button)

    assert not home.service.status(employee.id).clocked_in
    assert clock.clock_button.text() == "Clock in"
    assert clock.worked_today.text() == "2h 05m"
    assert clock.today_list.texts()[:2] == [f"14:00{TO}16:05", "2h 05m"]
    assert home.window.home.metrics.value_label("total_present_days").text() == "1"


def test_a_second_clock_in_is_impossible_and_explained(
    qtbot: QtBot, open_home, employee, db_path, clock
) -> None:
    home = open_home(employee)
    # Another window on the same store clocks in behind this one's back.
    other = LocalAttendanceService.open(sqlite_url(db_path), clock, default_timezone="UTC")
    other.clock_in(employee.id)
    other.close()
    assert home.window.home.clock.clock_button.text() == "Clock in"  # not refreshed yet

    with qtbot.waitSignal(home.controller.message_shown, timeout=10_000) as shown:
        qtbot.mouseClick(home.window.home.clock.clock_button, Qt.MouseButton.LeftButton)

    assert shown.args == [AlreadyClockedIn.default_message]
    banner = home.window.home.banner
    assert banner.isVisible() and banner.text == "Already clocked in. Clock out first."
    qtbot.waitUntil(
        lambda: home.window.home.clock.clock_button.text() == "Clock out", timeout=10_000
    )
    assert len(home.service.status(employee.id).today_sessions) == 1


def test_break_with_a_reason_starts_and_ends(qtbot: QtBot, open_home, employee) -> None:
    home = open_home(employee)
    clock = home.window.home.clock
    click_and_wait(qtbot, home, clock.clock_button)
    home.clock.advance(timedelta(minutes=30))

    qtbot.keyClicks(clock.break_reason, "Lunch")
    click_and_wait(qtbot, home, clock.break_button)

    status = home.service.status(employee.id)
    assert status.on_break and status.open_break is not None
    assert status.open_break.reason == "Lunch"
    assert clock.break_button.text() == "End break"
    assert clock.state_pill.text() == "On break since 14:30"
    assert f"Break 14:30{TO}now\nLunch" in clock.today_list.texts()
    assert clock.break_reason.text() == ""

    home.clock.advance(timedelta(minutes=20))
    click_and_wait(qtbot, home, clock.break_button)

    status = home.service.status(employee.id)
    assert status.clocked_in and not status.on_break
    assert clock.break_button.text() == "Start break"
    assert f"Break 14:30{TO}14:50\nLunch" in clock.today_list.texts()


def test_clock_going_backwards_is_a_readable_message(qtbot: QtBot, open_home, employee) -> None:
    home = open_home(employee)
    clock = home.window.home.clock
    click_and_wait(qtbot, home, clock.clock_button)
    home.clock.advance(timedelta(hours=-3))  # someone set the system clock back

    click_and_wait(qtbot, home, clock.clock_button)

    assert home.window.home.banner.text == ClockWentBackwards.default_message
    assert "Traceback" not in home.window.home.banner.text
    assert home.service.status(employee.id).clocked_in  # nothing was changed
    assert clock.clock_button.text() == "Clock out"


def test_elapsed_time_comes_from_the_status_not_the_wall_clock(
    qtbot: QtBot, open_home, service, employee
) -> None:
    service.clock_in(employee.id)
    home_clock_moves = timedelta(hours=1, minutes=30)
    service_clock = service._clock  # the same FixedClock the window's service reads
    service_clock.advance(home_clock_moves)  # type: ignore[attr-defined]

    home = open_home(employee)

    text = home.window.home.clock.stopwatch.text()
    assert text.startswith("01:30:0"), text
    assert home.window.home.clock.worked_today.text() == "1h 30m"


def test_times_show_in_the_employees_time_zone(qtbot: QtBot, open_home, service) -> None:
    berliner = service.add_employee(
        NewEmployee("Bea", "Berg", "bea@example.com", timezone="Europe/Berlin")
    )
    home = open_home(berliner)
    click_and_wait(qtbot, home, home.window.home.clock.clock_button)
    assert home.window.home.clock.state_pill.text() == "Working since 15:00"  # 14:00 UTC
