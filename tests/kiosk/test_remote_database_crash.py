"""A kiosk's replay while the server's PostgreSQL is killed and restarted: every punch
arrives once, in order, and none is marked refused.

Found: after PostgreSQL was killed during a kiosk's replay, 24 of 24 offline punches were
marked refused (the server's `503 STORAGE_ERROR` was taken as final), and none reached the
server, even after the kiosk restarted.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from server.harness import PgCluster, free_port
from server.live import NOW, live_server
from sqlalchemy import func, select

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.journal.store import PunchJournal
from attendance_desktop.kiosk.remote_backend import RemoteKioskBackend
from attendance_desktop.kiosk.roster import DeviceCache
from attendance_desktop.paths import app_paths
from attendance_desktop.storage.schema import punches, work_sessions

pytestmark = pytest.mark.postgres

BATCH = 6


def kiosk(
    url: str, token: str, data: Path, clock: FixedClock, **hooks: object
) -> RemoteKioskBackend:
    http = httpx.Client(
        base_url=url,
        headers={"Authorization": f"Bearer {token}"},
        timeout=httpx.Timeout(5, connect=1.5),
        event_hooks=hooks,  # type: ignore[arg-type]
    )
    paths = app_paths(data)
    journal = PunchJournal(paths.data_dir / "kiosk-journal.sqlite3")
    device = DeviceCache(paths.data_dir / "kiosk-device.json")
    return RemoteKioskBackend(http, journal, device, clock, batch=BATCH)


def test_a_database_killed_during_a_replay_loses_and_refuses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cluster = PgCluster.start(durable=True)  # its own; durable: a crash keeps every commit
    try:
        with live_server(cluster.new_database()) as server:
            badges = [f"55{n:02d}" for n in range(4)]
            for n, badge in enumerate(badges):
                server.add_employee(f"Emp{n}", badge=badge)
            token = server.ctx.accounts.add_device("Front door")[1]
            data, clock = tmp_path / "kiosk", FixedClock(NOW - timedelta(hours=3))
            online = kiosk(server.base_url, token, data, clock)
            online.refresh_device()  # the server's sealing key, for punching offline
            online.close()

            # 24 punches while the network is down: 3 sessions for each of 4 people.
            offline = kiosk(f"http://127.0.0.1:{free_port()}", token, data, clock)
            for _ in range(6):
                for badge in badges:
                    assert offline.toggle(offline.identify_badge(badge)).offline
                    clock.advance(timedelta(minutes=1))
            offline.close()

            # The database dies in the middle of the third batch (punches 13 to 18): its first
            # punch (the fifth clock-out) is committed, the next one meets a dead connection.
            clock_out, clock_outs = server.ctx.service.clock_out, 0

            def crash_before_the_sixth_clock_out(*args: Any, **kwargs: Any) -> Any:
                nonlocal clock_outs
                clock_outs += 1
                if clock_outs == 6:
                    cluster.crash()
                return clock_out(*args, **kwargs)

            monkeypatch.setattr(server.ctx.service, "clock_out", crash_before_the_sixth_clock_out)
            back = kiosk(server.base_url, token, data, clock)
            try:
                status = back.sync()
                assert status.offline
                assert (status.waiting, status.refused) == (24 - 13, 0)
                assert back.refused() == []

                cluster.start_again()
                clock.advance(timedelta(minutes=10))  # past any backoff
                status = back.sync()
                assert (status.offline, status.waiting, status.refused) == (False, 0, 0)
            finally:
                back.close()

            journal = PunchJournal(app_paths(data).data_dir / "kiosk-journal.sqlite3")
            assert journal.pending_count() == 0 and journal.rejected() == []
            journal.close()
            with server.ctx.service.engine.connect() as conn:
                assert conn.execute(select(func.count()).select_from(punches)).scalar() == 24
                sessions = conn.execute(select(work_sessions)).all()
            assert len(sessions) == 12
            assert all(s.offline and s.clock_out is not None for s in sessions)
    finally:
        cluster.stop()


def test_a_live_punch_that_meets_a_dead_database_is_kept_and_sent_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The person is told the punch is saved (as offline); it must then never be dropped.
    Before, a live punch answered `503 STORAGE_ERROR` left the journal and raised."""
    cluster = PgCluster.start(durable=True)
    try:
        with live_server(cluster.new_database()) as server:
            emp = server.add_employee("Ana", badge="0077")
            token = server.ctx.accounts.add_device("Front door")[1]
            clock = FixedClock(NOW)
            desk = kiosk(server.base_url, token, tmp_path / "kiosk", clock)
            clock_in = server.ctx.service.clock_in

            def crash_first(*args: Any, **kwargs: Any) -> Any:
                cluster.crash()  # after the device was let in, before the punch
                return clock_in(*args, **kwargs)

            try:
                ana = desk.identify_badge("0077")
                monkeypatch.setattr(server.ctx.service, "clock_in", crash_first)
                result = desk.toggle(ana)
                assert result.offline and desk.sync().waiting == 1
                monkeypatch.setattr(server.ctx.service, "clock_in", clock_in)

                cluster.start_again()
                clock.advance(timedelta(minutes=1))
                server.advance(minutes=1)
                status = desk.sync()
                assert (status.offline, status.waiting, status.refused) == (False, 0, 0)
                [session] = server.ctx.service.sessions_between(emp, NOW.date(), NOW.date())
                assert session.clock_in == NOW and session.offline
            finally:
                desk.close()
    finally:
        cluster.stop()
