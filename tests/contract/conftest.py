"""One contract, every backend: the local service, the remote service talking to a real
server on 127.0.0.1 over SQLite and over a PostgreSQL the tests start, and the workstation's
journaled service (every punch through its journal) over the remote one."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from server.harness import pg_cluster
from server.live import NOW, PASSWORD, live_server

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.core.service import AttendanceService
from attendance_desktop.journal.journaled_service import JournaledService
from attendance_desktop.journal.store import PunchJournal
from attendance_desktop.remote import RemoteAttendanceService, sign_in
from attendance_desktop.storage.accounts import AccountStore
from attendance_desktop.storage.local_service import LocalAttendanceService

# Shorter than the 16 h default, so a missed clock-out shows within a sign-in's 12 h.
MISSING_AFTER = timedelta(hours=10)


@dataclass
class Backend:
    service: AttendanceService
    employee_id: int
    clock: FixedClock
    # An admin's approval of a pending request (a server's); the local store has none.
    approve: Callable[[int], object] | None = None


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        AccountStore, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


ADA = NewEmployee(
    first_name="Ada",
    last_name="Lovelace",
    email="ada@example.com",
    job_title="Analyst",
    department="Engines",
)


@pytest.fixture(params=["local", "remote-sqlite", "remote-postgres", "journaled-sqlite"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Backend]:
    sqlite = f"sqlite+pysqlite:///{tmp_path / 'contract.sqlite3'}"
    if request.param == "local":
        clock = FixedClock(NOW)
        local = LocalAttendanceService.open(sqlite, clock)
        local.set_missing_clock_out_limit(MISSING_AFTER.total_seconds() / 3600)
        emp = local.add_employee(ADA)
        yield Backend(local, emp.id, clock)
        local.close()
        return
    url = sqlite if request.param == "remote-sqlite" else pg_cluster().new_database()
    with live_server(url, missing_clock_out_after=MISSING_AFTER) as live:
        emp = live.ctx.service.add_employee(ADA)
        live.ctx.accounts.set_account(emp.id, password=PASSWORD)
        token, employee_id = sign_in(live.base_url, "ada@example.com", PASSWORD)
        assert employee_id == emp.id

        def approve(correction_id: int) -> object:
            return live.ctx.service.decide_correction(correction_id, approve=True, actor_id=None)

        remote = RemoteAttendanceService(live.base_url, token, timeout=10)
        if request.param == "journaled-sqlite":
            journal = PunchJournal(tmp_path / "journal.sqlite3")
            journaled = JournaledService(remote, journal, live.clock)
            yield Backend(journaled, emp.id, live.clock, approve)
            journaled.close()
            return
        yield Backend(remote, emp.id, live.clock, approve)
        remote.close()
