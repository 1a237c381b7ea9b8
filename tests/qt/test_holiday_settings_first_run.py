"""The first-run form chooses public holidays too, starting from the system's country."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from attendance_desktop.qt.controllers.first_run_controller import FirstRunController
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.views.holiday_region_fields import NO_COUNTRY
from attendance_desktop.qt.views.main_window import MainWindow
from attendance_desktop.storage.local_service import LocalAttendanceService

GERMANY = QLocale(QLocale.Language.German, QLocale.Country.Germany)
WAIT = 10_000


def open_form(  # type: ignore[no-untyped-def]
    qtbot: QtBot, service, runner: TaskRunner, locale: QLocale, *, wait: bool = True
):
    window = MainWindow()
    qtbot.addWidget(window)
    controller = FirstRunController(
        service, runner, window.first_run, window, today=lambda: date(2026, 11, 18), locale=locale
    )
    window.show_first_run()
    window.show()
    if wait:
        qtbot.waitSignal(controller.countries_shown, timeout=WAIT).wait()
    qtbot.window = window  # keep the window alive for the whole test
    return window.first_run, controller


def fill(qtbot: QtBot, form) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(form.first_name, "Noor")
    qtbot.keyClicks(form.last_name, "Haddad")
    qtbot.keyClicks(form.email, "noor@example.com")


def test_the_systems_country_is_chosen_and_its_holidays_count_from_day_one(
    qtbot: QtBot, service: LocalAttendanceService, runner: TaskRunner
) -> None:
    form, controller = open_form(qtbot, service, runner, GERMANY)
    assert form.holidays.country_box.currentText() == "Germany (DE)"
    assert form.holidays.region_box.isEnabled()  # Germany's states have their own days
    fill(qtbot, form)
    qtbot.keyClicks(form.holidays.region_box, "Bayern")

    with qtbot.waitSignal(controller.created, timeout=WAIT):
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)

    assert service.holiday_region() == ("DE", "BY")
    calendar = service.calendar((2027,))
    assert calendar.holiday_name(date(2026, 12, 25)) == "Christmas Day"
    assert calendar.holiday_name(date(2027, 1, 6)) == "Epiphany"  # Bavaria's own
    assert not calendar.is_working_day(date(2027, 1, 6))


def test_a_country_without_public_holiday_data_starts_on_weekends_only(
    qtbot: QtBot, service: LocalAttendanceService, runner: TaskRunner
) -> None:
    form, controller = open_form(qtbot, service, runner, QLocale.c())  # no country at all
    assert form.holidays.country_box.currentText() == NO_COUNTRY
    assert not form.holidays.region_box.isEnabled()
    fill(qtbot, form)
    with qtbot.waitSignal(controller.created, timeout=WAIT):
        qtbot.keyClick(form.email, Qt.Key.Key_Return)
    assert service.holiday_region() == ("", "")


def test_the_user_can_choose_another_country_by_keyboard(
    qtbot: QtBot, service: LocalAttendanceService, runner: TaskRunner
) -> None:
    form, controller = open_form(qtbot, service, runner, GERMANY)
    fill(qtbot, form)
    qtbot.keyClicks(form.holidays.country_box, "Japan")
    with qtbot.waitSignal(controller.created, timeout=WAIT):
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert service.holiday_region() == ("JP", "")


def test_a_profile_sent_before_the_country_list_arrived_still_gets_the_locales_country(
    qtbot: QtBot, service: LocalAttendanceService, runner: TaskRunner
) -> None:
    hold = threading.Event()
    runner.submit(hold.wait, lambda _r: None)  # the worker is busy: the list must wait
    form, controller = open_form(qtbot, service, runner, GERMANY, wait=False)
    fill(qtbot, form)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert not form.submit_button.isEnabled()  # waiting, not sent twice

    with qtbot.waitSignal(controller.created, timeout=WAIT):
        hold.set()
    assert service.holiday_region() == ("DE", "")


def test_bad_input_stores_neither_the_profile_nor_the_holidays(
    qtbot: QtBot, service: LocalAttendanceService, runner: TaskRunner
) -> None:
    form, controller = open_form(qtbot, service, runner, GERMANY)
    qtbot.keyClicks(form.first_name, "Noor")
    qtbot.keyClicks(form.last_name, "Haddad")
    qtbot.keyClicks(form.email, "noor-at-example")
    with qtbot.waitSignal(controller.refused, timeout=WAIT) as refused:
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert refused.args == ["Please enter a valid email address, like name@example.com."]
    assert service.employees() == [] and service.holiday_region() == ("", "")
    assert form.holidays.country_box.isEnabled()  # they can correct it and send again


def test_a_normal_start_does_not_load_the_holidays_package(tmp_path: Path) -> None:
    """Opening the home window on a store whose holidays are cached never imports the
    package (it costs start-up time and memory); only the settings dialog needs it."""
    data = tmp_path / "data"
    script = textwrap.dedent(f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from datetime import UTC, datetime
        from attendance_desktop.core.clock import FixedClock
        from attendance_desktop.core.models import NewEmployee
        from attendance_desktop.launch import LaunchOptions, open_local_store
        from attendance_desktop.paths import app_paths
        from attendance_desktop.qt.app import run

        clock = FixedClock(datetime(2026, 11, 18, 14, tzinfo=UTC))
        options = LaunchOptions(
            paths=app_paths({str(data)!r}), chosen_timezone="UTC", smoke_test=True
        )
        if sys.argv[1] == "prepare":
            store = open_local_store(options.paths, clock, "UTC")
            store.set_holiday_region("DE", "BY")
            employee = store.add_employee(NewEmployee("Ada", "Lovelace", "ada@example.com"))
            store.month_days(employee.id, 2026, 11)  # the year's holidays go to the store
            store.close()
        else:
            code = run(options, clock)
            print("exit", code, "holidays" in sys.modules)
    """)
    subprocess.run([sys.executable, "-c", script, "prepare"], check=True, timeout=60)
    out = subprocess.run(
        [sys.executable, "-c", script, "start"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    assert out.splitlines()[-1] == "exit 0 False"
