"""On PostgreSQL a punch's statements run on the driver's cursor. They must answer exactly
what SQLAlchemy's execution answers, and fail the way it fails."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from server.harness import pg_cluster
from sqlalchemy import Engine, text
from sqlalchemy import exc as sa_exc

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.storage import punch_statements as statements
from attendance_desktop.storage.driver import DriverRunner, run_core, runner_for
from attendance_desktop.storage.engine import make_engine
from attendance_desktop.storage.local_service import LocalAttendanceService
from attendance_desktop.storage.migrations import upgrade

pytestmark = pytest.mark.postgres


@pytest.fixture
def engine() -> Iterator[Engine]:
    engine = make_engine(pg_cluster().new_database())
    upgrade(engine)
    yield engine
    engine.dispose()


def test_postgres_runs_punches_on_the_driver_and_sqlite_through_sqlalchemy(
    engine: Engine,
) -> None:
    assert isinstance(runner_for(engine.dialect), DriverRunner)
    sqlite = make_engine("sqlite://")
    assert runner_for(sqlite.dialect) is run_core
    sqlite.dispose()


def test_the_driver_reads_what_sqlalchemy_reads(engine: Engine) -> None:
    """An open session with an ended and a running break, read both ways: the same values,
    instants in UTC, in the same order."""
    clock = FixedClock(datetime(2026, 11, 16, 7, 0, tzinfo=UTC))
    service = LocalAttendanceService(engine, clock, default_timezone="Europe/Berlin")
    emp = service.add_employee(NewEmployee("Ada", "Lovelace", "ada@example.com")).id
    service.clock_in(emp)
    for minutes, punch in ((60, service.start_break), (75, service.end_break)):
        clock.set(clock.now() + timedelta(minutes=minutes))
        punch(emp)
    clock.set(clock.now() + timedelta(hours=2))
    service.start_break(emp, "Lunch")
    driver = DriverRunner(engine.dialect)

    with engine.connect() as conn, conn.begin():
        # The connection's own time zone must not show through.
        conn.execute(text("SET LOCAL TIME ZONE 'America/New_York'"))
        core = [
            dict(r)
            for r in run_core(conn, statements.EMPLOYEE_FOR_PUNCH, {"employee_id": emp}).rows
        ]
        direct = driver(conn, statements.EMPLOYEE_FOR_PUNCH, {"employee_id": emp}).rows

    assert direct == core
    assert len(direct) == 2 and direct[1]["break_reason"] == "Lunch"
    instants = [v for row in direct for v in row.values() if isinstance(v, datetime)]
    assert instants and all(v.utcoffset() == timedelta(0) for v in instants)


def test_the_driver_refuses_a_naive_instant_as_sqlalchemy_does(engine: Engine) -> None:
    driver = DriverRunner(engine.dialect)
    ending = {"of_session": 1, "ended_at": datetime(2026, 11, 16, 8, 0), "now": datetime.now(UTC)}
    with engine.connect() as conn, conn.begin(), pytest.raises(sa_exc.StatementError):
        run_core(conn, statements.CLOSE_SESSION, ending)
    with (
        engine.connect() as conn,
        conn.begin(),
        pytest.raises(sa_exc.StatementError, match="naive"),
    ):
        driver(conn, statements.CLOSE_SESSION, ending)
    aware = ending | {"ended_at": datetime(2026, 11, 16, 9, 0, tzinfo=timezone(timedelta(hours=1)))}
    with engine.connect() as conn, conn.begin():
        assert driver(conn, statements.CLOSE_SESSION, aware).rowcount == 0  # no such session


def test_a_driver_error_is_raised_as_sqlalchemys(engine: Engine) -> None:
    """A broken unique index comes out as SQLAlchemy's IntegrityError (the punch tells it
    as a conflict), and the transaction is rolled back as usual."""
    service = LocalAttendanceService(engine)
    emp = service.add_employee(NewEmployee("Ada", "Lovelace", "ada@example.com")).id
    now = datetime.now(UTC)
    row = {
        "employee_id": emp,
        "local_date": now.date(),
        "clock_in": now,
        "clock_out": None,
        "offline": False,
        "created_at": now,
        "updated_at": now,
        "absent_employee": emp,
        "absent_day": now.date(),
    }
    driver = DriverRunner(engine.dialect)
    with engine.connect() as conn, conn.begin():
        first = driver(conn, statements.INSERT_SESSION_DROPPING_ABSENCE, row).scalar()
        with pytest.raises(sa_exc.IntegrityError):
            driver(conn, statements.INSERT_SESSION_DROPPING_ABSENCE, row)  # a second open one
    assert isinstance(first, int)
    assert service.status(emp).clocked_in is False  # rolled back, both
