"""One app per data folder: a QLockFile beside the database."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLockFile


class LockResult(Enum):
    ACQUIRED = "acquired"
    HELD_ELSEWHERE = "held"
    NOT_WRITABLE = "not_writable"


def acquire_instance_lock(path: Path) -> tuple[LockResult, QLockFile | None]:
    """Try once, without waiting. A lock left by a crashed app is taken over (its process is
    gone); a running app's lock is never treated as stale, however long it has been held."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return LockResult.NOT_WRITABLE, None
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return LockResult.ACQUIRED, lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        return LockResult.HELD_ELSEWHERE, None
    return LockResult.NOT_WRITABLE, None
