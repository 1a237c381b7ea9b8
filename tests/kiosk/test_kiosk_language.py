"""The kiosk in German: its words, the date and a punch's confirmation, at a door."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from attendance_desktop.qt.i18n import install_language
from attendance_desktop.qt.kiosk.controller import KioskWindow

from .helpers import reader_types


@pytest.fixture
def german(qapp: QApplication, english_catalogue: Path) -> Iterator[None]:
    install_language(qapp, "de")
    yield
    install_language(qapp, "en")


@pytest.mark.usefixtures("german")
def test_a_german_kiosk_greets_and_confirms_in_german(qtbot: QtBot, kiosk: KioskWindow) -> None:
    assert kiosk.idle.prompt.text() == "Ausweis scannen oder ID eingeben"
    assert kiosk.idle.date.text() == "Mittwoch, 18. November 2026"
    with qtbot.waitSignal(kiosk.punch_shown, timeout=5000):
        reader_types(qtbot, kiosk, "0012345")
    assert kiosk.confirmation.greeting.text() == "Hallo, Anna"
    assert kiosk.confirmation.action.text() == "Eingestempelt um 08:00"
    assert kiosk.confirmation.done.text() == "Fertig"
