"""Every string of the app is translated, German is finished, and placeholders survive.

The first tests read the committed `.ts` files against what lupdate finds in the code now,
so a new string that nobody translated fails here (with its context and text); the last
ones start the home window in German and read what a person sees.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from attendance_desktop.core.errors import ALL_ERRORS
from attendance_desktop.qt.controllers.error_words import ERROR_WORDS
from attendance_desktop.qt.i18n import install_language
from attendance_desktop.settings import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)
I18N = ROOT / "resources" / "i18n"
GERMAN = I18N / "attendance_desktop_de.ts"
LUPDATE = "from PySide6.scripts.pyside_tool import lupdate; lupdate()"
# Python's {name}, Qt's %n (a count) and %1..%99.
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%\d+")

Message = tuple[str, str]  # (context, source text)


def messages(ts: Path) -> dict[Message, ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


@pytest.fixture(scope="module")
def in_the_code(tmp_path_factory: pytest.TempPathFactory) -> dict[Message, ET.Element]:
    """What lupdate finds in the qt package now, in a fresh .ts of its own."""
    ts = tmp_path_factory.mktemp("lupdate") / "now_de.ts"
    sources = sorted(str(p) for p in (ROOT / "attendance_desktop" / "qt").rglob("*.py"))
    found = subprocess.run(
        [sys.executable, "-c", LUPDATE, *sources, "-locations", "none", "-ts", str(ts)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert found.returncode == 0, found.stderr
    return messages(ts)


def test_every_string_in_the_code_is_in_the_committed_german_catalogue(
    in_the_code: dict[Message, ET.Element],
) -> None:
    committed = messages(GERMAN)
    missing = sorted(set(in_the_code) - set(committed))
    assert not missing, (
        "Strings without a German translation; run scripts/update-translations and "
        f"translate them in Qt Linguist: {missing}"
    )
    assert len(in_the_code) > 400  # the whole app, not an empty scan
    # No leftovers either: a string gone from the code leaves the catalogue.
    assert not sorted(set(committed) - set(in_the_code))


def test_every_german_entry_is_finished_and_keeps_its_placeholders() -> None:
    for (context, source), message in messages(GERMAN).items():
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") is None, f"unfinished: {context}: {source!r}"
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            assert text.strip(), f"empty: {context}: {source!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (
                f"{context}: {source!r} -> {text!r}"
            )


def test_counts_are_plurals_in_both_languages() -> None:
    """A "%n" string has its forms: German's two, and English's own two (its catalogue
    holds nothing else), so no one reads "1 punches"."""
    for language in ("de", "en"):
        plurals = {
            key: message
            for key, message in messages(I18N / f"attendance_desktop_{language}.ts").items()
            if message.get("numerus") == "yes"
        }
        assert len(plurals) >= 3
        for (context, source), message in plurals.items():
            forms = [f.text or "" for f in message.iter("numerusform")]
            assert len(forms) == 2 and all("%n" in form for form in forms), (context, source)


def test_the_core_error_words_are_marked_for_translation_one_for_one() -> None:
    """The core keeps its English (both APIs send it); the GUI's table of the same words
    is what lupdate reads. A new error in the registry must be added there."""
    assert {error.code: error.default_message for error in ALL_ERRORS} == ERROR_WORDS


def test_every_language_of_the_settings_has_a_catalogue() -> None:
    for language in LANGUAGES:
        if language != "system":
            assert (I18N / f"attendance_desktop_{language}.ts").is_file()


@pytest.fixture
def german(qapp: QApplication, english_catalogue: Path) -> Iterator[None]:
    install_language(qapp, "de")
    yield
    install_language(qapp, "en")


@pytest.mark.usefixtures("german")
def test_the_home_window_speaks_german_with_german_dates_and_numbers(
    qtbot: QtBot, open_home, employee
) -> None:
    assert QLocale().language() == QLocale.Language.German
    home = open_home(employee)
    page, clock = home.window.home, home.window.home.clock
    assert home.window.visible_menus() == ["Datei", "Einstellungen", "Hilfe"]
    assert clock.title.text() == "Heute"
    assert clock.clock_button.text() == "Einstempeln"
    assert clock.state_pill.text() == "Nicht eingestempelt"
    assert clock.date_label.text() == "Mittwoch, 18. November 2026"
    assert page.metrics.title_label.text() == "November 2026"
    assert page.metrics.tiles["worked_hours"].caption.text() == "Gearbeitet"
    assert page.metrics.value_label("worked_hours").text() == "0,00 h"
    assert page.metrics.note.text() == "Noch 9 Arbeitstage in diesem Monat · Monatssoll 168,00 h"
    assert page.calendar.picker.text() == "November 2026"

    with qtbot.waitSignal(home.controller.punch_finished, timeout=10_000):
        qtbot.mouseClick(clock.clock_button, Qt.MouseButton.LeftButton)
    assert clock.clock_button.text() == "Ausstempeln"
    assert clock.state_pill.text() == "Bei der Arbeit seit 14:00"
    home.clock.advance(timedelta(hours=8, minutes=30))
    with qtbot.waitSignal(home.controller.punch_finished, timeout=10_000):
        qtbot.mouseClick(clock.clock_button, Qt.MouseButton.LeftButton)
    assert clock.worked_today.text() == "8 h 30 min"
    qtbot.waitUntil(lambda: page.metrics.value_label("worked_hours").text() == "8,50 h")


@pytest.mark.usefixtures("german")
def test_a_month_title_and_qts_own_buttons_are_german_too(qtbot: QtBot) -> None:
    """ "Oktober 2026", not "October 2026" beside German words; and Qt's stock buttons
    come from its own catalogue (qtbase_de)."""
    from attendance_desktop.qt import formatting

    assert formatting.month_title(2026, 10) == "Oktober 2026"
    assert [formatting.day_abbr(d) for d in (0, 6)] == ["Mo.", "So."]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text() == "Abbrechen"


def test_english_is_back_after_german(open_home, employee) -> None:
    home = open_home(employee)
    assert home.window.home.clock.date_label.text() == "Wednesday 18 November 2026"
    assert home.window.home.metrics.note.text().startswith("9 working days left")


def test_the_app_starts_in_the_language_of_its_settings(
    qapp: QApplication, tmp_path: Path, english_catalogue: Path
) -> None:
    from attendance_desktop.core.clock import FixedClock
    from attendance_desktop.launch import LaunchOptions
    from attendance_desktop.paths import app_paths
    from attendance_desktop.qt.app import EXIT_OK, run
    from attendance_desktop.qt.i18n import translate
    from attendance_desktop.settings import Settings, save_settings

    opts = LaunchOptions(paths=app_paths(tmp_path), demo=True, smoke_test=True)
    save_settings(opts.paths.settings_path, Settings(language="de"))
    try:
        assert run(opts, FixedClock(NOW)) == EXIT_OK
        assert QLocale().language() == QLocale.Language.German
        assert translate("ClockPanel", "Clock in") == "Einstempeln"
    finally:
        install_language(qapp, "en")
    assert translate("ClockPanel", "Clock in") == "Clock in"
