"""The home page is styled without a style sheet above its widgets (a faster start), looks
as the theme's sheet says, and follows a theme chosen at run time; the other windows keep
the sheet."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from attendance_desktop.core.basics import DayStatus
from attendance_desktop.qt import theme
from attendance_desktop.qt.page_style import leaf_sheet
from attendance_desktop.qt.views.common import repolish
from attendance_desktop.qt.views.correction_dialog import CorrectionDialog
from attendance_desktop.qt.views.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

# The page's controls with states of their own (hover, focus, disabled): a sheet each.
LEAVES = {"ClockButton", "SecondaryButton", "NavButton", "MonthPicker", "UndoButton",
          "BannerClose"}  # fmt: skip


def style_name(widget: QWidget) -> str:
    return widget.style().metaObject().className()


def is_leaf(widget: QWidget) -> bool:
    return widget.objectName() in LEAVES or type(widget) is QLineEdit


@pytest.fixture
def light(qapp, runner) -> Iterator[None]:  # type: ignore[no-untyped-def]
    theme.apply_theme(qapp, "light")
    yield
    theme.apply_theme(qapp)  # back to the system's, for the tests after


def text_colour(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.WindowText)


def test_no_widget_of_the_home_page_goes_through_the_style_sheet_style(
    qtbot: QtBot, light: None, open_home, employee
) -> None:
    home = open_home(employee)
    page = home.window.home
    widgets = [page, *page.findChildren(QWidget)]
    sheeted = [w for w in widgets if style_name(w) == "QStyleSheetStyle"]
    assert sheeted, "the leaf controls keep their own small sheet"
    assert [(type(w).__name__, w.objectName()) for w in sheeted if not is_leaf(w)] == []
    assert {w.objectName() for w in sheeted} >= {"ClockButton", "SecondaryButton", "NavButton"}
    assert any(type(w) is QLineEdit for w in sheeted)
    assert style_name(page.clock.state_pill) != "QStyleSheetStyle"
    assert not home.window.home.styleSheet()
    assert not app_sheet()


def app_sheet() -> str:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app.styleSheet()


def test_a_dialog_and_the_first_run_form_keep_the_theme_sheet(qtbot: QtBot, light: None) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_first_run()
    window.show()
    qtbot.waitExposed(window)
    assert style_name(window.first_run.first_name) == "QStyleSheetStyle"
    assert window.first_run.styleSheet() == theme.current_sheet() != ""
    dialog = CorrectionDialog("Monday 16 November", [], request=True, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert style_name(dialog.reason) == "QStyleSheetStyle"
    dialog.close()


def test_the_page_and_the_dialogs_follow_a_theme_chosen_at_run_time(
    qtbot: QtBot, qapp, light: None, open_home, employee
) -> None:
    home = open_home(employee)
    page = home.window.home
    title, muted = page.clock.title, page.clock.date_label
    light_title, light_muted = text_colour(title), text_colour(muted)
    assert light_title == QColor("#202124")
    assert light_muted != light_title  # the muted role, not the plain text
    dialog = CorrectionDialog("Monday 16 November", [], request=True, parent=home.window)
    qtbot.addWidget(dialog)
    theme.apply_theme(qapp, "dark")
    assert text_colour(title) == QColor("#e8eaed")
    assert text_colour(muted) not in (light_muted, QColor("#e8eaed"))
    assert dialog.styleSheet() == theme.current_sheet()
    assert theme.current_tokens()["border"] in dialog.styleSheet()
    # The buttons' own sheets follow too.
    clock_sheet = page.clock.clock_button.styleSheet()
    assert theme.current_tokens()["disabled"] in clock_sheet


def test_the_pill_and_the_metrics_change_colour_with_their_state(
    qtbot: QtBot, light: None, open_home, employee
) -> None:
    home = open_home(employee)
    pill = home.window.home.clock.state_pill
    off = text_colour(pill)
    qtbot.mouseClick(home.window.home.clock.clock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pill.property("state") == "working", timeout=10_000)
    assert text_colour(pill) == QColor(theme.LIGHT_STATUS[DayStatus.COMPLETED].text)
    assert text_colour(pill) != off
    value = home.window.home.metrics.tiles["balance"].value
    value.setProperty("accent", "absent")
    repolish(value)
    assert text_colour(value) == QColor(theme.LIGHT_STATUS[DayStatus.ABSENT].text)


def test_a_leaf_sheet_holds_only_its_own_rules() -> None:
    sheet = """
    QFrame#Card { background: red; }
    QPushButton#SecondaryButton, QToolButton#NavButton { padding: 1px; }
    QPushButton#SecondaryButtonX { margin: 2px; }
    QLineEdit, QDateEdit { border: none; }
    QLineEdit:focus, QDateEdit:focus { border: 2px solid blue; }
    QLineEdit#Other { color: green; }
    """
    assert leaf_sheet(sheet, "#NavButton") == "QToolButton#NavButton { padding: 1px; }"
    assert "SecondaryButtonX" not in leaf_sheet(sheet, "#SecondaryButton")
    line = leaf_sheet(sheet, "QLineEdit")
    assert "QLineEdit { border: none; }" in line
    assert "QLineEdit:focus { border: 2px solid blue; }" in line
    assert "QDateEdit" not in line and "#Other" not in line and "Card" not in line
