"""Settings → Public holidays in local mode, used as a person would: menu, boxes, keys, OK.

The app is started the real way (the startup controller opens a SQLite file in tmp_path);
the home page must show the new non-working days as soon as the dialog is closed with OK.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import DayStatus, NewEmployee
from attendance_desktop.launch import LaunchOptions, open_local_store
from attendance_desktop.paths import app_paths
from attendance_desktop.qt.controllers.holiday_settings_controller import (
    HolidaySettingsController,
)
from attendance_desktop.qt.controllers.home_controller import HomeController
from attendance_desktop.qt.controllers.startup_controller import StartupController
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.views.holiday_region_fields import NO_COUNTRY
from attendance_desktop.qt.views.holiday_settings_dialog import HolidaySettingsDialog
from attendance_desktop.qt.views.main_window import MainWindow
from attendance_desktop.settings import Settings
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

ALICE = NewEmployee("Alice", "Martin", "alice@example.com", timezone="UTC")
EPIPHANY = date(2026, 1, 6)  # a Tuesday; a public holiday in Bavaria only
TEAM_DAY = date(2026, 11, 13)  # a Friday before "today" (18 November 2026)
WAIT = 10_000
# The offscreen platform has no window manager to hand a dialog's size hints to.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@dataclass
class App:
    window: MainWindow
    startup: StartupController
    home: HomeController
    settings: HolidaySettingsController

    @property
    def service(self) -> LocalAttendanceService:
        assert self.startup.service is not None
        return self.startup.service

    def day(self, day: date) -> tuple[DayStatus, str | None]:
        record = self.window.home.calendar.cells[day].day
        return record.status, record.holiday_name


@pytest.fixture
def app(qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: FixedClock) -> Iterator[App]:
    """The app started on a local store that holds Alice and no holiday settings."""
    options = LaunchOptions(paths=app_paths(tmp_path / "data"), chosen_timezone="UTC")
    store = open_local_store(options.paths, clock, "UTC")
    store.add_employee(ALICE)
    store.close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 700)
    startup = StartupController(options, runner, window, Settings(), clock, window)
    window.show()
    with qtbot.waitSignal(startup.home_started, timeout=WAIT) as started:
        startup.start()
    home: HomeController = started.args[0]
    qtbot.waitSignal(home.data_shown, timeout=WAIT).wait()
    assert startup.holiday_settings is not None
    yield App(window, startup, home, startup.holiday_settings)
    if startup.service is not None:
        startup.service.close()


def show_month(qtbot: QtBot, app: App, year: int, month: int) -> None:
    with qtbot.waitSignal(app.home.month_shown, timeout=WAIT):
        app.home.show_month(year, month)


def open_dialog(qtbot: QtBot, app: App) -> HolidaySettingsDialog:
    """Settings → Public holidays…, then wait until the dialog shows the saved settings."""
    with qtbot.waitSignal(app.settings.loaded, timeout=WAIT):
        app.window.holiday_settings_action.trigger()
    dialog = app.settings.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def choose(qtbot: QtBot, dialog: HolidaySettingsDialog, country: str, region: str = "") -> None:
    """Type the start of a name into each box, as a keyboard user picks from a long list."""
    dialog.region.country_box.setFocus()
    qtbot.keyClicks(dialog.region.country_box, country)
    if region:
        qtbot.keyClicks(dialog.region.region_box, region)


def press_ok(qtbot: QtBot, app: App, dialog: HolidaySettingsDialog) -> None:
    """OK; wait until it is saved and the home page shows the days anew."""
    with qtbot.waitSignals([app.settings.saved, app.home.data_shown], timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert app.settings.dialog is None  # closed


def test_the_menu_offers_public_holidays_in_local_mode(app: App) -> None:
    assert app.window.visible_menus() == ["File", "Settings", "Help"]  # no Account: local
    menu = next(a.menu() for a in app.window.menuBar().actions() if a.text() == "&Settings")
    entries = [a.text() for a in menu.actions() if a.isVisible()]  # type: ignore[union-attr]
    assert entries == ["&Settings…", "Public &holidays…"]
    assert app.window.holiday_settings_action.isVisible()


def test_a_new_store_shows_weekends_only_and_every_country_by_name(qtbot: QtBot, app: App) -> None:
    dialog = open_dialog(qtbot, app)
    countries = dialog.region.country_box
    names = [countries.itemText(i) for i in range(countries.count())]
    assert names[0] == NO_COUNTRY and countries.currentIndex() == 0
    assert {"Germany (DE)", "United States of America (US)", "Japan (JP)"} <= set(names)
    assert not dialog.region.region_box.isEnabled()  # no country, so no regions
    assert dialog.holiday_list.count() == 0 and dialog.empty_label.isVisible()


def test_choosing_germany_and_bavaria_makes_epiphany_a_day_off(qtbot: QtBot, app: App) -> None:
    show_month(qtbot, app, 2026, 1)
    assert app.day(EPIPHANY) == (DayStatus.ABSENT, None)
    dialog = open_dialog(qtbot, app)

    choose(qtbot, dialog, "Germany", "Bayern")
    assert dialog.region.country_box.currentText() == "Germany (DE)"
    assert dialog.region.region_box.currentText() == "Bayern (BY)"
    press_ok(qtbot, app, dialog)

    assert app.service.holiday_region() == ("DE", "BY")
    # The reload kept January on screen, now with the holiday's name.
    assert app.window.home.calendar.shown_month == (2026, 1)
    assert app.day(EPIPHANY) == (DayStatus.NON_WORKING, "Epiphany")
    assert app.day(date(2026, 1, 1)) == (DayStatus.NON_WORKING, "New Year's Day")
    # And the dialog opens again on what was saved.
    again = open_dialog(qtbot, app)
    assert again.region.choice() == ("DE", "BY")


def test_cancel_changes_nothing(qtbot: QtBot, app: App) -> None:
    app.service.save_holidays("US", "", {})
    dialog = open_dialog(qtbot, app)
    choose(qtbot, dialog, "Germany", "Bayern")
    dialog.date_edit.setDate(QDate(2026, 11, 13))
    qtbot.keyClicks(dialog.name_edit, "Team day")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.holiday_list.count() == 1  # shown in the draft…

    with qtbot.assertNotEmitted(app.settings.saved), qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    assert app.service.holiday_region() == ("US", "")  # …but never saved
    assert app.service.company_holidays() == []
    assert app.day(TEAM_DAY) == (DayStatus.ABSENT, None)
    assert open_dialog(qtbot, app).region.choice() == ("US", "")


def test_escape_closes_the_dialog_without_saving(qtbot: QtBot, app: App) -> None:
    dialog = open_dialog(qtbot, app)
    choose(qtbot, dialog, "France")
    with qtbot.assertNotEmitted(app.settings.saved), qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert app.service.holiday_region() == ("", "")


def test_adding_and_removing_a_company_holiday(qtbot: QtBot, app: App) -> None:
    assert app.day(TEAM_DAY) == (DayStatus.ABSENT, None)
    dialog = open_dialog(qtbot, app)
    assert not dialog.add_button.isEnabled()  # nothing to add without a name
    dialog.date_edit.setDate(QDate(2026, 11, 13))
    qtbot.keyClicks(dialog.name_edit, "Team day")
    # Enter in the name field adds the day; it does not press OK.
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.name_edit.text() == ""
    dialog.date_edit.setDate(QDate(2026, 12, 24))
    qtbot.keyClicks(dialog.name_edit, "Christmas Eve")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.company_holidays() == {TEAM_DAY: "Team day", date(2026, 12, 24): "Christmas Eve"}
    press_ok(qtbot, app, dialog)

    assert app.service.company_holidays() == [
        (TEAM_DAY, "Team day"),
        (date(2026, 12, 24), "Christmas Eve"),
    ]
    assert app.day(TEAM_DAY) == (DayStatus.NON_WORKING, "Team day")

    dialog = open_dialog(qtbot, app)
    assert dialog.holiday_list.count() == 2
    assert not dialog.remove_button.isEnabled()  # nothing picked yet
    first = dialog.holiday_list.item(0)
    rect = dialog.holiday_list.visualItemRect(first)
    qtbot.mouseClick(dialog.holiday_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.remove_button.isEnabled()
    qtbot.keyClick(dialog.holiday_list, Qt.Key.Key_Delete)
    assert dialog.company_holidays() == {date(2026, 12, 24): "Christmas Eve"}
    press_ok(qtbot, app, dialog)

    assert app.service.company_holidays() == [(date(2026, 12, 24), "Christmas Eve")]
    assert app.day(TEAM_DAY) == (DayStatus.ABSENT, None)


def test_the_metrics_count_a_new_day_off_at_once(qtbot: QtBot, app: App) -> None:
    metrics = app.window.home.metrics

    def shown(key: str) -> int:
        return int(metrics.value_label(key).text())

    working, absent = shown("total_working_days"), shown("total_absent_days")
    dialog = open_dialog(qtbot, app)
    dialog.date_edit.setDate(QDate(2026, 11, 13))
    qtbot.keyClicks(dialog.name_edit, "Team day")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    press_ok(qtbot, app, dialog)

    # Alice never clocked in: the day off is one working day and one absence fewer.
    assert (shown("total_working_days"), shown("total_absent_days")) == (working - 1, absent - 1)


def test_a_busy_store_is_explained_in_the_dialog_and_ok_works_once_it_is_free(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: FixedClock
) -> None:
    db = tmp_path / "busy.sqlite3"
    service = LocalAttendanceService.open(sqlite_url(db), clock, busy_timeout_ms=50)
    controller = HolidaySettingsController(service, runner, lambda: date(2026, 11, 18))
    with qtbot.waitSignal(controller.loaded, timeout=WAIT):
        dialog = controller.open()
    qtbot.addWidget(dialog)
    choose(qtbot, dialog, "Germany", "Bayern")
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock

    with qtbot.waitSignal(controller.refused, timeout=WAIT) as refused:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert refused.args[0].startswith("The attendance database is busy")
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.error_label.text() == refused.args[0]
    assert "Traceback" not in dialog.error_label.text()
    assert dialog.ok_button.isEnabled()  # the choice is kept: try again
    assert service.holiday_region() == ("", "")

    other.execute("ROLLBACK")
    other.close()
    with qtbot.waitSignal(controller.saved, timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert service.holiday_region() == ("DE", "BY")
    service.close()


def test_a_saved_region_this_version_does_not_know_is_explained(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path, clock: FixedClock
) -> None:
    db = tmp_path / "old.sqlite3"
    service = LocalAttendanceService.open(sqlite_url(db), clock)
    service.set_holiday_region("DE")
    raw = sqlite3.connect(db)  # a region a newer holidays release knew, say
    with raw:
        raw.execute("UPDATE store_settings SET value = 'XX' WHERE key = 'holiday_subdivision'")
    raw.close()
    controller = HolidaySettingsController(service, runner, lambda: date(2026, 11, 18))
    with qtbot.waitSignal(controller.loaded, timeout=WAIT):
        dialog = controller.open()
    qtbot.addWidget(dialog)

    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == (
        "The public holidays saved before (DE XX) are not in this version's list. "
        "Choose them again, then press OK."
    )
    assert dialog.region.choice() == ("DE", "")  # the country is kept, the region is not
    with qtbot.waitSignal(controller.saved, timeout=WAIT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert service.holiday_region() == ("DE", "")
    service.close()
