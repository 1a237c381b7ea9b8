"""Who's in now: asks the admin service every few seconds and on demand.

The call runs on the TaskRunner like every service call. A timed refresh is background
work (a person's own action never waits behind it) and is skipped while the view is not
on screen; one at a time, so a slow server never piles up requests. A failed refresh
shows a banner and keeps the last people shown: stale but labelled beats empty.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ....core.admin_service import AdminService, Presence
from ...i18n import QT_TRANSLATE_NOOP
from ...tasks import Skipped, TaskRunner
from ...views.team.presence_view import PresenceView
from ..messages import plain_message

REFRESH_MS = 5_000
FAILED = QT_TRANSLATE_NOOP(
    "PresenceController", "Could not refresh who's in: {reason} The list below may be out of date."
)


class PresenceController(QObject):
    #: The people shown after a refresh (how many).
    shown = Signal(int)
    #: A refresh failed: the words the banner shows.
    failed = Signal(str)

    def __init__(
        self,
        service: AdminService,
        runner: TaskRunner,
        view: PresenceView,
        parent: QObject | None = None,
        *,
        interval_ms: int = REFRESH_MS,
    ) -> None:
        super().__init__(parent)
        self._service, self._runner, self._view = service, runner, view
        self._in_flight = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        view.refresh_requested.connect(self.refresh)

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self, *, background: bool = False) -> None:
        if self._in_flight:
            return
        self._in_flight = True
        self._runner.submit(
            self._service.presence,
            self._done,
            self._failed,
            context=self._view,
            background=background,
        )

    def _tick(self) -> None:
        if self._view.isVisible():
            self.refresh(background=True)

    def _done(self, people: list[Presence]) -> None:
        self._in_flight = False
        self._view.clear_error()
        self._view.set_people(people)
        self.shown.emit(len(people))

    def _failed(self, error: BaseException) -> None:
        self._in_flight = False
        if isinstance(error, Skipped):  # a person's action went first; the next tick asks
            return
        text = self.tr(FAILED).format(reason=plain_message(error).rstrip(".") + ".")
        self._view.show_error(text)
        self.failed.emit(text)
