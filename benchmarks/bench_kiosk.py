"""Badge scan to confirmation shown, in the real Qt kiosk (offscreen).

Targets (issue 4): at most 100 ms with the server on 127.0.0.1, at most 50 ms offline.
Each sample types a badge as a keyboard-wedge burst and measures from its Enter key to
the confirmation painted on screen. Three set-ups: a standalone kiosk over the local
store, a kiosk of `attendance-server serve` running as its own process on 127.0.0.1, and
the same kiosk with that server stopped (offline: roster + journal).

    python benchmarks/bench_kiosk.py --scans 60
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from attendance_desktop.core.clock import SystemClock
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.kiosk.backend import KioskBackend
from attendance_desktop.kiosk.config import KioskConfig
from attendance_desktop.kiosk.local_backend import LocalKioskBackend
from attendance_desktop.kiosk.remote_backend import RemoteKioskBackend
from attendance_desktop.paths import app_paths
from attendance_desktop.qt.formatting import zone_named
from attendance_desktop.qt.kiosk.controller import KioskWindow
from attendance_desktop.storage.accounts import AccountStore
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

PEOPLE = 20


def make_store(db: Path) -> tuple[LocalAttendanceService, list[str]]:
    svc = LocalAttendanceService.open(sqlite_url(db), SystemClock())
    accounts = AccountStore(svc.engine)
    badges = []
    for n in range(PEOPLE):
        emp = svc.add_employee(NewEmployee(f"Person{n}", "Bench", f"p{n}@example.com"))
        badges.append(f"55{n:05d}")
        accounts.set_account(emp.id, badge=badges[-1], pin="2468")
    return svc, badges


def scan_times(
    app: QApplication, backend: KioskBackend, badges: list[str], scans: int
) -> list[float]:
    window = KioskWindow(backend, KioskConfig(), SystemClock(), zone_named("UTC"))
    window.allow_close()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    samples: list[float] = []
    shown: list[float] = []

    def painted(_result: object) -> None:
        window.repaint()  # the confirmation on screen, not merely queued
        shown.append(time.perf_counter())

    window.punch_shown.connect(painted)
    window.message_shown.connect(lambda text: print("message:", text, file=sys.stderr))
    for i in range(scans):
        badge = badges[i % len(badges)]
        target = QApplication.focusWidget() or window
        QTest.keyClicks(target, badge)
        before = len(shown)
        start = time.perf_counter()
        QTest.keyClick(target, Qt.Key.Key_Return)
        loop = QEventLoop()
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.timeout.connect(loop.quit)
        window.punch_shown.connect(loop.quit)
        deadline.start(5000)
        if len(shown) == before:
            loop.exec()
        window.punch_shown.disconnect(loop.quit)
        if len(shown) > before:
            samples.append((shown[-1] - start) * 1000)
        window.show_idle()
    window.close()
    window.shutdown()
    return samples


def summary(name: str, samples: list[float], scans: int) -> dict[str, object]:
    ordered = sorted(samples)
    return {
        "setup": name,
        "scans": scans,
        "confirmed": len(samples),
        "median_ms": round(statistics.median(ordered), 1) if ordered else None,
        "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1], 1) if ordered else None,
        "max_ms": round(ordered[-1], 1) if ordered else None,
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    cmd = [
        sys.executable,
        "-m",
        "attendance_desktop.server.cli",
        "--db",
        sqlite_url(db),
        "serve",
        "--port",
        str(port),
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    import httpx

    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scans", type=int, default=60)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        svc, badges = make_store(root / "local.sqlite3")
        local = LocalKioskBackend.over(svc)
        results.append(
            summary("local store", scan_times(app, local, badges, args.scans), args.scans)
        )

        server_db = root / "server.sqlite3"
        svc2, badges2 = make_store(server_db)
        token = AccountStore(svc2.engine).add_device("bench")[1]
        svc2.close()
        port = free_port()
        proc = start_server(server_db, port)
        try:
            remote = RemoteKioskBackend.open(
                f"http://127.0.0.1:{port}", token, app_paths(root / "kiosk"), SystemClock()
            )
            remote.refresh_device()  # the sealing key: offline scans are sealed
            samples = scan_times(app, remote, badges2, args.scans)
            results.append(summary("server on 127.0.0.1", samples, args.scans))
        finally:
            proc.terminate()
            proc.wait(10)
        samples = scan_times(app, remote, badges2, args.scans)
        results.append(summary("offline (server stopped)", samples, args.scans))
        remote.close()
        local.close()
    for row in results:
        print(json.dumps(row))


if __name__ == "__main__":
    main()
