"""The status a person should see while punches wait in the journal: the server's last
word with the waiting punches played on top, in order (as the kiosk folds its queue with
`kiosk.backend.after`).

Without this, a clock-out kept while the server was away left the page on "Working
since…", the person punched again, and the duplicate came back refused hours later.

A waiting punch that does not fit (a clock-out with no open session) is passed over: it
may be one the server recorded before its answer was lost, and is already in its status.
Sessions and breaks that exist only here get negative ids (the journal's place, negated),
so nobody mistakes them for the server's records.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta

from ..core.models import Break, CurrentStatus, WaitingPunch, WorkSession
from .store import JournalEntry


def with_waiting(
    status: CurrentStatus, waiting: Iterable[JournalEntry], now: datetime
) -> CurrentStatus:
    """`status` (read at `status.now`) as it stands at `now` once `waiting` is counted."""
    sessions = list(status.today_sessions)
    open_session = status.open_session
    shown: list[WaitingPunch] = []
    for entry in waiting:
        shown.append(WaitingPunch(entry.punch_id, entry.action, entry.device_time))
        changed = _after(open_session, entry, status)
        if changed is open_session:
            continue  # does not fit: see the module's note
        if changed is None:  # a clock-out: the session it closed stays in today's list
            assert open_session is not None
            closed = _closed(open_session, entry.device_time)
            sessions = [closed if s.id == closed.id else s for s in sessions]
        elif open_session is None or changed.id != open_session.id:
            sessions.append(changed)  # a clock-in
        else:
            sessions = [changed if s.id == changed.id else s for s in sessions]
        open_session = changed
    worked = (
        status.today_worked
        + sum((_worked(s, now) for s in sessions), timedelta(0))
        - sum((_worked(s, status.now) for s in status.today_sessions), timedelta(0))
    )
    return replace(
        status,
        now=now,
        open_session=open_session,
        today_sessions=tuple(sessions),
        today_worked=max(worked, timedelta(0)),
        waiting=tuple(shown),
    )


def _after(
    session: WorkSession | None, entry: JournalEntry, status: CurrentStatus
) -> WorkSession | None:
    """The open session once `entry` is done (None: closed); `session` itself when the
    punch does not fit."""
    at, action = entry.device_time, entry.action
    if action == "clock_in":
        if session is not None:
            return session
        return WorkSession(-entry.seq, status.employee_id, status.today, at, offline=True)
    if session is None:
        return session
    if action == "clock_out":
        return None
    running = session.open_break
    if action == "break_start" and running is None:
        new = Break(-entry.seq, session.id, at, reason=entry.reason)
        return replace(session, breaks=(*session.breaks, new))
    if action == "break_end" and running is not None:
        ended = replace(running, end=at)
        return replace(session, breaks=tuple(ended if b is running else b for b in session.breaks))
    return session


def _closed(session: WorkSession, at: datetime) -> WorkSession:
    """Clocked out at `at`: a running break ends then too."""
    breaks = tuple(replace(b, end=at) if b.end is None else b for b in session.breaks)
    return replace(session, clock_out=at, breaks=breaks)


def _worked(session: WorkSession, now: datetime) -> timedelta:
    """(clock-out - clock-in) - breaks, an open session and break counting up to `now`."""
    end = session.clock_out or now
    span = max(end - session.clock_in, timedelta(0))
    pauses = sum((b.duration(min(now, end)) for b in session.breaks), timedelta(0))
    return max(span - pauses, timedelta(0))
