"""GUI tests: offscreen Qt, a real SQLite store in tmp_path, a fixed clock, real threads."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from translations import english_catalogue  # noqa: F401  (autouse: the English plurals)

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import Employee, NewEmployee
from attendance_desktop.qt.controllers.home_controller import HomeController
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.theme import apply_theme
from attendance_desktop.qt.views.main_window import MainWindow
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

# Wednesday 18 November 2026, 14:00 UTC: mid-month, mid-week.
NOW = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)

ALICE = NewEmployee(
    first_name="Alice",
    last_name="Martin",
    email="alice@example.com",
    phone_number="+44 20 7946 0000",
    job_title="Engineer",
    department="Platform",
    timezone="UTC",
)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "attendance.sqlite3"


@pytest.fixture
def service(db_path: Path, clock: FixedClock) -> Iterator[LocalAttendanceService]:
    svc = LocalAttendanceService.open(sqlite_url(db_path), clock, default_timezone="UTC")
    yield svc
    svc.close()


@pytest.fixture
def employee(service: LocalAttendanceService) -> Employee:
    return service.add_employee(ALICE)


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    apply_theme(qapp)  # type: ignore[arg-type]
    task_runner = TaskRunner()
    yield task_runner
    task_runner.shutdown()


@dataclass
class Home:
    window: MainWindow
    controller: HomeController
    service: LocalAttendanceService
    employee: Employee
    clock: FixedClock


@pytest.fixture
def open_home(qtbot: QtBot, service: LocalAttendanceService, runner: TaskRunner, clock: FixedClock):  # type: ignore[no-untyped-def]
    """Open the home window for an employee and wait until its data is on screen."""

    def opener(employee: Employee, **options: Any) -> Home:
        """`options` go to the controller (a monotonic clock, the undo time)."""
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1024, 700)
        controller = HomeController(
            service, runner, window.home, employee, "UTC", window, **options
        )
        window.show_home(employee.full_name)
        window.show()
        with qtbot.waitSignal(controller.data_shown, timeout=10_000):
            controller.start()
        return Home(window, controller, service, employee, clock)

    return opener
