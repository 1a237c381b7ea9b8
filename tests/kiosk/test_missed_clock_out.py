"""A clock-out forgotten on Friday, asked at Monday's scan on a standalone kiosk.

The real Qt kiosk over a real SQLite store, driven by a badge burst and key presses; the
wall clock is a FixedClock moved from Friday to Monday.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from pytestqt.qtbot import QtBot

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import InvalidInput
from attendance_desktop.core.punches import apply_punch
from attendance_desktop.kiosk.backend import MissedClockOut, MissedQuestion, PunchAction
from attendance_desktop.kiosk.left_at import left_at
from attendance_desktop.qt.kiosk.controller import KioskWindow
from attendance_desktop.storage.local_service import LocalAttendanceService

from .conftest import Staff
from .helpers import key_target, reader_types, shown_text

FRIDAY_IN = datetime(2026, 11, 27, 8, 43, tzinfo=UTC)
MONDAY = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)
QUESTION = "You didn't clock out on Friday 27 November. When did you leave?"
UTC_ZONE = ZoneInfo("UTC")


@pytest.fixture
def left_open_on_friday(service: LocalAttendanceService, staff: Staff, clock: FixedClock) -> int:
    clock.set(FRIDAY_IN)
    apply_punch(service, staff.anna, "clock_in")
    clock.set(MONDAY)
    assert service.status(staff.anna).missing_clock_out is not None
    return staff.anna


def scan_and_get_asked(qtbot: QtBot, kiosk: KioskWindow, code: str = "0012345") -> object:
    with qtbot.waitSignal(kiosk.missed_asked, timeout=5000) as asked:
        reader_types(qtbot, kiosk, code)
    return asked.args[0]


def type_time(qtbot: QtBot, kiosk: KioskWindow, digits: str) -> None:
    """Typed on a keyboard at the focused entry, as a person would."""
    for digit in digits:
        qtbot.keyClick(key_target(kiosk), digit)


def test_a_scan_on_monday_asks_then_the_answer_closes_friday_and_clocks_in(
    qtbot: QtBot, kiosk: KioskWindow, service: LocalAttendanceService, left_open_on_friday: int
) -> None:
    anna = left_open_on_friday
    asked = scan_and_get_asked(qtbot, kiosk)
    assert isinstance(asked, MissedQuestion)
    text = shown_text(kiosk)
    assert "Hello, Anna" in text and QUESTION in text and "You clocked in at 08:43." in text
    assert "Clocked in" not in text  # no punch yet
    assert service.status(anna).missing_clock_out is not None

    type_time(qtbot, kiosk, "1705")
    assert kiosk.left_at.keypad.entry.text() == "17:05"
    with qtbot.waitSignal(kiosk.punch_shown, timeout=5000) as shown:
        qtbot.keyClick(key_target(kiosk), Qt.Key.Key_Return)
    assert shown.args[0].action is PunchAction.CLOCK_IN
    assert "Clocked in at 08:00" in shown_text(kiosk)

    friday = service.sessions_between(anna, date(2026, 11, 27), date(2026, 11, 27))
    assert [s.clock_out for s in friday] == [datetime(2026, 11, 27, 17, 5, tzinfo=UTC)]
    status = service.status(anna)
    assert status.missing_clock_out is None
    assert status.open_session is not None and status.open_session.clock_in == MONDAY
    (fix,) = service.corrections(anna)
    assert fix.correction.reason == "Forgot to clock out" and fix.applied


def test_a_time_before_the_clock_in_is_refused_by_the_keys_and_changes_nothing(
    qtbot: QtBot, kiosk: KioskWindow, service: LocalAttendanceService, left_open_on_friday: int
) -> None:
    scan_and_get_asked(qtbot, kiosk)
    keypad = kiosk.left_at.keypad
    for digit in "0800":
        qtbot.mouseClick(keypad.buttons[digit], Qt.MouseButton.LeftButton)
    assert keypad.entry.text() == "08:00"
    with qtbot.waitSignal(kiosk.message_shown, timeout=5000) as refused:
        qtbot.mouseClick(keypad.buttons["OK"], Qt.MouseButton.LeftButton)
    assert refused.args == ["That is before your clock-in at 08:43."]
    assert refused.args[0] in shown_text(kiosk)
    assert kiosk.stack.currentWidget() is kiosk.left_at  # still asking
    assert service.status(left_open_on_friday).missing_clock_out is not None
    assert not service.corrections(left_open_on_friday)


def test_cancel_goes_back_to_idle_without_a_punch_and_forgets_the_name(
    qtbot: QtBot, kiosk: KioskWindow, service: LocalAttendanceService, left_open_on_friday: int
) -> None:
    scan_and_get_asked(qtbot, kiosk)
    with (
        qtbot.assertNotEmitted(kiosk.punch_shown, wait=200),
        qtbot.waitSignal(kiosk.idle_shown, timeout=5000),
    ):
        qtbot.mouseClick(kiosk.left_at.cancel, Qt.MouseButton.LeftButton)
    status = service.status(left_open_on_friday)
    assert status.missing_clock_out is not None and status.open_session is not None
    assert status.open_session.clock_in == FRIDAY_IN
    assert "Anna" not in shown_text(kiosk, visible_only=False)
    assert "Friday 27 November" not in shown_text(kiosk, visible_only=False)


def test_nobody_answering_goes_back_to_idle(
    qtbot: QtBot, kiosk: KioskWindow, service: LocalAttendanceService, left_open_on_friday: int
) -> None:
    kiosk.missed.timeout.setInterval(50)
    scan_and_get_asked(qtbot, kiosk)
    with qtbot.waitSignal(kiosk.idle_shown, timeout=5000):
        pass
    assert service.status(left_open_on_friday).missing_clock_out is not None


def test_a_badge_read_while_asked_is_not_a_scan(
    qtbot: QtBot, kiosk: KioskWindow, service: LocalAttendanceService, staff: Staff,
    left_open_on_friday: int,
) -> None:  # fmt: skip
    scan_and_get_asked(qtbot, kiosk)
    with qtbot.assertNotEmitted(kiosk.punch_shown, wait=300):
        reader_types(qtbot, kiosk, "A1B2C3")  # Bruno's badge, typed into the question
    assert not service.status(staff.bruno).clocked_in
    assert kiosk.stack.currentWidget() is kiosk.left_at


def test_id_and_pin_are_asked_too(
    qtbot: QtBot, kiosk: KioskWindow, left_open_on_friday: int
) -> None:
    keypad = kiosk.idle.keypad
    with qtbot.waitSignal(kiosk.missed_asked, timeout=5000):
        for text in (str(left_open_on_friday), "2468"):
            for digit in text:
                qtbot.mouseClick(keypad.buttons[digit], Qt.MouseButton.LeftButton)
            qtbot.mouseClick(keypad.buttons["OK"], Qt.MouseButton.LeftButton)
    assert QUESTION in shown_text(kiosk)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_the_question_fits_a_small_screen_and_its_keys_stay_put(
    qtbot: QtBot, kiosk: KioskWindow, left_open_on_friday: int
) -> None:
    kiosk.resize(1024, 600)
    qtbot.waitUntil(lambda: kiosk.size().width() == 1024)
    scan_and_get_asked(qtbot, kiosk)
    kiosk.layout().activate()

    def places() -> dict[str, QRect]:
        return {
            k: QRect(b.mapTo(kiosk, QPoint(0, 0)), b.size())
            for k, b in kiosk.left_at.keypad.buttons.items()
        }

    before = places()
    view = kiosk.left_at
    for widget in (*view.keypad.buttons.values(), view.cancel, view.question, view.greeting):
        assert kiosk.rect().contains(QRect(widget.mapTo(kiosk, QPoint(0, 0)), widget.size()))
    with qtbot.waitSignal(kiosk.message_shown, timeout=5000):
        type_time(qtbot, kiosk, "7")
        qtbot.keyClick(key_target(kiosk), Qt.Key.Key_Return)
    kiosk.layout().activate()
    assert places() == before


MISSED = MissedClockOut(date(2026, 11, 27), FRIDAY_IN)


@pytest.mark.parametrize(
    ("digits", "expected"),
    [("17", datetime(2026, 11, 27, 17, 0, tzinfo=UTC)),
     ("9", datetime(2026, 11, 27, 9, 0, tzinfo=UTC)),
     ("1705", datetime(2026, 11, 27, 17, 5, tzinfo=UTC))],
)  # fmt: skip
def test_typed_digits_are_a_time_on_the_missed_day(digits: str, expected: datetime) -> None:
    assert left_at(digits, MISSED, UTC_ZONE, MONDAY) == expected


def test_the_time_is_read_in_the_kiosk_zone() -> None:
    paris = ZoneInfo("Europe/Paris")
    assert left_at("1800", MISSED, paris, MONDAY) == datetime(2026, 11, 27, 17, tzinfo=UTC)


@pytest.mark.parametrize(
    ("digits", "words"),
    [("170", "4 digits"), ("2500", "not a time of day"), ("1775", "not a time of day"),
     ("0843", "before your clock-in at 08:43"), ("", "4 digits")],
)  # fmt: skip
def test_a_time_that_cannot_be_is_refused_in_plain_words(digits: str, words: str) -> None:
    with pytest.raises(InvalidInput, match=words):
        left_at(digits, MISSED, UTC_ZONE, MONDAY)


def test_a_time_still_to_come_is_refused() -> None:
    same_day = MissedClockOut(date(2026, 11, 30), datetime(2026, 11, 30, 1, 0, tzinfo=UTC))
    with pytest.raises(InvalidInput, match="not come yet"):
        left_at("0900", same_day, UTC_ZONE, MONDAY)
