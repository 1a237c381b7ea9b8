"""Opening a database: SQLite pragmas for durable punches, and readable errors for faults.

Only an integrity check may call a store damaged. A SQLite error that could mean damage
(a disk I/O error, "malformed", "not a database") is looked at before it is named: a full
disk says the disk is full, and otherwise PRAGMA quick_check decides. Telling someone
whose store is intact that it is damaged leads them to move it aside and lose their data.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection, ExceptionContext, make_url

from ..core.errors import (
    AttendanceError,
    InvalidInput,
    StorageError,
    StoreBusy,
    StoreCorrupt,
    StoreFull,
    StoreNotWritable,
    StoreUnavailable,
)
from ..private_files import private_file

SQLITE_BUSY_TIMEOUT_MS = 5000
PING_AFTER_IDLE_S = 5.0  # a pooled PostgreSQL connection unused this long is checked first
# SQLite's primary result codes (the low byte of an extended code).
SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_NOTADB = 10, 11, 13, 26
# Less free space than this beside a store that fails to read or write: the disk is full
# (SQLite needs room for its -wal and -shm files, 32 KiB and more, before it reads a page).
LOW_SPACE_BYTES = 1 << 20
DISK_ERROR = (
    "The attendance data could not be read or written because of a disk error. The data "
    "is not damaged and nothing was changed. Check the disk, then try again."
)


def sqlite_url(path: Path) -> str:
    return f"sqlite+pysqlite:///{path}"


def make_engine(
    url: str,
    *,
    busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS,
    ping_after_idle_s: float = PING_AFTER_IDLE_S,
    **kwargs: Any,
) -> Engine:
    """An engine for `url`. On SQLite: WAL, synchronous=FULL (a punch survives a power
    cut once committed), foreign keys on, and transactions we begin ourselves so that a
    write can take the lock up front (BEGIN IMMEDIATE) instead of failing half-way.
    `busy_timeout_ms` is how long a write waits for another writer before StoreBusy: on
    SQLite for the file's write lock, on PostgreSQL for a row lock (`lock_timeout`; a server
    runs punches on its event loop, which must never wait on a lock for long)."""
    if url.startswith("sqlite"):
        path = _sqlite_path(url)
        if path is not None and path.parent.is_dir():
            # Made before SQLite makes it with the umask's mode. If it cannot be made,
            # SQLite then says why.
            with suppress(OSError):
                private_file(path)
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000}, **kwargs)
        _configure_sqlite(engine, busy_timeout_ms, path)
        return engine
    options = {"connect_args": {"options": f"-c lock_timeout={int(busy_timeout_ms)}"}}
    engine = create_engine(url, **{**options, **kwargs})
    _ping_after_idle(engine, ping_after_idle_s)
    return engine


def _ping_after_idle(engine: Engine, idle_s: float) -> None:
    """Check a pooled connection before it is used only if it sat unused for `idle_s`.

    After a database restart every pooled connection is dead, and the first statement on
    each would fail. `pool_pre_ping` checks every connection on every checkout instead: a
    round trip per transaction, 3-8% of the server's punches per second. A connection in
    steady use was alive milliseconds ago; if the database restarts under load anyway, the
    first failure invalidates the whole pool, and the request fails once with STORE_
    UNAVAILABLE, which kiosks and workstations retry.
    """

    @event.listens_for(engine, "checkin")
    def _idle_from(_dbapi_connection: object, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping(dbapi_connection: Any, record: Any, _proxy: object) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < idle_s:
            return  # new, or in use a moment ago
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error:
            alive = False
        if not alive:
            raise sa_exc.DisconnectionError()  # the pool drops it and connects anew


def _sqlite_path(url: str) -> Path | None:
    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).absolute()


def _configure_sqlite(
    engine: Engine, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS, path: Path | None = None
) -> None:
    if path is not None:

        @event.listens_for(engine, "handle_error")
        def _diagnose(context: ExceptionContext) -> None:
            verdict = diagnose_sqlite(path, context.original_exception)
            if verdict is not None and context.sqlalchemy_exception is not None:
                context.sqlalchemy_exception.attendance_error = verdict  # type: ignore[attr-defined]

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


def _sqlite_code(error: BaseException) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def quick_check(path: Path) -> bool | None:
    """Whether the store at `path` passes PRAGMA quick_check; None if it cannot be read.
    Read-only and `immutable`, so it needs no -shm file and no free space."""
    try:
        con = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            rows = con.execute("PRAGMA quick_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return False if _sqlite_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB) else None
    return rows == [("ok",)]


def diagnose_sqlite(path: Path, error: BaseException) -> AttendanceError | None:
    """The error a person should see for `error` on the store at `path`; None when its
    message alone says enough (a lock, a read-only file)."""
    code = _sqlite_code(error)
    if code == SQLITE_FULL:
        return StoreFull()
    if code not in (SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_NOTADB):
        return None
    with suppress(OSError):
        if shutil.disk_usage(path.parent).free < LOW_SPACE_BYTES:
            return StoreFull()
    verdict = quick_check(path)
    if verdict is False:
        return StoreCorrupt()
    return StorageError(DISK_ERROR)


def classify(error: BaseException) -> AttendanceError:
    """Turn a driver error into the storage error a person can act on."""
    diagnosed = getattr(error, "attendance_error", None)
    if isinstance(diagnosed, AttendanceError):
        return diagnosed
    if getattr(error, "connection_invalidated", False):
        return StoreUnavailable()  # the connection died; the pool connects anew next time
    if isinstance(error, sa_exc.DataError):  # the value, not the store (a NUL in text)
        return InvalidInput("A value was refused by the database. Nothing was changed.")
    orig = getattr(error, "orig", error)
    text = str(orig).lower()
    if "locked" in text or "busy" in text or "lock timeout" in text:
        return StoreBusy()
    if "disk is full" in text or "no space left" in text or "disk full" in text:
        return StoreFull()
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StoreNotWritable()
    if isinstance(orig, sqlite3.Error) and _sqlite_code(orig) in (
        SQLITE_IOERR,
        SQLITE_CORRUPT,
        SQLITE_NOTADB,
    ):
        return StorageError(DISK_ERROR)  # not diagnosed (no path): never called damaged
    if "corrupt" in text:  # PostgreSQL's own checks found it (SQLSTATE XX001/XX002)
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
