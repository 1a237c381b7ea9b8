"""The list of a day's sessions: right rows, and a busy day that costs in proportion."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from attendance_desktop.core.models import WorkSession
from attendance_desktop.qt.views.session_list import SessionList

# The offscreen platform says this of every top-level window it shows.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
DAY = date(2026, 11, 2)
START = datetime(2026, 11, 2, 0, 5, tzinfo=UTC)


def _sessions(count: int) -> list[WorkSession]:
    return [
        WorkSession(
            id=n + 1,
            employee_id=1,
            local_date=DAY,
            clock_in=START + timedelta(minutes=2 * n),
            clock_out=START + timedelta(minutes=2 * n + 1),
        )
        for n in range(count)
    ]


def _shown_list(qtbot: QtBot) -> SessionList:
    """A list inside a shown window, as in the day detail and the clock panel."""
    window = QWidget()
    qtbot.addWidget(window)
    listing = SessionList("No sessions on this day.", window)
    QVBoxLayout(window).addWidget(listing)
    window.show()
    qtbot.waitExposed(window)
    _windows.append(window)  # kept alive until the test ends (qtbot closes them)
    return listing


_windows: list[QWidget] = []


def _fill_seconds(listing: SessionList, count: int) -> float:
    sessions = _sessions(count)
    # The GUI thread's CPU time: on a busy machine, waiting for a core is not the list's cost.
    started = time.thread_time()
    listing.set_sessions(sessions, ZoneInfo("UTC"), None)
    QApplication.processEvents()
    return time.thread_time() - started


def test_a_busy_day_lists_every_session_in_order(qtbot: QtBot) -> None:
    listing = _shown_list(qtbot)
    listing.set_sessions(_sessions(300), ZoneInfo("UTC"), None)
    texts = listing.texts()
    assert len(texts) == 600  # a span and its worked time per session
    assert texts[0].startswith("00:05") and texts[-2].startswith("10:03")
    assert listing.isVisible()


def test_a_busy_day_costs_in_proportion_to_its_sessions(qtbot: QtBot) -> None:
    # A stuck badge reader makes hundreds of sessions in a day. Showing each row of a
    # visible grid laid the whole grid out again: 4x the sessions cost 13x the time, and
    # 400 sessions kept the home window from its data for 48 s. Linear is 4x; allow noise.
    small = min(_fill_seconds(_shown_list(qtbot), 200) for _ in range(3))
    large = min(_fill_seconds(_shown_list(qtbot), 800) for _ in range(3))
    assert large / small < 8, f"200 sessions: {small:.3f} s, 800 sessions: {large:.3f} s"
