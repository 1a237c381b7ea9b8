"""`attendance-server serve --workers N`: a worker that dies is replaced, and a port
already taken is refused in plain words."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
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
        workers = children_of(supervisor)
        assert len(workers) == 2
        victim = min(workers)

        os.kill(victim, signal.SIGKILL)

        # No signal to await from another process: watch its table of processes, bounded.
        deadline = time.monotonic() + 30
        while victim in children_of(supervisor) or len(children_of(supervisor)) < 2:
            assert time.monotonic() < deadline, "the dead worker was not replaced"
            time.sleep(0.05)
        # The new worker answers once it listens; until then the other one takes everything.
        answers = [httpx.get(server.base_url + "/health", timeout=5).status_code for _ in range(20)]
        assert answers == [200] * 20
