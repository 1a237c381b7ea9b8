"""Team → Kiosks over plain `Kiosk`s: "last seen" in words, Add asks a name then shows the
token and exit code once with Copy buttons that fill the clipboard, Revoke asks first."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from rendering import cut_off, low_contrast, text_readings

from attendance_desktop.core.admin_service import Kiosk, NewKiosk
from attendance_desktop.qt import theme
from attendance_desktop.qt.views.team.kiosk_list_dialogs import (
    NAME_NEEDED,
    NOT_SHOWN_AGAIN,
    KioskNameDialog,
    KioskSecretsDialog,
)
from attendance_desktop.qt.views.team.kiosk_list_model import seen_words
from attendance_desktop.qt.views.team.kiosk_list_page import KioskListPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
NOW = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
UTC_ZONE = ZoneInfo("UTC")
FRONT = Kiosk(1, "Front door", NOW - timedelta(days=30), last_seen=NOW - timedelta(minutes=3))
DOCK = Kiosk(
    2, "Loading dock", NOW - timedelta(days=9), revoked=True, last_seen=NOW - timedelta(days=2)
)
ADDED = NewKiosk(Kiosk(3, "Back door", NOW), "kt_9f8e7d6c5b4a", "731904")


@pytest.fixture
def page(qtbot: QtBot, qapp: object) -> KioskListPage:
    theme.apply_theme(qapp)  # type: ignore[arg-type]
    view = KioskListPage()
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    view.set_kiosks([FRONT, DOCK], NOW, UTC_ZONE)
    return view


def test_last_seen_in_words() -> None:
    assert seen_words(None, NOW, UTC_ZONE) == "Never"
    assert seen_words(NOW - timedelta(seconds=20), NOW, UTC_ZONE) == "Just now"
    assert seen_words(NOW - timedelta(minutes=3), NOW, UTC_ZONE) == "3 min ago"
    assert seen_words(NOW - timedelta(hours=5, minutes=2), NOW, UTC_ZONE) == "5 h ago"
    assert seen_words(NOW - timedelta(days=2), NOW, UTC_ZONE) == "16 Nov 2026"


def test_the_table(page: KioskListPage) -> None:
    row = [page.model.index(0, c).data() for c in range(4)]
    assert row == ["Front door", "19 Oct 2026", "3 min ago", "Active"]
    assert page.model.index(1, 3).data() == "Revoked"


def test_add_asks_a_name_and_refuses_none(qtbot: QtBot, page: KioskListPage) -> None:
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, KioskNameDialog)
    with qtbot.assertNotEmitted(page.add_requested):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == NAME_NEEDED
    qtbot.keyClicks(dialog.name_edit, " Back door ")
    with qtbot.waitSignal(page.add_requested) as asked:
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert asked.args == ["Back door"]


def test_the_secrets_are_shown_once_with_copy_buttons(qtbot: QtBot, page: KioskListPage) -> None:
    dialog = page.show_secrets(ADDED)
    assert dialog.token_edit.text() == "kt_9f8e7d6c5b4a"
    assert dialog.code_edit.text() == "731904"
    assert NOT_SHOWN_AGAIN in [w.text() for w in dialog.findChildren(type(page.empty_label))]
    qtbot.mouseClick(dialog.copy_token, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "kt_9f8e7d6c5b4a"
    assert dialog.copy_token.text() == "Copied"
    qtbot.mouseClick(dialog.copy_code, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "731904"
    QGuiApplication.clipboard().clear()


def test_revoke_asks_first(qtbot: QtBot, page: KioskListPage) -> None:
    page.table.selectRow(1)
    assert not page.revoke_button.isEnabled()  # revoked already
    page.table.selectRow(0)
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    box = page.dialog
    assert isinstance(box, QMessageBox)
    with qtbot.assertNotEmitted(page.revoke_requested):
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    box = page.dialog
    assert isinstance(box, QMessageBox)
    revoke = next(b for b in box.buttons() if b.text() == "Revoke")
    with qtbot.waitSignal(page.revoke_requested) as asked:
        qtbot.mouseClick(revoke, Qt.MouseButton.LeftButton)
    assert asked.args == [1]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_page_and_the_secrets_read_well(
    qtbot: QtBot, page: KioskListPage, qapp: object, scheme: str
) -> None:
    theme.apply_theme(qapp, scheme)  # type: ignore[arg-type]
    try:
        page.table.selectRow(0)
        page.grab().save(f"/tmp/team-kiosks-{scheme}.png")
        assert low_contrast(text_readings(page)) == []  # before its dialog, a child, opens
        assert cut_off(page) == []
        secrets = page.show_secrets(ADDED)
        assert isinstance(secrets, KioskSecretsDialog)
        for _ in range(3):
            QApplication.processEvents()
        secrets.grab().save(f"/tmp/team-kiosk-secrets-{scheme}.png")
        assert low_contrast(text_readings(secrets)) == []
        assert cut_off(secrets) == []
        assert secrets.width() <= 1024 and secrets.height() <= 600
        secrets.close()
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
        ask = page.dialog
        assert isinstance(ask, KioskNameDialog)
        for _ in range(3):
            QApplication.processEvents()
        assert low_contrast(text_readings(ask)) == []
        assert cut_off(ask) == []
    finally:
        theme.apply_theme(qapp)  # type: ignore[arg-type]
