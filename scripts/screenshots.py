"""Render the correction screens to PNG for the docs, offscreen, from a throwaway store.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUT_DIR] [--dark] [--small] [--de]
    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUT_DIR] --team [--every-tab] ...

Writes the day detail of a corrected day with its history, the "Correct…" dialog and the
missed clock-out question (`docs/` by default). With `--team`, the team console instead:
who's in, the team month and the requests (`--every-tab`: the employees and kiosks too),
from `team_screens.py`. A fixed clock makes every run the same.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.corrections import Correction
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.qt.controllers.correction_controller import (
    CorrectionController,
)
from attendance_desktop.qt.controllers.home_controller import HomeController
from attendance_desktop.qt.i18n import install_language
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.theme import apply_theme
from attendance_desktop.qt.views.main_window import MainWindow
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

NOW = datetime(2026, 11, 30, 8, 5, tzinfo=UTC)  # a Monday morning
FRIDAY = datetime(2026, 11, 27, 8, 43, tzinfo=UTC)
MONDAY = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def settle(ms: int = 300) -> None:
    """Let queued results arrive and the window lay out (a script, not a test)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, out: Path, name: str) -> None:
    widget.grab().save(str(out / name))
    print(out / name)


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0] if args else "docs")
    suffix = ("-dark" if "--dark" in sys.argv else "") + ("-small" if "--small" in sys.argv else "")
    suffix += "-de" if "--de" in sys.argv else ""
    app = QApplication([])
    install_language(app, "de" if "--de" in sys.argv else "en")  # scripts/build-translations
    apply_theme(app, "dark" if "--dark" in sys.argv else "light")
    if "--team" in sys.argv:
        from team_screens import render

        size = (1024, 600) if "--small" in sys.argv else (1280, 800)
        with tempfile.TemporaryDirectory() as tmp:
            render(out, suffix, size, Path(tmp), settle, save, "--every-tab" in sys.argv)
        return
    with tempfile.TemporaryDirectory() as tmp:
        clock = FixedClock(MONDAY)
        service = LocalAttendanceService.open(
            sqlite_url(Path(tmp) / "a.sqlite3"), clock, default_timezone="UTC"
        )
        alice = service.add_employee(
            NewEmployee(first_name="Alice", last_name="Martin", email="alice@example.com")
        )
        service.clock_in(alice.id)
        clock.set(MONDAY + timedelta(hours=8))
        service.clock_out(alice.id)
        clock.set(FRIDAY)
        service.clock_in(alice.id)  # and never clocked out
        clock.set(NOW)
        session = service.sessions_between(alice.id, MONDAY.date(), MONDAY.date())[0]
        fix = Correction(
            MONDAY.date(), "Badge reader was down", session_id=session.id,
            clock_in=MONDAY - timedelta(minutes=45),
        )  # fmt: skip
        service.request_correction(alice.id, fix)

        runner = TaskRunner()
        window = MainWindow()
        window.resize(1024, 600) if "--small" in sys.argv else window.resize(1280, 800)
        home = HomeController(service, runner, window.home, alice, "UTC", window)
        window.show_home(alice.full_name)
        window.show()
        home.start()
        settle()
        corrections = CorrectionController(
            service, runner, home, window.home.day_detail, window, requests_need_approval=False
        )
        assert home.status is not None
        corrections.status_shown(home.status)
        settle()
        if corrections.question is not None:
            save(corrections.question, out, f"screenshot-missed-clock-out{suffix}.png")
            corrections.question.reject()
        home.show_day(MONDAY.date())
        settle()
        save(window, out, f"screenshot-corrected-day{suffix}.png")
        corrections.open_dialog()
        settle()
        if corrections.dialog is not None:
            save(corrections.dialog, out, f"screenshot-correction-dialog{suffix}.png")
            corrections.dialog.reject()
        runner.shutdown()
        service.close()


if __name__ == "__main__":
    main()
