"""Team → Calendar: the holiday settings dialog plus the default work week, fed with a
`TeamCalendar` and giving one back with what the admin changed, by keys and clicks."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from rendering import cut_off, low_contrast, text_readings

from attendance_desktop.core.admin_service import TeamCalendar
from attendance_desktop.core.holiday_regions import HolidayCountry, HolidayRegion
from attendance_desktop.qt import theme
from attendance_desktop.qt.views.team.team_calendar_dialog import NO_DAYS, TeamCalendarDialog

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
TODAY = date(2026, 11, 18)
COUNTRIES = (
    HolidayCountry("FR", "France"),
    HolidayCountry("DE", "Germany", (HolidayRegion("BY", "Bayern"), HolidayRegion("BE", "Berlin"))),
)
SAVED = TeamCalendar("DE", "BY", ((date(2026, 12, 24), "Christmas Eve"),), (0, 1, 2, 3, 4))


@pytest.fixture
def dialog(qtbot: QtBot, qapp: object) -> TeamCalendarDialog:
    theme.apply_theme(qapp)  # type: ignore[arg-type]
    view = TeamCalendarDialog()
    qtbot.addWidget(view)
    view.show()
    assert view.set_calendar(SAVED, COUNTRIES, TODAY)
    view.set_busy(False)
    return view


def test_it_shows_the_calendar_it_is_given(dialog: TeamCalendarDialog) -> None:
    assert dialog.region.country_box.currentText() == "Germany (DE)"
    assert dialog.region.region_box.currentText() == "Bayern (BY)"
    assert dialog.company_holidays() == {date(2026, 12, 24): "Christmas Eve"}
    assert dialog.work_week.days() == (0, 1, 2, 3, 4)
    assert dialog.windowTitle() == "Calendar"


def test_ok_gives_back_every_change(qtbot: QtBot, dialog: TeamCalendarDialog) -> None:
    dialog.region.region_box.setCurrentIndex(dialog.region.region_box.findData("BE"))
    dialog.date_edit.setDate(QDate(2026, 12, 31))
    qtbot.keyClicks(dialog.name_edit, "New Year's Eve")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.mouseClick(dialog.work_week.boxes[4], Qt.MouseButton.LeftButton)  # no Fridays
    with qtbot.waitSignal(dialog.calendar_requested) as asked:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert asked.args == [
        TeamCalendar(
            "DE",
            "BE",
            ((date(2026, 12, 24), "Christmas Eve"), (date(2026, 12, 31), "New Year's Eve")),
            (0, 1, 2, 3),
        )
    ]


def test_a_week_without_days_is_refused(qtbot: QtBot, dialog: TeamCalendarDialog) -> None:
    dialog.work_week.set_days(())
    with qtbot.assertNotEmitted(dialog.calendar_requested):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == NO_DAYS


def test_busy_locks_the_week_too(dialog: TeamCalendarDialog) -> None:
    dialog.set_busy(True)
    assert not dialog.work_week.isEnabled()
    assert not dialog.ok_button.isEnabled()


def test_an_unknown_region_says_so(qtbot: QtBot, qapp: object) -> None:
    view = TeamCalendarDialog()
    qtbot.addWidget(view)
    assert not view.set_calendar(TeamCalendar("XX"), COUNTRIES, TODAY)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_it_reads_well_and_fits_a_small_screen(
    dialog: TeamCalendarDialog, qapp: object, scheme: str
) -> None:
    theme.apply_theme(qapp, scheme)  # type: ignore[arg-type]
    try:
        for _ in range(3):
            QApplication.processEvents()
        dialog.grab().save(f"/tmp/team-calendar-{scheme}.png")
        assert dialog.height() <= 600 and dialog.width() <= 1024
        assert low_contrast(text_readings(dialog)) == []
        assert cut_off(dialog) == []
    finally:
        theme.apply_theme(qapp)  # type: ignore[arg-type]
