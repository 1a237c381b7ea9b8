"""Team → Kiosks: list them, add one (its secrets go straight to the page's dialog and
nowhere else: not kept, not logged), revoke one. Every call on the task runner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal

from ....core.admin_service import AdminService, Kiosk, NewKiosk
from ...tasks import TaskRunner
from ...views.team.kiosk_list_page import KioskListPage
from ..messages import plain_message


class KioskListController(QObject):
    shown = Signal()
    added = Signal(int)  # the new kiosk's id (never its token)
    refused = Signal(str)

    def __init__(
        self,
        service: AdminService,
        runner: TaskRunner,
        page: KioskListPage,
        now: Callable[[], datetime],
        zone: ZoneInfo,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service, self._runner, self.page = service, runner, page
        self._now, self._zone = now, zone
        page.add_requested.connect(self._add)
        page.revoke_requested.connect(self._revoke)

    def refresh(self) -> None:
        self._runner.submit(self._service.kiosks, self._loaded, self._failed, context=self.page)

    def _loaded(self, kiosks: list[Kiosk]) -> None:
        self.page.set_kiosks(kiosks, self._now(), self._zone)
        self.shown.emit()

    def _add(self, name: str) -> None:
        self.page.show_error("")
        service = self._service
        self._runner.submit(
            lambda: service.add_kiosk(name), self._added, self._failed, context=self.page
        )

    def _added(self, added: NewKiosk) -> None:
        self.page.show_secrets(added)
        self.added.emit(added.kiosk.id)
        self.refresh()

    def _revoke(self, kiosk_id: int) -> None:
        self.page.show_error("")
        service = self._service
        self._runner.submit(
            lambda: service.revoke_kiosk(kiosk_id),
            lambda _r: self.refresh(),
            self._failed,
            context=self.page,
        )

    def _failed(self, error: BaseException) -> None:
        message = plain_message(error)
        self.page.show_error(message)
        self.refused.emit(message)
