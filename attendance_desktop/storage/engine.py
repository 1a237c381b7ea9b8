"""Opening a database: SQLite pragmas for durable punches, and readable errors for faults."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection

from ..core.errors import AttendanceError, StorageError, StoreBusy, StoreCorrupt, StoreNotWritable

SQLITE_BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def make_engine(
    url: str, *, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS, **kwargs: Any
) -> Engine:
    """An engine for `url`. On SQLite: WAL, synchronous=FULL (a punch survives a power
    cut once committed), foreign keys on, and transactions we begin ourselves so that a
    write can take the lock up front (BEGIN IMMEDIATE) instead of failing half-way.
    `busy_timeout_ms` is how long a write waits for another writer before StoreBusy: on
    SQLite for the file's write lock, on PostgreSQL for a row lock (`lock_timeout`; a server
    runs punches on its event loop, which must never wait on a lock for long)."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000}, **kwargs)
        _configure_sqlite(engine, busy_timeout_ms)
        return engine
    options = {"connect_args": {"options": f"-c lock_timeout={int(busy_timeout_ms)}"}}
    return create_engine(url, pool_pre_ping=True, **{**options, **kwargs})


def _configure_sqlite(engine: Engine, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_connection.cursor()
        try:
            cur.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            cur.execute("PRAGMA foreign_keys = ON")
            mode = cur.execute("PRAGMA journal_mode = WAL").fetchone()
            if mode and str(mode[0]).lower() not in {"wal", "memory"}:
                raise sqlite3.OperationalError(f"could not enable WAL (got {mode[0]})")
            cur.execute("PRAGMA synchronous = FULL")
        finally:
            cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        if conn.get_execution_options().get("write", False):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def classify(error: BaseException) -> AttendanceError:
    """Turn a driver error into the storage error a person can act on."""
    text = str(getattr(error, "orig", error)).lower()
    if "locked" in text or "busy" in text or "lock timeout" in text:
        return StoreBusy()
    if (
        "readonly" in text
        or "read-only" in text
        or "unable to open" in text
        or "disk is full" in text
    ):
        return StoreNotWritable()
    if "not a database" in text or "malformed" in text or "corrupt" in text or "disk i/o" in text:
        return StoreCorrupt()
    if isinstance(error, sa_exc.OperationalError):
        return StorageError(f"The attendance database could not be used: {text}")
    return StorageError()


@contextmanager
def storage_errors(passthrough: tuple[type[Exception], ...] = ()) -> Iterator[None]:
    """Translate driver errors (but not our own domain errors) into StorageErrors.

    Errors in `passthrough` (typically IntegrityError) reach the caller untouched, because
    only the caller knows which domain conflict a refused unique index means."""
    try:
        yield
    except AttendanceError:
        raise
    except passthrough:
        raise
    except (sa_exc.OperationalError, sa_exc.DatabaseError, sqlite3.DatabaseError) as exc:
        raise classify(exc) from exc
