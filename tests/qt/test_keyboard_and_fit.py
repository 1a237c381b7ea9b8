"""The home window by keyboard alone, and on small screens.

Found before: 14 Tabs and a Space clocked the user in without the focus ever being
visible; the window always opened at 1180x760 and at 200% scaling could not fit.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from rendering import cut_off

from attendance_desktop.qt import theme
from attendance_desktop.qt.views.day_cell import DayCell
from attendance_desktop.qt.views.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def edge_band(image: QImage, width: int = 3) -> list[int]:
    """The pixels of the outer band of a widget, where a focus ring is drawn."""
    rect = image.rect()
    return [
        image.pixel(x, y)
        for y in range(rect.height())
        for x in range(rect.width())
        if x < width or y < width or x >= rect.width() - width or y >= rect.height() - width
    ]


def tab_chain(qtbot: QtBot, window: QWidget, most: int = 80) -> list[QWidget]:
    """Every widget Tab reaches, in order, with how each looked with and without focus."""
    seen: list[QWidget] = []
    for _ in range(most):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        if widget is None or (seen and widget is seen[0]):
            break
        seen.append(widget)
    return seen


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_tab_reaches_every_control_each_named_and_drawn_with_its_ring(
    qtbot: QtBot, qapp, runner, open_home, employee, scheme: str
) -> None:
    theme.apply_theme(qapp, scheme)
    try:
        home = open_home(employee)
        home.window.activateWindow()
        qtbot.waitUntil(lambda: home.window.isActiveWindow())
        chain = tab_chain(qtbot, home.window)
        page = home.window.home
        for control in (page.clock.clock_button, page.calendar.picker, page.calendar.prev_button):
            assert control in chain
        assert any(isinstance(widget, DayCell) for widget in chain)  # arrows move between days
        for widget in chain:
            name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
            assert name, f"{type(widget).__name__} has no accessible name"
            widget.setFocus()
            ringed = edge_band(widget.grab().toImage())
            home.window.setFocus()  # the focus elsewhere: the ring must go
            widget.clearFocus()
            plain = edge_band(widget.grab().toImage())
            assert ringed != plain, f"{name}: no focus ring"
    finally:
        theme.apply_theme(qapp)


def test_space_enter_and_the_shortcuts_punch(qtbot: QtBot, open_home, employee) -> None:
    home = open_home(employee)
    home.window.activateWindow()
    qtbot.waitUntil(lambda: home.window.isActiveWindow())
    clock = home.window.home.clock
    clock.clock_button.setFocus()
    with qtbot.waitSignal(home.controller.punch_finished, timeout=10_000):
        qtbot.keyClick(clock.clock_button, Qt.Key.Key_Space)
    assert home.service.status(employee.id).clocked_in
    with qtbot.waitSignal(home.controller.punch_finished, timeout=10_000):
        qtbot.keyClick(clock.clock_button, Qt.Key.Key_Return)
    assert not home.service.status(employee.id).clocked_in

    assert home.window.clock_action.shortcut().toString() == "Ctrl+I"
    assert home.window.break_action.shortcut().toString() == "Ctrl+B"
    where = home.window.home.calendar.picker  # the shortcuts work wherever the focus is
    where.setFocus()
    with qtbot.waitSignal(home.controller.punch_finished, timeout=10_000):
        qtbot.keyClick(where, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(home.controller.punch_finished, timeout=10_000):
        qtbot.keyClick(where, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    status = home.service.status(employee.id)
    assert status.clocked_in and status.on_break


def test_the_window_opens_within_the_available_screen(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    area = window.screen().availableGeometry()
    assert area.contains(window.geometry())
    assert window.minimumWidth() <= 960 and window.minimumHeight() <= 540


@pytest.mark.parametrize("size", [(1024, 600), (960, 540)])
def test_the_home_page_fits_a_small_screen(
    qtbot: QtBot, open_home, employee, size: tuple[int, int]
) -> None:
    """1024x600, and 1920x1080 at 200% (960x540): all of the page's width is on screen,
    it scrolls down for the rest, and nothing is squeezed below its smallest size."""
    home = open_home(employee)
    home.window.resize(*size)
    qtbot.waitUntil(lambda: home.window.width() == size[0])
    scroll = home.window._home_scroll
    page = home.window.home
    scroll.widget().layout().activate()
    assert page.minimumSizeHint().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()
    assert cut_off(page) == []
    # What is below the fold is reachable: the page scrolls as far as its last widget.
    bottom = page.calendar.mapTo(page, QPoint(0, page.calendar.height()))
    assert bottom.y() <= scroll.viewport().height() + scroll.verticalScrollBar().maximum()
    buttons = [b for b in page.findChildren(QAbstractButton) if b.isVisible()]
    fields = [f for f in page.findChildren(QLineEdit) if f.isVisible()]
    for widget in buttons + fields:
        box = QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())
        assert page.rect().contains(box)
