"""`attendance-server`, run as an admin runs it: a real process on a real database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx

from .harness import SubprocessServer


def cli(db: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "attendance_desktop.server.cli", "--db", db, *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_admin_commands_then_serve_with_two_workers(tmp_path: Path) -> None:
    db = f"sqlite+pysqlite:///{tmp_path / 'deep' / 'server.sqlite3'}"
    assert cli(db, "migrate").returncode == 0
    added = cli(
        db,
        "employee",
        "add",
        "--first-name",
        "Ada",
        "--last-name",
        "Lovelace",
        "--email",
        "ada@example.com",
        "--password",
        "correct horse",
        "--badge",
        "B1",
        "--pin",
        "1234",
        "--job-title",
        "Analyst",
    )
    assert added.returncode == 0, added.stderr
    ada = int(added.stdout.strip().splitlines()[-1])
    dup = cli(
        db,
        "employee",
        "add",
        "--first-name",
        "Eve",
        "--last-name",
        "X",
        "--email",
        "eve@example.com",
        "--badge",
        "B1",
    )
    assert dup.returncode == 1 and "badge" in dup.stderr and "Traceback" not in dup.stderr
    listed = cli(db, "employee", "list").stdout
    assert "ada@example.com" in listed and "eve@example.com" not in listed
    token = cli(db, "device", "add", "--name", "Front door").stdout.strip().splitlines()[-1]
    assert token.startswith("adk_")
    assert cli(db, "holiday", "add", "2026-12-24", "Christmas", "Eve").returncode == 0
    bad = cli(db, "holiday", "add", "24.12.2026", "Christmas")
    assert bad.returncode == 1 and "2024-12-25" in bad.stderr

    with SubprocessServer(db, workers=2) as server:
        r = httpx.post(
            server.base_url + "/api/v1/kiosk/identify",
            json={"badge": "B1"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert r.status_code == 200 and r.json()["data"]["employee"]["employee_id"] == ada
        r = httpx.post(
            server.base_url + "/api/v1/auth/signin",
            json={"email": "ada@example.com", "password": "correct horse"},
        )
        assert r.status_code == 200
        me = httpx.get(
            server.base_url + "/api/v1/users/me",
            headers={"Authorization": f"Bearer {r.json()['data']['token']}"},
        )
        assert me.json()["data"]["job_title"] == "Analyst"


def test_a_start_date_keeps_earlier_days_from_counting_as_absent(tmp_path: Path) -> None:
    db = f"sqlite+pysqlite:///{tmp_path / 'server.sqlite3'}"
    base = ["employee", "add", "--last-name", "Tester"]
    bad = cli(db, *base, "--first-name", "Bo", "--email", "bo@example.com", "--start-date", "soon")
    assert bad.returncode == 1
    assert "2024-01-15" in bad.stdout + bad.stderr
    assert "Traceback" not in bad.stdout + bad.stderr
    added = cli(
        db, *base, "--first-name", "Cy", "--email", "cy@example.com", "--start-date", "2026-11-18"
    )
    assert added.returncode == 0, added.stderr
    emp_id = int(added.stdout.strip().splitlines()[-1])

    from attendance_desktop.storage.local_service import LocalAttendanceService

    service = LocalAttendanceService.open(db)
    try:
        assert str(service.employee(emp_id).start_date) == "2026-11-18"
        assert [e.email for e in service.employees()] == ["cy@example.com"]  # Bo: not created
    finally:
        service.close()
