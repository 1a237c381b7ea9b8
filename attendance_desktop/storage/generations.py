"""Generation numbers: how a process tells that its cache of shared data is stale.

A server runs several workers, and the admin's command line is another process again. Each
keeps the work calendar it built; a change to what the calendar is made of (holidays, the
holiday region) bumps the calendar's generation in the same transaction, and a reader
compares the stored number with the one its cache was built at: one primary-key read.
"""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.engine import Connection

from .schema import generations

CALENDAR = "calendar"
NAMES = (CALENDAR,)

_READ = select(generations.c.value).where(generations.c.name == bindparam("name"))
_BUMP = (
    generations.update()
    .where(generations.c.name == bindparam("of"))
    .values(value=generations.c.value + 1)
)


def seed(conn: Connection) -> None:
    """Start every generation at 0 (a new database, or the upgrade that adds the table)."""
    conn.execute(generations.insert(), [{"name": name, "value": 0} for name in NAMES])


def current(conn: Connection, name: str) -> int:
    return int(conn.execute(_READ, {"name": name}).scalar() or 0)


def bump(conn: Connection, name: str) -> None:
    """Mark `name` changed, inside the transaction that changes it."""
    conn.execute(_BUMP, {"of": name})
