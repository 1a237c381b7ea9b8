"""The notice after a punch: what was done and when, and its Undo for 10 seconds.

It says the punch as the service recorded it ("Clocked out at 17:02"), or, in remote mode
with the server away, as it waits on this computer ("Clocked out 17:02 · waiting to
send"), with its time as kept in the journal. Undo takes back exactly that punch by its
id: a waiting one is withdrawn from the journal, a recorded one is undone by the service.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...core.models import CurrentStatus
from .. import formatting
from ..views.undo_notice import UNDO_SECONDS, UndoNotice

if TYPE_CHECKING:
    from .home_controller import HomeController


class PunchNotice(QObject):
    def __init__(
        self, home: HomeController, view: UndoNotice, undo_seconds: float | None = None
    ) -> None:
        super().__init__(home)
        self._home, self._view = home, view
        self._seconds = UNDO_SECONDS if undo_seconds is None else undo_seconds
        # The punch on offer: (action, punch id, when), when None till the status says.
        self._punch: tuple[str, str, datetime | None] | None = None
        view.undo_clicked.connect(self._undo)

    def punched(self, action: str, punch_id: str, at: datetime) -> None:
        self._punch = (action, punch_id, at)
        self._view.offer(formatting.punch_done(action, at, self._home.zone), self._seconds)

    def queued(self, action: str, punch_id: str) -> None:
        """Kept on this computer: offered once the status shows it with its time."""
        self._punch = (action, punch_id, None)

    def status_shown(self, status: CurrentStatus) -> None:
        if self._punch is None or self._punch[2] is not None:
            return
        action, punch_id, _ = self._punch
        kept = next((w for w in status.waiting if w.punch_id == punch_id), None)
        if kept is None:
            return  # already sent in the meantime: nothing to say about waiting
        self._punch = (action, punch_id, kept.at)
        text = formatting.punch_done(action, kept.at, self._home.zone, waiting=True)
        self._view.offer(text, self._seconds)

    def clear(self) -> None:
        self._punch = None
        self._view.withdraw()

    def stop(self) -> None:
        self.clear()
        self._view.undo_clicked.disconnect(self._undo)

    def _undo(self) -> None:
        if self._punch is None:
            return
        action, punch_id, at = self._punch
        self._punch = None
        undo: Callable[[Callable[[], None]], None] = self._home.undo(punch_id)
        undo(lambda: self._undone(action, at))

    def _undone(self, action: str, at: datetime | None) -> None:
        if at is not None:
            self._view.say(formatting.punch_undone(action, at, self._home.zone))
        else:
            self._view.withdraw()
