"""The log file that the app's messages point to: it exists, it is private, and an
unexpected failure leaves its details there."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from attendance_desktop.app_log import MAX_BYTES, start_log, stop_log
from attendance_desktop.paths import app_paths
from attendance_desktop.qt.controllers.messages import UNEXPECTED, plain_message
from attendance_desktop.qt.tasks import TaskRunner


def test_a_run_of_the_app_writes_its_log_file(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "attendance_desktop", "--data-dir", str(tmp_path), "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1])["event"] == "smoke-test"
    log_file = app_paths(tmp_path).log_path
    text = log_file.read_text(encoding="utf-8")
    assert "started: home window, local store" in text
    assert stat.S_IMODE(log_file.stat().st_mode) == 0o600


def test_an_unexpected_failure_leaves_its_details_in_the_log(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    paths = app_paths(tmp_path)
    handler = start_log(paths, "test")
    try:
        errors: list[BaseException] = []

        def broken() -> None:
            raise KeyError("the detail a helper needs")

        runner.submit(broken, lambda _r: None, errors.append)
        qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    finally:
        stop_log(handler)
    # The person reads plain words; the log file holds what they point to.
    assert plain_message(errors[0]) == UNEXPECTED
    text = paths.log_path.read_text(encoding="utf-8")
    assert "Background task failed" in text
    assert "the detail a helper needs" in text
    assert "Traceback" in text


def test_a_grown_log_is_moved_aside_at_start(tmp_path: Path) -> None:
    paths = app_paths(tmp_path)
    paths.log_dir.mkdir(parents=True)
    paths.log_path.write_bytes(b"x" * (MAX_BYTES + 1))
    stop_log(start_log(paths, "test"))
    assert paths.log_path.stat().st_size < 1000
    assert paths.log_path.with_name(paths.log_path.name + ".1").stat().st_size > MAX_BYTES
