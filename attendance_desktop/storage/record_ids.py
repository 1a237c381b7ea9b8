"""One id space for work sessions and absence records, whose ids are never reused.

Seed 004 addresses a session and a day recorded with no check-in by one `id`, so the two
tables draw from one counter, and an id once given stays spent after a delete: a retried
DELETE must find nothing rather than remove someone else's newer record.

On PostgreSQL the counter is the sequence `record_ids`, the DEFAULT of both id columns (no
round trip more than a serial column). SQLite has no sequences: both tables are AUTOINCREMENT
(whose counters, kept in `sqlite_sequence`, never go back) and a trigger on each moves both
counters up to every new id, so neither table can hand out an id the other used.
"""

from __future__ import annotations

from sqlalchemy import func, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.schema import CreateTable

from .schema import ONE_OPEN_INDEXES, RECORD_IDS, absences, work_sessions

TABLES = (work_sessions, absences)
_NAMES = ", ".join(f"'{t.name}'" for t in TABLES)


def install(conn: Connection) -> None:
    """Make the tables' ids one space, starting above every id already used."""
    top = _highest_id(conn)
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"CREATE SEQUENCE IF NOT EXISTS {RECORD_IDS.name}"))
        for table in TABLES:
            conn.execute(
                text(
                    f"ALTER TABLE {table.name} ALTER COLUMN id "
                    f"SET DEFAULT nextval('{RECORD_IDS.name}')"
                )
            )
        # is_called false: the next value is `top + 1` itself (setval refuses 0).
        conn.execute(
            text("SELECT setval(:seq, :value, false)"), {"seq": RECORD_IDS.name, "value": top + 1}
        )
        return
    for table in TABLES:
        conn.execute(text("DELETE FROM sqlite_sequence WHERE name = :name"), {"name": table.name})
        conn.execute(
            text("INSERT INTO sqlite_sequence (name, seq) VALUES (:name, :top)"),
            {"name": table.name, "top": top},
        )
        conn.execute(
            text(
                f"CREATE TRIGGER IF NOT EXISTS {table.name}_spend_id AFTER INSERT ON {table.name} "
                f"BEGIN UPDATE sqlite_sequence SET seq = NEW.id "
                f"WHERE name IN ({_NAMES}) AND seq < NEW.id; END"
            )
        )


def _highest_id(conn: Connection) -> int:
    highest = [conn.execute(select(func.max(t.c.id))).scalar() or 0 for t in TABLES]
    return int(max(highest))


def renumber_absences(conn: Connection) -> None:
    """Move absence records' ids above every session's. Before version 5 they had their own
    counter, and went on the wire negated."""
    offset = int(conn.execute(select(func.max(work_sessions.c.id))).scalar() or 0)
    # In two steps, so that no row takes an id another row still holds on the way.
    conn.execute(absences.update().values(id=-absences.c.id))
    conn.execute(absences.update().values(id=offset - absences.c.id))


def rebuild_sqlite_tables(conn: Connection) -> None:
    """Re-create both tables as AUTOINCREMENT tables, rows, ids and indexes kept. SQLite
    cannot add AUTOINCREMENT to a table; the caller turns foreign keys off, as SQLite's
    guide to changing a table says, so that dropping the old table cascades to nothing."""
    for table in TABLES:
        create = str(CreateTable(table).compile(dialect=conn.dialect)).strip()
        old_name = f"CREATE TABLE {table.name} "
        assert create.startswith(old_name)
        conn.execute(text(f"CREATE TABLE {table.name}_new " + create.removeprefix(old_name)))
        columns = ", ".join(c.name for c in table.columns)
        conn.execute(
            text(f"INSERT INTO {table.name}_new ({columns}) SELECT {columns} FROM {table.name}")
        )
        conn.execute(text(f"DROP TABLE {table.name}"))
        conn.execute(text(f"ALTER TABLE {table.name}_new RENAME TO {table.name}"))
        for index in table.indexes:
            index.create(conn)
        if table.name in ONE_OPEN_INDEXES:
            conn.execute(text(ONE_OPEN_INDEXES[table.name]))
    broken = conn.execute(text("PRAGMA foreign_key_check")).first()
    assert broken is None, f"a rebuilt table lost a reference: {tuple(broken)}"
