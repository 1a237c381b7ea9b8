"""Fifty simultaneous clock-ins for one employee, several workers, real PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from .harness import SubprocessServer, pg_cluster


def _employee_with_token(db: str, server: SubprocessServer) -> tuple[int, dict[str, str]]:
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
    token = httpx.post(
        server.base_url + "/api/v1/auth/signin",
        json={"email": "ada@example.com", "password": "correct horse"},
    ).json()["data"]["token"]
    return ada, {"Authorization": f"Bearer {token}"}


def _at_once(server: SubprocessServer, headers: dict[str, str], count: int, send: Any) -> list[Any]:
    with (
        httpx.Client(
            base_url=server.base_url,
            headers=headers,
            timeout=60,
            limits=httpx.Limits(max_connections=count),
        ) as client,
        ThreadPoolExecutor(count) as pool,
    ):
        return list(pool.map(lambda _: send(client), range(count)))


def _count(db: str, sql: str) -> int:
    engine = create_engine(db)
    with engine.connect() as conn:
        found = int(conn.execute(text(sql)).scalar_one())
    engine.dispose()
    return found


def test_fifty_simultaneous_clock_ins_make_one_open_session() -> None:
    db = pg_cluster().new_database()
    with SubprocessServer(db, workers=3) as server:
        ada, headers = _employee_with_token(db, server)
        statuses = _at_once(
            server,
            headers,
            50,
            lambda client: client.post(f"/employee/{ada}/attendance/clockin").status_code,
        )
    assert sorted(set(statuses)) == [201, 400]  # seed 000: "Already Clocked in" is a 400
    assert statuses.count(201) == 1
    assert _count(db, "SELECT count(*) FROM work_sessions WHERE clock_out IS NULL") == 1


@pytest.mark.parametrize("punch", ["clockin", "clockout"])
def test_a_retry_sent_while_the_first_try_is_under_way_gets_its_answer(punch: str) -> None:
    """Copies of one punch (one punch id), as a client that timed out and retried sends
    them, reach the server while the first is still under way. Every copy must answer what
    the first did; none may be refused as "already clocked in" or "not clocked in"."""
    db = pg_cluster().new_database()
    workers = 3
    engine = create_engine(db)
    with SubprocessServer(db, workers=workers) as server:
        ada, headers = _employee_with_token(db, server)
        if punch == "clockout":
            httpx.post(f"{server.base_url}/employee/{ada}/attendance/clockin", headers=headers)
        send = httpx.Client.post if punch == "clockin" else httpx.Client.put
        # The employee's row held by another transaction: every worker's copy waits on it,
        # like behind a first try that has not committed yet.
        with engine.connect() as holder, ThreadPoolExecutor(10) as pool:
            holder.execute(text("SELECT id FROM employees WHERE id = :id FOR UPDATE"), {"id": ada})
            client = httpx.Client(base_url=server.base_url, headers=headers, timeout=60)
            copies = [
                pool.submit(
                    send,
                    client,
                    f"/employee/{ada}/attendance/{punch}",
                    json={"punch_id": "kiosk-7-0001"},
                )
                for _ in range(10)
            ]
            # Two copies waiting make the race; release them well inside the server's
            # lock timeout (5 s), after which a waiting punch would give up.
            waiting = (
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE wait_event_type = 'Lock' AND datname = current_database()"
            )
            deadline = time.monotonic() + 30
            while _count(db, waiting) < 2 and time.monotonic() < deadline:
                time.sleep(0.02)  # polling the database: there is no signal to await
            assert _count(db, waiting) >= 2
            holder.rollback()
            answers = [c.result() for c in copies]
            client.close()
    engine.dispose()
    assert {r.status_code for r in answers} == {201 if punch == "clockin" else 200}, [
        r.text for r in answers
    ]
    assert len({(r.json()["session_id"], r.json()["clock_out_time"]) for r in answers}) == 1
    assert _count(db, "SELECT count(*) FROM work_sessions") == 1
    assert _count(db, "SELECT count(*) FROM punches") == 1
