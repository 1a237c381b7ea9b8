"""Target and balance on the metrics panel, and the month exported and printed from File."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import Employee
from attendance_desktop.qt.controllers.export_controller import ExportController
from attendance_desktop.qt.export.month_document import report_html
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.views.metrics_panel import shown_figures
from attendance_desktop.storage.local_service import LocalAttendanceService

NOW = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)  # the clock fixture's time


@pytest.fixture
def worked_monday(
    service: LocalAttendanceService, employee: Employee, clock: FixedClock
) -> Employee:
    """Monday 16 November 2026: 08:00-16:30 with a 45-minute break, 7.75 h worked."""
    at = lambda h, m=0: datetime(2026, 11, 16, h, m, tzinfo=UTC)  # noqa: E731
    clock.set(at(8))
    service.clock_in(employee.id)
    clock.set(at(12))
    service.start_break(employee.id, "Lunch")
    clock.set(at(12, 45))
    service.end_break(employee.id)
    clock.set(at(16, 30))
    service.clock_out(employee.id)
    clock.set(NOW)
    return employee


def exporter(home: Any, runner: TaskRunner, path: Path) -> ExportController:
    def choose_printer(_parent: object) -> QPrinter:
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path.with_suffix(".printed.pdf")))
        return printer

    export = ExportController(
        home.window, runner, choose_path=lambda _p, _s: str(path), choose_printer=choose_printer
    )
    export.attach(home.controller)
    return export


def test_metrics_show_the_target_so_far_and_the_balance(open_home, worked_monday) -> None:  # type: ignore[no-untyped-def]
    home = open_home(worked_monday)
    metrics = home.window.home.metrics
    # 12 working days from the 2nd to the 17th owe 8 h each; 7.75 h were worked.
    assert metrics.value_label("target_hours").text() == "96.00 h"
    assert metrics.value_label("balance").text() == "-88.25 h"
    assert metrics.chart.hours[15] == 7.75 and len(metrics.chart.hours) == 30
    assert "month target 168.00 h" in metrics.note.text()  # 21 working days
    home.controller.set_daily_target(timedelta(hours=7))
    assert metrics.value_label("target_hours").text() == "84.00 h"


def test_the_day_detail_shows_the_days_balance(qtbot: QtBot, open_home, worked_monday) -> None:  # type: ignore[no-untyped-def]
    home = open_home(worked_monday)
    detail, cells = home.window.home.day_detail, home.window.home.calendar.cells
    qtbot.mouseClick(cells[NOW.date() - timedelta(days=2)], Qt.MouseButton.LeftButton)
    shown = lambda: (detail.target.text(), detail.balance.text())  # noqa: E731
    assert shown() == ("8.00 h", "-0.25 h")  # 7.75 h of 8
    qtbot.mouseClick(cells[NOW.date() - timedelta(days=1)], Qt.MouseButton.LeftButton)
    assert shown() == ("8.00 h", "-8.00 h")  # absent: owes the whole day
    qtbot.mouseClick(cells[NOW.date() + timedelta(days=1)], Qt.MouseButton.LeftButton)
    assert shown() == ("8.00 h, not due yet", "\u2013")
    qtbot.mouseClick(cells[NOW.date() + timedelta(days=3)], Qt.MouseButton.LeftButton)  # Saturday
    assert shown() == ("None (a day off)", "\u2013")
    home.controller.set_daily_target(timedelta(hours=7))
    qtbot.mouseClick(cells[NOW.date() - timedelta(days=2)], Qt.MouseButton.LeftButton)
    assert shown() == ("7.00 h", "+0.75 h")


def test_export_is_off_until_a_month_is_shown(
    qtbot: QtBot, runner: TaskRunner, open_home, worked_monday, tmp_path: Path
) -> None:
    home = open_home(worked_monday)
    export = exporter(home, runner, tmp_path / "m.csv")
    assert home.window.export_action.isEnabled()
    export.attach(None)
    assert not home.window.export_action.isEnabled()
    assert not home.window.print_action.isEnabled()


def test_csv_export_matches_the_screen(
    qtbot: QtBot, runner: TaskRunner, open_home, worked_monday, tmp_path: Path
) -> None:
    home = open_home(worked_monday)
    export = exporter(home, runner, tmp_path / "november.csv")
    with qtbot.waitSignal(export.exported, timeout=10_000):
        home.window.export_action.trigger()
    rows = list(csv.DictReader((tmp_path / "november.csv").read_text("utf-8").splitlines()))
    assert len(rows) == 30
    metrics = home.window.home.metrics
    worked = sum(float(r["worked_hours"]) for r in rows)
    target = sum(float(r["target_hours"]) for r in rows)
    assert f"{worked:.2f} h" == metrics.value_label("worked_hours").text()
    assert f"{target:.2f} h" == metrics.value_label("target_hours").text()
    assert f"{worked - target:+.2f} h" == metrics.value_label("balance").text()
    assert "exported to" in home.window.home.banner.text_label.text()


def test_pdf_export_and_printing_carry_the_screen_figures(
    qtbot: QtBot, runner: TaskRunner, open_home, worked_monday, tmp_path: Path
) -> None:
    home = open_home(worked_monday)
    export = exporter(home, runner, tmp_path / "november.pdf")
    with qtbot.waitSignal(export.exported, timeout=10_000):
        home.window.export_action.trigger()
    assert (tmp_path / "november.pdf").read_bytes().startswith(b"%PDF")
    report = export.report()
    assert report is not None
    html = report_html(report)
    metrics = home.window.home.metrics
    for key in shown_figures(report.metrics, home.controller.balance()):
        assert f">{metrics.value_label(key).text()}<" in html
    assert "08:00 \u2013 16:30; break 12:00 \u2013 12:45" in html  # the day's session and break
    with qtbot.waitSignal(export.exported, timeout=10_000):
        home.window.print_action.trigger()
    assert (tmp_path / "november.printed.pdf").read_bytes().startswith(b"%PDF")
