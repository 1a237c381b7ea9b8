"""`attendance-desktop export --month YYYY-MM --format csv|pdf --output FILE [--data-dir DIR]`:
the month report of the local store's employee, for scripts (the same files as File → Export).

The employee is the one the app opens (the settings' employee, else the first); the daily
target is the settings' own. Errors are the app's plain words on stderr, exit status 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from .core.clock import SystemClock
from .core.errors import AttendanceError, EmployeeNotFound, InvalidMonth
from .core.month_report import report_rows, write_csv
from .core.rules import metrics_from_days
from .launch import machine_timezone, open_local_store
from .paths import app_paths
from .settings import load_settings


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="attendance-desktop export",
        description="Write one month of your attendance as CSV or PDF (from the local store).",
    )
    parser.add_argument("--month", required=True, metavar="YYYY-MM", help="e.g. 2026-11")
    parser.add_argument("--format", required=True, choices=("csv", "pdf"))
    parser.add_argument("--output", required=True, type=Path, metavar="FILE")
    parser.add_argument("--data-dir", type=Path, metavar="DIR", help="the app's data folder")
    return parser


def parse_month(text: str) -> tuple[int, int]:
    year, _, month = text.partition("-")
    if not (len(year) == 4 and year.isdigit() and len(month) == 2 and month.isdigit()):
        raise InvalidMonth(f"The month must look like 2026-11, not {text!r}.")
    if not 1 <= int(month) <= 12:
        raise InvalidMonth()
    return int(year), int(month)


def main(argv: Sequence[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        export(args.month, args.format, args.output, args.data_dir)
    except AttendanceError as error:
        print(f"attendance-desktop export: {error.message}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"attendance-desktop export: cannot write {args.output}: {error.strerror}",
              file=sys.stderr)  # fmt: skip
        return 1
    return 0


def export(month_text: str, fmt: str, output: Path, data_dir: Path | None) -> None:
    from .qt.formatting import zone_named

    year, month = parse_month(month_text)
    paths = app_paths(data_dir)
    settings = load_settings(paths.settings_path)
    timezone, clock = machine_timezone(), SystemClock()
    if fmt == "pdf":  # in the app's language, holiday names too; the CSV keeps the API's words
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a file is written, no window
        from PySide6.QtGui import QGuiApplication

        from .qt.i18n import install_language

        app = QGuiApplication.instance() or QGuiApplication([])
        _translators = install_language(app, settings.language)
    service = open_local_store(paths, clock, timezone)
    try:
        employees = service.employees()
        employee = next((e for e in employees if e.id == settings.employee_id), None)
        employee = employee or (employees[0] if employees else None)
        if employee is None:
            raise EmployeeNotFound("There is nobody in this store yet: open the app once first.")
        zone = zone_named(employee.timezone, timezone)
        today = clock.now().astimezone(zone).date()
        days = service.month_days(employee.id, year, month)  # FutureMonth for a later month
    finally:
        service.close()
    target = timedelta(hours=settings.daily_target_hours)
    if fmt == "csv":
        with output.open("w", encoding="utf-8", newline="") as out:
            write_csv(report_rows(days, zone, today, target), out)
        return
    from .qt.export.month_document import MonthReport, write_pdf

    metrics = metrics_from_days(year, month, days, today)
    write_pdf(MonthReport(employee, metrics, days, zone, today, target), str(output))
    if not output.exists():
        raise OSError(2, "the PDF could not be written")
