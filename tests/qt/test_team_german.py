"""The team console in German, over a real local store with a few people: its tabs, bars,
headers, tips and a presence state read in German, and none of the English words a person
reads in the English console is left on the German one.

The catalogue tests (test_translations.py) catch a string wrapped but not translated; this
one catches a string never wrapped, by reading both windows as a person would.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from team_fixtures import ALICE, TODAY, person_month

from attendance_desktop.core import employee_words
from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.qt.controllers.team.console import TeamConsole
from attendance_desktop.qt.export.timesheet_html import Timesheet, timesheet_html
from attendance_desktop.qt.i18n import install_language
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.views.team.console_window import ConsoleWindow
from attendance_desktop.qt.views.team.employee_words import REFUSALS
from attendance_desktop.storage.admin_service import LocalAdminService
from attendance_desktop.storage.local_service import LocalAttendanceService

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

# Words that are the same in both languages (a name, an abbreviation, a loan word).
SAME_IN_BOTH = {"Name", "PIN", "Team", "Status", "Token", "Admin", "Extra", "Person", "Kiosks"} | {
    QLocale("de_DE").standaloneMonthName(month, form)  # "April", "Aug": the locale's own
    for month in range(1, 13)
    for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
}


def hire(service: LocalAttendanceService, first: str, department: str) -> None:
    service.add_employee(
        NewEmployee(first_name=first, last_name="Doe", email=f"{first.lower()}@example.com",
                    department=department, timezone="UTC")
    )  # fmt: skip


@pytest.fixture
def team(service: LocalAttendanceService, clock: FixedClock) -> LocalAdminService:
    """Ada came in at 08:00 and is in; Ben has not come (absent); Cleo is on a break."""
    hire(service, "Ada", "Platform")
    hire(service, "Ben", "Sales")
    hire(service, "Cleo", "Sales")
    clock.set(clock.now() - timedelta(hours=6))  # 08:00
    service.clock_in(1)
    service.clock_in(3)
    clock.set(clock.now() + timedelta(hours=5))  # 13:00
    service.start_break(3)
    clock.set(clock.now() + timedelta(hours=1))  # back to 14:00
    return LocalAdminService(service)


@dataclass
class Console:
    window: ConsoleWindow
    console: TeamConsole


def open_console(
    qtbot: QtBot, team: LocalAdminService, runner: TaskRunner, clock: FixedClock
) -> Console:
    window = ConsoleWindow("UTC")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    console = TeamConsole(team, runner, window.page, clock, "UTC", window)
    with (
        qtbot.waitSignal(console.presence.shown, timeout=10_000),
        qtbot.waitSignal(console.month.month_shown, timeout=10_000),
    ):
        console.start()
    window.show()
    table = console.employee_page.table
    qtbot.waitUntil(lambda: table.model().rowCount() == 3, timeout=10_000)
    qtbot.waitUntil(lambda: "2026" in console.bar.lock_button.text(), timeout=10_000)
    return Console(window, console)


def readings(window: QWidget) -> set[str]:
    """Every word a person reads (or hears, through a screen reader) in the window, its
    tabs and menus, and its tables' headers and tips; the people's own data left out."""
    seen: set[str] = {window.windowTitle()}
    for w in window.findChildren(QWidget):
        seen |= {w.toolTip(), w.accessibleName()}
        if isinstance(w, QLabel | QAbstractButton):
            seen.add(w.text())
        if isinstance(w, QLineEdit):
            seen.add(w.placeholderText())
        if isinstance(w, QTabWidget):
            seen |= {w.tabText(i) for i in range(w.count())}
        if isinstance(w, QComboBox) and w.count() < 50:  # not the hundreds of zone names
            seen |= {w.itemText(i) for i in range(w.count())}
        if isinstance(w, QTableView) and w.model() is not None:
            model = w.model()
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    seen.add(str(model.headerData(column, Qt.Orientation.Horizontal, role) or ""))
    for action in window.findChildren(QAbstractButton):
        menu = getattr(action, "menu", lambda: None)()
        if menu is not None:
            seen |= {a.text() for a in menu.actions()}
    for menu_action in window.menuBar().actions():
        seen.add(menu_action.text())
    return {s.replace("&", "") for s in seen if s and any(c.isalpha() for c in s)}


@pytest.fixture
def german(qapp: QApplication, english_catalogue: object) -> Iterator[None]:
    install_language(qapp, "de")
    yield
    install_language(qapp, "en")


def presence_words(c: Console) -> dict[str, str]:
    model = c.window.page.presence.model
    return {model.index(r, 0).data(): model.index(r, 2).data() for r in range(model.rowCount())}


@pytest.mark.usefixtures("german")
def test_the_console_reads_german(
    qtbot: QtBot, team: LocalAdminService, runner: TaskRunner, clock: FixedClock
) -> None:
    c = open_console(qtbot, team, runner, clock)
    page, bar = c.window.page, c.console.bar
    assert c.window.windowTitle() == "Teamkonsole"
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert tabs == ["Anwesenheit", "Teammonat", "Anträge", "Mitarbeiter", "Kiosks"]
    assert [bar.calendar_button.text(), bar.export_button.text()] == ["Kalender…", "Exportieren…"]
    assert bar.lock_button.text() == "November 2026 sperren"
    assert bar.lock_label.text() == "November 2026 ist offen"
    assert page.month.count_label.text() == "3 Personen"
    assert presence_words(c) == {
        "Ada Doe": "Da seit 08:00",
        "Ben Doe": "Abwesend",
        "Cleo Doe": "In Pause seit 13:00",
    }
    assert page.presence.count_label.text() == "1 da · 1 in Pause · 1 abwesend"
    presence = page.presence.model
    assert [presence.headerData(i, Qt.Orientation.Horizontal) for i in range(3)] == [
        "Name", "Abteilung", "Jetzt",
    ]  # fmt: skip
    month = page.month.model
    assert month.headerData(1, Qt.Orientation.Horizontal) == "Soll"
    assert month.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Arbeitstage bisher"
    )
    assert month.headerData(7, Qt.Orientation.Horizontal) == "So\n1"  # Sunday 1 November
    employees = c.console.employee_page
    assert employees.table.model().headerData(4, Qt.Orientation.Horizontal) == "Aktiv"
    assert employees.add_button.text() == "Hinzufügen…"


@pytest.mark.usefixtures("german")
def test_the_console_names_public_holidays_in_german(
    qtbot: QtBot, service: LocalAttendanceService, team: LocalAdminService, runner: TaskRunner,
    clock: FixedClock,
) -> None:  # fmt: skip
    service.set_holiday_region("DE", "SN")  # today, 18 November: Buß- und Bettag
    c = open_console(qtbot, team, runner, clock)
    qtbot.waitUntil(lambda: presence_words(c)["Ben Doe"] == "Frei (Buß- und Bettag)")
    month = c.window.page.month.model
    [ben] = [r for r in range(month.rowCount()) if month.index(r, 0).data() == "Ben Doe"]
    day_18 = 7 + 17  # the 1st is column 7
    assert month.headerData(day_18, Qt.Orientation.Horizontal) == "Mi\n18"
    tip = month.index(ben, day_18).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith(": Buß- und Bettag"), tip


def test_no_english_word_of_the_console_is_left_in_german(
    qtbot: QtBot, qapp: QApplication, team: LocalAdminService, runner: TaskRunner,
    clock: FixedClock, english_catalogue: object,
) -> None:  # fmt: skip
    english = readings(open_console(qtbot, team, runner, clock).window)
    assert {"Who's in", "Team month", "Calendar…", "Lock November 2026"} <= english
    install_language(qapp, "de")
    try:
        german = readings(open_console(qtbot, team, runner, clock).window)
    finally:
        install_language(qapp, "en")
    assert "Teammonat" in german
    # A day's column ("Fr\n13") is the locale's own abbreviation, the same in both.
    data = {"Platform", "Sales", "November 2026"}  # the departments, the month's title
    left = {
        s for s in (english & german) - SAME_IN_BOTH - data if not re.fullmatch(r"\w\w\n\d+", s)
    }
    assert not left, left


def test_the_employee_forms_refusals_are_the_cores_words_one_for_one() -> None:
    """The form and the store refuse with the core's sentences; the GUI's table of them is
    what lupdate reads, so a new refusal in the core must be added there."""
    core = {
        value
        for name, value in vars(employee_words).items()
        if name.isupper() and isinstance(value, str)
    }
    assert set(REFUSALS) == core
    assert all(key == words for key, words in REFUSALS.items())


@pytest.mark.usefixtures("german")
def test_a_timesheet_prints_in_german_with_german_numbers() -> None:
    worked = person_month(ALICE, 3)
    sheet = Timesheet.of(worked, worked.days, ZoneInfo("UTC"), TODAY, timedelta(hours=8))
    page = timesheet_html(sheet)
    for german in (
        "Stundenzettel",
        "Summen",
        "Tage",
        "Personalnummer 1",
        "Abteilung: Platform",
        "Saldo",
        "Gearbeitet (h)",
        "Vorgesetzte/r",
        "Stunden als Dezimalzahl (7,75 = 7 h 45 min)",
        "Mi. 2026-11-18",
    ):
        assert german in page, german
    hours = f"{worked.metrics.worked_hours:.2f}".replace(".", ",")
    assert f"<td class='num'>{hours}</td>" in page
    for english in ("Timesheet", "Totals", "Days<", "Employee no.", "Hours are", "Balance"):
        assert english not in page, english
