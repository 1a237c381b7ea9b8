"""`attendance-server report month` and `attendance-server period`, run as a script runs
them: a real process on a real database."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook

from attendance_desktop.core.clock import SystemClock
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService
from attendance_desktop.storage.period_locks import PeriodLocks

from .test_cli import cli


def test_report_and_period_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "server.sqlite3"
    db = sqlite_url(path)
    assert cli(db, "migrate").returncode == 0
    added = cli(db, "employee", "add", "--first-name", "Ada", "--last-name", "Lovelace",
                "--email", "ada@example.com", "--start-date", "2020-01-01")  # fmt: skip
    assert added.returncode == 0, added.stderr

    out = tmp_path / "jan.csv"
    done = cli(db, "report", "month", "--year", "2020", "--month", "1", "--format", "csv",
               "--output", str(out))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "1 employees" in done.stdout
    with out.open(newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 31 and rows[0]["name"] == "Ada Lovelace"
    assert {r["status"] for r in rows} == {"absent", "non_working"}
    book = tmp_path / "jan.xlsx"
    done = cli(db, "report", "month", "--year", "2020", "--month", "1", "--format", "xlsx",
               "--output", str(book))  # fmt: skip
    assert done.returncode == 0, done.stderr
    sheets = load_workbook(book)
    assert sheets["Summary"].max_row == 2

    future = tmp_path / "future.csv"
    refused = cli(db, "report", "month", "--year", "9999", "--month", "1", "--output", str(future))
    assert refused.returncode == 1 and "Future Month" in refused.stderr
    assert not future.exists() and not list(tmp_path.glob("*.part"))

    assert "Locked 2020-01" in cli(db, "period", "lock", "2020-01").stdout
    service = LocalAttendanceService.open(db)
    try:
        assert PeriodLocks(service.engine, SystemClock()).is_locked(2020, 1)
    finally:
        service.close()
    assert "Unlocked 2020-01" in cli(db, "period", "unlock", "2020-01").stdout
    assert "was not locked" in cli(db, "period", "unlock", "2020-01").stdout
    bad = cli(db, "period", "lock", "2020-13")
    assert bad.returncode == 1 and "Month must be" in bad.stderr
