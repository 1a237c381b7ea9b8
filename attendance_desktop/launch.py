"""What the command line hands to the GUI, and opening the local store for it."""

from __future__ import annotations

import functools
import os
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .core.clock import Clock
from .paths import AppPaths, ensure_dirs

if TYPE_CHECKING:
    from .storage.local_service import LocalAttendanceService


@dataclass(frozen=True)
class LaunchOptions:
    paths: AppPaths
    demo: bool = False
    smoke_test: bool = False
    process_start: float = 0.0  # epoch seconds at which the process started
    chosen_timezone: str | None = None  # `--timezone`; None: the machine's (`timezone`)
    server_url: str | None = None  # remote mode: the attendance server's base URL
    kiosk: bool = False  # full-screen shared time clock
    device_token: str | None = None  # a kiosk's device token (remote kiosk)
    admin: bool = False  # the team console over the local store (`--admin`)

    @functools.cached_property
    def timezone(self) -> str:
        """The IANA zone for employees without one of their own: `--timezone`, else the
        machine's. Asked when first needed, after the window's first paint: finding the
        machine's zone (tzlocal, and zoneinfo's look-up) took 10 ms of a start."""
        return self.chosen_timezone or machine_timezone()


def process_start_time() -> float:
    """When this process started (epoch seconds), so start-up timings include Python's own.

    From its age: the time since boot now (CLOCK_BOOTTIME) less the time since boot at
    which it started (`/proc/self/stat`, in clock ticks). Never from `/proc/stat`'s boot
    time, which is whole seconds: every figure would carry the same hidden 0-1 s.
    """
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        started_after_boot = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        age = time.clock_gettime(time.CLOCK_BOOTTIME) - started_after_boot
        return time.time() - max(age, 0.0)
    except (OSError, ValueError, IndexError, AttributeError):  # no /proc, no CLOCK_BOOTTIME
        return time.time()


def machine_timezone() -> str:
    """The machine's IANA time zone name, or UTC when it cannot be told."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # tzlocal raises its own errors on odd configurations
        name = None
    return name or "UTC"


def open_local_store(paths: AppPaths, clock: Clock, timezone: str) -> LocalAttendanceService:
    """Create the folders and open (or create, or upgrade) the local store.

    Raises a StorageError subclass with a plain message; never modifies a damaged file.
    The store's libraries are imported here when no one imported them yet (the home
    window's worker does, once the window is up), without OpenSSL.
    """
    from .preload import import_local_store

    import_local_store()
    from .storage.engine import sqlite_url
    from .storage.local_service import LocalAttendanceService

    ensure_dirs(paths)
    return LocalAttendanceService.open(sqlite_url(paths.db_path), clock, default_timezone=timezone)
