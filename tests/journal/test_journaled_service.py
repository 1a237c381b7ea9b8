"""A workstation in remote mode: punches go through the journal, so none is lost offline.

A real server on 127.0.0.1; "offline" is the same workstation pointed at a port where
nothing listens. The workstation's clock is a fixed clock, like the server's.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from server.harness import PgCluster, free_port
from server.live import NOW, Live, live_server

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import (
    AlreadyClockedIn,
    PunchTimeOutOfTolerance,
    ServiceUnavailable,
)
from attendance_desktop.journal.journaled_service import JournaledService, PunchQueued
from attendance_desktop.journal.store import PunchJournal
from attendance_desktop.journal.sync import retry_delay
from attendance_desktop.remote.service import RemoteAttendanceService
from attendance_desktop.storage.accounts import AccountStore


@pytest.fixture
def fast_passwords(monkeypatch: pytest.MonkeyPatch) -> None:
    """Test-sized argon2: sign-in is not what these tests are about."""
    monkeypatch.setattr(
        AccountStore, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    monkeypatch.setattr(AccountStore, "_dummy_hash", None)


@pytest.fixture
def server(tmp_path: Path, fast_passwords: None) -> Iterator[Live]:
    with live_server(f"sqlite+pysqlite:///{tmp_path / 'server.sqlite3'}") as live:
        yield live


@pytest.fixture
def ana(server: Live) -> tuple[int, str]:
    emp = server.add_employee("Ana")
    return emp, server.sign_in("Ana")["Authorization"].removeprefix("Bearer ")


def workstation(url: str, token: str, journal: Path, clock: FixedClock) -> JournaledService:
    return JournaledService(
        RemoteAttendanceService(url, token, timeout=2), PunchJournal(journal), clock
    )


def test_an_online_punch_is_sent_at_once_and_leaves_nothing_queued(
    server: Live, ana: tuple[int, str], tmp_path: Path
) -> None:
    emp, token = ana
    desk = workstation(server.base_url, token, tmp_path / "journal.sqlite3", FixedClock(NOW))
    try:
        session = desk.clock_in(emp)
        assert session.clock_in == NOW  # the server's clock
        assert server.ctx.service.status(emp).clocked_in
        assert desk.waiting() == 0
        with pytest.raises(AlreadyClockedIn):
            desk.clock_in(emp)  # refused while the person watches: said, not kept
        assert desk.waiting() == 0 and desk.refused() == []
    finally:
        desk.close()


def test_a_punch_made_offline_is_kept_and_sent_with_its_own_time(
    server: Live, ana: tuple[int, str], tmp_path: Path
) -> None:
    emp, token = ana
    journal = tmp_path / "journal.sqlite3"
    clock = FixedClock(NOW - timedelta(minutes=2))
    offline = workstation(f"http://127.0.0.1:{free_port()}", token, journal, clock)
    with pytest.raises(PunchQueued) as queued:
        offline.clock_in(emp)
    assert "saved on this computer" in queued.value.message
    assert offline.waiting() == 1
    offline.close()  # the app is closed; the journal stays on disk

    back = workstation(server.base_url, token, journal, FixedClock(NOW))
    try:
        result = back.flush()
        assert (result.sent, result.rejected, result.offline) == (1, 0, False)
        [session] = server.ctx.service.sessions_between(emp, NOW.date(), NOW.date())
        assert session.clock_in == NOW - timedelta(minutes=2)  # when it was punched
        assert back.waiting() == 0
        back.clock_out(emp)  # and the day goes on as usual
        assert not server.ctx.service.status(emp).clocked_in
    finally:
        back.close()


def test_a_queued_punch_the_server_refuses_is_kept_and_listed(
    server: Live, ana: tuple[int, str], tmp_path: Path
) -> None:
    emp, token = ana
    journal = tmp_path / "journal.sqlite3"
    long_ago = FixedClock(NOW - timedelta(hours=3))  # longer than the server's tolerance
    offline = workstation(f"http://127.0.0.1:{free_port()}", token, journal, long_ago)
    with pytest.raises(PunchQueued):
        offline.clock_in(emp)
    offline.close()

    back = workstation(server.base_url, token, journal, FixedClock(NOW))
    try:
        result = back.flush()
        assert (result.sent, result.rejected) == (0, 1)
        [kept] = back.refused()
        assert kept.error_code == PunchTimeOutOfTolerance.code
        assert kept.device_time == NOW - timedelta(hours=3)
        assert not server.ctx.service.status(emp).clocked_in
    finally:
        back.close()


@pytest.mark.postgres
def test_a_punch_made_while_the_servers_database_restarts_is_kept_and_sent(
    tmp_path: Path, fast_passwords: None
) -> None:
    """The server answers STORE_UNAVAILABLE for the request that finds its database
    connection cut; the workstation keeps that punch like one made offline."""
    cluster = PgCluster.start()  # its own: restarting the shared one would cut other tests
    try:
        with live_server(cluster.new_database()) as server:
            emp = server.add_employee("Ana")
            token = server.sign_in("Ana")["Authorization"].removeprefix("Bearer ")
            desk_clock = FixedClock(NOW)
            desk = workstation(server.base_url, token, tmp_path / "j.sqlite3", desk_clock)
            try:
                desk.clock_in(emp)
                cluster.restart()
                server.advance(hours=1)
                desk_clock.advance(timedelta(hours=1))

                with pytest.raises(PunchQueued):
                    desk.clock_out(emp)
                assert desk.waiting() == 1

                assert desk.flush().sent == 0  # it waits for its next try (backoff)
                desk_clock.advance(retry_delay(0))
                assert desk.flush().sent == 1  # the server's next connection is a new one
                assert not server.ctx.service.status(emp).clocked_in
                [session] = server.ctx.service.sessions_between(emp, NOW.date(), NOW.date())
                assert session.clock_out == NOW + timedelta(hours=1)  # when it was punched
            finally:
                desk.close()
    finally:
        cluster.stop()


@pytest.mark.postgres
def test_punches_made_while_the_database_is_down_are_kept_and_all_sent(
    tmp_path: Path, fast_passwords: None
) -> None:
    """Found: a workstation lost 3 of 3 punches made during a database outage (the server
    answered 503 STORAGE_ERROR, and the punch was taken out of the journal); the person
    had been told they were saved."""
    cluster = PgCluster.start(durable=True)
    try:
        with live_server(cluster.new_database()) as server:
            emp = server.add_employee("Ana")
            token = server.sign_in("Ana")["Authorization"].removeprefix("Bearer ")
            desk_clock = FixedClock(NOW)
            desk = workstation(server.base_url, token, tmp_path / "j.sqlite3", desk_clock)
            try:
                cluster.crash()
                with pytest.raises(ServiceUnavailable):  # the pool's cut connection
                    desk.status(emp)
                # From here the server answers 503 STORAGE_ERROR: it cannot connect at all.
                for punch in (desk.clock_in, desk.start_break, desk.end_break):
                    with pytest.raises(PunchQueued):
                        punch(emp)
                    desk_clock.advance(timedelta(minutes=1))
                assert desk.waiting() == 3 and desk.refused() == []

                cluster.start_again()
                server.advance(minutes=3)
                desk_clock.advance(retry_delay(1))
                result = desk.flush()
                assert (result.sent, result.rejected, result.waiting) == (3, 0, 0), desk.refused()
                [session] = server.ctx.service.sessions_between(emp, NOW.date(), NOW.date())
                [pause] = session.breaks
                assert (session.clock_in, pause.start, pause.end) == (
                    NOW,
                    NOW + timedelta(minutes=1),
                    NOW + timedelta(minutes=2),
                )
            finally:
                desk.close()
    finally:
        cluster.stop()


def test_a_resend_after_the_tolerance_gets_its_first_answer_not_a_refusal(
    server: Live, ana: tuple[int, str], tmp_path: Path
) -> None:
    """The answer to a punch was lost (the app was killed right after sending it), and the
    journal sends it again after the server's 5-minute tolerance: the server looks up its
    punch id before its time, answers the first result, and nothing is marked refused."""
    emp, token = ana
    journal = PunchJournal(tmp_path / "journal.sqlite3")
    entry = journal.record(emp, "clock_in", NOW - timedelta(minutes=1))
    remote = RemoteAttendanceService(server.base_url, token, timeout=2)
    first = remote.clock_in(emp, at=entry.device_time, punch_id=entry.punch_id)
    remote.close()
    journal.close()  # killed before it could mark the punch sent

    server.advance(minutes=10)
    desk = workstation(server.base_url, token, tmp_path / "journal.sqlite3", FixedClock(NOW))
    try:
        result = desk.flush()
        assert (result.sent, result.rejected, result.waiting) == (1, 0, 0)
        assert desk.refused() == []
        [session] = server.ctx.service.sessions_between(emp, NOW.date(), NOW.date())
        assert (session.id, session.clock_in) == (first.id, NOW - timedelta(minutes=1))
    finally:
        desk.close()
