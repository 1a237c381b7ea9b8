"""The schema version and the steps that bring an older database up to date.

A new database is created from `schema.metadata` and stamped with SCHEMA_VERSION. An older
one runs each step above its version, in one transaction per step. Every released version
has a saved database in `tests/fixtures/` and a test that upgrades it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, inspect, select, text
from sqlalchemy.engine import Connection

from ..core.errors import StoreTooNew
from . import generations, record_ids, schema

SCHEMA_VERSION = 10


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


def _account_limits(conn: Connection) -> None:
    """Version 4: accounts' token version (tokens end when a role or password changes),
    the per-address sign-in limit, and the signing secret out of the data tables (the
    server moves it to its private secret file when it starts; see server/secret.py)."""
    # Version 2's step makes `accounts` from the current metadata: a database upgraded
    # from version 1 has the column already.
    if "token_version" not in {c["name"] for c in inspect(conn).get_columns("accounts")}:
        conn.execute(
            text("ALTER TABLE accounts ADD COLUMN token_version INTEGER NOT NULL DEFAULT '0'")
        )
    schema.sign_in_limits.create(conn, checkfirst=True)


def _one_id_space(conn: Connection) -> None:
    """Version 5: sessions and absence records share one id space that never reuses an id;
    employees get an active flag and a last day; the generations table (cache checks)."""
    record_ids.renumber_absences(conn)
    if conn.dialect.name == "sqlite":
        record_ids.rebuild_sqlite_tables(conn)
    record_ids.install(conn)
    if conn.dialect.name == "postgresql":
        for table in record_ids.TABLES:  # the serial columns' own sequences, now unused
            conn.execute(text(f"DROP SEQUENCE IF EXISTS {table.name}_id_seq"))
    conn.execute(text("ALTER TABLE employees ADD COLUMN active BOOLEAN DEFAULT true NOT NULL"))
    conn.execute(text("ALTER TABLE employees ADD COLUMN end_date DATE"))
    schema.generations.create(conn)
    generations.seed(conn)


def _add_device_exit_code(conn: Connection) -> None:
    """Version 6: each kiosk device's exit code hash (leaving kiosk mode while offline).
    A database older than version 2 got the devices table from today's metadata already."""
    if "exit_code_hash" not in {c["name"] for c in inspect(conn).get_columns("devices")}:
        conn.execute(text("ALTER TABLE devices ADD COLUMN exit_code_hash VARCHAR(255)"))


def _fixing_the_record(conn: Connection) -> None:
    """Version 7: leave days, correction requests and the audit log (new tables)."""
    schema.metadata.create_all(conn, tables=list(schema.SCHEMA_V7_TABLES))


def _period_locks(conn: Connection) -> None:
    """Version 8: months locked after payroll and the log of locks (new tables)."""
    schema.metadata.create_all(conn, tables=list(schema.SCHEMA_V8_TABLES))


def _device_last_seen(conn: Connection) -> None:
    """Version 9: each kiosk device's last request, shown in the team console. A database
    older than version 2 got the devices table from today's metadata already."""
    if "last_seen" in {c["name"] for c in inspect(conn).get_columns("devices")}:
        return
    kind = schema.devices.c.last_seen.type.compile(dialect=conn.dialect)
    conn.execute(text(f"ALTER TABLE devices ADD COLUMN last_seen {kind}"))


def _holiday_cache_per_language(conn: Connection) -> None:
    """Version 10: the holiday cache keeps the names per language (a `language` column in
    its key). It is only a cache, so the table is dropped and made again from the current
    metadata; its rows, all written in English until now, are put back as English ones
    (a later start need not work those years out again)."""
    table = schema.holiday_cache
    rows = conn.execute(
        text("SELECT country, subdivision, year, holidays_json FROM holiday_cache")
    ).all()
    table.drop(conn)
    table.create(conn)
    if rows:
        conn.execute(table.insert(), [{**row._asdict(), "language": "en_US"} for row in rows])


# version -> step that upgrades a database at version-1 to version.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    2: _add_server_tables,
    3: _index_latest_session,
    4: _account_limits,
    5: _one_id_space,
    6: _add_device_exit_code,
    7: _fixing_the_record,
    8: _period_locks,
    9: _device_last_seen,
    10: _holiday_cache_per_language,
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
    with (
        engine.connect().execution_options(write=True) as conn,
        _sqlite_foreign_keys_off(conn),
        conn.begin(),
    ):
        if conn.dialect.name == "postgresql":
            # Another worker's upgrade may take long (building an index): wait it out.
            conn.execute(text("SET LOCAL lock_timeout = 0"))
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_UPGRADE_LOCK})
        found = current_version(conn)
        if found is None:
            schema.metadata.create_all(conn)
            record_ids.install(conn)
            generations.seed(conn)
            _stamp(conn, SCHEMA_VERSION)
            return 0
        if found > SCHEMA_VERSION:
            raise StoreTooNew()
        for version in range(found + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[version](conn)
            _stamp(conn, version)
        return found


@contextmanager
def _sqlite_foreign_keys_off(conn: Connection) -> Iterator[None]:
    """Foreign keys off for an upgrade on SQLite, which rebuilds tables (dropping a parent
    table would otherwise delete its children). SQLite takes this only outside a
    transaction, so it goes to the driver before the upgrade's BEGIN."""
    if conn.dialect.name != "sqlite":
        yield
        return
    raw = conn.connection.dbapi_connection
    assert raw is not None
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys = ON")
