"""Paging through months: the neighbours of the shown month are fetched ahead and shown at
once, and nothing kept is shown after it changed."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import DayStatus
from attendance_desktop.qt.controllers.month_cache import MonthCache

TODAY = date(2026, 11, 18)


@pytest.fixture
def worked_october(service, employee, clock: FixedClock):  # type: ignore[no-untyped-def]
    now = clock.now()
    clock.set(datetime(2026, 10, 5, 9, tzinfo=UTC))
    service.clock_in(employee.id)
    clock.set(datetime(2026, 10, 5, 17, tzinfo=UTC))
    service.clock_out(employee.id)
    clock.set(now)
    return employee


def test_the_month_before_is_shown_at_once_once_fetched_ahead(
    qtbot: QtBot, open_home, worked_october
) -> None:
    home = open_home(worked_october)
    calendar = home.window.home.calendar
    with qtbot.waitSignal(home.controller.looked_ahead, timeout=10_000) as ahead:
        pass  # fetched once the current month is painted
    assert ahead.args == [2026, 10]

    qtbot.mouseClick(calendar.prev_button, Qt.MouseButton.LeftButton)

    # No waiting: October is on screen when the click returns.
    assert calendar.shown_month == (2026, 10)
    assert calendar.cells[date(2026, 10, 5)].day.status is DayStatus.COMPLETED
    assert home.window.home.metrics.value_label("total_present_days").text() == "1"


def test_a_punch_is_never_hidden_by_a_month_kept_from_before(
    qtbot: QtBot, open_home, worked_october
) -> None:
    home = open_home(worked_october)
    calendar = home.window.home.calendar
    with qtbot.waitSignal(home.controller.looked_ahead, timeout=10_000):
        pass
    qtbot.mouseClick(calendar.prev_button, Qt.MouseButton.LeftButton)  # November is kept
    assert calendar.shown_month == (2026, 10)

    with qtbot.waitSignal(home.controller.punch_finished, timeout=10_000):
        qtbot.mouseClick(home.window.home.clock.clock_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(home.controller.month_shown, timeout=10_000):
        qtbot.mouseClick(calendar.next_button, Qt.MouseButton.LeftButton)

    assert calendar.shown_month == (2026, 11)
    assert calendar.cells[TODAY].day.status is DayStatus.PRESENT  # not the kept "upcoming"


def test_the_grid_keeps_six_weeks_with_the_neighbouring_days_dimmed_and_inert(
    qtbot: QtBot, open_home, worked_october
) -> None:
    home = open_home(worked_october)
    calendar = home.window.home.calendar
    tiles = [
        calendar.grid.itemAtPosition(row, col).widget() for row in range(1, 7) for col in range(7)
    ]
    outside = [tile for tile in tiles if tile.outside]
    # November 2026 starts on a Sunday: 6 days of October before it, 6 of December after.
    assert [tile.text() for tile in outside] == ["26", "27", "28", "29", "30", "31"] + [
        str(d) for d in range(1, 7)
    ]
    assert all(tile.isVisible() and not tile.isEnabled() for tile in outside)
    shown_before = home.window.home.day_detail.title_label.text()

    qtbot.mouseClick(outside[0], Qt.MouseButton.LeftButton)

    assert home.window.home.day_detail.title_label.text() == shown_before
    assert calendar.shown_month == (2026, 11)


def settle() -> None:
    """Let a change of size climb the layouts: each level's relayout is one more event."""
    for _ in range(10):
        QApplication.processEvents()


def test_paging_to_a_past_month_never_moves_the_calendar(
    qtbot: QtBot, open_home, worked_october
) -> None:
    home = open_home(worked_october)
    calendar, window = home.window.home.calendar, home.window
    settle()
    where = calendar.mapTo(window, QPoint(0, 0)), calendar.size()
    assert home.window.home.metrics.note.isVisible()  # "N working days left this month"

    with qtbot.waitSignal(home.controller.month_shown, timeout=10_000):
        qtbot.mouseClick(calendar.prev_button, Qt.MouseButton.LeftButton)
    settle()

    assert calendar.shown_month == (2026, 10)
    assert not home.window.home.metrics.note.isVisible()  # nothing left in a past month
    assert (calendar.mapTo(window, QPoint(0, 0)), calendar.size()) == where


def test_the_day_detail_keeps_its_lines_in_place_from_day_to_day(
    qtbot: QtBot, open_home, worked_october
) -> None:
    home = open_home(worked_october)
    detail = home.window.home.day_detail
    calendar = home.window.home.calendar
    with qtbot.waitSignal(home.controller.month_shown, timeout=10_000):
        qtbot.mouseClick(calendar.prev_button, Qt.MouseButton.LeftButton)
    places = []
    for day in (date(2026, 10, 2), date(2026, 10, 28)):  # a short title, then a long one
        qtbot.mouseClick(calendar.cells[day], Qt.MouseButton.LeftButton)
        settle()
        places.append(detail.first_in.mapTo(detail, QPoint(0, 0)))
    assert detail.title_label.text() == "Wednesday\n28 October 2026"
    assert places[0] == places[1]


class Ticks:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_kept_month_goes_stale_and_a_fetch_from_before_a_clear_is_dropped() -> None:
    ticks = Ticks()
    cache: MonthCache[str] = MonthCache(max_age_s=60, clock=ticks)
    key = (2026, 10, TODAY)
    cache.put(key, "october", cache.generation)
    assert cache.get(key) == "october"
    assert cache.get((2026, 10, date(2026, 11, 19))) is None  # another day: not reused

    ticks.now = 61
    assert cache.get(key) is None  # another device may have changed it meanwhile

    started = cache.generation
    cache.clear()  # a punch landed while that fetch was running
    cache.put(key, "october before the punch", started)
    assert cache.get(key) is None


def test_only_the_most_recent_months_are_kept() -> None:
    cache: MonthCache[int] = MonthCache(size=2)
    for month in (8, 9, 10):
        cache.put((2026, month, TODAY), month, cache.generation)
    assert cache.get((2026, 8, TODAY)) is None
    assert cache.get((2026, 10, TODAY)) == 10
