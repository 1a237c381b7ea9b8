"""What every part of the local service shares: the engine, the clock, the zones and the
two kinds of transaction. `LocalAttendanceService` builds one and hands it to its parts
(punches, months, corrections, the directory, the calendar), as Anki's collection hands
work to its backend modules, so no part reaches for another's engine."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Connection
from sqlalchemy.sql.dml import Insert

from ..core.clock import Clock
from ..core.models import Employee
from .driver import runner_for
from .engine import storage_errors


class StoreCore:
    def __init__(
        self, engine: Engine, clock: Clock, default_zone: ZoneInfo, tolerance: timedelta
    ) -> None:
        self.engine = engine
        self.clock = clock
        self.default_zone = default_zone
        self.tolerance = tolerance
        # PostgreSQL runs a DELETE inside an INSERT's WITH (a clock-in's two writes in one
        # round trip) and gives new ids with RETURNING; SQLite's WITH takes only a SELECT.
        self.postgres = engine.dialect.name == "postgresql"
        self.run = runner_for(engine.dialect)  # how a punch's statements run

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with storage_errors(), self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self, keep_conflicts: bool = False) -> Iterator[Connection]:
        """A durable write transaction. With `keep_conflicts`, a unique-index refusal (another
        writer won a race) reaches the caller as IntegrityError, to be told as its conflict."""
        passthrough = (sa_exc.IntegrityError,) if keep_conflicts else ()
        with (
            storage_errors(passthrough),
            self.engine.connect().execution_options(write=True) as conn,
            conn.begin(),
        ):
            yield conn

    def zone(self, employee: Employee) -> ZoneInfo:
        """The employee's time zone, or the store's default when they have none."""
        if employee.timezone:
            try:
                return ZoneInfo(employee.timezone)
            except (ZoneInfoNotFoundError, ValueError):
                pass
        return self.default_zone

    def insert(self, conn: Connection, insert: Insert, row: dict[str, Any]) -> int:
        """Insert one row and give its new id: on PostgreSQL the statement says RETURNING
        and runs on the driver; SQLite's row id comes through SQLAlchemy (RETURNING needs
        SQLite 3.35, newer than some systems have)."""
        if self.postgres:
            return int(self.run(conn, insert, row).scalar())
        inserted = conn.execute(insert, row).inserted_primary_key
        assert inserted is not None
        return int(inserted[0])
