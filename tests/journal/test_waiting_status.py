"""While the server is away, the status counts the punches kept here, and undo withdraws one.

A real server on 127.0.0.1 that the test stops (the network gone) and starts again on the
same port; the workstation's clock is a fixed clock, like the server's.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from server.live import NOW, StoppableServer, stoppable_server

from attendance_desktop.core.errors import ServiceUnavailable
from attendance_desktop.journal.journaled_service import JournaledService, PunchQueued
from attendance_desktop.journal.store import PunchJournal
from attendance_desktop.remote.service import RemoteAttendanceService
from attendance_desktop.storage.accounts import AccountStore


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[StoppableServer]:
    monkeypatch.setattr(
        AccountStore, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    monkeypatch.setattr(AccountStore, "_dummy_hash", None)
    with stoppable_server(f"sqlite+pysqlite:///{tmp_path / 'server.sqlite3'}") as server:
        yield server


@pytest.fixture
def desk(server: StoppableServer, tmp_path: Path) -> Iterator[tuple[JournaledService, int]]:
    """Ana's workstation, its clock moving with the server's."""
    emp = server.live.add_employee("Ana")
    token = server.live.sign_in("Ana")["Authorization"].removeprefix("Bearer ")
    service = JournaledService(
        RemoteAttendanceService(server.live.base_url, token, timeout=2),
        PunchJournal(tmp_path / "journal.sqlite3"),
        server.live.clock,
    )
    yield service, emp
    service.close()


def test_a_clock_out_kept_offline_shows_at_once_and_the_next_click_clocks_in(
    server: StoppableServer, desk: tuple[JournaledService, int]
) -> None:
    svc, emp = desk
    opened = svc.clock_in(emp)
    assert svc.status(emp).waiting == ()
    server.stop()
    server.live.advance(hours=3)

    with pytest.raises(PunchQueued):
        svc.clock_out(emp, punch_id="out-1")

    status = svc.status(emp)
    assert not status.clocked_in  # not "Working since…"
    assert [(w.punch_id, w.action, w.at) for w in status.waiting] == [
        ("out-1", "clock_out", NOW + timedelta(hours=3))
    ]
    assert status.today_sessions[0].id == opened.id
    assert status.today_sessions[0].clock_out == NOW + timedelta(hours=3)
    server.live.advance(minutes=1)
    status = svc.status(emp)
    assert status.now == NOW + timedelta(hours=3, minutes=1)  # moved on while offline
    assert status.today_worked == timedelta(hours=3)  # and stopped at the clock-out

    with pytest.raises(PunchQueued):
        svc.clock_in(emp)  # what the button offers now: a new session, not a second out
    status = svc.status(emp)
    assert status.clocked_in and status.open_session is not None
    assert status.open_session.id < 0  # known here only, until the server has it
    assert len(status.today_sessions) == 2

    server.start_again()
    server.live.advance(seconds=30)  # past the next try, within the server's tolerance
    result = svc.flush()
    assert (result.sent, result.rejected, result.waiting) == (2, 0, 0)
    status = svc.status(emp)
    assert status.waiting == () and status.clocked_in
    assert [s.clock_out for s in status.today_sessions] == [NOW + timedelta(hours=3), None]


def test_a_break_kept_offline_stops_the_worked_time(
    server: StoppableServer, desk: tuple[JournaledService, int]
) -> None:
    svc, emp = desk
    svc.clock_in(emp)
    server.live.advance(hours=2)
    svc.status(emp)  # the page read it before the network went
    server.stop()
    with pytest.raises(PunchQueued):
        svc.start_break(emp, "Lunch")
    server.live.advance(minutes=40)

    status = svc.status(emp)
    assert status.on_break and status.open_break is not None
    assert status.open_break.reason == "Lunch"
    assert status.today_worked == timedelta(hours=2)


def test_undo_withdraws_a_punch_still_waiting(
    server: StoppableServer, desk: tuple[JournaledService, int]
) -> None:
    svc, emp = desk
    svc.clock_in(emp)
    svc.status(emp)
    server.stop()
    with pytest.raises(PunchQueued):
        svc.clock_out(emp, punch_id="out-1")

    svc.undo_punch(emp, "out-1")  # no server needed

    assert svc.waiting() == 0
    status = svc.status(emp)
    assert status.clocked_in and status.waiting == ()
    server.start_again()
    server.live.advance(minutes=1)
    assert svc.flush().sent == 0
    assert server.live.ctx.service.status(emp).clocked_in


def test_undo_of_a_punch_already_sent_asks_the_server(
    server: StoppableServer, desk: tuple[JournaledService, int]
) -> None:
    svc, emp = desk
    svc.clock_in(emp, punch_id="in-1")
    svc.clock_out(emp, punch_id="out-1")
    svc.undo_punch(emp, "out-1")
    assert server.live.ctx.service.status(emp).clocked_in


def test_without_any_status_read_the_server_being_away_is_said(
    server: StoppableServer, desk: tuple[JournaledService, int]
) -> None:
    svc, emp = desk
    server.stop()
    with pytest.raises(ServiceUnavailable):
        svc.status(emp)


def test_the_callers_punch_id_and_time_are_kept(
    server: StoppableServer, desk: tuple[JournaledService, int]
) -> None:
    svc, emp = desk
    server.stop()
    with pytest.raises(PunchQueued):
        svc.clock_in(emp, at=NOW - timedelta(minutes=1), punch_id="mine")
    [kept] = svc._journal.pending()  # what will be sent
    assert (kept.punch_id, kept.device_time) == ("mine", NOW - timedelta(minutes=1))
    server.start_again()
    server.live.advance(seconds=10)
    assert svc.flush().sent == 1
    opened = server.live.ctx.service.status(emp).open_session
    assert opened is not None and opened.clock_in == NOW - timedelta(minutes=1)
