"""The schema version and the steps that bring an older database up to date.

A new database is created from `schema.metadata` and stamped with SCHEMA_VERSION. An older
one runs each step above its version, in one transaction per step. Every released version
has a saved database in `tests/fixtures/` and a test that upgrades it.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.engine import Connection

from ..core.errors import StoreTooNew
from . import schema

SCHEMA_VERSION = 6


def _add_server_tables(conn: Connection) -> None:
    """Version 2: the server's accounts, kiosk devices, absence records and holiday cache
    (new tables, created from the current metadata), and employees' start date."""
    schema.metadata.create_all(conn, tables=list(schema.SCHEMA_V2_TABLES))
    conn.execute(text("ALTER TABLE employees ADD COLUMN start_date DATE"))


def _index_latest_session(conn: Connection) -> None:
    """Version 3: the index that finds an employee's latest session without a sort."""
    index = next(
        i for i in schema.work_sessions.indexes if i.name == "ix_work_sessions_employee_clock_in"
    )
    index.create(conn)


def _reserved(conn: Connection) -> None:
    """Versions 4 and 5 are taken by changes made on other branches; the merge puts their
    real steps here."""


def _add_device_exit_code(conn: Connection) -> None:
    """Version 6: each kiosk device's exit code hash (leaving kiosk mode while offline).
    A database older than version 2 got the devices table from today's metadata already."""
    if "exit_code_hash" not in {c["name"] for c in inspect(conn).get_columns("devices")}:
        conn.execute(text("ALTER TABLE devices ADD COLUMN exit_code_hash VARCHAR(255)"))


# version -> step that upgrades a database at version-1 to version.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    2: _add_server_tables,
    3: _index_latest_session,
    4: _reserved,
    5: _reserved,
    6: _add_device_exit_code,
}


def current_version(conn: Connection) -> int | None:
    """The stored schema version, or None for an empty database."""
    if not inspect(conn).has_table("schema_info"):
        return None
    row = conn.execute(select(schema.schema_info.c.version)).first()
    return int(row[0]) if row else 0


def _stamp(conn: Connection, version: int) -> None:
    conn.execute(schema.schema_info.delete())
    conn.execute(schema.schema_info.insert().values(id=1, version=version))


# Any number will do, as long as it is ours: it serialises upgrades across server workers.
_PG_UPGRADE_LOCK = 0x41_54_54_44


def upgrade(engine: Engine) -> int:
    """Bring the database to SCHEMA_VERSION. Returns the version it was at (0 = new).

    An up-to-date database is only read (no write lock), so opening the app while another
    program writes does not wait. Upgrades take the write lock (and, on PostgreSQL, an
    advisory lock) and re-check the version, so several workers starting at once upgrade once.
    """
    with engine.connect() as conn, conn.begin():
        found = current_version(conn)
    if found is not None and found > SCHEMA_VERSION:
        raise StoreTooNew()
    if found == SCHEMA_VERSION:
        return found
    with engine.connect().execution_options(write=True) as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            # Another worker's upgrade may take long (building an index): wait it out.
            conn.execute(text("SET LOCAL lock_timeout = 0"))
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_UPGRADE_LOCK})
        found = current_version(conn)
        if found is None:
            schema.metadata.create_all(conn)
            _stamp(conn, SCHEMA_VERSION)
            return 0
        if found > SCHEMA_VERSION:
            raise StoreTooNew()
        for version in range(found + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[version](conn)
            _stamp(conn, version)
        return found
