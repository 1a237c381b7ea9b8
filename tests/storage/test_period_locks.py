"""Locking a month: admins locking it at once all get the one lock, logged once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from server.harness import pg_cluster

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService
from attendance_desktop.storage.period_locks import PeriodLocks

NOW = datetime(2026, 11, 18, 10, tzinfo=UTC)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LocalAttendanceService]:
    url = sqlite_url(tmp_path / "a.sqlite3") if request.param == "sqlite" else None
    svc = LocalAttendanceService.open(url or pg_cluster().new_database(), FixedClock(NOW))
    yield svc
    svc.close()


def test_a_burst_of_locks_gives_one_lock_and_no_error(store: LocalAttendanceService) -> None:
    """Found: 40 parallel locks of one month on PostgreSQL answered one 503 (the loser of
    the insert race broke the primary key)."""
    locks = PeriodLocks(store.engine, FixedClock(NOW))
    start, errors, got = threading.Barrier(12), [], []

    def lock(admin: int) -> None:
        start.wait()
        try:
            got.append(locks.lock(2026, 10, actor_id=admin, today=date(2026, 11, 18)))
        except Exception as exc:  # any error is the finding
            errors.append(exc)

    threads = [threading.Thread(target=lock, args=(n,)) for n in range(1, 13)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert len({(g.year, g.month, g.locked_by) for g in got}) == 1  # everyone sees the first
    assert [e.action for e in locks.log()] == ["lock"]
