"""A workstation in remote mode: every punch goes to the punch journal first, then out.

The punch is committed to the local journal (with its id and this computer's time) before
it is sent; the punch id makes a resend harmless. When the server cannot be reached the
punch stays queued and the person is told so in plain words; `flush()` sends the queue, in
order, once the server answers again. A queued punch the server refuses (for example one
that waited longer than the server's time tolerance) is kept in the journal as refused,
never dropped, and `refused()` lists it for the person to see.

Reads go straight to the server: the home page shows the server's truth, not a guess.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from ..core.clock import Clock, SystemClock
from ..core.errors import AttendanceError, ServiceUnavailable
from ..core.models import Break, CurrentStatus, DayRecord, Employee, MonthMetrics, WorkSession
from .store import Action, JournalEntry, PunchJournal
from .sync import SyncResult, sync_journal


class PunchQueued(ServiceUnavailable):
    code = "PUNCH_QUEUED"
    default_message = (
        "The attendance server cannot be reached. Your punch is saved on this computer "
        "and will be sent as soon as the server is back."
    )


class JournaledService:
    def __init__(self, remote: Any, journal: PunchJournal, clock: Clock | None = None) -> None:
        self._remote = remote
        self._journal = journal
        self._clock = clock or SystemClock()

    # -- punches ----------------------------------------------------------------------

    def _send(self, entry: JournalEntry, *, live: bool = False) -> Any:
        """Send one punch. A live punch takes the server's time (the server's clock is
        authoritative, and this computer's may be off); a queued one keeps the time it was
        made, which the server accepts within its tolerance."""
        remote, emp, pid = self._remote, entry.employee_id, entry.punch_id
        at = None if live else entry.device_time
        if entry.action == "clock_in":
            return remote.clock_in(emp, at=at, punch_id=pid)
        if entry.action == "clock_out":
            return remote.clock_out(emp, at=at, punch_id=pid)
        if entry.action == "break_start":
            return remote.start_break(emp, entry.reason, at=at, punch_id=pid)
        return remote.end_break(emp, at=at, punch_id=pid)

    def _punch(self, employee_id: int, action: Action, reason: str = "") -> Any:
        earlier = self.flush()
        entry = self._journal.record(employee_id, action, self._clock.now(), reason=reason)
        if earlier.offline:
            raise PunchQueued()
        try:
            result = self._send(entry, live=True)
        except ServiceUnavailable as exc:
            raise PunchQueued() from exc
        except AttendanceError:
            # Refused while the person watches: they read why at once; nothing to keep.
            self._journal.remove(entry.seq)
            raise
        self._journal.mark_sent(entry.seq)
        return result

    def clock_in(
        self, employee_id: int, *, at: datetime | None = None, punch_id: str | None = None
    ) -> WorkSession:
        result: WorkSession = self._punch(employee_id, "clock_in")
        return result

    def clock_out(
        self, employee_id: int, *, at: datetime | None = None, punch_id: str | None = None
    ) -> WorkSession:
        result: WorkSession = self._punch(employee_id, "clock_out")
        return result

    def start_break(
        self,
        employee_id: int,
        reason: str = "",
        *,
        at: datetime | None = None,
        punch_id: str | None = None,
    ) -> Break:
        result: Break = self._punch(employee_id, "break_start", reason)
        return result

    def end_break(
        self, employee_id: int, *, at: datetime | None = None, punch_id: str | None = None
    ) -> Break:
        result: Break = self._punch(employee_id, "break_end")
        return result

    def flush(self) -> SyncResult:
        """Send what is queued, oldest first; stops at the first sign the server is away."""
        return sync_journal(self._journal, self._send)

    def waiting(self) -> int:
        return self._journal.pending_count()

    def refused(self) -> list[JournalEntry]:
        return self._journal.rejected()

    # -- reads: straight from the server --------------------------------------------------

    def employee(self, employee_id: int) -> Employee:
        result: Employee = self._remote.employee(employee_id)
        return result

    def me(self) -> Employee:
        result: Employee = self._remote.me()
        return result

    def status(self, employee_id: int) -> CurrentStatus:
        result: CurrentStatus = self._remote.status(employee_id)
        return result

    def month_metrics(self, employee_id: int, year: int, month: int) -> MonthMetrics:
        result: MonthMetrics = self._remote.month_metrics(employee_id, year, month)
        return result

    def month_days(self, employee_id: int, year: int, month: int) -> list[DayRecord]:
        result: list[DayRecord] = self._remote.month_days(employee_id, year, month)
        return result

    def sessions_between(self, employee_id: int, start: date, end: date) -> list[WorkSession]:
        result: list[WorkSession] = self._remote.sessions_between(employee_id, start, end)
        return result

    def close(self) -> None:
        self._remote.close()
        self._journal.close()
