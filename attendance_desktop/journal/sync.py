"""The one replay loop: sending the journal, in order, for the workstation and the kiosk.

A sender takes the oldest punches that wait and gives, in order, each one's outcome: what
the server answered, or its error. It may stop early (the rest are simply not tried). A
punch the server refused for good (`core.errors.is_final`) is kept as rejected for an
admin, and the round goes on. Any other failure — a 5xx of any code, a timeout, a dropped
connection, a sign-in that ran out — keeps the punch first in line with the time of its
next try, doubling up to a limit, and ends the round: the punches after it wait too, so
that each person's punches reach the server in the order they were made. Because every
punch has its id, sending one twice (after a crash, or an answer lost) is harmless.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta

from ..core.clock import Clock
from ..core.errors import AttendanceError, is_final
from .store import JournalEntry, PunchJournal

Outcome = object  # what the server answered for a punch, or the AttendanceError it met
BatchSender = Callable[[list[JournalEntry]], Sequence[Outcome]]
Sender = Callable[[JournalEntry], object]

FIRST_RETRY = timedelta(seconds=2)
LAST_RETRY = timedelta(minutes=5)


def retry_delay(attempts: int) -> timedelta:
    """How long a punch waits after its `attempts`-th failed send (2 s, 4 s, … 5 min)."""
    return min(FIRST_RETRY * (1 << min(attempts, 16)), LAST_RETRY)


@dataclass(frozen=True)
class SyncResult:
    sent: int
    rejected: int
    waiting: int
    offline: bool
    problem: str = ""


def one_by_one(send: Sender) -> BatchSender:
    """A batch sender over a sender of one punch (the workstation's, over the service)."""

    def send_batch(entries: list[JournalEntry]) -> list[Outcome]:
        outcomes: list[Outcome] = []
        for entry in entries:
            try:
                outcomes.append(send(entry))
            except AttendanceError as exc:
                outcomes.append(exc)
                if not is_final(exc):
                    break  # the server is away or in trouble: the rest would fail alike
        return outcomes

    return send_batch


def sync_journal(
    journal: PunchJournal,
    send: BatchSender,
    clock: Clock,
    *,
    batch: int = 100,
    rounds: int | None = None,
    now_or_never: bool = False,
    on_sent: Callable[[JournalEntry, Outcome], None] | None = None,
) -> SyncResult:
    """Send what waits, oldest first, `batch` at a time (at most `rounds` batches).

    The first punch's next-try time is kept unless `now_or_never` (a person is punching, or
    the server just came back: worth a try at once)."""
    sent = rejected = done_rounds = 0
    while rounds is None or done_rounds < rounds:
        entries = journal.pending(limit=batch)
        if not entries:
            break
        now = clock.now()
        head = entries[0]
        if not now_or_never and head.next_attempt is not None and head.next_attempt > now:
            return SyncResult(sent, rejected, journal.pending_count(), True, "Waiting to retry.")
        now_or_never = False
        done_rounds += 1
        try:
            outcomes: Sequence[Outcome] = send(entries)
        except AttendanceError as exc:
            # The batch as a whole failed (the server away, a device token revoked): no
            # punch was judged, so none is refused; the first waits for its next try.
            journal.mark_failed_attempt(head.seq, now + retry_delay(head.attempts))
            return SyncResult(sent, rejected, journal.pending_count(), True, exc.message)
        for entry, outcome in zip(entries, outcomes, strict=False):
            if isinstance(outcome, AttendanceError) and is_final(outcome):
                journal.mark_rejected(entry.seq, outcome.code, outcome.message)
                rejected += 1
            elif isinstance(outcome, AttendanceError):
                journal.mark_failed_attempt(entry.seq, now + retry_delay(entry.attempts))
                return SyncResult(sent, rejected, journal.pending_count(), True, outcome.message)
            else:
                journal.mark_sent(entry.seq)
                sent += 1
                if on_sent is not None:
                    on_sent(entry, outcome)
        if not outcomes:
            break  # a sender that tried nothing: nothing more to do this time
    return SyncResult(sent, rejected, journal.pending_count(), offline=False)
