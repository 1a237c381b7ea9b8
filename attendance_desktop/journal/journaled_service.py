"""A workstation in remote mode: every punch goes to the punch journal first, then out.

The punch is committed to the local journal (with its id and this computer's time) before
it is sent; the punch id makes a resend harmless. When the server cannot be reached, or
answers with any 5xx (its database restarting, say), the punch stays queued and the person
is told so in plain words: it may even have been recorded, so it is never taken back.
`flush()` sends the queue, in order and with backoff, through the replay loop the kiosk
uses too. A queued punch the server refuses (for example one that waited longer than the
server's time tolerance) is kept in the journal as refused, never dropped, and `refused()`
lists it for the person to see. Only a punch refused while the person watches, which
they read at once, leaves the journal.

Reads go straight to the server, with one exception: the status also counts the punches
still waiting here (`waiting_status`), and while the server is away it is the last status
the server gave, moved on to now. So the page says at once what a kept punch did, and the
next click follows it instead of repeating it. Undo withdraws a punch still waiting, and
asks the server to take back one already sent.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol

from ..core.clock import Clock, SystemClock
from ..core.corrections import AuditEntry, Correction, CorrectionRequest
from ..core.errors import AttendanceError, PunchQueued, ServiceUnavailable
from ..core.models import Break, CurrentStatus, DayRecord, Employee, MonthMetrics, WorkSession
from ..core.punches import apply_punch
from ..core.service import AttendanceService
from .store import Action, JournalEntry, PunchJournal
from .sync import SyncResult, one_by_one, retry_delay, sync_journal
from .waiting_status import with_waiting


class SignedInService(AttendanceService, Protocol):
    """The server's service as a signed-in person sees it (`remote.RemoteAttendanceService`)."""

    def me(self) -> Employee: ...


class JournaledService:
    def __init__(
        self, remote: SignedInService, journal: PunchJournal, clock: Clock | None = None
    ) -> None:
        self._remote = remote
        self._journal = journal
        self._clock = clock or SystemClock()
        # Per employee: the server's last status, and this computer's time when it came.
        self._last: dict[int, tuple[CurrentStatus, datetime]] = {}

    # -- punches ----------------------------------------------------------------------

    def _send(
        self, entry: JournalEntry, *, live: bool = False, at: datetime | None = None
    ) -> WorkSession | Break:
        """Send one punch. A live punch takes the server's time (the server's clock is
        authoritative, and this computer's may be off) unless its caller gave one; a
        queued one keeps the time it was made, which the server accepts within its
        tolerance."""
        remote, emp, pid = self._remote, entry.employee_id, entry.punch_id
        at = at if live else entry.device_time
        return apply_punch(remote, emp, entry.action, reason=entry.reason, at=at, punch_id=pid)

    def _punch(
        self,
        employee_id: int,
        action: Action,
        reason: str = "",
        *,
        at: datetime | None = None,
        punch_id: str | None = None,
    ) -> WorkSession | Break:
        earlier = self._flush(now_or_never=True)  # a person punching is worth a try at once
        entry = self._journal.record(
            employee_id, action, at or self._clock.now(), reason=reason, punch_id=punch_id
        )
        if earlier.offline:
            raise PunchQueued()
        try:
            result = self._send(entry, live=True, at=at)
        except ServiceUnavailable as exc:
            # Perhaps recorded, perhaps not: kept, and sent again (its id makes that safe).
            self._journal.mark_failed_attempt(entry.seq, self._clock.now() + retry_delay(0))
            raise PunchQueued() from exc
        except AttendanceError:
            # Refused while the person watches, or their sign-in ran out (the server looked
            # at nothing): they read why at once and punch again; nothing to keep.
            self._journal.remove(entry.seq)
            raise
        self._journal.mark_sent(entry.seq)
        return result

    def clock_in(
        self, employee_id: int, *, at: datetime | None = None, punch_id: str | None = None
    ) -> WorkSession:
        done = self._punch(employee_id, "clock_in", at=at, punch_id=punch_id)
        assert isinstance(done, WorkSession)
        return done

    def clock_out(
        self, employee_id: int, *, at: datetime | None = None, punch_id: str | None = None
    ) -> WorkSession:
        done = self._punch(employee_id, "clock_out", at=at, punch_id=punch_id)
        assert isinstance(done, WorkSession)
        return done

    def start_break(
        self,
        employee_id: int,
        reason: str = "",
        *,
        at: datetime | None = None,
        punch_id: str | None = None,
    ) -> Break:
        done = self._punch(employee_id, "break_start", reason, at=at, punch_id=punch_id)
        assert isinstance(done, Break)
        return done

    def end_break(
        self, employee_id: int, *, at: datetime | None = None, punch_id: str | None = None
    ) -> Break:
        done = self._punch(employee_id, "break_end", at=at, punch_id=punch_id)
        assert isinstance(done, Break)
        return done

    def undo_punch(self, employee_id: int, punch_id: str) -> None:
        """Withdraw the punch from the journal while it waits; else the server takes it
        back (the flush and the undo run on one worker, so it cannot leave in between)."""
        for waiting in self._journal.pending_for(employee_id):
            if waiting.punch_id == punch_id and self._journal.remove(waiting.seq):
                return
        self._remote.undo_punch(employee_id, punch_id)

    def flush(self) -> SyncResult:
        """Send what is queued and due, oldest first; stops at the first sign the server is
        away or in trouble."""
        return self._flush(now_or_never=False)

    def _flush(self, *, now_or_never: bool) -> SyncResult:
        send = one_by_one(self._send)
        return sync_journal(self._journal, send, self._clock, now_or_never=now_or_never)

    def waiting(self) -> int:
        return self._journal.pending_count()

    def refused(self) -> list[JournalEntry]:
        return self._journal.rejected()

    # -- reads: straight from the server --------------------------------------------------

    def employee(self, employee_id: int) -> Employee:
        return self._remote.employee(employee_id)

    def me(self) -> Employee:
        return self._remote.me()

    def status(self, employee_id: int) -> CurrentStatus:
        """The server's status with the punches waiting here counted; while the server is
        away, its last status moved on to now (ServiceUnavailable if it never gave one)."""
        try:
            status = self._remote.status(employee_id)
        except ServiceUnavailable:
            if employee_id not in self._last:
                raise
            status, read_at = self._last[employee_id]
            now = status.now + (self._clock.now() - read_at)
        else:
            self._last[employee_id] = (status, self._clock.now())
            now = status.now
        waiting = self._journal.pending_for(employee_id)
        if not waiting and now == status.now:
            return status
        return with_waiting(status, waiting, now)

    def month_metrics(self, employee_id: int, year: int, month: int) -> MonthMetrics:
        return self._remote.month_metrics(employee_id, year, month)

    def month_days(self, employee_id: int, year: int, month: int) -> list[DayRecord]:
        return self._remote.month_days(employee_id, year, month)

    def sessions_between(self, employee_id: int, start: date, end: date) -> list[WorkSession]:
        return self._remote.sessions_between(employee_id, start, end)

    # -- corrections: straight to the server (an admin decides; nothing to queue) ----------

    def request_correction(self, employee_id: int, correction: Correction) -> CorrectionRequest:
        return self._remote.request_correction(employee_id, correction)

    def resolve_missing_clock_out(
        self, employee_id: int, left_at: datetime, reason: str = "Forgot to clock out"
    ) -> CorrectionRequest:
        return self._remote.resolve_missing_clock_out(employee_id, left_at, reason)

    def corrections(self, employee_id: int) -> list[CorrectionRequest]:
        return self._remote.corrections(employee_id)

    def day_history(self, employee_id: int, day: date) -> list[AuditEntry]:
        return self._remote.day_history(employee_id, day)

    def close(self) -> None:
        self._remote.close()
        self._journal.close()
