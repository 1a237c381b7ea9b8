"""A kiosk without a screen, for the fault tests: the same non-Qt kiosk logic and journal
the Qt kiosk uses, driven from the command line so a test can SIGKILL it mid-sync.

    python headless_kiosk.py URL TOKEN DATA_DIR device
    python headless_kiosk.py URL TOKEN DATA_DIR punch BADGE [BADGE...]
    python headless_kiosk.py URL TOKEN DATA_DIR sync BATCH
"""

from __future__ import annotations

import sys
from pathlib import Path

from attendance_desktop.core.clock import SystemClock
from attendance_desktop.kiosk.remote_backend import RemoteKioskBackend
from attendance_desktop.paths import app_paths


def main(url: str, token: str, data_dir: str, mode: str, *args: str) -> int:
    batch = int(args[0]) if mode == "sync" else 50
    paths = app_paths(Path(data_dir))
    backend = RemoteKioskBackend.open(url, token, paths, SystemClock(), batch=batch)
    try:
        if mode == "device":
            backend.refresh_device()
        elif mode == "punch":
            for badge in args:
                result = backend.toggle(backend.identify_badge(badge))
                print(result.action.value, result.offline, flush=True)
        elif mode == "sync":
            while True:
                status = backend.sync_once()
                print("waiting", status.waiting, flush=True)
                if status.offline or status.waiting == 0:
                    break
        return 0
    finally:
        backend.close()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
