"""Against a real server on 127.0.0.1 an employee's correction is a request: the day shows
it as waiting with the proposed values, then the administrator's decision and comment."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot
from server.live import NOW, Live, live_server

from attendance_desktop.core.corrections import Correction, CorrectionStatus, LeaveType
from attendance_desktop.qt.controllers.correction_controller import CorrectionController
from attendance_desktop.qt.controllers.home_controller import HomeController
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.views.main_window import MainWindow
from attendance_desktop.remote.service import RemoteAttendanceService

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
MONDAY = (NOW - timedelta(days=2)).replace(hour=9)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Live]:
    with live_server(f"sqlite+pysqlite:///{tmp_path / 'server.sqlite3'}") as live:
        yield live


def test_a_correction_waits_for_the_administrator_then_shows_the_decision(
    qtbot: QtBot, server: Live, runner: TaskRunner
) -> None:
    eve = server.add_employee("Eve", timezone="UTC")
    admin = server.add_employee("Root", role="admin")
    server.clock.set(MONDAY)
    server.ctx.service.clock_in(eve)
    server.clock.set(MONDAY + timedelta(hours=8))
    server.ctx.service.clock_out(eve)
    server.clock.set(NOW)
    token = server.sign_in("Eve")["Authorization"].removeprefix("Bearer ")
    service = RemoteAttendanceService(server.base_url, token)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 700)
    employee = service.employee(eve)
    home = HomeController(service, runner, window.home, employee, "UTC", window)
    window.show_home(employee.full_name)
    window.show()
    with qtbot.waitSignal(home.data_shown, timeout=10_000):
        home.start()
    corrections = CorrectionController(
        service, runner, home, window.home.day_detail, window, requests_need_approval=True
    )
    detail = window.home.day_detail
    try:
        with qtbot.waitSignal(corrections.history_shown, timeout=10_000):
            qtbot.mouseClick(window.home.calendar.cells[MONDAY.date()], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(detail.correct_button, Qt.MouseButton.LeftButton)
        dialog = corrections.dialog
        assert dialog is not None and dialog.submit_button.text() == "Send request"
        dialog.end.setTime(QTime(18, 15))
        qtbot.keyClicks(dialog.reason, "Stayed for the release")
        with qtbot.waitSignals([corrections.corrected, corrections.history_shown], timeout=10_000):
            qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)

        assert detail.history.request_text == (
            "Waiting for an administrator: session: clock-in 09:00, clock-out 18:15. "
            "Why: Stayed for the release"
        )
        assert detail.last_out.text() == "17:00"  # unchanged until approved

        (request,) = server.ctx.service.correction_requests(CorrectionStatus.PENDING)
        server.ctx.service.decide_correction(
            request.id, approve=False, actor_id=admin, comment="The release was on Tuesday"
        )
        with qtbot.waitSignal(corrections.history_shown, timeout=10_000):
            qtbot.mouseClick(window.home.calendar.cells[MONDAY.date()], Qt.MouseButton.LeftButton)
        assert detail.history.request_text.startswith("Rejected: session:")
        assert "Administrator's comment: The release was on Tuesday" in (
            detail.history.request_text
        )
        assert detail.last_out.text() == "17:00"
    finally:
        corrections.stop()
        home.stop()
        service.close()


def test_removing_a_leave_day_waits_for_the_administrator(
    qtbot: QtBot, server: Live, runner: TaskRunner
) -> None:
    eve = server.add_employee("Eve", timezone="UTC")
    admin = server.add_employee("Root", role="admin")
    monday = MONDAY.date()
    server.ctx.service.submit_correction(
        eve, Correction(monday, "Booked", leave_type=LeaveType.VACATION), actor_id=admin,
        by_admin=True,
    )  # fmt: skip
    token = server.sign_in("Eve")["Authorization"].removeprefix("Bearer ")
    service = RemoteAttendanceService(server.base_url, token)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 700)
    employee = service.employee(eve)
    home = HomeController(service, runner, window.home, employee, "UTC", window)
    window.show_home(employee.full_name)
    window.show()
    with qtbot.waitSignal(home.data_shown, timeout=10_000):
        home.start()
    corrections = CorrectionController(
        service, runner, home, window.home.day_detail, window, requests_need_approval=True
    )
    detail = window.home.day_detail
    try:
        with qtbot.waitSignal(corrections.history_shown, timeout=10_000):
            qtbot.mouseClick(window.home.calendar.cells[monday], Qt.MouseButton.LeftButton)
        qtbot.mouseClick(detail.correct_button, Qt.MouseButton.LeftButton)
        dialog = corrections.dialog
        assert dialog is not None and dialog.kind.currentText() == "Remove leave"
        qtbot.keyClicks(dialog.reason, "I came in after all")
        with qtbot.waitSignals([corrections.corrected, corrections.history_shown], timeout=10_000):
            qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
        assert detail.history.request_text.split("\n\n") == [
            "Approved: vacation leave. Why: Booked",  # the administrator's, applied at once
            "Waiting for an administrator: remove the leave. Why: I came in after all",
        ]
        assert detail.status_label.text().startswith("Leave")  # until approved

        (request,) = server.ctx.service.correction_requests(CorrectionStatus.PENDING)
        server.ctx.service.decide_correction(request.id, approve=True, actor_id=admin)
        with qtbot.waitSignal(home.data_shown, timeout=10_000):
            home.refresh()
        with qtbot.waitSignal(corrections.history_shown, timeout=10_000):
            qtbot.mouseClick(window.home.calendar.cells[monday], Qt.MouseButton.LeftButton)
        assert not detail.status_label.text().startswith("Leave")
        assert "Leave removed by administrator" in detail.history.history_text
    finally:
        corrections.stop()
        home.stop()
        service.close()
