"""The kiosk of a company server: every punch journalled first, offline identification
from the cached roster, in-order replay through restarts and SIGKILL, refusals kept."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import PinLocked, WrongPin
from attendance_desktop.journal.store import PunchJournal
from attendance_desktop.kiosk.backend import KioskState, PunchAction
from attendance_desktop.kiosk.errors import UnknownBadge
from attendance_desktop.kiosk.remote_backend import RemoteKioskBackend
from attendance_desktop.paths import app_paths
from attendance_desktop.storage.schema import punches, work_sessions

from .conftest import NOW
from .remote_harness import RestartableServer

HEADLESS = Path(__file__).with_name("headless_kiosk.py")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RestartableServer]:
    srv = RestartableServer(tmp_path / "server.sqlite3", NOW)
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture
def remote(server: RestartableServer, tmp_path: Path) -> Iterator[RemoteKioskBackend]:
    server.add_employee("Anna", badge="0012345", pin="2468")
    server.add_employee("Chloe", pin="9999", role="admin")
    token = server.device_token()
    backend = RemoteKioskBackend.open(
        server.base_url, token, app_paths(tmp_path / "kiosk"), server.clock, timeout_s=2
    )
    backend.refresh_roster()
    yield backend
    backend.close()


def server_state(server: RestartableServer, employee_id: int) -> KioskState:
    assert server.ctx is not None
    st = server.ctx.service.status(employee_id)
    return KioskState(st.clocked_in, st.on_break)


def test_online_a_badge_toggles_on_the_server(
    remote: RemoteKioskBackend, server: RestartableServer
) -> None:
    anna = remote.identify_badge("0012345")
    first = remote.toggle(anna)
    assert first.action is PunchAction.CLOCK_IN and not first.offline
    assert server_state(server, anna.employee_id) == KioskState(True, False)
    second = remote.toggle(remote.identify_badge("0012345"))
    assert second.action is PunchAction.CLOCK_OUT and second.today_worked is not None
    assert server_state(server, anna.employee_id) == KioskState(False, False)
    remote.undo(second)
    assert server_state(server, anna.employee_id) == KioskState(True, False)


def test_offline_it_identifies_from_the_roster_and_queues(
    remote: RemoteKioskBackend, server: RestartableServer
) -> None:
    server.stop()
    anna = remote.identify_badge("0012345")
    assert anna.first_name == "Anna"
    with pytest.raises(UnknownBadge):
        remote.identify_badge("999")
    result = remote.toggle(anna)
    assert result.offline and result.action is PunchAction.CLOCK_IN
    again = remote.toggle(remote.identify_pin(anna.employee_id, "2468"))
    assert again.action is PunchAction.CLOCK_OUT  # last known state + queued punches
    status = remote.sync()
    assert status.offline and status.waiting == 2

    server.start()
    status = remote.sync()
    assert (status.offline, status.waiting, status.refused) == (False, 0, 0)
    assert server.ctx is not None
    sessions = server.ctx.service.sessions_between(anna.employee_id, NOW.date(), NOW.date())
    assert [(s.clock_in, s.clock_out, s.offline) for s in sessions] == [(result.at, again.at, True)]


def test_offline_pins_are_checked_and_lock_after_five(
    remote: RemoteKioskBackend, server: RestartableServer
) -> None:
    server.stop()
    anna_id = remote.identify_badge("0012345").employee_id
    for _ in range(4):
        with pytest.raises(WrongPin):
            remote.identify_pin(anna_id, "0000")
    with pytest.raises(PinLocked):
        remote.identify_pin(anna_id, "0000")
    with pytest.raises(PinLocked):
        remote.identify_pin(anna_id, "2468")


def test_a_refused_replay_is_kept_for_an_admin(
    remote: RemoteKioskBackend, server: RestartableServer
) -> None:
    anna = remote.identify_badge("0012345")
    server.stop()
    remote.toggle(anna)  # clock in, queued
    server.start()
    assert server.ctx is not None
    server.ctx.service.clock_in(anna.employee_id)  # meanwhile, at a workstation
    status = remote.sync()
    assert (status.waiting, status.refused) == (0, 1)
    [refused] = remote.refused()
    assert refused.action == "clock_in" and "Already clocked in" in refused.message


def run_kiosk(server: RestartableServer, token: str, data: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(HEADLESS), server.base_url, token, str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout


def test_200_offline_punches_survive_a_sigkill_during_the_sync(
    server: RestartableServer, tmp_path: Path
) -> None:
    badges = [f"77{n:04d}" for n in range(20)]
    ids = {b: server.add_employee(f"Emp{n}", badge=b) for n, b in enumerate(badges)}
    token = server.device_token()
    data = tmp_path / "kiosk"
    run_kiosk(server, token, data, "roster")

    server.stop()
    scans = [badges[i % 20] for i in range(200)]
    out = run_kiosk(server, token, data, "punch", *scans)
    assert out.count("True") == 200  # every punch taken while offline
    journal = PunchJournal(app_paths(data).data_dir / "kiosk-journal.sqlite3")
    expected = journal.pending()
    journal.close()
    assert len(expected) == 200

    # The headless kiosk punches on the wall clock; the server's is set after those punches
    # (a replay dated after the server's now would be refused as from the future).
    server.clock.set(datetime.now(UTC))
    server.start()
    proc = subprocess.Popen(
        [sys.executable, str(HEADLESS), server.base_url, token, str(data), "sync", "5"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()  # one batch of 5 went through: the sync is under way
    assert first.startswith("waiting")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    journal = PunchJournal(app_paths(data).data_dir / "kiosk-journal.sqlite3")
    assert 0 < journal.pending_count() < 200  # killed part-way through
    journal.close()

    server.stop()  # "restart both"
    server.start()
    run_kiosk(server, token, data, "sync", "50")

    assert server.ctx is not None
    with server.ctx.service.engine.connect() as conn:
        stored = conn.execute(select(punches.c.punch_id, punches.c.action)).all()
        sessions = conn.execute(
            select(work_sessions).order_by(work_sessions.c.employee_id, work_sessions.c.clock_in)
        ).all()
    assert sorted(p for p, _ in stored) == sorted(e.punch_id for e in expected)  # none twice
    for badge in badges:  # each person's punches, in the order they were made
        mine = [e for e in expected if e.employee_id == ids[badge]]
        times = [
            t for s in sessions if s.employee_id == ids[badge] for t in (s.clock_in, s.clock_out)
        ]
        assert times == [e.device_time for e in mine]
        assert [e.action for e in mine] == ["clock_in", "clock_out"] * 5
    assert all(s.offline for s in sessions) and len(sessions) == 100
    journal = PunchJournal(app_paths(data).data_dir / "kiosk-journal.sqlite3")
    assert journal.pending_count() == 0 and journal.rejected() == []
    journal.close()


def test_a_replay_dated_in_the_future_is_refused_and_kept_for_an_admin(
    server: RestartableServer, tmp_path: Path
) -> None:
    """Found: a device replaying a clock-in dated 2099 was accepted, and the employee then
    got 409 on both clock-in and clock-out."""
    anna_id = server.add_employee("Anna", badge="0012345")
    token = server.device_token()
    wrong_clock = FixedClock(datetime(2099, 1, 1, 8, tzinfo=UTC))
    kiosk = RemoteKioskBackend.open(
        server.base_url, token, app_paths(tmp_path / "kiosk"), wrong_clock, timeout_s=2
    )
    try:
        kiosk.refresh_roster()
        server.stop()
        assert kiosk.toggle(kiosk.identify_badge("0012345")).offline
        server.start()
        status = kiosk.sync()
        assert (status.offline, status.waiting, status.refused) == (False, 0, 1)
        [refused] = kiosk.refused()
        assert refused.at == wrong_clock.now() and "later than" in refused.message
    finally:
        kiosk.close()
    assert server.ctx is not None
    assert not server.ctx.service.status(anna_id).clocked_in
    server.ctx.service.clock_in(anna_id)  # the day goes on
    assert server.ctx.service.status(anna_id).clocked_in
