"""The console's tabs read well, light and dark (every label, button and field, and every
table cell, measured on the rendered pixels as tests/rendering.py does), and fit a small
screen (1024x600, and 1920x1080 at 200%: 960x540)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QTableView, QWidget
from pytestqt.qtbot import QtBot
from rendering import Reading, cut_off, low_contrast, measure, text_readings
from team_fixtures import ALICE, TODAY, month_days, presences, team_month

from attendance_desktop.qt import theme
from attendance_desktop.qt.views.team.person_month_dialog import PersonMonthDialog
from attendance_desktop.qt.views.team.team_page import TeamPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    theme.apply_theme(qapp, request.param)
    yield request.param
    theme.apply_theme(qapp)


def open_page(qtbot: QtBot, size: tuple[int, int]) -> TeamPage:
    page = TeamPage("UTC")
    qtbot.addWidget(page)
    page.resize(*size)
    page.presence.set_people(presences())
    page.month.set_month(2026, 11, team_month(), (2026, 11))
    page.show()
    qtbot.waitExposed(page)
    return page


def cell_readings(window: QWidget, table: QTableView) -> list[Reading]:
    """Every visible cell with text (inside its grid lines)."""
    image = window.grab().toImage()
    origin = table.viewport().mapTo(window, QPoint(0, 0))
    readings = []
    model = table.model()
    frozen = getattr(table, "frozen", None)
    covered = table.columnWidth(0) if frozen is not None else -1
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            rect: QRect = table.visualRect(index)
            if not index.data() or not table.viewport().rect().contains(rect):
                continue
            if column > 0 and rect.left() < covered:
                continue  # under the frozen name column
            area = rect.adjusted(2, 2, -2, -2).translated(origin)
            found = measure(image, area, f"cell {row},{column} {index.data()!r}")
            if found is not None:
                readings.append(found)
    return readings


def test_both_tabs_read_well(qtbot: QtBot, scheme: str) -> None:
    page = open_page(qtbot, (1280, 720))
    readings = text_readings(page) + cell_readings(page, page.presence.table)
    assert any("'Out at 16:05'" in r.what for r in readings)
    assert any("#Muted '1 in" in r.what for r in readings)
    assert low_contrast(readings) == []
    page.tabs.setCurrentIndex(1)
    qtbot.waitExposed(page.month.table)
    table = page.month.table
    readings = text_readings(page) + cell_readings(page, table)
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())  # the rest
    readings += cell_readings(page, table)
    marks = {r.what.split()[-1] for r in readings if r.what.startswith("cell")}
    for mark in ("'A'", "'L'", "'H'", "'!'", "'5:00'", "'7:22'"):  # every kind of day
        assert mark in marks, mark
    assert low_contrast(readings) == []


@pytest.mark.parametrize("size", [(1024, 600), (960, 540)])
def test_both_tabs_fit_a_small_screen(qtbot: QtBot, size: tuple[int, int]) -> None:
    page = open_page(qtbot, size)
    assert page.minimumSizeHint().width() <= size[0]
    assert page.minimumSizeHint().height() <= size[1]
    assert cut_off(page) == []
    page.tabs.setCurrentIndex(1)
    qtbot.waitExposed(page.month.table)
    assert cut_off(page) == []
    # The table scrolls for the rest; the rows and the names stay in view.
    table = page.month.table
    assert table.viewport().height() >= 5 * table.verticalHeader().defaultSectionSize()
    assert table.frozen.isVisible()


@pytest.mark.parametrize("size", [(1024, 600), (960, 540)])
def test_a_persons_month_fits_a_small_screen(qtbot: QtBot, size: tuple[int, int]) -> None:
    dialog = PersonMonthDialog(ALICE)
    qtbot.addWidget(dialog)
    dialog.calendar.set_month(2026, 11, month_days(0), TODAY, (2026, 11))
    dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.minimumSizeHint().width() <= size[0]
    assert dialog.minimumSizeHint().height() <= size[1]
    assert cut_off(dialog) == []
