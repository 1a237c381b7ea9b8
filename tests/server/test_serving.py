"""`attendance-server serve --workers N`: a worker that dies is replaced, and a port
already taken is refused in plain words."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from attendance_desktop.server.serving import can_balance

from .harness import SubprocessServer

pytestmark = pytest.mark.skipif(not can_balance(), reason="SO_REUSEPORT balancing is Linux's")


def children_of(pid: int) -> set[int]:
    """The server's worker processes (not multiprocessing's own resource tracker)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                command = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            if parent == pid and b"resource_tracker" not in command:
                found.add(int(entry.name))
    return found


def listeners_on(port: int) -> int:
    """How many sockets listen on 127.0.0.1:port (one per worker that is ready)."""
    count = 0
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        if state == "0A" and int(local.split(":")[1], 16) == port:
            count += 1
    return count


def wait_for(condition: Callable[[], bool], what: str) -> None:
    """No signal to await from other processes: watch their state, bounded."""
    deadline = time.monotonic() + 30
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def test_a_taken_port_is_refused_in_plain_words(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "attendance_desktop.server.cli", "--db",
             f"sqlite+pysqlite:///{tmp_path / 'server.sqlite3'}",
             "serve", "--port", str(port), "--workers", "2"],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
    assert done.returncode == 1
    said = done.stderr.strip()
    assert said == f"error: Cannot listen on 127.0.0.1:{port}: Address already in use."
    assert "Traceback" not in done.stderr


def test_a_worker_that_dies_is_replaced_and_the_server_keeps_answering(tmp_path: Path) -> None:
    db = f"sqlite+pysqlite:///{tmp_path / 'server.sqlite3'}"
    with SubprocessServer(db, workers=2) as server:
        supervisor = server.pid
        # The server answers once one worker listens; the test needs both.
        wait_for(lambda: listeners_on(server.port) == 2, "both workers listen")
        workers = children_of(supervisor)
        assert len(workers) == 2
        victim = min(workers)

        os.kill(victim, signal.SIGKILL)

        wait_for(
            lambda: victim not in children_of(supervisor) and len(children_of(supervisor)) == 2,
            "the dead worker was replaced",
        )
        wait_for(lambda: listeners_on(server.port) == 2, "the new worker listens")
        answers = [httpx.get(server.base_url + "/health", timeout=5).status_code for _ in range(20)]
        assert answers == [200] * 20


def test_a_worker_that_keeps_dying_young_is_restarted_after_a_growing_pause(
    tmp_path: Path,
) -> None:
    """Restarting a crashing worker at once, over and over, would keep a core busy."""
    db = f"sqlite+pysqlite:///{tmp_path / 'server.sqlite3'}"
    with SubprocessServer(db, workers=2) as server:
        supervisor = server.pid
        wait_for(lambda: len(children_of(supervisor)) == 2, "both workers started")
        pauses = []
        for _ in range(2):
            before = children_of(supervisor)
            victim = max(before)  # the youngest: it has lived for seconds at most
            os.kill(victim, signal.SIGKILL)
            killed = time.monotonic()
            wait_for(lambda b=before: children_of(supervisor) - b != set(), "a new worker")
            pauses.append(time.monotonic() - killed)
        assert pauses[0] >= 1.0 and pauses[1] >= 2.0, pauses
        assert httpx.get(server.base_url + "/health", timeout=5).status_code == 200
