"""Real parts for the server tests: a PostgreSQL cluster in a temp dir, and the server
served by uvicorn on 127.0.0.1 (in a thread, or as `attendance-server serve` subprocess).
"""

from __future__ import annotations

import atexit
import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import uvicorn
from fastapi import FastAPI

PG_HINT = (
    "PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH or in "
    "/usr/lib/postgresql/*/bin. Install them (Debian/Ubuntu: apt-get install postgresql)."
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _pg_bin(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    if candidates:
        return candidates[0]
    raise RuntimeError(PG_HINT)


@dataclass
class PgCluster:
    """One throwaway PostgreSQL server; each test asks it for a fresh database."""

    root: Path
    port: int
    as_user: list[str] = field(default_factory=list)
    options: str = ""

    @classmethod
    def start(cls, *, durable: bool = False) -> PgCluster:
        """`durable`: a commit is in the WAL on disk before it returns, so a crash (`crash`)
        loses nothing that was committed; the default trades that for speed."""
        initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
        root = Path(tempfile.mkdtemp(prefix="attendance-pg-"))
        as_user: list[str] = []
        if os.geteuid() == 0:  # initdb refuses to run as root
            shutil.chown(root, "postgres", "postgres")
            as_user = ["runuser", "-u", "postgres", "--"]
        data, port = root / "data", free_port()
        subprocess.run(
            [*as_user, initdb, "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync"],
            check=True,
            capture_output=True,
        )
        opts = (
            f"-p {port} -c listen_addresses=127.0.0.1 -k {root} -c fsync=off "
            f"-c synchronous_commit={'on' if durable else 'off'} -c full_page_writes=off "
            "-c max_connections=300"
        )
        subprocess.run(
            [*as_user, pg_ctl, "-D", str(data), "-l", str(root / "log"), "-o", opts, "-w", "start"],
            check=True,
            capture_output=True,
        )
        cluster = cls(root, port, as_user, opts)
        atexit.register(cluster.stop)
        return cluster

    def stop(self) -> None:
        if not self.root.exists():
            return
        subprocess.run(
            [
                *self.as_user,
                _pg_bin("pg_ctl"),
                "-D",
                str(self.root / "data"),
                "-m",
                "immediate",
                "stop",
            ],
            capture_output=True,
        )
        shutil.rmtree(self.root, ignore_errors=True)

    def restart(self) -> None:
        """Stop and start the server, as a database upgrade or a crash would: every open
        connection is cut."""
        subprocess.run(
            [*self.as_user, _pg_bin("pg_ctl"), "-D", str(self.root / "data"), "-l",
             str(self.root / "log"), "-m", "fast", "-w", "restart"],
            check=True, capture_output=True,
        )  # fmt: skip

    def crash(self) -> None:
        """Stop the server as a crash would: no shutdown checkpoint, every connection cut
        (start the cluster `durable` to keep every commit through it)."""
        data = str(self.root / "data")
        subprocess.run(
            [*self.as_user, _pg_bin("pg_ctl"), "-D", data, "-m", "immediate", "-w", "stop"],
            check=True,
            capture_output=True,
        )

    def start_again(self) -> None:
        """Start a server stopped by `crash` (it recovers from its WAL), with its options."""
        subprocess.run(
            [*self.as_user, _pg_bin("pg_ctl"), "-D", str(self.root / "data"), "-l",
             str(self.root / "log"), "-o", self.options, "-w", "start"],
            check=True, capture_output=True,
        )  # fmt: skip

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


_cluster: PgCluster | None = None
_cluster_lock = threading.Lock()


def pg_cluster() -> PgCluster:
    """The one cluster of this test run (shared by the server and contract suites)."""
    global _cluster
    with _cluster_lock:
        if _cluster is None:
            _cluster = PgCluster.start()
        return _cluster


class ThreadServer:
    """An app served by uvicorn in a thread of this process, on a free port."""

    def __init__(self, app: FastAPI, port: int = 0) -> None:
        # Labelled TCP so that asyncio sets TCP_NODELAY on accepted connections (see
        # server/serving.py): without it each keep-alive request waits ~40 ms.
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        # A given port: the same server started again after a test stopped it.
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", port))
        self.port = int(self._sock.getsockname()[1])
        config = uvicorn.Config(app, log_level="error", ws="none", lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True
        )

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ThreadServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(10)
        self._sock.close()


class SubprocessServer:
    """`attendance-server --db URL serve --workers N`, as an admin would start it."""

    def __init__(self, db_url: str, workers: int = 1, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.db_url = db_url
        cmd = [
            sys.executable,
            "-m",
            "attendance_desktop.server.cli",
            "--db",
            db_url,
            "serve",
            "--port",
            str(self.port),
            "--workers",
            str(workers),
        ]
        self._proc = subprocess.Popen(
            cmd, env={**os.environ, **(env or {})}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def pid(self) -> int:
        return self._proc.pid

    def __enter__(self) -> SubprocessServer:
        deadline = time.monotonic() + 30
        while True:
            if self._proc.poll() is not None:
                out = self._proc.stdout.read().decode() if self._proc.stdout else ""
                raise RuntimeError(f"attendance-server exited early:\n{out}")
            try:
                if httpx.get(self.base_url + "/health", timeout=1).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("attendance-server did not answer /health in 30 s")
            time.sleep(0.1)

    def __exit__(self, *exc: object) -> None:
        self._proc.terminate()
        try:
            self._proc.wait(15)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait(5)
        if self._proc.stdout:
            self._proc.stdout.close()
