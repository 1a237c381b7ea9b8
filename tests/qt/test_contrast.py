"""Every text on the home window, the day detail and the first-run form, light and dark,
is at least 4.5:1 against what it is drawn on (WCAG AA), measured on the rendered pixels
(see tests/rendering.py for how and why). Found before: with a dark palette the day numbers
on worked days were light text on light tiles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot
from rendering import low_contrast, measure, text_readings

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.qt import theme
from attendance_desktop.qt.views.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture(params=["light", "dark"])
def scheme(request: pytest.FixtureRequest, qapp, runner) -> Iterator[str]:  # type: ignore[no-untyped-def]
    theme.apply_theme(qapp, request.param)
    yield request.param
    theme.apply_theme(qapp)  # back to the system's, for the tests after


@pytest.fixture
def month(service, employee, clock: FixedClock):  # type: ignore[no-untyped-def]
    """Worked days (one with a break), an absence, a weekend worked, and today clocked in."""
    now = clock.now()
    for day in (2, 3, 4, 10, 14, 16):
        clock.set(datetime(2026, 11, day, 9, tzinfo=UTC))
        service.clock_in(employee.id)
        if day == 16:
            clock.set(datetime(2026, 11, day, 12, tzinfo=UTC))
            service.start_break(employee.id, "Lunch")
            clock.set(datetime(2026, 11, day, 12, 30, tzinfo=UTC))
            service.end_break(employee.id)
        clock.set(datetime(2026, 11, day, 17, tzinfo=UTC))
        service.clock_out(employee.id)
    clock.set(datetime(2026, 11, 18, 8, tzinfo=UTC))
    service.clock_in(employee.id)
    clock.set(now)
    return employee


def test_the_home_window_and_day_detail_read_well(
    qtbot: QtBot, scheme: str, open_home, month
) -> None:
    home = open_home(month)
    calendar = home.window.home.calendar
    qtbot.mouseClick(calendar.cells[date(2026, 11, 16)], Qt.MouseButton.LeftButton)
    calendar.cells[date(2026, 11, 16)].setFocus()
    readings = text_readings(home.window)
    measured = {r.what for r in readings}
    # Not vacuous: worked, absent, weekend, upcoming and today's tiles, the metrics, the
    # clock button and the day detail are all among what was measured.
    for what in ("day 16 number", "day 16 caption", "day 17 caption", "day 14 number",
                 "day 25 number", "day 18 number"):  # fmt: skip
        assert what in measured
    for needle in ("'Clock out'", "#MetricValue '6'", "'7h 30m'", "'Start break'"):
        assert any(needle in what for what in measured), needle
    assert low_contrast(readings) == []


def test_the_first_run_form_reads_well(qtbot: QtBot, scheme: str) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show_first_run()
    window.show()
    qtbot.waitExposed(window)
    readings = text_readings(window)
    assert len(readings) > 5
    assert low_contrast(readings) == []


def test_a_dark_system_palette_gets_dark_tiles(
    qtbot: QtBot, qapp, runner, open_home, month, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The desktop's own dark palette (not ours): "system" follows it, tiles included."""
    desktop = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#f0f0f0"),
                         (QPalette.ColorRole.WindowText, "#f0f0f0"),
                         (QPalette.ColorRole.Button, "#3a3a3a"),
                         (QPalette.ColorRole.ButtonText, "#f0f0f0")):  # fmt: skip
        desktop.setColor(role, colour)
    monkeypatch.setattr(theme, "_system_palette", desktop)
    theme.apply_theme(qapp, "system")
    try:
        home = open_home(month)
        assert theme.is_dark(home.window.palette())
        worked = home.window.home.calendar.cells[date(2026, 11, 16)]
        assert worked._fill.name() == theme.DARK_STATUS[worked.day.status].fill
        assert low_contrast(text_readings(home.window)) == []
    finally:
        monkeypatch.undo()
        theme.apply_theme(qapp)


def test_the_break_buttons_icon_stands_out(qtbot: QtBot, scheme: str, open_home, month) -> None:
    """WCAG's 3:1 for a control's graphics. Found before: the icon's dark grey strokes were
    all but invisible on the dark theme's buttons."""
    home = open_home(month)
    button = home.window.home.clock.break_button
    image = home.window.grab().toImage()
    corner = button.mapTo(home.window, button.rect().topLeft())
    # The icon's place: the button's left end, inside its border, before the text.
    area = QRect(corner.x() + 8, corner.y() + 5, 26, button.height() - 10)
    reading = measure(image, area, "break icon")
    assert reading is not None and reading.ratio >= 3, reading
