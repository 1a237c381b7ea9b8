"""Read a SQLite file's rows directly, to prove a failed call left the store unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

Rows = dict[str, list[tuple[object, ...]]]

# Derived data the store may fill on any read; not part of what a call "changes".
CACHES = {"holiday_cache"}


def dump(path: Path) -> Rows:
    """Every row of every table, in a stable order, read with a separate plain connection."""
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        tables = [t for t in tables if t not in CACHES]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        con.close()


def count(path: Path, table: str, where: str = "1 = 1") -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f'SELECT count(*) FROM "{table}" WHERE {where}').fetchone()[0])
    finally:
        con.close()
