"""A kiosk of a company server that keeps working through network loss.

Every punch is first committed to the local `PunchJournal`, then sent with its punch id
(so a resend is harmless). While the server is unreachable nobody can be identified here:
what was typed or scanned is sealed to the server's key (sealing.py) and queued as a
toggle, which the server checks and resolves at sync. Queued punches are replayed in
order, flagged offline with their original time, through the replay loop the workstation
uses (`journal.sync`): one the server refuses for good (a wrong PIN, an unknown badge)
stays in the journal as rejected, for an admin; one that met a 5xx, a timeout or a
dropped connection waits for its next try, with backoff.

One lock serialises talking to the server and touching the journal, so a punch, an
undo and the background sending never overtake one another.
"""

from __future__ import annotations

import contextlib
import threading
import time
import uuid
from datetime import date, datetime, timedelta
from typing import Any

import httpx

from ..core.clock import Clock
from ..core.errors import (
    AdminExists,
    AttendanceError,
    InvalidInput,
    ServiceUnavailable,
    WrongExitCode,
)
from ..journal.store import SEALED_ACTION, JournalEntry, PunchJournal
from ..journal.sync import Outcome, SyncResult, retry_delay, sync_journal
from ..paths import AppPaths
from ..remote.language import accept_language
from ..remote.server_errors import is_final, response_error, result_error
from .backend import (
    KioskPerson,
    KioskState,
    MissedClockOut,
    PunchAction,
    PunchResult,
    RefusedPunch,
    SyncStatus,
    after,
    toggle_action,
)
from .roster import DeviceCache, DeviceInfo
from .sealing import SealedInput, seal

BATCH = 50
NOT_SET_UP = (
    "This kiosk has not reached the server yet, so it cannot take punches offline. "
    "Check the network."
)


class RemoteKioskBackend:
    def __init__(
        self,
        http: httpx.Client,
        journal: PunchJournal,
        device: DeviceCache,
        clock: Clock,
        *,
        roster_refresh_s: float = 300.0,
        batch: int = BATCH,
    ) -> None:
        self._batch = batch
        self._http, self._journal, self._device, self._clock = http, journal, device, clock
        self._lock = threading.RLock()
        self._offline = False
        self._refresh_s = roster_refresh_s
        self._device_at: float | None = None
        self._known: dict[int, KioskState] = {}  # from the server's last answers, in memory
        # From the last identify, in memory only: the missed clock-out to ask about, and
        # the short grant that lets this kiosk answer it for that person.
        self._missed: dict[int, MissedClockOut] = {}
        self._grants: dict[int, str] = {}

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
            headers={"Authorization": f"Bearer {token}", "Accept-Language": accept_language()},
            timeout=httpx.Timeout(timeout_s, connect=min(timeout_s, 1.5)),
        )
        journal = PunchJournal(paths.data_dir / "kiosk-journal.sqlite3")
        device = DeviceCache(paths.data_dir / "kiosk-device.json")
        return cls(http, journal, device, clock, batch=batch)

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
            raise response_error(r)
        self._offline = False
        if r.status_code >= 400:
            raise response_error(r)
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

    def refresh_device(self) -> None:
        """Fetch the server's sealing key and this device's exit code hash."""
        with self._lock:
            data = self._call("GET", "/api/v1/kiosk/device")
            key, exit_hash = data.get("seal_public_key"), data.get("exit_code_hash")
            self._device.replace(
                DeviceInfo(
                    key if isinstance(key, str) else None,
                    exit_hash if isinstance(exit_hash, str) else None,
                )
            )
            self._device_at = time.monotonic()

    def _device_due(self) -> bool:
        return self._device_at is None or time.monotonic() - self._device_at > self._refresh_s

    # -- identifying --------------------------------------------------------------------

    def _identified(self, data: dict[str, Any]) -> KioskPerson:
        emp, status = data["employee"], data["status"]
        person = KioskPerson(int(emp["employee_id"]), str(emp["first_name"]))
        self._known[person.employee_id] = KioskState(
            bool(status["clocked_in"]), bool(status["on_break"])
        )
        self._missed.pop(person.employee_id, None)
        missed = data.get("missing_clock_out")
        if isinstance(missed, dict):
            self._missed[person.employee_id] = MissedClockOut(
                date.fromisoformat(str(missed["day"])),
                datetime.fromisoformat(str(missed["clock_in"])),
            )
        if isinstance(token := data.get("token"), str):
            self._grants[person.employee_id] = token
        return person

    def _sealed(self, **given: Any) -> KioskPerson:
        """Offline: someone the kiosk cannot know, carrying what they gave, sealed."""
        key = self._device.info.seal_public_key
        if key is None:
            raise ServiceUnavailable(NOT_SET_UP)
        sealed = seal(key, uuid.uuid4().hex, self._clock.now(), **given)
        return KioskPerson(0, "", sealed)

    def identify_badge(self, code: str) -> KioskPerson:
        with self._lock:
            try:
                self._check_online()
                return self._identified(
                    self._call("POST", "/api/v1/kiosk/identify", {"badge": code})
                )
            except ServiceUnavailable:
                return self._sealed(badge=code)

    def identify_pin(self, employee_id: int, pin: str) -> KioskPerson:
        with self._lock:
            try:
                self._check_online()
                body = {"employee_id": employee_id, "pin": pin}
                return self._identified(self._call("POST", "/api/v1/kiosk/identify", body))
            except ServiceUnavailable:
                return self._sealed(employee_id=employee_id, pin=pin)

    def admin_service(self, admin_id: int) -> None:
        return None  # a server's administrators use the desktop app signed in to it

    def check_admin(self, employee_id: int, pin: str) -> None:
        """Online only: the server checks the PIN and the role. Offline: the exit code."""
        with self._lock:
            try:
                self._check_online()
                self._call("POST", "/api/v1/kiosk/admin", {"employee_id": employee_id, "pin": pin})
            except ServiceUnavailable as exc:
                raise ServiceUnavailable(
                    "The server cannot be reached, so no PIN can be checked. "
                    "Leave with this kiosk's exit code."
                ) from exc

    def needs_first_admin(self) -> bool:
        return False  # a server's admins are made on the server (`attendance-server`)

    def create_first_admin(self, first_name: str, last_name: str, pin: str) -> int:
        raise AdminExists("A server's administrators are added on the server.")

    def check_exit_code(self, code: str) -> None:
        info = self._device.info
        if info.exit_code_hash is None:
            raise WrongExitCode(
                "This kiosk has no exit code yet. Leave with an administrator's ID and PIN, "
                "or give it one: attendance-server device exit-code ID."
            )
        if not info.exit_code_matches(code):
            raise WrongExitCode()

    # -- punching -----------------------------------------------------------------------

    def state(self, person: KioskPerson) -> KioskState:
        """As the server said at identify, plus their punches still queued. Kept in memory
        only: the kiosk's disk holds nobody's state."""
        with self._lock:
            state = self._known.get(person.employee_id, KioskState(False, False))
            for queued in self._journal.pending_for(person.employee_id):
                state = after(state, queued.action)
            return state

    def toggle(self, person: KioskPerson) -> PunchResult:
        with self._lock:
            if person.sealed is not None:
                return self._queue_sealed(person, person.sealed)
            state = self.state(person)
            return self.punch(person, toggle_action(state), state)

    def _queue_sealed(self, person: KioskPerson, sealed: SealedInput) -> PunchResult:
        entry = self._journal.record(
            0, SEALED_ACTION, sealed.at, punch_id=sealed.punch_id, sealed=sealed.blob
        )
        return PunchResult(
            person,
            PunchAction.TOGGLE,
            entry.device_time,
            entry.punch_id,
            KioskState(False, False),
            None,
            offline=True,
        )

    def punch(
        self, person: KioskPerson, action: PunchAction, before: KioskState | None = None
    ) -> PunchResult:
        with self._lock:
            if person.anonymous or action is PunchAction.TOGGLE:
                raise InvalidInput("Offline, a punch can only be saved as it was made.")
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
                "sealed": e.sealed,
            }
            for e in entries
        ]
        results = self._call("POST", "/api/v1/kiosk/replay", {"punches": punches}).get("results")
        if not isinstance(results, list):
            raise ServiceUnavailable("The attendance server gave an answer that makes no sense.")
        return [
            got if got.get("ok") else result_error(got) for got in results if isinstance(got, dict)
        ]

    def _remember(self, entry: JournalEntry, got: Outcome) -> None:
        """The person's state as the server now has it (in memory only: the kiosk's disk
        holds nobody's state). A sealed punch's person is not known here."""
        assert isinstance(got, dict)
        if entry.sealed is None:
            state = KioskState(bool(got.get("clocked_in")), bool(got.get("on_break")))
            self._known[entry.employee_id] = state

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
        """Replay everything that waits and is due, oldest first; refresh the device's key
        and exit code when due."""
        waiting = None
        while True:  # a batch at a time, so that a punch can slip in between batches
            status = self.sync_once()
            if status.offline or not status.waiting or status.waiting == waiting:
                break
            waiting = status.waiting
        if not self._offline and self._device_due():
            with contextlib.suppress(ServiceUnavailable):
                self.refresh_device()
            status = SyncStatus(self._offline or status.offline, status.waiting, status.refused)
        return status

    def missed_clock_out(self, person: KioskPerson) -> MissedClockOut | None:
        """As the server said at identify (offline nobody is known: None)."""
        with self._lock:
            return None if person.anonymous else self._missed.get(person.employee_id)

    def resolve_missed_clock_out(self, person: KioskPerson, left_at: datetime) -> None:
        """Online only, with the grant from identify: not journalled, since the answer is
        the person's own statement and the server may refuse it (before the clock-in)."""
        with self._lock:
            grant = self._grants.get(person.employee_id)
            if person.anonymous or grant is None:
                raise InvalidInput("Please scan your badge again.")
            body = {"grant": grant, "left_at": left_at.isoformat()}
            status = self._call("POST", "/api/v1/kiosk/resolve", body)["status"]
            self._known[person.employee_id] = KioskState(
                bool(status["clocked_in"]), bool(status["on_break"])
            )
            self._missed.pop(person.employee_id, None)

    def undo(self, result: PunchResult) -> None:
        with self._lock:
            for queued in self._journal.pending_for(result.person.employee_id):
                if queued.punch_id == result.punch_id and self._journal.remove(queued.seq):
                    return
            body = {"punch_id": result.punch_id, "employee_id": result.person.employee_id}
            self._call("POST", "/api/v1/kiosk/undo", body)
            if result.before is not None:
                self._known[result.person.employee_id] = result.before

    def refused(self) -> list[RefusedPunch]:
        return [
            RefusedPunch(e.employee_id, e.action, e.device_time, e.error_message or "")
            for e in self._journal.rejected()
        ]

    def close(self) -> None:
        self._http.close()
        self._journal.close()
