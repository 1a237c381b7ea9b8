"""A kiosk of a company server that keeps working through network loss.

Every punch is first committed to the local `PunchJournal`, then sent with its punch id
(so a resend is harmless). While the server is unreachable people are identified from
the cached roster, and the toggle decides from their last known state plus their punches
still in the journal. Queued punches are replayed in order, flagged offline with their
original time, through the replay loop the workstation uses (`journal.sync`): one the
server refuses for good stays in the journal as rejected, for an admin; one that met a
5xx, a timeout or a dropped connection waits for its next try, with backoff.

One lock serialises talking to the server and touching the journal, so a punch, an
undo and the background sending never overtake one another.
"""

from __future__ import annotations

import contextlib
import threading
import time
from datetime import datetime, timedelta
from typing import Any

import httpx

from ..core.clock import Clock
from ..core.errors import (
    MAX_PIN_FAILURES,
    UNKNOWN_BADGE_MESSAGE,
    AttendanceError,
    NotAuthenticated,
    PinLocked,
    ServiceUnavailable,
    WrongPin,
)
from ..journal.store import JournalEntry, PunchJournal
from ..journal.sync import Outcome, SyncResult, retry_delay, sync_journal
from ..paths import AppPaths
from ..remote.server_errors import is_final, response_error, result_error, server_error
from .backend import (
    KioskPerson,
    KioskState,
    PunchAction,
    PunchResult,
    RefusedPunch,
    SyncStatus,
    after,
    toggle_action,
)
from .errors import NotAnAdmin, NothingToUndo, UnknownBadge
from .roster import RosterCache

BATCH = 50
KIOSK_ERRORS: dict[str, type[AttendanceError]] = {
    NothingToUndo.code: NothingToUndo,
    UnknownBadge.code: UnknownBadge,
}


def _error(code: str, message: str | None) -> AttendanceError:
    return server_error(None, code, message, KIOSK_ERRORS)


class RemoteKioskBackend:
    def __init__(
        self,
        http: httpx.Client,
        journal: PunchJournal,
        roster: RosterCache,
        clock: Clock,
        *,
        roster_refresh_s: float = 300.0,
        batch: int = BATCH,
    ) -> None:
        self._batch = batch
        self._http, self._journal, self._roster, self._clock = http, journal, roster, clock
        self._lock = threading.RLock()
        self._offline = False
        self._refresh_s = roster_refresh_s
        self._roster_at: float | None = None
        self._offline_failures: dict[int, int] = {}

    @classmethod
    def open(
        cls,
        base_url: str,
        token: str,
        paths: AppPaths,
        clock: Clock,
        *,
        timeout_s: float = 3.0,
        batch: int = BATCH,
    ) -> RemoteKioskBackend:
        http = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {token}"},
            timeout=httpx.Timeout(timeout_s, connect=min(timeout_s, 1.5)),
        )
        journal = PunchJournal(paths.data_dir / "kiosk-journal.sqlite3")
        roster = RosterCache(paths.data_dir / "kiosk-roster.sqlite3")
        return cls(http, journal, roster, clock, batch=batch)

    # -- talking to the server ----------------------------------------------------------

    def _call(self, method: str, path: str, body: object | None = None) -> dict[str, Any]:
        """The response's `data`; ServiceUnavailable when the server can't be reached."""
        try:
            r = self._http.request(method, path, json=body)
        except httpx.TransportError as exc:
            self._offline = True
            raise ServiceUnavailable() from exc
        if r.status_code >= 500:
            self._offline = True
            raise response_error(r, KIOSK_ERRORS)
        self._offline = False
        if r.status_code >= 400:
            raise response_error(r, KIOSK_ERRORS)
        try:
            payload = r.json()
        except ValueError as exc:
            raise ServiceUnavailable(
                "The attendance server gave an answer that makes no sense."
            ) from exc
        data = payload.get("data") if isinstance(payload, dict) else None
        return data if isinstance(data, dict) else {}

    def _check_online(self) -> None:
        """Once the server is known to be away, only the background sync asks it again:
        a scan must not wait for a network timeout."""
        if self._offline:
            raise ServiceUnavailable()

    def refresh_roster(self) -> None:
        with self._lock:
            data = self._call("GET", "/api/v1/kiosk/roster")
            self._roster.replace(list(data.get("employees", [])))
            self._roster_at = time.monotonic()

    def _roster_due(self) -> bool:
        return self._roster_at is None or time.monotonic() - self._roster_at > self._refresh_s

    # -- identifying --------------------------------------------------------------------

    def _identified(self, data: dict[str, Any]) -> KioskPerson:
        emp, status = data["employee"], data["status"]
        person = KioskPerson(int(emp["employee_id"]), str(emp["first_name"]))
        state = KioskState(bool(status["clocked_in"]), bool(status["on_break"]))
        self._roster.remember(person.employee_id, person.first_name, state)
        return person

    def identify_badge(self, code: str) -> KioskPerson:
        with self._lock:
            try:
                self._check_online()
                return self._identified(
                    self._call("POST", "/api/v1/kiosk/identify", {"badge": code})
                )
            except NotAuthenticated as exc:
                if exc.message == UNKNOWN_BADGE_MESSAGE:
                    raise UnknownBadge() from exc
                raise
            except ServiceUnavailable:
                entry = self._roster.by_badge(code)
                if entry is None:
                    raise UnknownBadge() from None
                return KioskPerson(entry.employee_id, entry.first_name)

    def identify_pin(self, employee_id: int, pin: str) -> KioskPerson:
        with self._lock:
            try:
                self._check_online()
                body = {"employee_id": employee_id, "pin": pin}
                return self._identified(self._call("POST", "/api/v1/kiosk/identify", body))
            except ServiceUnavailable:
                return self._identify_pin_offline(employee_id, pin)

    def _identify_pin_offline(self, employee_id: int, pin: str) -> KioskPerson:
        entry = self._roster.by_id(employee_id)
        failures = self._offline_failures.get(employee_id, 0)
        if entry is not None and (entry.pin_locked or failures >= MAX_PIN_FAILURES):
            raise PinLocked()
        if entry is None or not entry.pin_matches(pin):
            if entry is not None:
                self._offline_failures[employee_id] = failures + 1
                if failures + 1 >= MAX_PIN_FAILURES:
                    raise PinLocked()
            raise WrongPin()
        self._offline_failures.pop(employee_id, None)
        return KioskPerson(entry.employee_id, entry.first_name)

    def check_admin(self, employee_id: int, pin: str) -> None:
        entry = self._roster.by_id(employee_id)
        if entry is None or entry.role != "admin":
            raise NotAnAdmin()
        self.identify_pin(employee_id, pin)

    # -- punching -----------------------------------------------------------------------

    def state(self, person: KioskPerson) -> KioskState:
        with self._lock:
            entry = self._roster.by_id(person.employee_id)
            state = entry.state if entry else KioskState(False, False)
            for queued in self._journal.pending_for(person.employee_id):
                state = after(state, queued.action)
            return state

    def toggle(self, person: KioskPerson) -> PunchResult:
        with self._lock:
            state = self.state(person)
            return self.punch(person, toggle_action(state), state)

    def punch(
        self, person: KioskPerson, action: PunchAction, before: KioskState | None = None
    ) -> PunchResult:
        with self._lock:
            before = before or self.state(person)
            entry = self._journal.record(person.employee_id, action.value, self._clock.now())
            queued = self._journal.pending(limit=1)
            # Sent at once only when online and nothing older waits (order is kept).
            if not self._offline and queued and queued[0].seq == entry.seq:
                got = self._send_live(entry)
                if got is not None:
                    return PunchResult(
                        person,
                        action,
                        datetime.fromisoformat(got["at"]),
                        entry.punch_id,
                        KioskState(bool(got["clocked_in"]), bool(got["on_break"])),
                        timedelta(seconds=float(got["today_worked_seconds"])),
                        before=before,
                    )
            return PunchResult(
                person,
                action,
                entry.device_time,
                entry.punch_id,
                after(before, action),
                None,
                offline=True,
                before=before,
            )

    def _send_live(self, entry: JournalEntry) -> dict[str, Any] | None:
        """Send a punch made just now: its result, or None when it waits in the journal (the
        server away or in trouble: it may even have been recorded). A refusal is raised and
        the punch leaves the journal: the person reads why at once."""
        try:
            outcomes = self._replay([entry], offline=False)
        except AttendanceError:
            outcomes = []  # the request as a whole failed: the punch was not judged
        got = outcomes[0] if outcomes else ServiceUnavailable()
        if isinstance(got, AttendanceError):
            if is_final(got):
                self._journal.remove(entry.seq)
                raise got
            self._journal.mark_failed_attempt(entry.seq, self._clock.now() + retry_delay(0))
            return None
        assert isinstance(got, dict)
        self._journal.mark_sent(entry.seq)
        self._remember(entry, got)
        return got

    def _replay(self, entries: list[JournalEntry], *, offline: bool) -> list[Outcome]:
        """Each punch's outcome, in order: its result, or the error it met. The results stop
        where the server stopped (it stops at the first punch it could not judge)."""
        punches = [
            {
                "punch_id": e.punch_id,
                "employee_id": e.employee_id,
                "action": e.action,
                "reason": e.reason,
                "offline": offline,
                "at": e.device_time.isoformat() if offline else None,
            }
            for e in entries
        ]
        results = self._call("POST", "/api/v1/kiosk/replay", {"punches": punches}).get("results")
        if not isinstance(results, list):
            raise ServiceUnavailable("The attendance server gave an answer that makes no sense.")
        return [
            got if got.get("ok") else result_error(got, KIOSK_ERRORS)
            for got in results
            if isinstance(got, dict)
        ]

    def _remember(self, entry: JournalEntry, got: Outcome) -> None:
        """The person's state as the server now has it, for identifying offline."""
        assert isinstance(got, dict)
        known = self._roster.by_id(entry.employee_id)
        name = known.first_name if known else ""
        state = KioskState(bool(got.get("clocked_in")), bool(got.get("on_break")))
        self._roster.remember(entry.employee_id, name, state)

    def _server_back(self) -> bool:
        """A probe outside the lock, so a dead network never holds up a punch."""
        try:
            self._http.get("/health").raise_for_status()
        except httpx.HTTPError:
            return False
        return True

    def sync_once(self) -> SyncStatus:
        """Send the oldest batch that waits and is due (or nothing, offline); say what is
        left."""
        came_back = False
        if self._offline:
            if not self._server_back():
                waiting, refused = self._journal.pending_count(), len(self._journal.rejected())
                return SyncStatus(True, waiting, refused)
            came_back = True  # worth a try at once, whatever the backoff said
        with self._lock:
            done = sync_journal(
                self._journal,
                lambda entries: self._replay(entries, offline=True),
                self._clock,
                batch=self._batch,
                rounds=1,
                now_or_never=came_back,
                on_sent=self._remember,
            )
            return self._status(done)

    def _status(self, done: SyncResult) -> SyncStatus:
        return SyncStatus(
            self._offline or done.offline, done.waiting, len(self._journal.rejected())
        )

    def sync(self) -> SyncStatus:
        """Replay everything that waits and is due, oldest first; refresh the roster when
        due."""
        waiting = None
        while True:  # a batch at a time, so that a punch can slip in between batches
            status = self.sync_once()
            if status.offline or not status.waiting or status.waiting == waiting:
                break
            waiting = status.waiting
        if not self._offline and self._roster_due():
            with contextlib.suppress(ServiceUnavailable):
                self.refresh_roster()
            status = SyncStatus(self._offline or status.offline, status.waiting, status.refused)
        return status

    def undo(self, result: PunchResult) -> None:
        with self._lock:
            for queued in self._journal.pending_for(result.person.employee_id):
                if queued.punch_id == result.punch_id and self._journal.remove(queued.seq):
                    return
            body = {"punch_id": result.punch_id, "employee_id": result.person.employee_id}
            self._call("POST", "/api/v1/kiosk/undo", body)
            if result.before is not None:
                self._roster.remember(
                    result.person.employee_id, result.person.first_name, result.before
                )

    def refused(self) -> list[RefusedPunch]:
        return [
            RefusedPunch(e.employee_id, e.action, e.device_time, e.error_message or "")
            for e in self._journal.rejected()
        ]

    def close(self) -> None:
        self._http.close()
        self._journal.close()
        self._roster.close()
