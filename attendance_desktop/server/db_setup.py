"""Opening the server's database and migrating it once, whatever the number of workers.

On PostgreSQL a session advisory lock serialises concurrent migrations (several servers
or workers starting at once); on SQLite the migration's BEGIN IMMEDIATE already does.
"""

from __future__ import annotations

from sqlalchemy import Engine, text

from ..storage.engine import make_engine, storage_errors
from ..storage.migrations import upgrade

# Any constant works; it only has to be the same for every process of this app.
MIGRATION_LOCK_KEY = 0x41_54_54_44  # "ATTD"


def open_engine(url: str) -> Engine:
    with storage_errors():
        return make_engine(url)


def migrate(engine: Engine) -> int:
    """Bring the database to the current schema. Returns the version it was at (0 = new)."""
    with storage_errors():
        if engine.dialect.name != "postgresql":
            return upgrade(engine)
        with engine.connect() as lock_conn:
            lock_conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
            lock_conn.commit()
            try:
                return upgrade(engine)
            finally:
                lock_conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK_KEY})
                lock_conn.commit()
