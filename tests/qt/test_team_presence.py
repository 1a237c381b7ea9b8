"""Who's in now: the words of each state, the table model, its filters driven by clicks
and typing, and the count line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from team_fixtures import ALICE, at, presences

from attendance_desktop.core.admin_service import Presence, PresenceState
from attendance_desktop.qt.views.team.presence_model import (
    NAME,
    SORT_ROLE,
    STATE,
    PresenceModel,
)
from attendance_desktop.qt.views.team.presence_view import PresenceView
from attendance_desktop.qt.views.team.presence_words import count_line

# Offscreen, a combo's popup cannot be raised or grab the keyboard; the platform says so.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support raise", "does not support grabbing", "does not support propagateSizeHints"
)


def pick(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Open the combo's list and click the item, as a person would."""
    combo.showPopup()
    view = combo.view()
    qtbot.waitExposed(view)
    index = view.model().index(combo.findText(text), 0)
    assert index.isValid(), text
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    qtbot.waitUntil(lambda: combo.currentText() == text)


@pytest.fixture
def view(qtbot: QtBot) -> PresenceView:
    widget = PresenceView("UTC")
    qtbot.addWidget(widget)
    widget.resize(900, 500)
    widget.set_people(presences())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_each_state_reads_in_words_with_its_time_in_the_persons_zone() -> None:
    model = PresenceModel("UTC")
    model.set_people(presences())
    words = {
        model.index(r, NAME).data(): model.index(r, STATE).data() for r in range(model.rowCount())
    }
    assert words == {
        "Alice Martin": "In since 08:12",
        "Bob Stone": "On break since 12:30",
        "Cara Diaz": "Out at 16:05",  # Cara's zone is Berlin: 15:05 UTC is 16:05 there
        "Dan Keller": "Clock-out missing",
        "Eve Novak": "On leave (vacation)",
        "Finn Olsen": "Absent",
        "Gia Rossi": "Off (Founders' Day)",
    }
    alice = [p.employee.full_name for p in model.people].index("Alice Martin")
    assert model.index(alice, 1).data() == "Platform"
    assert model.index(alice, NAME).data(Qt.ItemDataRole.ToolTipRole) == "alice@example.com"
    assert model.headerData(STATE, Qt.Orientation.Horizontal) == "Now"


def test_the_count_line_names_every_state_somebody_is_in() -> None:
    assert count_line(presences()) == (
        "1 in · 1 on break · 1 out · 1 clock-out missing · 1 on leave · 1 absent · 1 off"
    )
    many = (
        [Presence(ALICE, PresenceState.IN, at(8))] * 12
        + [Presence(ALICE, PresenceState.ON_BREAK, at(9))] * 3
        + [Presence(ALICE, PresenceState.ABSENT)] * 4
    )
    assert count_line(many) == "12 in · 3 on break · 4 absent"
    assert count_line([]) == "Nobody to show"


def test_sorting_by_name_is_by_surname_and_by_state_puts_those_here_first(
    qtbot: QtBot,
    view: PresenceView,
) -> None:
    assert view.shown_names[:3] == ["Cara Diaz", "Dan Keller", "Alice Martin"]
    header = view.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(STATE) + 20, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    if header.sortIndicatorOrder() is Qt.SortOrder.DescendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert header.sortIndicatorSection() == STATE
    assert view.shown_names[:2] == ["Alice Martin", "Bob Stone"]  # in, then on break
    assert view.shown_names[-1] == "Gia Rossi"  # off
    assert view.proxy.index(0, STATE).data(SORT_ROLE) == 0


def test_the_department_combo_narrows_the_rows_and_the_count(
    qtbot: QtBot, view: PresenceView
) -> None:
    combo = view.filters.department
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All departments", "Platform", "Sales", "Support"]  # fmt: skip
    pick(qtbot, combo, "Sales")
    assert sorted(view.shown_names) == ["Bob Stone", "Eve Novak"]
    assert view.count_label.text() == "1 on break · 1 on leave"
    pick(qtbot, combo, "All departments")
    assert len(view.shown_names) == 7


def test_the_state_combo_narrows_the_rows_but_the_count_stays_the_teams(
    qtbot: QtBot, view: PresenceView
) -> None:
    pick(qtbot, view.state, "Absent")
    assert view.shown_names == ["Finn Olsen"]
    assert view.count_label.text().startswith("1 in · 1 on break")
    pick(qtbot, view.state, "Everyone")
    assert len(view.shown_names) == 7


def test_typing_in_the_search_box_finds_by_name_or_email(qtbot: QtBot, view: PresenceView) -> None:
    qtbot.keyClicks(view.filters.search, "ROSS")
    assert view.shown_names == ["Gia Rossi"]
    assert view.count_label.text() == "1 off"
    view.filters.search.clear()
    qtbot.keyClicks(view.filters.search, "bob@exa")
    assert view.shown_names == ["Bob Stone"]


def test_a_refresh_keeps_the_filters_and_a_department_that_left_resets(
    qtbot: QtBot, view: PresenceView
) -> None:
    pick(qtbot, view.filters.department, "Support")
    view.set_people(presences())  # the 5-second refresh
    assert view.filters.department.currentText() == "Support"
    assert sorted(view.shown_names) == ["Dan Keller", "Finn Olsen"]
    view.set_people([p for p in presences() if p.employee.department != "Support"])
    assert view.filters.department.currentText() == "All departments"
    assert len(view.shown_names) == 5


def test_the_refresh_button_asks_for_a_refresh(qtbot: QtBot, view: PresenceView) -> None:
    with qtbot.waitSignal(view.refresh_requested):
        qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)


def test_sorting_and_a_refresh_keep_the_order_and_the_selected_person(
    qtbot: QtBot, view: PresenceView
) -> None:
    view.table.sortByColumn(STATE, Qt.SortOrder.DescendingOrder)
    assert view.shown_names[0] == "Gia Rossi"  # off, last when ascending
    view.table.selectRow(view.shown_names.index("Eve Novak"))
    view.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    chosen = view.table.selectionModel().selectedRows()
    assert [view.proxy.index(i.row(), NAME).data() for i in chosen] == ["Eve Novak"]
    view.set_people(list(reversed(presences())))  # the 5-second refresh, in another order
    assert view.shown_names[:3] == ["Cara Diaz", "Dan Keller", "Alice Martin"]
    chosen = view.table.selectionModel().selectedRows()
    assert [view.proxy.index(i.row(), NAME).data() for i in chosen] == ["Eve Novak"]
