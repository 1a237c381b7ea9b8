"""The kiosk on a small screen, by touch and by keyboard: keys that never move, refusals
by the keypad, dialogs that fit 1024x600, a first admin for a kiosk that has none, and
every text readable in light and dark (measured as in tests/rendering.py)."""

from __future__ import annotations

from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from pytestqt.qtbot import QtBot
from rendering import cut_off, low_contrast, text_readings

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.kiosk.config import KioskConfig
from attendance_desktop.kiosk.local_backend import LocalKioskBackend
from attendance_desktop.qt import theme
from attendance_desktop.qt.kiosk.controller import KioskWindow
from attendance_desktop.storage.accounts import AccountStore
from attendance_desktop.storage.local_service import LocalAttendanceService

from .conftest import FakeMonotonic, Staff
from .helpers import reader_types

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
SMALL = (1024, 600)


def key_places(kiosk: KioskWindow) -> dict[str, QRect]:
    keypad = kiosk.idle.keypad
    return {
        key: QRect(button.mapTo(kiosk, QPoint(0, 0)), button.size())
        for key, button in keypad.buttons.items()
    }


def type_on_keypad(qtbot: QtBot, kiosk: KioskWindow, text: str) -> None:
    """Taps, as a finger would (keys typed fast and Enter would be a badge reader's)."""
    keypad = kiosk.idle.keypad
    for digit in text:
        qtbot.mouseClick(keypad.buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(keypad.buttons["OK"], Qt.MouseButton.LeftButton)


def test_the_keys_stay_put_from_the_id_to_the_pin_step(
    qtbot: QtBot, kiosk: KioskWindow, staff: Staff
) -> None:
    kiosk.resize(*SMALL)
    qtbot.waitUntil(lambda: kiosk.size().width() == SMALL[0])
    at_id = key_places(kiosk)
    type_on_keypad(qtbot, kiosk, str(staff.anna))
    assert kiosk.idle.keypad.title.text() == "PIN"
    assert kiosk.idle.cancel.isVisible()
    kiosk.layout().activate()
    assert key_places(kiosk) == at_id

    with qtbot.waitSignal(kiosk.message_shown, timeout=5000) as shown:
        type_on_keypad(qtbot, kiosk, "0000")
    assert shown.args == ["Wrong ID or PIN."]
    # By the keypad, where the person looks, and still nothing moved.
    message = kiosk.idle.keypad.message
    assert message.isVisible() and message.text() == "Wrong ID or PIN."
    assert kiosk.idle.keypad.isAncestorOf(message)
    kiosk.layout().activate()
    assert key_places(kiosk) == at_id
    assert cut_off(kiosk) == []


def test_the_admin_exit_dialog_fits_a_small_screen(
    qtbot: QtBot, kiosk: KioskWindow, staff: Staff
) -> None:
    kiosk.resize(*SMALL)
    qtbot.keyClick(kiosk.idle.keypad.entry, Qt.Key.Key_Escape)
    dialog = kiosk._admin
    assert dialog is not None
    qtbot.waitExposed(dialog)
    hint = dialog.sizeHint()
    assert hint.width() <= SMALL[0] - 32 and hint.height() <= SMALL[1] - 32
    screen = dialog.screen().availableGeometry()
    assert screen.contains(dialog.frameGeometry())
    assert cut_off(dialog) == []
    for button in (dialog.use_code, dialog.cancel, *dialog.keypad.buttons.values()):
        assert button.isVisible() and dialog.rect().contains(
            QRect(button.mapTo(dialog, QPoint(0, 0)), button.size())
        )


@pytest.fixture
def lone_kiosk(
    qtbot: QtBot, service: LocalAttendanceService, clock: FixedClock, monotonic: FakeMonotonic
) -> Iterator[KioskWindow]:
    """A standalone kiosk on a fresh store: nobody, so no admin, yet."""
    backend = LocalKioskBackend.over(service, clock)
    window = KioskWindow(backend, KioskConfig(), clock, ZoneInfo("UTC"), monotonic=monotonic)
    qtbot.addWidget(window)
    window.resize(*SMALL)
    with qtbot.waitSignal(window.first_admin_offered, timeout=5000):
        window.show()
    yield window
    window.allow_close()
    window.shutdown()


def test_a_kiosk_without_an_admin_offers_to_create_one(
    qtbot: QtBot, lone_kiosk: KioskWindow, service: LocalAttendanceService
) -> None:
    dialog = lone_kiosk._admin
    assert dialog is not None and dialog.isVisible()
    assert cut_off(dialog) == []
    qtbot.keyClicks(dialog.first_name, "Chloe")
    qtbot.keyClicks(dialog.last_name, "Dubois")
    qtbot.keyClicks(dialog.pin, "4321")
    qtbot.keyClicks(dialog.pin_again, "4322")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "The two PINs differ. Please type the same PIN twice."
    assert service.employees() == []

    qtbot.keyClicks(dialog.pin_again, "4321")
    with qtbot.waitSignal(lone_kiosk.first_admin_created, timeout=5000) as created:
        qtbot.keyClick(dialog.pin_again, Qt.Key.Key_Return)
    admin_id = created.args[0]
    assert f"Your administrator ID is {admin_id}." in dialog.info.text()
    assert AccountStore(service.engine).role(admin_id) == "admin"
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)  # "Close"
    qtbot.waitUntil(lambda: lone_kiosk._admin is None)

    # Now the way out is the admin's ID and PIN, and no second "first admin" is offered.
    lone_kiosk.close()
    exit_dialog = lone_kiosk._admin
    assert type(exit_dialog).__name__ == "AdminExitDialog"
    for text in (str(admin_id), "4321"):
        qtbot.keyClicks(exit_dialog.keypad.entry, text)
        qtbot.keyClick(exit_dialog.keypad.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not lone_kiosk.isVisible(), timeout=5000)


def test_a_kiosk_with_an_admin_refuses_another_first_admin(
    service: LocalAttendanceService, clock: FixedClock, staff: Staff
) -> None:
    from attendance_desktop.core.errors import AdminExists

    backend = LocalKioskBackend.over(service, clock)
    assert not backend.needs_first_admin()
    with pytest.raises(AdminExists):
        backend.create_first_admin("Eve", "Intruder", "1234")
    assert len(service.employees()) == 3


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    theme.apply_theme(qapp, request.param)
    yield request.param
    theme.apply_theme(qapp)


def test_every_kiosk_screen_reads_well(
    qtbot: QtBot,
    scheme: str,
    backend: LocalKioskBackend,
    clock: FixedClock,
    monotonic: FakeMonotonic,
    staff: Staff,
) -> None:
    """Idle, the PIN step with a refusal, the confirmation and the admin dialog."""
    kiosk = KioskWindow(backend, KioskConfig("Boulangerie Martin"), clock, ZoneInfo("UTC"),
                        monotonic=monotonic)  # fmt: skip
    qtbot.addWidget(kiosk)
    kiosk.resize(*SMALL)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    try:
        idle = text_readings(kiosk)
        assert any("BigClock" in r.what for r in idle)
        type_on_keypad(qtbot, kiosk, str(staff.anna))
        with qtbot.waitSignal(kiosk.message_shown, timeout=5000):
            type_on_keypad(qtbot, kiosk, "0000")
        refused = text_readings(kiosk)
        assert any("KeypadMessage" in r.what for r in refused)
        with qtbot.waitSignal(kiosk.punch_shown, timeout=5000):
            reader_types(qtbot, kiosk, "0012345")
        confirmation = text_readings(kiosk)
        assert any("Action" in r.what for r in confirmation)
        kiosk.ask_admin()
        assert kiosk._admin is not None
        qtbot.waitExposed(kiosk._admin)
        admin = text_readings(kiosk._admin)
        assert low_contrast(idle + refused + confirmation + admin) == []
    finally:
        kiosk.allow_close()
        kiosk.shutdown()
