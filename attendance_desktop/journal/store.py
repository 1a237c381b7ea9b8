"""A durable, ordered queue of punches in a small local SQLite file.

A punch is committed here (WAL, synchronous=FULL) before anything is sent, so neither a
network loss nor a killed process can lose it. Each punch carries a client-generated id,
which the server uses to make a retried send return the original result. Sent punches
are deleted; punches the server refused stay, marked, for an admin to see. A punch whose
send failed for now (the server away or in trouble) keeps its place and the time of its
next try (`next_attempt`), so retries back off across restarts of the app too.
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
from ..private_files import private_dir, private_file

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
    next_attempt TEXT,
    sealed TEXT
);
CREATE INDEX IF NOT EXISTS ix_journal_state ON journal (state, seq);
"""
SCHEMA_VERSION = 3  # 2: next_attempt; 3: sealed


def _upgrade(conn: sqlite3.Connection) -> None:
    """Bring a journal written by an older version up to date, in place, keeping its punches
    (a kiosk updated while punches wait must still send them)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in _SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        columns = {row[1] for row in conn.execute("PRAGMA table_info(journal)")}
        if "next_attempt" not in columns:
            conn.execute("ALTER TABLE journal ADD COLUMN next_attempt TEXT")
        if "sealed" not in columns:  # a journal from before sealed punches
            conn.execute("ALTER TABLE journal ADD COLUMN sealed TEXT")
        if version < SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


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
    next_attempt: datetime | None = None  # a failed send's next try; None: at once
    sealed: str | None = None


class PunchJournal:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            private_dir(path.parent)
            private_file(path)  # 0600 before SQLite makes it (and its -wal, -shm) readable
            self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA busy_timeout = 5000")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = FULL")
            _upgrade(self._conn)
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

    def mark_failed_attempt(self, seq: int, next_attempt: datetime) -> None:
        """The send failed for now: count it and keep the punch till `next_attempt`."""
        with self._lock:
            self._conn.execute(
                "UPDATE journal SET attempts = attempts + 1, next_attempt = ? WHERE seq = ?",
                (next_attempt.astimezone(UTC).isoformat(), seq),
            )

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
            " attempts, error_code, error_message, next_attempt, sealed"
            f" FROM journal WHERE {where} ORDER BY seq"
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
                next_attempt=datetime.fromisoformat(r[11]) if r[11] else None,
                sealed=r[12],
            )
            for r in rows
        ]
