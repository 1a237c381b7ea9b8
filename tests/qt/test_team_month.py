"""The team's month: the model's texts, colours and tooltips, sorting by a total, the
filters driven by clicks and typing, the frozen name column, and asking for a person."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot
from team_fixtures import TODAY, team_month
from test_team_presence import pick

from attendance_desktop.core.models import DayStatus
from attendance_desktop.qt import theme
from attendance_desktop.qt.views.day_cell import DayCell
from attendance_desktop.qt.views.team.month_model import FIRST_DAY, NAME, SORT_ROLE, TeamMonthModel
from attendance_desktop.qt.views.team.month_view import TeamMonthView

pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing", "does not support propagateSizeHints"
)
HOURS = 5  # the "Hours" column
ABSENT = 3


@pytest.fixture
def view(qtbot: QtBot) -> TeamMonthView:
    widget = TeamMonthView()
    qtbot.addWidget(widget)
    widget.resize(1000, 560)
    widget.set_month(2026, 11, team_month(), (2026, 11))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def row_of(model: TeamMonthModel, name: str) -> int:
    return [p.employee.full_name for p in model.people].index(name)


def cell(model: TeamMonthModel, name: str, day: int, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return model.index(row_of(model, name), FIRST_DAY + day - 1).data(role)


def test_rows_are_people_and_columns_the_totals_then_each_day() -> None:
    model = TeamMonthModel()
    model.set_month(2026, 11, team_month())
    assert model.rowCount() == 7
    assert model.columnCount() == FIRST_DAY + 30
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(FIRST_DAY + 2)]
    assert heads == ["Name", "Working", "Present", "Absent", "Leave", "Hours", "Extra",
                     "Su\n1", "Mo\n2"]  # fmt: skip
    alice = team_month()[0]
    m = alice.metrics
    row = [model.index(row_of(model, "Alice Martin"), c).data() for c in range(FIRST_DAY)]
    assert row[:5] == ["Alice Martin", str(m.total_working_days), str(m.total_present_days),
                       str(m.total_absent_days), str(m.total_leave_days)]  # fmt: skip
    assert row[HOURS] == f"{m.worked.total_seconds() / 3600:.1f}"


def test_a_day_shows_its_hours_or_a_short_mark_and_its_status_in_words() -> None:
    model = TeamMonthModel()
    people = team_month()
    model.set_month(2026, 11, people)
    texts = {cell(model, "Alice Martin", d.date.day): d.status for d in people[0].days}
    days = {d.date.day: d for d in people[0].days}
    assert cell(model, "Alice Martin", 2) == "7:22"  # Monday the 2nd, worked 7h 22m
    assert cell(model, "Alice Martin", 1) == ""  # a Sunday
    assert cell(model, "Alice Martin", 11) == "H"  # the company's holiday
    assert cell(model, "Alice Martin", 9) == "A"  # absent
    assert cell(model, "Alice Martin", 13) == "L"  # sick leave
    assert cell(model, "Alice Martin", 18) == "5:00"  # today, in progress
    assert cell(model, "Alice Martin", 19) == ""  # upcoming
    assert days[17].status is DayStatus.MISSING_CLOCK_OUT and cell(model, "Alice Martin", 17) == "!"
    corrected = [d for d in people[1].days if d.corrected]
    assert corrected and cell(model, "Bob Stone", corrected[0].date.day).endswith("*")
    assert texts  # every day has a cell
    tip = cell(model, "Alice Martin", 13, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Alice Martin\nFriday 13 November 2026\nLeave (sick)"
    tip = cell(model, "Alice Martin", 11, Qt.ItemDataRole.ToolTipRole)
    assert "Non-working day: Founders' Day" in tip
    assert "Worked 7h 22m" in cell(model, "Alice Martin", 2, Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize("dark", [False, True])
def test_day_colours_are_the_home_calendars(qtbot: QtBot, dark: bool) -> None:
    """Each status's fill and text are exactly what a calendar tile of that day uses."""
    view = TeamMonthView()
    qtbot.addWidget(view)
    view.setPalette(theme.scheme_palette(dark))
    view.set_month(2026, 11, team_month(), (2026, 11))
    model = view.model
    seen = set()
    for day in team_month()[0].days:
        tile = DayCell(day, is_today=False)
        tile.setPalette(theme.scheme_palette(dark))
        qtbot.addWidget(tile)
        tile.set_day(day, is_today=False)
        fill = cell(model, "Alice Martin", day.date.day, Qt.ItemDataRole.BackgroundRole)
        text = cell(model, "Alice Martin", day.date.day, Qt.ItemDataRole.ForegroundRole)
        assert isinstance(fill, QColor)
        assert fill.name() == tile._fill.name(), day.status
        assert text.name() == tile._caption_colour.name(), day.status
        seen.add(day.status)
    assert seen == set(DayStatus)  # every status was compared
    expected = (theme.DARK_STATUS if dark else theme.LIGHT_STATUS)[DayStatus.ABSENT].fill
    assert cell(model, "Alice Martin", 9, Qt.ItemDataRole.BackgroundRole).name() == expected


def test_switching_the_palette_recolours_the_days(qtbot: QtBot, view: TeamMonthView) -> None:
    light = theme.LIGHT_STATUS[DayStatus.ABSENT].fill
    view.setPalette(theme.scheme_palette(False))
    assert cell(view.model, "Alice Martin", 9, Qt.ItemDataRole.BackgroundRole).name() == light
    view.setPalette(theme.scheme_palette(True))
    dark = theme.DARK_STATUS[DayStatus.ABSENT].fill
    assert cell(view.model, "Alice Martin", 9, Qt.ItemDataRole.BackgroundRole).name() == dark


def test_clicking_a_totals_header_sorts_by_that_total(qtbot: QtBot, view: TeamMonthView) -> None:
    header = view.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(HOURS) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert header.sortIndicatorSection() == HOURS
    hours = [view.proxy.index(r, HOURS).data(SORT_ROLE) for r in range(view.proxy.rowCount())]
    descending = header.sortIndicatorOrder() is Qt.SortOrder.DescendingOrder
    assert hours == sorted(hours, reverse=descending)
    assert len(set(hours)) > 1  # not vacuous
    view.table.sortByColumn(ABSENT, Qt.SortOrder.DescendingOrder)
    absent = [int(view.proxy.index(r, ABSENT).data()) for r in range(view.proxy.rowCount())]
    assert absent == sorted(absent, reverse=True) and absent[0] > absent[-1]


def test_the_department_combo_and_search_narrow_the_rows(qtbot: QtBot, view: TeamMonthView) -> None:
    assert view.count_label.text() == "7 people"
    pick(qtbot, view.filters.department, "Platform")
    assert view.shown_names == ["Cara Diaz", "Alice Martin", "Gia Rossi"]
    assert view.count_label.text() == "3 of 7 people"
    qtbot.keyClicks(view.filters.search, "gia")
    assert view.shown_names == ["Gia Rossi"]
    pick(qtbot, view.filters.department, "All departments")
    view.filters.search.clear()
    assert len(view.shown_names) == 7


def test_the_name_column_stays_while_the_days_scroll(qtbot: QtBot, view: TeamMonthView) -> None:
    frozen = view.table.frozen
    assert frozen.isVisible() and frozen.model() is view.proxy
    assert [c for c in range(view.proxy.columnCount()) if not frozen.isColumnHidden(c)] == [NAME]
    assert frozen.width() == view.table.columnWidth(NAME)
    bar = view.table.horizontalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    assert frozen.indexAt(QPoint(10, 5)).data() == "Cara Diaz"  # still the names


def test_double_click_or_enter_on_a_row_asks_for_that_persons_month(
    qtbot: QtBot, view: TeamMonthView
) -> None:
    table = view.table
    index = view.day_index(1, date(2026, 11, 3))  # Dan Keller's row, sorted by surname
    rect = table.visualRect(index)
    with qtbot.waitSignal(view.person_requested) as asked:  # a press, then the double-click
        qtbot.mousePress(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseRelease(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    employee, year, month = asked.args
    assert (employee.full_name, year, month) == ("Dan Keller", 2026, 11)
    table.setFocus()
    table.setCurrentIndex(view.proxy.index(2, FIRST_DAY))
    with qtbot.waitSignal(view.person_requested) as asked:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert asked.args[0].full_name == "Alice Martin"


def test_the_month_picker_asks_for_another_month(qtbot: QtBot, view: TeamMonthView) -> None:
    assert view.picker.text() == "November 2026"
    with qtbot.waitSignal(view.month_requested) as asked:
        view.picker.open_popup()
        qtbot.mouseClick(view.picker.popup.months[9], Qt.MouseButton.LeftButton)
    assert asked.args == [2026, 10]
    assert TODAY.month == 11


def test_a_clicked_row_is_highlighted_and_its_days_keep_their_colours(
    qtbot: QtBot, view: TeamMonthView
) -> None:
    """The table paints its own cells (for speed): the selection must still show."""
    table = view.table
    working = view.proxy.index(2, 1)  # Alice Martin's "Working" total
    absent_day = view.day_index(2, date(2026, 11, 9))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(working).center())  # fmt: skip
    assert table.selectionModel().isRowSelected(2)
    image = table.viewport().grab().toImage()
    highlight = table.palette().color(table.palette().ColorRole.Highlight)
    total = table.visualRect(working)
    assert image.pixelColor(total.left() + 3, total.center().y()) == highlight
    day = table.visualRect(absent_day)
    fill = absent_day.data(Qt.ItemDataRole.BackgroundRole)
    assert absent_day.data() == "A"
    assert image.pixelColor(day.left() + 3, day.center().y()) == fill
    assert image.pixelColor(day.center().x(), day.top()) == highlight  # the row's frame
    other = view.proxy.index(3, 1)
    unselected = table.visualRect(other)
    assert image.pixelColor(unselected.left() + 3, unselected.center().y()) != highlight


def test_sorting_keeps_the_selected_person_and_survives_a_new_month(
    qtbot: QtBot, view: TeamMonthView
) -> None:
    """The model sorts itself (fast on prepared keys): the selection follows the person,
    and a month shown afterwards comes sorted the same way."""
    table = view.table
    table.selectRow(view.shown_names.index("Gia Rossi"))
    table.sortByColumn(HOURS, Qt.SortOrder.DescendingOrder)
    hours = [float(view.proxy.index(r, HOURS).data()) for r in range(view.proxy.rowCount())]
    assert hours == sorted(hours, reverse=True)
    chosen = table.selectionModel().selectedRows()
    assert [view.proxy.index(i.row(), NAME).data() for i in chosen] == ["Gia Rossi"]
    view.set_month(2026, 11, list(reversed(team_month())), (2026, 11))
    again = [float(view.proxy.index(r, HOURS).data()) for r in range(view.proxy.rowCount())]
    assert again == hours
    table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    assert view.shown_names[0] == "Cara Diaz"
