"""The punch journal: durable, ordered, idempotent, and it never drops a refused punch."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import (
    AlreadyClockedIn,
    ServiceUnavailable,
    StoreCorrupt,
    StoreUnavailable,
)
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.journal.store import SCHEMA_VERSION, JournalEntry, PunchJournal
from attendance_desktop.journal.sync import SyncResult, one_by_one, retry_delay, sync_journal
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService

T0 = datetime(2026, 11, 16, 8, 0, tzinfo=UTC)


Sender = Callable[[JournalEntry], object]


def service_sender(service: LocalAttendanceService) -> Sender:
    def send(entry: JournalEntry) -> object:
        if entry.action == "clock_in":
            return service.clock_in(
                entry.employee_id, at=entry.device_time, punch_id=entry.punch_id, offline=True
            )
        if entry.action == "clock_out":
            return service.clock_out(
                entry.employee_id, at=entry.device_time, punch_id=entry.punch_id, offline=True
            )
        raise AssertionError(entry.action)

    return send


def sync(journal: PunchJournal, send: Sender, clock: FixedClock | None = None) -> SyncResult:
    return sync_journal(journal, one_by_one(send), clock or FixedClock(T0))


@pytest.fixture
def service(tmp_path: Path) -> LocalAttendanceService:
    svc = LocalAttendanceService.open(
        sqlite_url(tmp_path / "server.sqlite3"), FixedClock(T0 + timedelta(days=1))
    )
    for i in range(3):
        svc.add_employee(NewEmployee(f"E{i}", "Worker", f"e{i}@example.com"))
    return svc


def test_punches_survive_reopening_in_order(tmp_path: Path) -> None:
    journal = PunchJournal(tmp_path / "journal.sqlite3")
    first = journal.record(1, "clock_in", T0)
    journal.record(2, "clock_in", T0 + timedelta(seconds=1))
    journal.close()
    again = PunchJournal(tmp_path / "journal.sqlite3")
    pending = again.pending()
    assert [(e.employee_id, e.action) for e in pending] == [(1, "clock_in"), (2, "clock_in")]
    assert pending[0].punch_id == first.punch_id
    assert pending[0].device_time == T0


def test_offline_round_keeps_everything_waiting(tmp_path: Path) -> None:
    journal = PunchJournal(tmp_path / "journal.sqlite3")
    journal.record(1, "clock_in", T0)

    def unreachable(entry: JournalEntry) -> object:
        raise ServiceUnavailable()

    result = sync(journal, unreachable)
    assert result.offline and result.waiting == 1 and result.sent == 0
    assert journal.pending()[0].attempts == 1


def test_sync_sends_in_order_and_empties_the_journal(
    tmp_path: Path, service: LocalAttendanceService
) -> None:
    journal = PunchJournal(tmp_path / "journal.sqlite3")
    for k in range(4):
        journal.record(1, "clock_in" if k % 2 == 0 else "clock_out", T0 + timedelta(hours=k))
    result = sync(journal, service_sender(service))
    assert (result.sent, result.rejected, result.waiting, result.offline) == (4, 0, 0, False)
    sessions = service.sessions_between(1, T0.date(), T0.date())
    assert [(s.clock_in, s.clock_out) for s in sessions] == [
        (T0, T0 + timedelta(hours=1)),
        (T0 + timedelta(hours=2), T0 + timedelta(hours=3)),
    ]
    assert all(s.offline for s in sessions)
    assert journal.pending_count() == 0


def test_a_refused_punch_is_kept_for_an_admin(
    tmp_path: Path, service: LocalAttendanceService
) -> None:
    journal = PunchJournal(tmp_path / "journal.sqlite3")
    journal.record(1, "clock_in", T0)
    journal.record(1, "clock_in", T0 + timedelta(minutes=5))  # a second clock-in: refused
    journal.record(2, "clock_in", T0 + timedelta(minutes=6))
    result = sync(journal, service_sender(service))
    assert (result.sent, result.rejected) == (2, 1)
    [kept] = journal.rejected()
    assert kept.error_code == AlreadyClockedIn.code
    assert "Already clocked in" in (kept.error_message or "")


def test_sending_twice_after_a_crash_changes_nothing(
    tmp_path: Path, service: LocalAttendanceService
) -> None:
    journal = PunchJournal(tmp_path / "journal.sqlite3")
    entry = journal.record(1, "clock_in", T0)
    service_sender(service)(entry)  # sent, but the process died before mark_sent
    result = sync(journal, service_sender(service))
    assert result.sent == 1 and result.rejected == 0
    assert len(service.sessions_between(1, T0.date(), T0.date())) == 1


def test_undo_withdraws_a_punch_not_yet_sent(tmp_path: Path) -> None:
    journal = PunchJournal(tmp_path / "journal.sqlite3")
    entry = journal.record(1, "clock_in", T0)
    assert journal.remove(entry.seq)
    assert journal.pending_count() == 0
    assert not journal.remove(entry.seq)


def _record_forever(path: str, ready: multiprocessing.synchronize.Event) -> None:  # type: ignore[name-defined]
    journal = PunchJournal(Path(path))
    for k in range(10_000):
        journal.record(k % 20, "clock_in", T0 + timedelta(seconds=k))
        if k == 50:
            ready.set()


def test_a_killed_process_loses_no_committed_punch(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Event()
    proc = ctx.Process(target=_record_forever, args=(str(path), ready))
    proc.start()
    assert ready.wait(30)
    os.kill(proc.pid, signal.SIGKILL)
    proc.join()
    pending = PunchJournal(path).pending()
    assert len(pending) >= 51
    assert [e.device_time for e in pending] == sorted(e.device_time for e in pending)
    assert [e.seq for e in pending] == list(range(1, len(pending) + 1))


def test_a_damaged_journal_is_reported_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreCorrupt):
        PunchJournal(path)
    assert path.read_bytes() == b"this is not a database" * 100


def test_a_punch_that_met_trouble_waits_for_its_next_try_and_then_goes(
    tmp_path: Path, service: LocalAttendanceService
) -> None:
    """Any 5xx (here the server's database restarting) is "not now": the punch keeps its
    place, and the time of its next try is kept in the journal file, across a reopening."""
    path = tmp_path / "journal.sqlite3"
    journal = PunchJournal(path)
    journal.record(1, "clock_in", T0)
    journal.record(1, "clock_out", T0 + timedelta(hours=1))
    clock = FixedClock(T0 + timedelta(days=1))
    sent: list[str] = []

    def troubled(entry: JournalEntry) -> object:
        raise StoreUnavailable()

    result = sync(journal, troubled, clock)
    assert (result.sent, result.rejected, result.waiting, result.offline) == (0, 0, 2, True)
    journal.close()

    journal = PunchJournal(path)
    head = journal.pending()[0]
    assert head.attempts == 1 and head.next_attempt == clock.now() + retry_delay(0)

    def recording(entry: JournalEntry) -> object:
        sent.append(entry.action)
        return service_sender(service)(entry)

    assert sync(journal, recording, clock).waiting == 2  # not due yet: nothing is tried
    assert sent == []
    clock.advance(retry_delay(0))
    result = sync(journal, recording, clock)
    assert (result.sent, result.rejected, result.waiting) == (2, 0, 0)
    assert sent == ["clock_in", "clock_out"]
    assert journal.rejected() == []


def test_retries_back_off_to_a_limit() -> None:
    delays = [retry_delay(n).total_seconds() for n in range(12)]
    assert delays[:4] == [2, 4, 8, 16]
    assert delays == sorted(delays) and delays[-1] == 300


OLD_SCHEMA = """
CREATE TABLE journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    punch_id TEXT NOT NULL UNIQUE,
    employee_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    device_time TEXT NOT NULL,
    monotonic REAL NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    error_code TEXT,
    error_message TEXT
);
CREATE INDEX ix_journal_state ON journal (state, seq);
INSERT INTO journal (punch_id, employee_id, action, device_time, monotonic, attempts)
VALUES ('p-1', 1, 'clock_in', '2026-11-16T08:00:00+00:00', 1.0, 3);
"""


def test_a_journal_of_the_previous_version_is_upgraded_in_place(tmp_path: Path) -> None:
    """A kiosk updated while punches wait keeps them, and gains the next-try column."""
    path = tmp_path / "journal.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.executescript(OLD_SCHEMA)
    journal = PunchJournal(path)
    [waiting] = journal.pending()
    assert (waiting.punch_id, waiting.attempts, waiting.next_attempt) == ("p-1", 3, None)
    journal.mark_failed_attempt(waiting.seq, T0)
    assert journal.pending()[0].next_attempt == T0
    journal.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
    assert PunchJournal(path).pending()[0].next_attempt == T0  # opening again is a no-op
