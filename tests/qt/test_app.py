"""Starting the app: one instance per data folder, readable start-up failures, smoke test."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.launch import LaunchOptions, open_local_store
from attendance_desktop.paths import app_paths
from attendance_desktop.qt import app as app_module
from attendance_desktop.qt.app import (
    EXIT_ALREADY_OPEN,
    EXIT_OK,
    EXIT_STORAGE,
    FIRST_PAINT_WAIT_MS,
    after_first_paint,
    run,
)
from attendance_desktop.qt.views.main_window import MainWindow
from attendance_desktop.settings import Settings, load_settings, save_settings

NOW = datetime(2026, 11, 18, 14, 0, tzinfo=UTC)


def options(root: Path, **extra: object) -> LaunchOptions:
    return LaunchOptions(paths=app_paths(root), chosen_timezone="UTC", **extra)  # type: ignore[arg-type]


def answer_message_box(seen: list[str]) -> Callable[[], None]:
    """Read the message box the app shows, then press OK, as a person would."""

    def check() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(20, check)

    return check


# The offscreen platform has no window manager to hand the message box's size hints to.
OFFSCREEN_BOX = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@OFFSCREEN_BOX
def test_a_second_instance_on_the_same_data_folder_is_refused(qapp: object, tmp_path: Path) -> None:
    opts = options(tmp_path)
    opts.paths.lock_path.parent.mkdir(parents=True)
    first = QLockFile(str(opts.paths.lock_path))
    assert first.tryLock(0)  # the first instance holds the folder
    seen: list[str] = []
    QTimer.singleShot(0, answer_message_box(seen))
    try:
        assert run(opts) == EXIT_ALREADY_OPEN
    finally:
        first.unlock()
    assert seen and "already open for this data folder" in seen[0]
    assert not opts.paths.db_path.exists()  # nothing was opened or created


@OFFSCREEN_BOX
def test_a_damaged_store_is_explained_and_left_untouched(qapp: object, tmp_path: Path) -> None:
    opts = options(tmp_path)
    opts.paths.data_dir.mkdir(parents=True)
    garbage = b"this is not a database" * 100
    opts.paths.db_path.write_bytes(garbage)
    seen: list[str] = []
    QTimer.singleShot(0, answer_message_box(seen))

    assert run(opts) == EXIT_STORAGE

    assert seen and "damaged" in seen[0] and str(opts.paths.data_dir) in seen[0]
    assert f"put back a copy of {opts.paths.db_path.name} from a backup" in seen[0]
    assert "Traceback" not in seen[0]
    assert opts.paths.db_path.read_bytes() == garbage
    assert not opts.paths.lock_path.exists()  # released for the next start


@pytest.mark.parametrize("demo", [True, False])
def test_smoke_test_prints_its_timings_and_exits_cleanly(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str], demo: bool
) -> None:
    opts = options(tmp_path, demo=demo, smoke_test=True, process_start=1.0)

    assert run(opts, FixedClock(NOW)) == EXIT_OK

    lines = [
        json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")
    ]
    # First a line at the first paint (a parent times its arrival), then the report.
    expected = ["painted", "data", "smoke-test"] if demo else ["painted", "smoke-test"]
    assert [line["event"] for line in lines] == expected
    report = lines[-1]
    assert report["event"] == "smoke-test"
    assert report["window_painted_s"] > 0 and report["peak_rss_mib"] > 0
    if demo:
        assert report["data_shown_s"] >= report["window_painted_s"]
        assert report["process_start_to_painted_s"] == report["data_shown_s"]
        assert load_settings(opts.paths.settings_path).employee_id is not None
    else:  # an empty store opens on the first-run form: no data to show
        assert report["data_shown_s"] is None


def test_the_remembered_employee_is_opened(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FixedClock(NOW)
    opts = options(tmp_path, smoke_test=True)
    service = open_local_store(opts.paths, clock, "UTC")
    service.add_employee(NewEmployee("Ann", "One", "ann@example.com"))
    second = service.add_employee(NewEmployee("Ben", "Two", "ben@example.com"))
    service.close()
    save_settings(opts.paths.settings_path, Settings(employee_id=second.id))
    titles: list[str] = []
    finish = app_module.SmokeTest._finish

    def look_then_finish(self: app_module.SmokeTest, data_at: float | None) -> None:
        titles.extend(
            w.windowTitle()
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and isinstance(w, MainWindow)
        )
        finish(self, data_at)

    monkeypatch.setattr(app_module.SmokeTest, "_finish", look_then_finish)

    assert run(opts, clock) == EXIT_OK

    # The platform adds " — Attendance Desktop" (the display name) to the title itself.
    assert titles == ["Ben Two"]


def test_the_gui_module_loads_where_python_has_no_resource_module() -> None:
    # Windows has no `resource`; the GUI used to import it at the top and could not start.
    code = (
        "import sys; sys.modules['resource'] = None\n"
        "from attendance_desktop.qt import app\n"
        "print(app._peak_rss_mib())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0.0"


def start_for_real(root: Path, *command: str) -> list[dict[str, Any]]:
    """A store with Ann in `root`, then `python COMMAND... root` run to its end, offscreen:
    its JSON lines."""
    service = open_local_store(options(root).paths, FixedClock(NOW), "UTC")
    service.add_employee(NewEmployee("Ann", "One", "ann@example.com"))
    service.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, *command, str(root)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


COLLECTOR_PROBE = """
import gc, json, sys
import attendance_desktop.qt.app as app

seen = {}
shown = app.after_first_paint
def after_first_paint(window, start):
    seen.setdefault("while_starting", gc.isenabled())
    return shown(window, start)
app.after_first_paint = after_first_paint
app.COLLECTOR_BACK_MS = 0  # given back as soon as the page is up, not a moment later

from PySide6.QtCore import QTimer
finish = app.SmokeTest._finish
def finish_later(self, data_at):  # look once the event loop has run the give-back
    QTimer.singleShot(50, lambda: (seen.setdefault("after", gc.isenabled()), finish(self, data_at)))
app.SmokeTest._finish = finish_later
from attendance_desktop.cli import main
code = main(["--smoke-test", "--data-dir", sys.argv[1]])
print(json.dumps({**seen, "frozen": gc.get_freeze_count() > 0, "code": code}))
"""


def test_the_cycle_collector_waits_out_the_start_and_comes_back(tmp_path: Path) -> None:
    """Off from the command line's first step to the page (4% of its instructions went to
    collections of objects that live all day), then on again, with the start's objects
    frozen out of its sight."""
    result = start_for_real(tmp_path, "-c", COLLECTOR_PROBE)[-1]
    assert result == {"while_starting": False, "after": True, "frozen": True, "code": 0}


def test_the_window_paints_before_the_store_library_loads(tmp_path: Path) -> None:
    """A real start: the first paint comes with SQLAlchemy not yet imported (it loads on the
    worker once the window is up), and the data follows."""
    lines = start_for_real(tmp_path, "-m", "attendance_desktop", "--smoke-test", "--data-dir")
    assert lines[0]["event"] == "painted" and lines[0]["loaded"] == []
    assert lines[-1]["event"] == "smoke-test" and lines[-1]["data_shown_s"] is not None


FIRST_PAINT_PROBE = """
import json, sys
import attendance_desktop.qt.app as app

shown = []
wait = app.after_first_paint
def after_first_paint(window, start):  # called as the window is shown, before its paint
    if not shown:
        shown.append(sorted(name for name in WATCHED if name in sys.modules))
    return wait(window, start)
app.after_first_paint = after_first_paint
WATCHED = (
    "attendance_desktop.core.models",  # the domain's data classes: the page's
    "attendance_desktop.qt.controllers.startup_controller",
    "attendance_desktop.first_page",
    "tzlocal",  # the machine's zone: the page needs it, the empty window does not
    "sqlalchemy",
)
from attendance_desktop.cli import main
code = main(["--smoke-test", "--data-dir", sys.argv[1]])
print(json.dumps({"before_paint": shown[0], "code": code}))
"""


def test_the_first_paint_loads_only_what_the_empty_window_needs(tmp_path: Path) -> None:
    """What the page needs (the domain's classes, the start-up controller, the machine's
    time zone) loads after the window's first paint: each was milliseconds of it."""
    result = start_for_real(tmp_path, "-c", FIRST_PAINT_PROBE)[-1]
    assert result == {"before_paint": [], "code": 0}


def test_the_start_waits_for_the_first_paint(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    seen: list[str] = []
    window.painted.connect(lambda: seen.append("painted"))
    after_first_paint(window, lambda: seen.append("started"))
    window.show()
    qtbot.waitUntil(lambda: "started" in seen)
    assert seen[0] == "painted" and seen.count("started") == 1
    window.repaint()
    assert seen.count("started") == 1  # once only


def test_the_start_does_not_wait_for_a_paint_that_never_comes(qtbot: QtBot) -> None:
    window = MainWindow()  # never shown: no paint
    qtbot.addWidget(window)
    started: list[bool] = []
    after_first_paint(window, lambda: started.append(True))
    qtbot.waitUntil(lambda: started == [True], timeout=FIRST_PAINT_WAIT_MS + 2_000)


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_theme_chosen_in_settings_is_the_one_the_app_starts_with(
    qapp: QApplication, tmp_path: Path, theme: str
) -> None:
    from attendance_desktop.qt.theme import apply_theme, is_dark

    opts = options(tmp_path, demo=True, smoke_test=True)
    save_settings(opts.paths.settings_path, Settings(theme=theme))
    try:
        assert run(opts, FixedClock(NOW)) == EXIT_OK
        assert is_dark(qapp.palette()) == (theme == "dark")
    finally:
        apply_theme(qapp)  # the next tests run in the system's palette again
