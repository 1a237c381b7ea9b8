"""Team → Employees over plain `ManagedEmployee`s, driven by keys and clicks: the table's
search and "Show deactivated", the add/edit dialog (refuses a bad email in the first-run
form's words; hands over exactly the changed fields), and the deactivate and PIN prompts."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot
from rendering import cut_off, low_contrast, text_readings

from attendance_desktop.core import employee_words as words
from attendance_desktop.core.admin_service import AccountChanges, ManagedEmployee
from attendance_desktop.core.models import Employee, EmployeeChanges, NewEmployee
from attendance_desktop.qt import theme
from attendance_desktop.qt.views.team.employee_dialog import NO_DAYS, EmployeeDialog
from attendance_desktop.qt.views.team.employee_page import EmployeePage
from attendance_desktop.qt.views.team.employee_prompts import LastDayPrompt, PinPrompt

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
TODAY = date(2026, 11, 18)
ALICE = ManagedEmployee(
    Employee(1, "Alice", "Martin", "alice@example.com", department="Platform", timezone="UTC"),
    role="admin",
    badge="B-100",
    has_pin=True,
)
BOB = ManagedEmployee(
    Employee(2, "Bob", "Stone", "bob@example.com", department="Sales"), pin_locked=True
)
CAROL = ManagedEmployee(
    Employee(3, "Carol", "Ng", "carol@example.com", active=False, end_date=date(2026, 10, 31))
)


@pytest.fixture
def page(qtbot: QtBot, qapp: object) -> EmployeePage:
    theme.apply_theme(qapp)  # type: ignore[arg-type]
    view = EmployeePage(lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    view.set_people([ALICE, BOB, CAROL])
    return view


def names(page: EmployeePage) -> list[str]:
    return [page.filter.index(r, 0).data() for r in range(page.filter.rowCount())]


def choose(qtbot: QtBot, page: EmployeePage, row: int) -> None:
    rect = page.table.visualRect(page.filter.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_search_and_show_deactivated(qtbot: QtBot, page: EmployeePage) -> None:
    assert names(page) == ["Alice Martin", "Bob Stone"]
    assert page.model.index(1, 6).data() == "Locked"  # Bob's PIN
    assert page.model.index(0, 5).data() == "Set"  # Alice's badge
    qtbot.mouseClick(page.show_deactivated, Qt.MouseButton.LeftButton)
    assert names(page) == ["Alice Martin", "Bob Stone", "Carol Ng"]
    assert page.model.index(2, 4).data() == "Left 31 Oct 2026"
    qtbot.keyClicks(page.search, "sales")
    assert names(page) == ["Bob Stone"]


def test_deactivate_asks_the_last_day_today_by_default(qtbot: QtBot, page: EmployeePage) -> None:
    assert not page.deactivate_button.isEnabled()
    choose(qtbot, page, 1)
    assert not page.reactivate_button.isEnabled()
    qtbot.mouseClick(page.deactivate_button, Qt.MouseButton.LeftButton)
    prompt = page.prompt
    assert isinstance(prompt, LastDayPrompt)
    assert prompt.last_day() == TODAY
    prompt.date_edit.setDate(QDate(2026, 11, 20))
    with qtbot.waitSignal(page.deactivate_requested) as asked:
        qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
    assert asked.args == [2, date(2026, 11, 20)]


def test_reset_pin_refuses_letters_then_sends_the_pin(qtbot: QtBot, page: EmployeePage) -> None:
    choose(qtbot, page, 0)
    qtbot.mouseClick(page.pin_button, Qt.MouseButton.LeftButton)
    prompt = page.prompt
    assert isinstance(prompt, PinPrompt)
    qtbot.keyClicks(prompt.pin_edit, "12a4")
    with qtbot.assertNotEmitted(page.pin_reset_requested):
        qtbot.mouseClick(prompt.ok_button, Qt.MouseButton.LeftButton)
    assert prompt.error_label.text() == words.BAD_PIN
    prompt.pin_edit.clear()
    qtbot.keyClicks(prompt.pin_edit, "482913")
    with qtbot.waitSignal(page.pin_reset_requested) as asked:
        qtbot.keyClick(prompt.pin_edit, Qt.Key.Key_Return)
    assert asked.args == [1, "482913"]


def test_enter_on_a_row_asks_to_edit_that_person(qtbot: QtBot, page: EmployeePage) -> None:
    choose(qtbot, page, 1)
    with qtbot.waitSignal(page.edit_requested) as asked:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert asked.args == [BOB]


def test_reactivate_a_deactivated_person(qtbot: QtBot, page: EmployeePage) -> None:
    page.show_deactivated.setChecked(True)
    choose(qtbot, page, 2)
    assert not page.deactivate_button.isEnabled()
    with qtbot.waitSignal(page.reactivate_requested) as asked:
        qtbot.mouseClick(page.reactivate_button, Qt.MouseButton.LeftButton)
    assert asked.args == [3]


def dialog(qtbot: QtBot, existing: ManagedEmployee | None = None) -> EmployeeDialog:
    view = EmployeeDialog(TODAY, existing)
    qtbot.addWidget(view)
    view.show()
    return view


def retype(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_a_bad_email_is_refused_by_its_field(qtbot: QtBot) -> None:
    view = dialog(qtbot)
    qtbot.keyClicks(view.edits["first_name"], "Dana")
    qtbot.keyClicks(view.edits["last_name"], "Okafor")
    qtbot.keyClicks(view.edits["email"], "dana@example")
    with qtbot.assertNotEmitted(view.save_requested):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.error_label.text() == words.BAD_EMAIL
    assert view.edits["email"].property("invalid") is True
    qtbot.keyClicks(view.edits["email"], ".com")
    assert not view.error_label.isVisible()


def test_adding_hands_over_every_field(qtbot: QtBot) -> None:
    view = dialog(qtbot)
    for name, text in [
        ("first_name", "Dana"),
        ("last_name", "Okafor"),
        ("email", "dana@example.com"),
        ("phone_number", "+33 1 23"),
        ("job_title", "Baker"),
        ("department", "Shop"),
    ]:
        qtbot.keyClicks(view.edits[name], text)
    completer = view.zone.completer()
    completer.setCompletionPrefix("paris")  # any part of the name finds the zone
    assert completer.currentCompletion() == "Europe/Paris"
    view.zone.setEditText("Europe/Paris")  # typed: a popup needs a real window system
    qtbot.mouseClick(view.work_week.boxes[0], Qt.MouseButton.LeftButton)  # not Mondays
    qtbot.mouseClick(view.work_week.boxes[5], Qt.MouseButton.LeftButton)  # Saturdays
    view.role.setCurrentIndex(1)
    qtbot.keyClicks(view.badge, "B-7")
    qtbot.keyClicks(view.pin, "1234")
    with qtbot.waitSignal(view.save_requested) as saved:
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [
        NewEmployee(
            "Dana",
            "Okafor",
            "dana@example.com",
            "+33 1 23",
            "Baker",
            "Shop",
            timezone="Europe/Paris",
            work_week=(1, 2, 3, 4, 5),
            start_date=TODAY,
        ),
        AccountChanges(role="admin", badge="B-7", pin="1234"),
    ]


def test_editing_hands_over_only_what_changed(qtbot: QtBot) -> None:
    view = dialog(qtbot, ALICE)
    assert view.windowTitle() == "Edit employee"
    assert view.edits["email"].text() == "alice@example.com"
    with qtbot.waitSignal(view.save_requested) as saved:
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [EmployeeChanges(), AccountChanges()]
    retype(qtbot, view.edits["department"], "Infra")
    view.badge.clear()  # takes the badge away
    qtbot.keyClicks(view.password, "long enough")
    with qtbot.waitSignal(view.save_requested) as saved:
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert saved.args == [
        EmployeeChanges(department="Infra"),
        AccountChanges(badge="", password="long enough"),
    ]


def test_a_short_pin_or_password_is_refused_in_the_store_s_words(qtbot: QtBot) -> None:
    view = dialog(qtbot, ALICE)
    qtbot.keyClicks(view.pin, "12")
    with qtbot.assertNotEmitted(view.save_requested):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.error_label.text() == words.BAD_PIN
    assert view.pin.property("invalid") is True
    qtbot.keyClicks(view.pin, "34")
    qtbot.keyClicks(view.password, "short")
    with qtbot.assertNotEmitted(view.save_requested):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.error_label.text() == words.BAD_PASSWORD


def test_a_refusal_from_the_service_points_at_its_field(qtbot: QtBot) -> None:
    view = dialog(qtbot, ALICE)
    view.show_error("This email is already used.", "email")
    assert view.edits["email"].property("invalid") is True
    assert view.error_label.isVisible()


def test_an_unknown_time_zone_and_an_empty_week_are_refused(qtbot: QtBot) -> None:
    view = dialog(qtbot, ALICE)
    view.zone.setEditText("Mars/Olympus")
    with qtbot.assertNotEmitted(view.save_requested):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.error_label.text() == "Unknown time zone: Mars/Olympus"
    view.zone.setEditText("Company default")
    view.work_week.set_days(())
    with qtbot.assertNotEmitted(view.save_requested):
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.error_label.text() == NO_DAYS
    view.work_week.set_days((0, 1))
    with qtbot.waitSignal(view.save_requested) as saved:
        qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert saved.args[0] == EmployeeChanges(timezone="", work_week=(0, 1))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_page_and_the_dialog_read_well_and_fit(
    qtbot: QtBot, page: EmployeePage, qapp: object, scheme: str
) -> None:
    theme.apply_theme(qapp, scheme)  # type: ignore[arg-type]
    try:
        choose(qtbot, page, 0)
        view = dialog(qtbot, ALICE)
        for _ in range(3):
            QApplication.processEvents()
        assert view.height() <= 600 and view.width() <= 1024
        page.grab().save(f"/tmp/team-employees-{scheme}.png")
        view.grab().save(f"/tmp/team-employee-dialog-{scheme}.png")
        assert low_contrast(text_readings(page)) == []
        assert low_contrast(text_readings(view)) == []
        # An editable combo's own line edit sits inside its frame, smaller than its hint.
        inner = view.zone.lineEdit().text()
        assert cut_off(page) == []
        assert [f for f in cut_off(view) if repr(inner) not in f] == []
        for prompt in (LastDayPrompt("Alice Martin", TODAY), PinPrompt("Alice Martin")):
            qtbot.addWidget(prompt)
            prompt.show()
            for _ in range(3):
                QApplication.processEvents()
            assert low_contrast(text_readings(prompt)) == []
            assert cut_off(prompt) == []
    finally:
        theme.apply_theme(qapp)  # type: ignore[arg-type]
