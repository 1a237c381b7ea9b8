"""The kiosk window driven like at an entrance: a badge reader, a keypad, a timeout."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.kiosk.backend import PunchAction
from attendance_desktop.kiosk.config import KioskConfig
from attendance_desktop.qt.kiosk.controller import KioskWindow
from attendance_desktop.storage.local_service import LocalAttendanceService

from .conftest import FakeMonotonic, Staff
from .helpers import key_target, reader_types, shown_text

NAMES = ("Anna", "Schmidt", "Bruno", "Costa", "Chloe", "Dubois")


def scan(qtbot: QtBot, kiosk: KioskWindow, code: str) -> object:
    with qtbot.waitSignal(kiosk.punch_shown, timeout=5000) as blocker:
        reader_types(qtbot, kiosk, code)
    return blocker.args[0]


def type_id_and_pin(qtbot: QtBot, kiosk: KioskWindow, employee_id: int, pin: str) -> None:
    keypad = kiosk.idle.keypad
    for digit in str(employee_id):
        qtbot.mouseClick(keypad.buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keypad.buttons["OK"], Qt.MouseButton.LeftButton)
    assert keypad.title.text() == "PIN"
    for digit in pin:
        qtbot.mouseClick(keypad.buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keypad.buttons["OK"], Qt.MouseButton.LeftButton)


def test_the_idle_screen_shows_the_time_and_the_company_and_no_one(
    kiosk: KioskWindow, staff: Staff
) -> None:
    text = shown_text(kiosk)
    assert "Boulangerie Martin" in text
    assert "08:00" in text and "Wednesday 18 November 2026" in text
    assert "Scan your badge or enter your ID" in text
    assert not any(name in shown_text(kiosk, visible_only=False) for name in NAMES)


def test_a_badge_burst_clocks_in_then_a_second_scan_clocks_out(
    qtbot: QtBot,
    kiosk: KioskWindow,
    service: LocalAttendanceService,
    staff: Staff,
    clock: FixedClock,
    monotonic: FakeMonotonic,
) -> None:
    result = scan(qtbot, kiosk, "0012345")
    assert service.status(staff.anna).clocked_in
    text = shown_text(kiosk)
    assert "Hello, Anna" in text and "Clocked in at 08:00" in text and "Worked today: 0m" in text
    assert "Schmidt" not in text and "Bruno" not in text

    clock.advance(timedelta(hours=4, minutes=30))
    monotonic.advance(60)
    result = scan(qtbot, kiosk, "0012345")
    assert result.action is PunchAction.CLOCK_OUT
    assert not service.status(staff.anna).clocked_in
    assert "Clocked out at 12:30" in shown_text(kiosk)
    assert "Worked today: 4h 30m" in shown_text(kiosk)


def test_the_same_badge_again_within_seconds_is_ignored(
    qtbot: QtBot,
    kiosk: KioskWindow,
    service: LocalAttendanceService,
    staff: Staff,
    monotonic: FakeMonotonic,
) -> None:
    scan(qtbot, kiosk, "0012345")
    monotonic.advance(2)
    with qtbot.assertNotEmitted(kiosk.punch_shown, wait=500):
        reader_types(qtbot, kiosk, "0012345")
    assert service.status(staff.anna).clocked_in  # not toggled back out


def test_a_badge_garbled_by_an_azerty_layout_still_works(
    qtbot: QtBot, kiosk: KioskWindow, service: LocalAttendanceService, staff: Staff
) -> None:
    scan(qtbot, kiosk, "àà&é\"'(")
    assert service.status(staff.anna).clocked_in


def test_keys_typed_at_human_speed_are_an_id_not_a_badge(
    qtbot: QtBot,
    kiosk: KioskWindow,
    service: LocalAttendanceService,
    staff: Staff,
    monotonic: FakeMonotonic,
) -> None:
    target = key_target(kiosk)
    for digit in str(staff.bruno):
        qtbot.keyClick(target, digit)
        monotonic.advance(0.2)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    assert kiosk.idle.keypad.title.text() == "PIN"  # the keypad took it as an ID
    for digit in "1357":
        qtbot.keyClick(key_target(kiosk), digit)
        monotonic.advance(0.2)
    with qtbot.waitSignal(kiosk.punch_shown, timeout=5000):
        qtbot.keyClick(key_target(kiosk), Qt.Key.Key_Return)
    assert service.status(staff.bruno).clocked_in


def test_id_and_pin_on_the_keypad_clock_in(
    qtbot: QtBot, kiosk: KioskWindow, service: LocalAttendanceService, staff: Staff
) -> None:
    with qtbot.waitSignal(kiosk.punch_shown, timeout=5000):
        type_id_and_pin(qtbot, kiosk, staff.bruno, "1357")
    assert service.status(staff.bruno).clocked_in
    assert "Hello, Bruno" in shown_text(kiosk)


def test_a_wrong_pin_says_so_and_changes_nothing(
    qtbot: QtBot, kiosk: KioskWindow, service: LocalAttendanceService, staff: Staff
) -> None:
    with qtbot.waitSignal(kiosk.message_shown, timeout=5000) as blocker:
        type_id_and_pin(qtbot, kiosk, staff.bruno, "0000")
    assert blocker.args[0] == "Wrong ID or PIN."
    assert "Wrong ID or PIN." in shown_text(kiosk)
    assert not service.status(staff.bruno).clocked_in
    assert kiosk.idle.keypad.title.text() == "Employee ID"  # ready for the next try


def test_five_wrong_pins_lock_it(
    qtbot: QtBot, kiosk: KioskWindow, service: LocalAttendanceService, staff: Staff
) -> None:
    for _ in range(4):
        with qtbot.waitSignal(kiosk.message_shown, timeout=5000):
            type_id_and_pin(qtbot, kiosk, staff.bruno, "0000")
    with qtbot.waitSignal(kiosk.message_shown, timeout=5000) as blocker:
        type_id_and_pin(qtbot, kiosk, staff.bruno, "0000")
    assert "Too many wrong PINs" in blocker.args[0]
    with qtbot.waitSignal(kiosk.message_shown, timeout=5000) as blocker:
        type_id_and_pin(qtbot, kiosk, staff.bruno, "1357")  # even the right one, now
    assert "Too many wrong PINs" in blocker.args[0]
    assert not service.status(staff.bruno).clocked_in


def test_an_unknown_badge_gets_a_clear_message(
    qtbot: QtBot, kiosk: KioskWindow, staff: Staff
) -> None:
    with qtbot.waitSignal(kiosk.message_shown, timeout=5000) as blocker:
        reader_types(qtbot, kiosk, "55555555")
    assert blocker.args[0] == "This badge is not known. Ask an administrator to register it."


class TestIdleTimeout:
    @pytest.fixture
    def kiosk_config(self) -> KioskConfig:
        return KioskConfig(company_name="Boulangerie Martin", confirmation_seconds=0.3)

    def test_the_confirmation_returns_to_idle_by_itself_and_forgets_the_name(
        self, qtbot: QtBot, kiosk: KioskWindow, staff: Staff
    ) -> None:
        scan(qtbot, kiosk, "0012345")
        assert "Anna" in shown_text(kiosk)
        with qtbot.waitSignal(kiosk.idle_shown, timeout=3000):
            pass
        assert kiosk.stack.currentWidget() is kiosk.idle
        assert not any(name in shown_text(kiosk, visible_only=False) for name in NAMES)


def test_undo_takes_the_punch_back(
    qtbot: QtBot, kiosk: KioskWindow, service: LocalAttendanceService, staff: Staff
) -> None:
    scan(qtbot, kiosk, "0012345")
    with qtbot.waitSignal(kiosk.idle_shown, timeout=5000):
        qtbot.mouseClick(kiosk.confirmation.undo, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Punch undone" in shown_text(kiosk), timeout=3000)
    status = service.status(staff.anna)
    assert not status.clocked_in and status.today_sessions == ()


def test_a_scan_out_can_become_a_break_instead(
    qtbot: QtBot,
    kiosk: KioskWindow,
    service: LocalAttendanceService,
    staff: Staff,
    clock: FixedClock,
    monotonic: FakeMonotonic,
) -> None:
    scan(qtbot, kiosk, "0012345")
    clock.advance(timedelta(hours=3))
    monotonic.advance(60)
    scan(qtbot, kiosk, "0012345")
    assert kiosk.confirmation.alternative.text() == "Start a break instead"
    with qtbot.waitSignal(kiosk.punch_shown, timeout=5000) as blocker:
        qtbot.mouseClick(kiosk.confirmation.alternative, Qt.MouseButton.LeftButton)
    assert blocker.args[0].action is PunchAction.BREAK_START
    status = service.status(staff.anna)
    assert status.clocked_in and status.on_break
    assert "Break started at 11:00" in shown_text(kiosk)


def test_closing_needs_an_admin_pin(qtbot: QtBot, kiosk: KioskWindow, staff: Staff) -> None:
    kiosk.close()
    assert kiosk.isVisible()
    dialog = kiosk._admin
    assert dialog is not None and dialog.isVisible()

    def enter(employee_id: int, pin: str) -> None:
        for text in (str(employee_id), pin):
            qtbot.keyClicks(dialog.keypad.entry, text)
            qtbot.keyClick(dialog.keypad.entry, Qt.Key.Key_Return)

    enter(staff.anna, "2468")  # right PIN, but not an admin
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=5000)
    assert dialog.message.text() == "Only an administrator's ID and PIN can leave kiosk mode."
    enter(staff.chloe, "1111")
    qtbot.waitUntil(lambda: dialog.message.text() == "Wrong ID or PIN.", timeout=5000)
    assert kiosk.isVisible()
    enter(staff.chloe, "9999")
    qtbot.waitUntil(lambda: not kiosk.isVisible(), timeout=5000)
