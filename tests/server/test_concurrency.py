"""Fifty simultaneous clock-ins for one employee, several workers, real PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import httpx
from sqlalchemy import create_engine, text

from .harness import SubprocessServer, pg_cluster


def test_fifty_simultaneous_clock_ins_make_one_open_session() -> None:
    db = pg_cluster().new_database()
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "attendance_desktop.server.cli",
            "--db",
            db,
            "employee",
            "add",
            "--first-name",
            "Ada",
            "--last-name",
            "L",
            "--email",
            "ada@example.com",
            "--password",
            "correct horse",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    ada = int(out.stdout.strip().splitlines()[-1])
    with SubprocessServer(db, workers=3) as server:
        token = httpx.post(
            server.base_url + "/api/v1/auth/signin",
            json={"email": "ada@example.com", "password": "correct horse"},
        ).json()["data"]["token"]
        headers = {"Authorization": f"Bearer {token}"}
        with (
            httpx.Client(
                base_url=server.base_url,
                headers=headers,
                timeout=60,
                limits=httpx.Limits(max_connections=50),
            ) as client,
            ThreadPoolExecutor(50) as pool,
        ):
            statuses = list(
                pool.map(
                    lambda _: client.post(f"/employee/{ada}/attendance/clockin").status_code,
                    range(50),
                )
            )
    assert sorted(set(statuses)) == [201, 409]
    assert statuses.count(201) == 1
    engine = create_engine(db)
    with engine.connect() as conn:
        open_sessions = conn.execute(
            text("SELECT count(*) FROM work_sessions WHERE clock_out IS NULL")
        ).scalar_one()
    engine.dispose()
    assert open_sessions == 1
