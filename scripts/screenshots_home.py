"""Render the home window and its companions to PNG for the README, offscreen, from a
throwaway demo store (three months of history) and a fixed clock, so every run is the same.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_home.py [OUT_DIR]

Writes, in light and dark and in German: the home window at 1280x800 and 1024x600
(`screenshot-home*.png`), the Settings dialog (`screenshot-settings*.png`), the tray's menu
(`screenshot-tray-menu.png`) and the first page of the month's PDF report
(`screenshot-month-pdf.png`, needs `pdftoppm` from poppler-utils). Needs the translations
built (scripts/build-translations).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.demo import fill_demo
from attendance_desktop.qt.controllers.home_controller import HomeController
from attendance_desktop.qt.controllers.tray_controller import TrayController
from attendance_desktop.qt.export.month_document import MonthReport, write_pdf
from attendance_desktop.qt.i18n import install_language
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.theme import apply_theme
from attendance_desktop.qt.views.main_window import MainWindow
from attendance_desktop.qt.views.settings_dialog import SettingsDialog
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

NOW = datetime(2026, 11, 18, 14, 5, tzinfo=UTC)  # a Wednesday afternoon, clocked in


class ScriptTray:
    """No desktop tray offscreen: the menu is shown on its own."""

    def set_state(self, icon: object, tooltip: str) -> None: ...
    def set_menu(self, menu: object) -> None: ...
    def on_activated(self, callback: object) -> None: ...
    def notify(self, title: str, text: str) -> None: ...
    def show(self) -> None: ...
    def hide(self) -> None: ...


def settle(ms: int = 300) -> None:
    """Let queued results arrive and the window lay out (a script, not a test)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, out: Path, name: str) -> None:
    widget.grab().save(str(out / name))
    print(out / name)


def render(app: QApplication, service: LocalAttendanceService, out: Path, look: str) -> None:
    """One look ("", "-dark" or "-de"): the home window at two sizes and Settings."""
    install_language(app, "de" if look == "-de" else "en")
    apply_theme(app, "dark" if look == "-dark" else "light")
    alice = service.employees()[0]
    runner = TaskRunner()
    window = MainWindow()
    home = HomeController(service, runner, window.home, alice, "UTC", window)
    window.show_home(alice.full_name)
    window.show()
    home.start()
    settle(600)
    home.show_day(NOW.date().replace(day=16))
    for size, tail in (((1280, 800), ""), ((1024, 600), "-small")):
        window.resize(*size)
        settle()
        save(window, out, f"screenshot-home{look}{tail}.png")
    dialog = SettingsDialog(["Europe/Berlin", "UTC"], window)
    dialog.show()
    settle()
    save(dialog, out, f"screenshot-settings{look}.png")
    dialog.close()
    if look == "":
        tray = TrayController(ScriptTray(), window)
        tray.attach(home)
        settle()
        menu = tray.menu
        menu.show()
        settle()
        save(menu, out, "screenshot-tray-menu.png")
        menu.close()
        shown = home.shown_month
        if shown is not None and home.status is not None and shutil.which("pdftoppm"):
            metrics, days = shown
            report = MonthReport(
                alice, metrics, days, home.zone, home.status.today, home.daily_target
            )
            pdf = out / "month.pdf"
            write_pdf(report, str(pdf))
            subprocess.run(
                ["pdftoppm", "-png", "-r", "60", "-singlefile", str(pdf),
                 str(out / "screenshot-month-pdf")],
                check=True,
            )  # fmt: skip
            pdf.unlink()
            print(out / "screenshot-month-pdf.png")
    window.close()
    runner.shutdown()


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    app = QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        clock = FixedClock(NOW)
        service = LocalAttendanceService.open(
            sqlite_url(Path(tmp) / "demo.sqlite3"), clock, default_timezone="UTC"
        )
        fill_demo(service, clock)
        for look in ("", "-dark", "-de"):
            render(app, service, out, look)
        service.close()


if __name__ == "__main__":
    main()
