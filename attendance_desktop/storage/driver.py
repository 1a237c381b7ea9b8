"""How a punch's statements run: through SQLAlchemy, or straight on the driver's cursor.

A punch is a few small statements. On PostgreSQL, SQLAlchemy's own work for each execution
(the statement's cache key, an execution context, a result object and its rows) was half
of what a clock-in/clock-out pair cost the server's store: 0.46 of 0.96 ms of CPU. So on
PostgreSQL the punch statements run on the DBAPI cursor of the SQLAlchemy connection, inside
the transaction SQLAlchemy opened on it. What stays SQLAlchemy's: the statements (Core,
compiled once per dialect, with the column types' own bind and result processors), the
pool, the transaction, and the error types: a driver error is raised as SQLAlchemy would
raise it, a lost connection invalidated, so `storage_errors` tells them apart as before.

SQLite keeps SQLAlchemy's execution: its file write lock, not the statements, sets the pace.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

# A row's values by column name: SQLAlchemy's RowMapping, or a dict from the driver.
RowMap = Mapping[Any, Any]


@dataclass(frozen=True)
class Ran:
    """What a statement gave back: its rows, by column name, and the rows it changed."""

    rows: Sequence[RowMap]
    rowcount: int

    def first(self) -> RowMap | None:
        return self.rows[0] if self.rows else None

    def scalar(self) -> Any:
        return next(iter(self.rows[0].values())) if self.rows else None


class StatementRunner(Protocol):
    def __call__(
        self, conn: Connection, statement: ClauseElement, params: Mapping[str, Any]
    ) -> Ran: ...


def run_core(conn: Connection, statement: ClauseElement, params: Mapping[str, Any]) -> Ran:
    """Through SQLAlchemy's execution, as everywhere else."""
    result = conn.execute(statement, params)  # type: ignore[call-overload]
    rows = [r._mapping for r in result] if result.returns_rows else []
    return Ran(rows, result.rowcount)


Processor = Callable[[Any], Any]


@dataclass
class _Compiled:
    sql: str
    compiled: SQLCompiler
    binds: Mapping[str, Processor]  # bind name -> its type's processor (only those with one)
    results: tuple[Processor | None, ...]  # per result column, in order; () if no rows
    # The result columns' names, read from the cursor once: each read of a psycopg
    # cursor's description builds its column objects anew.
    names: tuple[str, ...] | None = None


class DriverRunner:
    """Runs Core statements on the DBAPI cursor of a connection (a dialect with named
    parameters: psycopg's). Each statement is compiled once and kept."""

    def __init__(self, dialect: Dialect) -> None:
        if dialect.positional:
            raise ValueError(f"{dialect.name} takes positional parameters")
        self._dialect = dialect
        self._kept: dict[tuple[int, tuple[str, ...]], tuple[ClauseElement, _Compiled]] = {}
        self._lock = threading.Lock()

    def __call__(
        self, conn: Connection, statement: ClauseElement, params: Mapping[str, Any]
    ) -> Ran:
        ready = self._compiled(statement, params)
        values = ready.compiled.construct_params(dict(params))
        try:
            for name, process in ready.binds.items():
                values[name] = process(values[name])
        except Exception as error:  # a value its column type refuses, as SQLAlchemy tells it
            raise sa_exc.StatementError(str(error), ready.sql, params, error) from error
        dbapi_conn = conn.connection.dbapi_connection
        assert dbapi_conn is not None
        cursor = dbapi_conn.cursor()
        try:
            cursor.execute(ready.sql, values)
            if not ready.results:
                return Ran((), cursor.rowcount)
            if ready.names is None:
                ready.names = tuple(d[0] for d in cursor.description)
            rows = [
                {
                    name: value if process is None else process(value)
                    for name, value, process in zip(ready.names, row, ready.results, strict=True)
                }
                for row in cursor.fetchall()
            ]
            return Ran(rows, cursor.rowcount)
        except self._dialect.loaded_dbapi.Error as error:
            raise self._wrapped(conn, error, ready.sql, values, cursor) from error
        finally:
            cursor.close()

    def _compiled(self, statement: ClauseElement, params: Mapping[str, Any]) -> _Compiled:
        # An INSERT without .values() takes its columns from the parameters given.
        keys = tuple(sorted(params)) if statement.is_dml else ()
        key = (id(statement), keys)
        found = self._kept.get(key)
        if found is not None and found[0] is statement:
            return found[1]
        dialect = self._dialect
        compiled = statement.compile(dialect=dialect, column_keys=list(keys) or None)
        assert isinstance(compiled, SQLCompiler)
        binds = {
            name: process
            for name, bind in compiled.binds.items()
            if (process := bind.type.bind_processor(dialect)) is not None
        }
        columns = getattr(statement, "exported_columns", ())
        results = tuple(c.type.result_processor(dialect, None) for c in columns)
        ready = _Compiled(compiled.string, compiled, binds, results)
        with self._lock:
            self._kept[key] = (statement, ready)  # the statement kept: its id stays its own
        return ready

    def _wrapped(
        self,
        conn: Connection,
        error: Any,
        sql: str,
        values: Mapping[str, Any],
        cursor: Any,
    ) -> sa_exc.DBAPIError:
        """The error as SQLAlchemy raises it; a lost connection is invalidated, so the pool
        opens a new one and `storage_errors` reports STORE_UNAVAILABLE."""
        dialect = self._dialect
        lost = dialect.is_disconnect(error, conn.connection.dbapi_connection, cursor)
        if lost:
            conn.invalidate(error)
        wrapped = sa_exc.DBAPIError.instance(
            sql,
            dict(values),
            error,
            dialect.loaded_dbapi.Error,
            connection_invalidated=lost,
            dialect=dialect,
        )
        assert isinstance(wrapped, sa_exc.DBAPIError)
        return wrapped


def runner_for(dialect: Dialect) -> StatementRunner:
    """The driver's cursor on PostgreSQL, SQLAlchemy's execution elsewhere."""
    return DriverRunner(dialect) if dialect.name == "postgresql" else run_core
