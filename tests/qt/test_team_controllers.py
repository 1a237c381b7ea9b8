"""The console's controllers over the one TaskRunner: refreshing who's in (every few
seconds, on demand, a banner on failure keeping the last data), the team's month (newest
answer wins) and a person's month with a day's history.

The admin service's implementations are not in this tree yet, so these run against
`PlainTeam`: the few read methods the views need, answering plain data, on the real
worker thread. The end-to-end runs against the local store and the server come with them.
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from team_fixtures import ALICE, NOW, month_days, presences, team_month

from attendance_desktop.core.admin_service import PersonMonth, Presence
from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.corrections import AuditAction, AuditEntry
from attendance_desktop.core.errors import AttendanceError, ServiceUnavailable
from attendance_desktop.core.models import DayRecord
from attendance_desktop.qt.controllers.team.presence_controller import (
    REFRESH_MS,
    PresenceController,
)
from attendance_desktop.qt.controllers.team.team_month_controller import TeamMonthController
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.views.team.month_view import TeamMonthView
from attendance_desktop.qt.views.team.presence_view import PresenceView

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


class PlainTeam:
    """Answers the console's read calls with plain data; `failing` makes the next ones
    raise, as a server out of reach does. Records on which thread each call ran."""

    def __init__(self) -> None:
        self.people = presences()
        self.failing: AttendanceError | None = None
        self.calls: list[tuple[str, Any]] = []
        self.gate: threading.Event | None = None  # holds team_month until set

    def _call(self, name: str, *args: Any) -> None:
        self.calls.append((name, threading.current_thread() is threading.main_thread()))
        if self.failing is not None:
            raise self.failing

    def presence(self) -> list[Presence]:
        self._call("presence")
        return list(self.people)

    def team_month(self, year: int, month: int, employee_ids: Any = None) -> list[PersonMonth]:
        self._call("team_month", year, month)
        if self.gate is not None and (year, month) == (2026, 10):
            self.gate.wait(5)
        return team_month()[: month - 5]  # a different size per month, to tell them apart

    def person_days(self, employee_id: int, year: int, month: int) -> list[DayRecord]:
        self._call("person_days")
        return month_days(employee_id, year, month)

    def day_history(self, employee_id: int, day: date) -> list[AuditEntry]:
        self._call("day_history")
        return [
            AuditEntry(1, employee_id, day, AuditAction.ADMIN_EDIT, 99,
                       datetime(2026, 11, 17, 9, tzinfo=UTC), "Badge reader down"),
            AuditEntry(2, employee_id, day, AuditAction.CORRECTION_APPLIED, employee_id,
                       datetime(2026, 11, 17, 10, tzinfo=UTC), "Forgot to clock out"),
        ]  # fmt: skip


@pytest.fixture
def team() -> PlainTeam:
    return PlainTeam()


@pytest.fixture
def who(qtbot: QtBot) -> PresenceView:
    view = PresenceView("UTC")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_who_is_in_shows_at_start_off_the_gui_thread_and_every_five_seconds(
    qtbot: QtBot, runner: TaskRunner, team: PlainTeam, who: PresenceView
) -> None:
    controller = PresenceController(team, runner, who)  # type: ignore[arg-type]
    assert controller.timer.interval() == REFRESH_MS == 5_000
    with qtbot.waitSignal(controller.shown) as shown:
        controller.start()
    assert shown.args == [7] and len(who.shown_names) == 7
    assert team.calls == [("presence", False)]  # on the worker, never the GUI thread
    team.people = team.people[:3]
    with qtbot.waitSignal(controller.shown) as shown:
        controller.timer.timeout.emit()  # the timer's tick, without waiting 5 s
    assert shown.args == [3] and len(who.shown_names) == 3
    controller.stop()


def test_a_timed_refresh_is_skipped_while_the_tab_is_hidden(
    qtbot: QtBot, runner: TaskRunner, team: PlainTeam, who: PresenceView
) -> None:
    controller = PresenceController(team, runner, who, interval_ms=10)  # type: ignore[arg-type]
    who.hide()
    ticks: list[int] = []
    controller.timer.timeout.connect(lambda: ticks.append(1))
    controller.timer.start()
    qtbot.waitUntil(lambda: len(ticks) >= 3)
    controller.stop()
    assert team.calls == []


def test_the_refresh_button_asks_now(
    qtbot: QtBot, runner: TaskRunner, team: PlainTeam, who: PresenceView
) -> None:
    controller = PresenceController(team, runner, who)  # type: ignore[arg-type]
    with qtbot.waitSignal(controller.shown):
        qtbot.mouseClick(who.refresh_button, Qt.MouseButton.LeftButton)
    assert len(who.shown_names) == 7


def test_a_failed_refresh_shows_a_banner_and_keeps_the_last_people(
    qtbot: QtBot, runner: TaskRunner, team: PlainTeam, who: PresenceView
) -> None:
    controller = PresenceController(team, runner, who)  # type: ignore[arg-type]
    with qtbot.waitSignal(controller.shown):
        controller.refresh()
    team.failing = ServiceUnavailable()
    with qtbot.waitSignal(controller.failed) as failed:
        controller.refresh()
    assert failed.args[0] == (
        "Could not refresh who's in: The attendance server cannot be reached. Check the "
        "network and try again. The list below may be out of date."
    )
    assert who.banner.isVisible() and who.banner.text == failed.args[0]
    assert len(who.shown_names) == 7  # the last data stays
    team.failing = None
    with qtbot.waitSignal(controller.shown):
        controller.refresh()
    assert not who.banner.isVisible()


@pytest.fixture
def month_view(qtbot: QtBot) -> TeamMonthView:
    view = TeamMonthView()
    qtbot.addWidget(view)
    view.resize(1000, 560)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_team_month_starts_on_this_month_and_the_newest_answer_wins(
    qtbot: QtBot, runner: TaskRunner, team: PlainTeam, month_view: TeamMonthView
) -> None:
    controller = TeamMonthController(team, runner, month_view, FixedClock(NOW), "UTC")  # type: ignore[arg-type]
    with qtbot.waitSignal(controller.month_shown) as shown:
        controller.start()
    assert shown.args == [2026, 11, 6]
    assert month_view.picker.text() == "November 2026"
    team.gate = threading.Event()  # October is slow to answer; September is asked after it
    shown_months: list[tuple[int, int]] = []
    controller.month_shown.connect(lambda y, m, _n: shown_months.append((y, m)))
    controller.show_month(2026, 10)
    controller.show_month(2026, 9)
    team.gate.set()
    qtbot.waitUntil(lambda: runner.pending == 0)
    assert shown_months == [(2026, 9)]
    assert month_view.picker.text() == "September 2026"
    assert month_view.model.rowCount() == 4


def test_a_failed_month_shows_a_banner_over_the_month_shown(
    qtbot: QtBot, runner: TaskRunner, team: PlainTeam, month_view: TeamMonthView
) -> None:
    controller = TeamMonthController(team, runner, month_view, FixedClock(NOW), "UTC")  # type: ignore[arg-type]
    with qtbot.waitSignal(controller.month_shown):
        controller.start()
    team.failing = ServiceUnavailable()
    with qtbot.waitSignal(controller.failed) as failed:
        controller.show_month(2026, 10)
    assert failed.args[0].startswith("Could not show October 2026: The attendance server")
    assert month_view.banner.isVisible()
    assert month_view.picker.text() == "November 2026" and month_view.model.rowCount() == 6


@pytest.mark.qt_log_ignore("does not support propagateSizeHints", "does not support raise")
def test_a_double_click_opens_the_persons_month_with_a_days_history(
    qtbot: QtBot, runner: TaskRunner, team: PlainTeam, month_view: TeamMonthView
) -> None:
    controller = TeamMonthController(team, runner, month_view, FixedClock(NOW), "UTC")  # type: ignore[arg-type]
    with qtbot.waitSignal(controller.month_shown):
        controller.start()
    table = month_view.table
    where = table.visualRect(month_view.day_index(2, date(2026, 11, 4))).center()
    with qtbot.waitSignal(controller.person_opened) as opened:
        qtbot.mousePress(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseRelease(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    person = opened.args[0]
    assert person.employee == ALICE
    dialog = person.parent()
    qtbot.waitUntil(lambda: dialog.calendar.shown_month == (2026, 11))
    assert dialog.isVisible() and dialog.windowTitle() == "Alice Martin's month"
    assert not dialog.detail.correct_button.isVisible()  # read-only
    with qtbot.waitSignal(person.day_shown):
        qtbot.mouseClick(dialog.calendar.cells[date(2026, 11, 10)], Qt.MouseButton.LeftButton)
    assert dialog.detail.title_label.text() == "Tuesday\n10 November 2026"
    history = dialog.detail.history.history_text
    assert "by administrator #99, 17 Nov 09:00" in history
    assert "by Alice, 17 Nov 10:00" in history  # her own change, named for the admin
    assert "Why: Forgot to clock out" in history
    with qtbot.waitSignal(person.month_shown) as shown:
        qtbot.mouseClick(dialog.calendar.prev_button, Qt.MouseButton.LeftButton)
    assert shown.args == [2026, 10]
    dialog.close()
