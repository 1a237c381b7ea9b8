"""`attendance-desktop export`: a month of the local store as CSV or PDF, for scripts."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from attendance_desktop.cli import main
from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.paths import app_paths, ensure_dirs
from attendance_desktop.settings import Settings, save_settings
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

BOB = NewEmployee(first_name="Bob", last_name="Stone", email="bob@example.com", timezone="UTC")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A store whose employee worked Monday 3 March 2025, 08:00-16:30 with 30 min off."""
    paths = app_paths(tmp_path / "data")
    ensure_dirs(paths)
    clock = FixedClock(datetime(2025, 3, 3, 8, 0, tzinfo=UTC))
    service = LocalAttendanceService.open(sqlite_url(paths.db_path), clock, default_timezone="UTC")
    bob = service.add_employee(BOB)
    service.clock_in(bob.id)
    clock.set(datetime(2025, 3, 3, 12, 0, tzinfo=UTC))
    service.start_break(bob.id, "Lunch")
    clock.set(datetime(2025, 3, 3, 12, 30, tzinfo=UTC))
    service.end_break(bob.id)
    clock.set(datetime(2025, 3, 3, 16, 30, tzinfo=UTC))
    service.clock_out(bob.id)
    service.close()
    return tmp_path / "data"


def test_csv_export_has_every_day_of_the_month(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "march.csv"
    argv = ["export", "--month", "2025-03", "--format", "csv", "--output", str(out)]
    assert main([*argv, "--data-dir", str(data_dir)]) == 0
    rows = list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))
    assert len(rows) == 31
    monday = rows[2]
    assert (monday["date"], monday["status"], monday["first_in"], monday["last_out"]) == (
        "2025-03-03",
        "completed",
        "08:00",
        "16:30",
    )
    assert (monday["worked_hours"], monday["break_hours"]) == ("8.00", "0.50")
    assert rows[3]["status"] == "absent" and rows[1]["status"] == "non_working"


def test_pdf_export_writes_a_pdf_with_the_month(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "march.pdf"
    # Its own process: the PDF needs a Qt application, which this test process may not have.
    command = [sys.executable, "-m", "attendance_desktop", "export", "--month", "2025-03"]
    command += ["--format", "pdf", "--output", str(out), "--data-dir", str(data_dir)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_future_month_and_bad_month_are_refused_in_plain_words(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.csv"
    base = ["export", "--format", "csv", "--output", str(out), "--data-dir", str(data_dir)]
    assert main([*base, "--month", "9999-12"]) == 1
    assert "Future Month Requested" in capsys.readouterr().err
    assert main([*base, "--month", "2025-13"]) == 1
    assert "Month must be 1 to 12" in capsys.readouterr().err
    assert main([*base, "--month", "March"]) == 1
    assert "must look like 2026-11" in capsys.readouterr().err
    assert not out.exists()


def test_an_empty_store_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["export", "--month", "2025-03", "--format", "csv", "--output", str(tmp_path / "x")]
    assert main([*argv, "--data-dir", str(tmp_path / "empty")]) == 1
    assert "nobody in this store" in capsys.readouterr().err


def test_pdf_export_speaks_the_apps_language(data_dir: Path, tmp_path: Path) -> None:
    """Settings → Language is German: the PDF is German, its public holidays' names too
    (Bavaria's Ash Wednesday is no holiday, but 6 January is one: "Heilige Drei Könige")."""
    paths = app_paths(data_dir)
    save_settings(paths.settings_path, Settings(language="de"))
    service = LocalAttendanceService.open(
        sqlite_url(paths.db_path), FixedClock(datetime(2025, 3, 3, tzinfo=UTC))
    )
    service.calendar_settings.set_holiday_region("DE", "BY")
    service.close()
    out = tmp_path / "january.pdf"
    command = [sys.executable, "-m", "attendance_desktop", "export", "--month", "2025-01"]
    command += ["--format", "pdf", "--output", str(out), "--data-dir", str(data_dir)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Heilige Drei Könige" in text
    assert "Januar 2025" in text
