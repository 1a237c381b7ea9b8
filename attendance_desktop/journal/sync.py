"""Sending the journal, in order, to whatever can take a punch.

A send that fails because the service cannot be reached stops the round (the punch stays
first in line); a punch the service refuses is kept as rejected for an admin and the round
goes on. Because every punch has its id, sending one twice after a crash is harmless.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..core.errors import AttendanceError, NotAuthenticated, ServiceUnavailable, TokenExpired
from .store import JournalEntry, PunchJournal

Sender = Callable[[JournalEntry], object]

# Errors that say "not now", not "never": the punch waits for the next round.
RETRYABLE: tuple[type[AttendanceError], ...] = (ServiceUnavailable, TokenExpired, NotAuthenticated)


@dataclass(frozen=True)
class SyncResult:
    sent: int
    rejected: int
    waiting: int
    offline: bool
    problem: str = ""


def sync_journal(journal: PunchJournal, send: Sender, *, batch: int = 100) -> SyncResult:
    sent = rejected = 0
    while True:
        entries = journal.pending(limit=batch)
        if not entries:
            return SyncResult(sent, rejected, 0, offline=False)
        for entry in entries:
            try:
                send(entry)
            except RETRYABLE as exc:
                journal.mark_failed_attempt(entry.seq)
                return SyncResult(sent, rejected, journal.pending_count(), True, exc.message)
            except AttendanceError as exc:
                journal.mark_rejected(entry.seq, exc.code, exc.message)
                rejected += 1
            else:
                journal.mark_sent(entry.seq)
                sent += 1
