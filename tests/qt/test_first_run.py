"""First run: a short form creates the local profile; bad input creates nothing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from attendance_desktop.qt.controllers.first_run_controller import FirstRunController
from attendance_desktop.qt.views.main_window import MainWindow

FIRST_DAY = date(2026, 11, 18)


def open_form(qtbot: QtBot, service, runner):  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    controller = FirstRunController(
        service, runner, window.first_run, window, today=lambda: FIRST_DAY
    )
    window.show_first_run()
    window.show()
    qtbot.window = window  # keep the window alive for the whole test
    return window.first_run, controller


def fill(qtbot: QtBot, form, email: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(form.first_name, "Noor")
    qtbot.keyClicks(form.last_name, "Haddad")
    qtbot.keyClicks(form.email, email)
    qtbot.keyClicks(form.job_title, "Nurse")
    qtbot.keyClicks(form.department, "Ward 3")


def test_the_form_creates_the_employee(qtbot: QtBot, service, runner) -> None:
    form, controller = open_form(qtbot, service, runner)
    fill(qtbot, form, "noor@example.com")

    with qtbot.waitSignal(controller.created, timeout=10_000) as created:
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)

    employee = created.args[0]
    assert (employee.full_name, employee.email, employee.job_title) == (
        "Noor Haddad",
        "noor@example.com",
        "Nurse",
    )
    assert service.employees() == [employee]
    # The days before someone starts using the app are not counted as absences.
    assert employee.start_date == FIRST_DAY
    assert service.month_metrics(employee.id, 2026, 11).total_absent_days == 0


def test_a_bad_email_is_explained_inline_and_nothing_is_created(
    qtbot: QtBot, service, runner
) -> None:
    form, controller = open_form(qtbot, service, runner)
    fill(qtbot, form, "noor-at-example")

    with qtbot.waitSignal(controller.refused, timeout=10_000):
        qtbot.keyClick(form.email, Qt.Key.Key_Return)

    assert form.error_label.isVisible()
    assert form.error_label.text() == "Please enter a valid email address, like name@example.com."
    assert form.email.property("invalid") is True
    assert service.employees() == []
    assert form.submit_button.isEnabled()  # they can correct it and try again

    qtbot.keyClick(form.email, Qt.Key.Key_Backspace)  # fixing it clears the message
    assert not form.error_label.isVisible()
    assert form.email.property("invalid") is False


def test_missing_names_are_explained(qtbot: QtBot, service, runner) -> None:
    form, controller = open_form(qtbot, service, runner)
    qtbot.keyClicks(form.email, "x@example.com")
    with qtbot.waitSignal(controller.refused, timeout=10_000) as refused:
        qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert refused.args == ["Please enter a first and a last name."]
    assert service.employees() == []
