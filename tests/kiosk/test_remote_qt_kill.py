"""The real Qt kiosk (`attendance-desktop --kiosk --server URL --device-token T`, offscreen)
SIGKILLed in the middle of its sync, then started again: all 200 punches it kept while
offline arrive exactly once, each person's in the order they were made.

The server holds one punch of the second batch until the test has killed the kiosk, then
lets the batch finish: the kiosk never learns that those punches were recorded, and sends
them again after its restart (their punch ids make that harmless).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from attendance_desktop.journal.store import PunchJournal
from attendance_desktop.paths import app_paths
from attendance_desktop.storage.schema import punches, work_sessions

from .conftest import NOW
from .remote_harness import RestartableServer

PEOPLE, PUNCHES, HELD_AT = 20, 200, 60  # the kiosk sends 50 punches a batch


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RestartableServer]:
    srv = RestartableServer(tmp_path / "server.sqlite3", NOW)
    srv.start()
    yield srv
    srv.stop()


def start_kiosk(server: RestartableServer, token: str, data: Path) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "attendance_desktop", "--kiosk", "--server", server.base_url]
    cmd += ["--device-token", token, "--data-dir", str(data)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stored_punches(server: RestartableServer) -> int:
    assert server.ctx is not None
    with server.ctx.service.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(punches)).scalar_one())


def test_the_qt_kiosk_killed_mid_sync_sends_everything_exactly_once(
    server: RestartableServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [server.add_employee(f"Emp{n}", badge=f"88{n:04d}") for n in range(PEOPLE)]
    token = server.device_token()
    data = tmp_path / "kiosk"
    journal = PunchJournal(app_paths(data).data_dir / "kiosk-journal.sqlite3")
    for k in range(PUNCHES):  # what the kiosk kept while the network was down
        action = "clock_in" if (k // PEOPLE) % 2 == 0 else "clock_out"
        journal.record(ids[k % PEOPLE], action, NOW - timedelta(hours=3) + timedelta(seconds=k))
    expected = journal.pending()
    journal.close()

    assert server.ctx is not None
    service, calls = server.ctx.service, 0
    held, release = threading.Event(), threading.Event()

    def holding(real: Any) -> Any:
        def punch(*args: Any, **kwargs: Any) -> Any:
            nonlocal calls
            calls += 1
            if calls == HELD_AT:  # in the second batch: the kiosk waits for its answer
                held.set()
                release.wait(60)
            return real(*args, **kwargs)

        return punch

    monkeypatch.setattr(service, "clock_in", holding(service.clock_in))
    monkeypatch.setattr(service, "clock_out", holding(service.clock_out))

    kiosk = start_kiosk(server, token, data)
    try:
        assert held.wait(60), "the kiosk did not start its sync"
        assert stored_punches(server) == HELD_AT - 1  # mid-sync: one batch and a bit
        kiosk.send_signal(signal.SIGKILL)
        kiosk.wait(10)
    finally:
        release.set()
        if kiosk.poll() is None:
            kiosk.kill()
            kiosk.wait(10)

    journal = PunchJournal(app_paths(data).data_dir / "kiosk-journal.sqlite3")
    waiting = journal.pending_count()
    journal.close()
    assert 0 < waiting <= PUNCHES - 50  # the first batch was answered; the rest waits

    again = start_kiosk(server, token, data)
    try:
        deadline = time.monotonic() + 60
        while True:  # a process, polled with a deadline
            journal = PunchJournal(app_paths(data).data_dir / "kiosk-journal.sqlite3")
            left, refused = journal.pending_count(), journal.rejected()
            journal.close()
            if left == 0 or time.monotonic() > deadline:
                break
            time.sleep(0.2)
        assert (left, refused) == (0, [])
    finally:
        again.send_signal(signal.SIGKILL)
        again.wait(10)

    assert server.ctx is not None
    with server.ctx.service.engine.connect() as conn:
        stored = conn.execute(select(punches.c.punch_id)).scalars().all()
        sessions = conn.execute(
            select(work_sessions).order_by(work_sessions.c.employee_id, work_sessions.c.clock_in)
        ).all()
    assert sorted(stored) == sorted(e.punch_id for e in expected)  # each exactly once
    for emp in ids:
        mine = [e.device_time for e in expected if e.employee_id == emp]
        times = [t for s in sessions if s.employee_id == emp for t in (s.clock_in, s.clock_out)]
        assert times == mine
    assert len(sessions) == PUNCHES // 2 and all(s.offline for s in sessions)
