"""`attendance-server`, run as an admin runs it: a real process on a real database."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from attendance_desktop.core.errors import EmployeeInactive
from attendance_desktop.storage.local_service import LocalAttendanceService

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

    service = LocalAttendanceService.open(db)
    try:
        assert str(service.employee(emp_id).start_date) == "2026-11-18"
        assert [e.email for e in service.employees()] == ["cy@example.com"]  # Bo: not created
    finally:
        service.close()


def _added(result: subprocess.CompletedProcess[str]) -> int:
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip().splitlines()[-1])


def _refused(result: subprocess.CompletedProcess[str], words: str) -> None:
    assert result.returncode == 1
    assert words in result.stderr and "Traceback" not in result.stdout + result.stderr


def test_employee_set_changes_every_field_and_deactivate_stops_punches(tmp_path: Path) -> None:
    db = f"sqlite+pysqlite:///{tmp_path / 'server.sqlite3'}"
    emp = _added(
        cli(db, "employee", "add", "--first-name", "Bo", "--last-name", "T", "--email", "bo@x.org")
    )
    # Added without --start-date: they start today where they work, not on day one of time.
    service = LocalAttendanceService.open(db)
    try:
        assert service.employee(emp).start_date == datetime.now(UTC).date()
    finally:
        service.close()

    changed = cli(
        db, "employee", "set", str(emp),
        "--first-name", "Bea", "--last-name", "Tee", "--email", "bea@x.org",
        "--phone-number", "+1 555 0100", "--job-title", "Lead", "--department", "Ops",
        "--timezone", "America/Chicago", "--start-date", "2026-01-05",
        "--work-week", "mon,tue,wed,thu", "--role", "admin",
    )  # fmt: skip
    assert changed.returncode == 0, changed.stderr
    service = LocalAttendanceService.open(db)
    try:
        e = service.employee(emp)
        assert (e.first_name, e.last_name, e.email, e.phone_number) == (
            "Bea",
            "Tee",
            "bea@x.org",
            "+1 555 0100",
        )
        assert (e.job_title, e.department, e.timezone) == ("Lead", "Ops", "America/Chicago")
        assert (e.start_date, e.work_week) == (date(2026, 1, 5), (0, 1, 2, 3))
    finally:
        service.close()
    assert "admin" in cli(db, "employee", "list").stdout

    for flags, words in [
        (["--work-week", "mon,funday"], "'funday' is not a day of the week"),
        (["--work-week", ""], "work week"),
        (["--timezone", "Mars/Base"], "Unknown time zone: Mars/Base"),
        (["--email", "nobody"], "valid email"),
        (["--start-date", "soon"], "2024-01-15"),
        (["--first-name", " "], "first and a last name"),
    ]:
        _refused(cli(db, "employee", "set", str(emp), *flags), words)
    _refused(cli(db, "employee", "set", "999", "--job-title", "X"), "User Does not Exist")

    off = cli(db, "employee", "deactivate", str(emp), "--last-day", "2026-02-27")
    assert off.returncode == 0 and "2026-02-27" in off.stdout, off.stderr
    assert "inactive after 2026-02-27" in cli(db, "employee", "list").stdout
    service = LocalAttendanceService.open(db)
    try:
        with pytest.raises(EmployeeInactive):
            service.clock_in(emp)
    finally:
        service.close()
    assert cli(db, "employee", "reactivate", str(emp)).returncode == 0
    service = LocalAttendanceService.open(db)
    try:
        assert service.clock_in(emp).employee_id == emp
    finally:
        service.close()


def _month_days(base_url: str, emp: int, auth: dict[str, str], today: date) -> list[dict]:
    # A new connection each time, so that the requests spread over the workers.
    r = httpx.get(
        f"{base_url}/employee/{emp}/attendance/data",
        params={"month": today.month, "year": today.year},
        headers=auth,
    )
    assert r.status_code == 200, r.text
    return r.json()["daily_attendance"]


def test_cli_changes_apply_at_once_in_every_worker_of_a_running_server(db_url: str) -> None:
    ada = _added(
        cli(
            db_url, "employee", "add", "--first-name", "Ada", "--last-name", "L",
            "--email", "ada@example.com", "--password", "correct horse", "--role", "admin",
            "--start-date", "2020-01-01",
        )
    )  # fmt: skip
    today = datetime.now(UTC).date()
    first = today.replace(day=1)
    wednesday = first + timedelta(days=(2 - first.weekday()) % 7)
    thursday = wednesday + timedelta(days=1)
    tries = 16
    with SubprocessServer(db_url, workers=2) as server:
        signed = httpx.post(
            server.base_url + "/api/v1/auth/signin",
            json={"email": "ada@example.com", "password": "correct horse"},
        )
        auth = {"Authorization": f"Bearer {signed.json()['data']['token']}"}
        for _ in range(tries):  # every worker builds and keeps its calendar
            days = _month_days(server.base_url, ada, auth, today)
            assert days[wednesday.day - 1]["is_working_day"] is True

        assert (
            cli(db_url, "holiday", "add", wednesday.isoformat(), "Founders'", "day").returncode == 0
        )
        for _ in range(tries):
            day = _month_days(server.base_url, ada, auth, today)[wednesday.day - 1]
            assert (day["status"], day["holiday_name"]) == ("non_working", "Founders' day")

        assert (
            cli(db_url, "employee", "set", str(ada), "--work-week", "mon,tue,wed").returncode == 0
        )
        for _ in range(tries):
            day = _month_days(server.base_url, ada, auth, today)[thursday.day - 1]
            assert (day["status"], day["is_working_day"]) == ("non_working", False)
