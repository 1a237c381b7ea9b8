"""A PostgreSQL restart cuts every pooled connection: the next punch must still go through,
on a fresh connection, and not fail with the dead one's error."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from server.harness import PgCluster

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import StoreUnavailable
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.storage.engine import make_engine
from attendance_desktop.storage.local_service import LocalAttendanceService
from attendance_desktop.storage.migrations import upgrade

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize("idle_s", [0.0, 3600.0], ids=["idle-connection", "busy-connection"])
def test_the_first_punch_after_a_database_restart(idle_s: float) -> None:
    """A connection idle for longer than the engine's ping threshold is checked before use
    (the punch goes through); one used a moment ago is not, and the restart costs that one
    request a plain STORE_UNAVAILABLE, after which the pool connects anew."""
    cluster = PgCluster.start()  # its own: restarting the shared one would cut other tests
    clock = FixedClock(datetime(2026, 11, 16, 7, 0, tzinfo=UTC))
    try:
        engine = make_engine(cluster.new_database(), ping_after_idle_s=idle_s, pool_size=1)
        upgrade(engine)
        service = LocalAttendanceService(engine, clock)
        emp = service.add_employee(NewEmployee("Ada", "Lovelace", "ada@example.com")).id
        service.clock_in(emp)

        cluster.restart()
        clock.set(clock.now() + timedelta(hours=8))

        if idle_s:
            with pytest.raises(StoreUnavailable):
                service.clock_out(emp)
        closed = service.clock_out(emp)  # idle: at once; busy: on the pool's new connection
        assert closed.clock_out == clock.now()
        assert not service.status(emp).clocked_in
        engine.dispose()
    finally:
        cluster.stop()
