"""Opening the server's database and migrating it once, whatever the number of workers.

`storage.migrations.upgrade` serialises concurrent upgrades itself (an advisory lock on
PostgreSQL, BEGIN IMMEDIATE on SQLite), so several servers or workers may start at once.
"""

from __future__ import annotations

from sqlalchemy import Engine

from ..storage.engine import make_engine, storage_errors
from ..storage.migrations import upgrade


def open_engine(url: str) -> Engine:
    with storage_errors():
        return make_engine(url)


def migrate(engine: Engine) -> int:
    """Bring the database to the current schema. Returns the version it was at (0 = new)."""
    with storage_errors():
        return upgrade(engine)
