"""The kiosk's cached roster: who it can identify while the server is unreachable.

A small SQLite file beside the punch journal. It holds only what identifying needs —
first names, SHA-256 digests of badge codes, argon2 PIN hashes, roles — and each
person's last state *as the server knows it* (punches still in the journal are folded
on top by the backend). The file is readable by its owner only.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ..core.errors import StoreNotWritable
from ..private_files import private_dir
from .backend import KioskState

_SCHEMA = """
CREATE TABLE IF NOT EXISTS roster (
    employee_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    badge_sha256 TEXT,
    pin_hash TEXT,
    role TEXT NOT NULL DEFAULT 'employee',
    pin_locked INTEGER NOT NULL DEFAULT 0,
    clocked_in INTEGER NOT NULL DEFAULT 0,
    on_break INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS ix_roster_badge ON roster (badge_sha256);
"""
_hasher = PasswordHasher()


def badge_digest(code: str) -> str:
    """How a badge code appears in the roster: the server publishes it so, a scan is looked
    up so (one function for both, or offline look-ups would fail without a word)."""
    return hashlib.sha256(code.strip().encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class RosterEntry:
    employee_id: int
    first_name: str
    badge_sha256: str | None
    pin_hash: str | None
    role: str
    pin_locked: bool
    state: KioskState

    def pin_matches(self, pin: str) -> bool:
        if not self.pin_hash:
            return False
        try:
            return _hasher.verify(self.pin_hash, pin)
        except (VerificationError, InvalidHashError):
            return False


class RosterCache:
    def __init__(self, path: Path) -> None:
        self._lock = threading.Lock()
        try:
            private_dir(path.parent)
            fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
            os.close(fd)
            self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StoreNotWritable(f"The kiosk's roster {path} cannot be written ({exc}).") from exc

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def replace(self, entries: list[dict[str, Any]]) -> None:
        rows = [
            (
                int(e["employee_id"]),
                str(e["first_name"]),
                e.get("badge_sha256"),
                e.get("pin_hash"),
                str(e.get("role") or "employee"),
                bool(e.get("pin_locked")),
                bool(e.get("clocked_in")),
                bool(e.get("on_break")),
            )
            for e in entries
        ]
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.execute("DELETE FROM roster")
                self._conn.executemany("INSERT INTO roster VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def by_badge(self, code: str) -> RosterEntry | None:
        return self._one("badge_sha256 = ?", badge_digest(code))

    def by_id(self, employee_id: int) -> RosterEntry | None:
        return self._one("employee_id = ?", employee_id)

    def remember(self, employee_id: int, first_name: str, state: KioskState) -> None:
        """The server's state of someone (after identify or a sent punch)."""
        with self._lock:
            self._conn.execute(
                "INSERT INTO roster (employee_id, first_name, clocked_in, on_break)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (employee_id) DO UPDATE SET"
                " first_name = excluded.first_name, clocked_in = excluded.clocked_in,"
                " on_break = excluded.on_break",
                (employee_id, first_name, state.clocked_in, state.on_break),
            )

    def _one(self, where: str, value: object) -> RosterEntry | None:
        with self._lock:
            r = self._conn.execute(
                "SELECT employee_id, first_name, badge_sha256, pin_hash, role, pin_locked,"
                f" clocked_in, on_break FROM roster WHERE {where}",
                (value,),
            ).fetchone()
        if r is None:
            return None
        return RosterEntry(
            r[0], r[1], r[2], r[3], r[4], bool(r[5]), KioskState(bool(r[6]), bool(r[7]))
        )
