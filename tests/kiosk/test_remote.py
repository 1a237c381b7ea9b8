"""The kiosk of a company server: every punch journalled first, offline punches sealed
and checked by the server at sync, in-order replay through restarts and SIGKILL,
refusals kept."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import (
    NotAnAdmin,
    ServiceUnavailable,
    UnknownBadge,
    WrongExitCode,
    WrongPin,
)
from attendance_desktop.core.models import EmployeeChanges
from attendance_desktop.journal.store import PunchJournal
from attendance_desktop.kiosk.backend import KioskState, PunchAction
from attendance_desktop.kiosk.remote_backend import RemoteKioskBackend
from attendance_desktop.paths import app_paths
from attendance_desktop.storage.schema import punches, work_sessions

from .conftest import NOW
from .remote_harness import RestartableServer

DAYS_3 = timedelta(days=3)
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
    backend.refresh_device()
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


def test_an_unknown_badge_is_told_by_its_code(remote: RemoteKioskBackend) -> None:
    with pytest.raises(UnknownBadge):
        remote.identify_badge("999")


def test_offline_a_right_badge_is_recorded_at_sync_with_its_original_time(
    remote: RemoteKioskBackend, server: RestartableServer
) -> None:
    anna_id = remote.identify_badge("0012345").employee_id
    server.stop()
    someone = remote.identify_badge("0012345")
    assert someone.anonymous and someone.first_name == ""  # nobody is known offline
    came = remote.toggle(someone)
    assert came.offline and came.action is PunchAction.TOGGLE
    server.clock.advance(timedelta(hours=8))
    left = remote.toggle(remote.identify_pin(anna_id, "2468"))
    status = remote.sync()
    assert status.offline and status.waiting == 2

    server.start()
    status = remote.sync()
    assert (status.offline, status.waiting, status.refused) == (False, 0, 0)
    assert server.ctx is not None
    sessions = server.ctx.service.sessions_between(anna_id, NOW.date(), NOW.date())
    # resolved in order: the first punch clocked in, the second out, each at its own time
    assert [(s.clock_in, s.clock_out, s.offline) for s in sessions] == [(came.at, left.at, True)]


def test_offline_a_wrong_pin_is_refused_at_sync_and_counts_toward_the_lock(
    remote: RemoteKioskBackend, server: RestartableServer
) -> None:
    anna_id = remote.identify_badge("0012345").employee_id
    server.stop()
    for _ in range(5):
        remote.toggle(remote.identify_pin(anna_id, "0000"))  # the kiosk cannot tell
    remote.toggle(remote.identify_pin(anna_id, "2468"))
    server.start()
    status = remote.sync()
    assert (status.waiting, status.refused) == (0, 6)
    refused = remote.refused()
    assert [r.message for r in refused[:4]] == [f"Wrong ID or PIN. (employee {anna_id})"] * 4
    assert all("Too many wrong PINs" in r.message for r in refused[4:])  # the right PIN too
    assert server.ctx is not None
    assert server.ctx.accounts.account(anna_id).pin_locked
    assert server_state(server, anna_id) == KioskState(False, False)  # nothing recorded


def test_offline_an_unknown_badge_is_refused_at_sync(
    remote: RemoteKioskBackend, server: RestartableServer
) -> None:
    server.stop()
    remote.toggle(remote.identify_badge("999"))
    server.start()
    assert remote.sync().refused == 1
    [refused] = remote.refused()
    assert refused.employee_id == 0 and "badge is not known" in refused.message


def test_a_kiosk_that_never_reached_the_server_cannot_take_offline_punches(
    server: RestartableServer, tmp_path: Path
) -> None:
    token = server.device_token()
    server.stop()
    backend = RemoteKioskBackend.open(
        server.base_url, token, app_paths(tmp_path / "kiosk"), server.clock, timeout_s=2
    )
    try:
        with pytest.raises(ServiceUnavailable, match="not reached the server"):
            backend.identify_badge("0012345")
    finally:
        backend.close()


def test_leaving_kiosk_mode_online_needs_an_admins_pin_and_offline_the_exit_code(
    remote: RemoteKioskBackend, server: RestartableServer
) -> None:
    assert server.ctx is not None
    chloe, anna = 2, remote.identify_badge("0012345").employee_id
    remote.check_admin(chloe, "9999")
    with pytest.raises(WrongPin):
        remote.check_admin(chloe, "1111")
    with pytest.raises(NotAnAdmin):
        remote.check_admin(anna, "2468")
    server.stop()
    remote.sync()  # notices the server is away
    with pytest.raises(ServiceUnavailable, match="exit code"):
        remote.check_admin(chloe, "9999")  # no PIN is checked on the kiosk
    with pytest.raises(WrongExitCode):
        remote.check_exit_code("000000000000")
    remote.check_exit_code(server.exit_code)


def test_a_refused_replay_is_kept_for_an_admin(
    remote: RemoteKioskBackend, server: RestartableServer
) -> None:
    anna_id = remote.identify_badge("0012345").employee_id
    server.stop()
    remote.toggle(remote.identify_badge("0012345"))  # queued, sealed
    server.start()
    assert server.ctx is not None
    server.clock.advance(timedelta(hours=1))
    server.ctx.service.clock_in(anna_id)  # later, at a workstation: the scan can't go before
    status = remote.sync()
    assert (status.waiting, status.refused) == (0, 1)
    [refused] = remote.refused()
    assert refused.action == "toggle"
    assert "before the employee's last recorded punch" in refused.message


def test_an_offline_scan_after_a_missing_clock_out_is_kept_for_an_admin_in_plain_words(
    remote: RemoteKioskBackend, server: RestartableServer
) -> None:
    """Offline the kiosk cannot ask when Anna left on Wednesday: at sync the server refuses
    to read her Saturday scan as that clock-out, and the kiosk's refused list says why."""
    assert server.ctx is not None
    anna_id = remote.identify_badge("0012345").employee_id
    server.ctx.service.update_employee(anna_id, EmployeeChanges(timezone="UTC"))
    remote.toggle(remote.identify_badge("0012345"))  # Wednesday 08:00, online: in
    server.stop()
    server.clock.advance(timedelta(hours=71))  # Saturday 07:00, the network is down
    remote.toggle(remote.identify_badge("0012345"))  # queued, sealed
    server.start()
    assert server.ctx is not None
    status = remote.sync()
    assert (status.offline, status.waiting, status.refused) == (False, 0, 1)
    [refused] = remote.refused()
    assert refused.message == (
        "Anna's clock-out on Wednesday 18 November is missing; the punch at 07:00 on "
        "Saturday 21 November was kept for an administrator. Ask Anna when they left."
    )
    [session] = server.ctx.service.sessions_between(anna_id, NOW.date(), NOW.date() + DAYS_3)
    assert (session.clock_in, session.clock_out) == (NOW, None)  # still open, still missing
    missing = server.ctx.service.status(anna_id).missing_clock_out
    assert missing is not None and missing.id == session.id


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
    run_kiosk(server, token, data, "device")

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
    action_of = dict(stored)
    for badge in badges:  # each person's punches, in the order they were made
        # sealed: the journal names nobody, so the scans say whose each punch was
        mine = [e for e, scanned in zip(expected, scans, strict=True) if scanned == badge]
        times = [
            t for s in sessions if s.employee_id == ids[badge] for t in (s.clock_in, s.clock_out)
        ]
        assert times == [e.device_time for e in mine]
        assert [action_of[e.punch_id] for e in mine] == ["clock_in", "clock_out"] * 5
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
        kiosk.refresh_device()
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
