"""A durable, ordered queue of punches in a small local SQLite file.

A punch is committed here (WAL, synchronous=FULL) before anything is sent, so neither a
network loss nor a killed process can lose it. Each punch carries a client-generated id,
which the server uses to make a retried send return the original result. Sent punches
are deleted; punches the server refused stay, marked, for an admin to see.
"""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import cast

from ..core.errors import StoreCorrupt, StoreNotWritable
from ..core.punches import PUNCH_NAMES, PunchName

Action = PunchName
ACTIONS = PUNCH_NAMES

_SCHEMA = """
CREATE TABLE IF NOT EXISTS journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    punch_id TEXT NOT NULL UNIQUE,
    employee_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    device_time TEXT NOT NULL,
    monotonic REAL NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    error_code TEXT,
    error_message TEXT,
    sealed TEXT
);
CREATE INDEX IF NOT EXISTS ix_journal_state ON journal (state, seq);
"""
# A kiosk's offline punch: who and what are sealed for the server (employee 0, "toggle").
SEALED_ACTION = "toggle"


@dataclass(frozen=True)
class JournalEntry:
    seq: int
    punch_id: str
    employee_id: int
    action: Action
    device_time: datetime
    monotonic: float
    reason: str = ""
    state: str = "pending"
    attempts: int = 0
    error_code: str | None = None
    error_message: str | None = None
    sealed: str | None = None


class PunchJournal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA busy_timeout = 5000")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = FULL")
            self._conn.executescript(_SCHEMA)
            columns = {r[1] for r in self._conn.execute("PRAGMA table_info(journal)")}
            if "sealed" not in columns:  # a journal from before sealed punches
                self._conn.execute("ALTER TABLE journal ADD COLUMN sealed TEXT")
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc) or "malformed" in str(exc):
                raise StoreCorrupt(
                    f"The punch journal {path} is damaged and was left untouched."
                ) from exc
            raise StoreNotWritable(f"The punch journal {path} cannot be written ({exc}).") from exc
        except OSError as exc:
            raise StoreNotWritable(f"The punch journal {path} cannot be written ({exc}).") from exc

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def record(
        self,
        employee_id: int,
        action: Action | str,
        device_time: datetime,
        *,
        reason: str = "",
        punch_id: str | None = None,
        sealed: str | None = None,
    ) -> JournalEntry:
        """Commit one punch durably; returns it with its place in the queue."""
        if action not in ACTIONS and not (sealed and action == SEALED_ACTION):
            raise ValueError(f"unknown punch action {action!r}")
        if device_time.tzinfo is None:
            raise ValueError("device_time must be timezone-aware")
        pid = punch_id or uuid.uuid4().hex
        mono = time.monotonic()
        with self._lock:
            cur = self._conn.execute(
                "INSERT INTO journal (punch_id, employee_id, action, device_time, monotonic,"
                " reason, sealed) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    pid,
                    employee_id,
                    action,
                    device_time.astimezone(UTC).isoformat(),
                    mono,
                    reason,
                    sealed,
                ),
            )
            seq = int(cur.lastrowid or 0)
        return JournalEntry(
            seq,
            pid,
            employee_id,
            cast(Action, action),  # or SEALED_ACTION, which only the kiosk reads back
            device_time.astimezone(UTC),
            mono,
            reason,
            sealed=sealed,
        )

    def pending(self, limit: int | None = None) -> list[JournalEntry]:
        return self._select("state = 'pending'", limit)

    def rejected(self) -> list[JournalEntry]:
        return self._select("state = 'rejected'", None)

    def pending_count(self) -> int:
        with self._lock:
            row = self._conn.execute(
                "SELECT count(*) FROM journal WHERE state = 'pending'"
            ).fetchone()
        return int(row[0])

    def pending_for(self, employee_id: int) -> list[JournalEntry]:
        return self._select("state = 'pending' AND employee_id = ?", None, (employee_id,))

    def mark_sent(self, seq: int) -> None:
        with self._lock:
            self._conn.execute("DELETE FROM journal WHERE seq = ?", (seq,))

    def mark_failed_attempt(self, seq: int) -> None:
        with self._lock:
            self._conn.execute("UPDATE journal SET attempts = attempts + 1 WHERE seq = ?", (seq,))

    def mark_rejected(self, seq: int, code: str, message: str) -> None:
        with self._lock:
            self._conn.execute(
                "UPDATE journal SET state = 'rejected', attempts = attempts + 1,"
                " error_code = ?, error_message = ? WHERE seq = ?",
                (code, message, seq),
            )

    def remove(self, seq: int) -> bool:
        """Withdraw a punch that was not sent yet (undo); False if it already left."""
        with self._lock:
            cur = self._conn.execute(
                "DELETE FROM journal WHERE seq = ? AND state = 'pending'", (seq,)
            )
        return cur.rowcount == 1

    def _select(
        self, where: str, limit: int | None, params: tuple[object, ...] = ()
    ) -> list[JournalEntry]:
        sql = (
            "SELECT seq, punch_id, employee_id, action, device_time, monotonic, reason, state,"
            f" attempts, error_code, error_message, sealed FROM journal WHERE {where} ORDER BY seq"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._lock:
            rows = self._conn.execute(sql, params).fetchall()
        return [
            JournalEntry(
                seq=r[0],
                punch_id=r[1],
                employee_id=r[2],
                action=r[3],
                device_time=datetime.fromisoformat(r[4]),
                monotonic=r[5],
                reason=r[6],
                state=r[7],
                attempts=r[8],
                error_code=r[9],
                error_message=r[10],
                sealed=r[11],
            )
            for r in rows
        ]
