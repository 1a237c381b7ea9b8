"""The team console: its tabs' controllers over one `AdminService`, and what ties them.

An approval changes the person's month, so the team month is read again; a change to
someone (or the calendar) changes who's in and the month too. The "Requests" tab carries
the count of requests waiting. Export and lock act on the month the "Team month" tab
shows. Every service call goes through the task runner; nothing here blocks the GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ....core.admin_service import AdminService, PeriodLock
from ....core.clock import Clock
from ... import formatting
from ...tasks import TaskRunner
from ...views.team.console_bar import ConsoleBar
from ...views.team.employee_page import EmployeePage
from ...views.team.inbox_page import InboxPage
from ...views.team.kiosk_list_page import KioskListPage
from ...views.team.team_page import TeamPage
from ..messages import plain_message
from .employee_controller import EmployeeController
from .inbox_controller import InboxController
from .kiosk_list_controller import KioskListController
from .presence_controller import PresenceController
from .team_calendar_controller import TeamCalendarController
from .team_export import export_path, write_month
from .team_month_controller import TeamMonthController

#: (parent, suggested name, filter) -> the chosen path, "" when cancelled.
PathChooser = Callable[[QWidget, str, str], str]


def ask_path(parent: QWidget, suggested: str, name_filter: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(parent, "", suggested, name_filter)
    return path


class TeamConsole(QObject):
    #: A payroll file was written (its path), or the words of why not.
    exported = Signal(str)
    export_failed = Signal(str)
    #: The month shown was locked or unlocked: (year, month, locked).
    lock_changed = Signal(int, int, bool)
    #: Something the admin asked for was refused: the words shown.
    refused = Signal(str)

    def __init__(
        self,
        service: AdminService,
        runner: TaskRunner,
        page: TeamPage,
        clock: Clock,
        zone: str,
        parent: QObject | None = None,
        *,
        choose_path: PathChooser = ask_path,
    ) -> None:
        super().__init__(parent)
        self.service, self._runner, self.page, self._clock = service, runner, page, clock
        self._zone, self._choose_path = zone, choose_path
        local_zone = formatting.zone_named(zone)

        def today() -> date:
            return clock.now().astimezone(local_zone).date()

        self.presence = PresenceController(service, runner, page.presence, self)
        self.month = TeamMonthController(service, runner, page.month, clock, zone, self)
        self.inbox_page = InboxPage()
        self.inbox = InboxController(service, runner, self.inbox_page, self)
        self._inbox_tab = page.add_tab(self.inbox_page, self.tr("Requests"))
        self.employee_page = EmployeePage(today)
        self.employees = EmployeeController(service, runner, self.employee_page, today, self)
        page.add_tab(self.employee_page, self.tr("Employees"))
        self.kiosk_page = KioskListPage()
        self.kiosks = KioskListController(
            service, runner, self.kiosk_page, clock.now, local_zone, self
        )
        page.add_tab(self.kiosk_page, self.tr("Kiosks"))
        self.calendar = TeamCalendarController(service, runner, today, self)
        self.bar = ConsoleBar()
        page.tabs.setCornerWidget(self.bar)
        self._shown: tuple[int, int] | None = None
        self._locks: dict[tuple[int, int], PeriodLock] = {}

        self.inbox.pending_count_changed.connect(self._pending)
        self.inbox.decision_made.connect(lambda _r: self._reread())
        self.employees.saved.connect(lambda _e: self._reread(presence=True))
        self.calendar.saved.connect(lambda _c: self._reread(presence=True))
        self.month.month_shown.connect(self._month_shown)
        self.bar.calendar_requested.connect(lambda: self.calendar.open(page.window()))
        self.bar.export_requested.connect(self.export)
        self.bar.lock_requested.connect(self.set_lock)
        page.month.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def start(self) -> None:
        self.presence.start()
        self.month.start()
        self.inbox.refresh()
        self.employees.refresh()
        self.kiosks.refresh()
        self._read_locks()

    def stop(self) -> None:
        self.presence.stop()

    # -- keeping the tabs in step ---------------------------------------------------------

    def _pending(self, count: int) -> None:
        title = self.tr("Requests ({count})").format(count=count) if count else self.tr("Requests")
        self.page.tabs.setTabText(self._inbox_tab, title)

    def _reread(self, *, presence: bool = False) -> None:
        if self._shown is not None:
            self.month.show_month(*self._shown)
        if presence:
            self.presence.refresh()

    def _month_shown(self, year: int, month: int, _people: int) -> None:
        self._shown = (year, month)
        self._show_lock()

    def _selection_changed(self, *_args: object) -> None:
        self.bar.set_selection(len(self.selected_ids()))

    def selected_ids(self) -> list[int]:
        view = self.page.month
        rows = {view.proxy.mapToSource(i).row() for i in view.table.selectionModel().selectedRows()}
        return [view.model.person(r).employee.id for r in sorted(rows) if r >= 0]

    # -- the month's lock -----------------------------------------------------------------

    def _read_locks(self) -> None:
        self._runner.submit(
            self.service.period_locks, self._locks_read, self._failed, context=self.bar
        )

    def _locks_read(self, locks: list[PeriodLock]) -> None:
        self._locks = {(k.year, k.month): k for k in locks}
        self._show_lock()

    def _show_lock(self) -> None:
        if self._shown is None:
            return
        title = formatting.month_title(*self._shown)
        lock = self._locks.get(self._shown)
        if lock is None:
            self.bar.set_lock(title, None)
            return
        when = lock.locked_at.astimezone(formatting.zone_named(self._zone))
        words = self.tr("{month} is locked (since {day}, {time})").format(
            month=title, day=formatting.day_month(when.date()), time=f"{when:%H:%M}"
        )
        self.bar.set_lock(title, words)

    def set_lock(self, locked: bool) -> None:
        if self._shown is None:
            return
        year, month = self._shown
        service = self.service

        def change() -> list[PeriodLock]:
            if locked:
                service.lock_period(year, month)
            else:
                service.unlock_period(year, month)
            return service.period_locks()

        def done(locks: list[PeriodLock]) -> None:
            self._locks_read(locks)
            self.lock_changed.emit(year, month, locked)

        self._runner.submit(change, done, self._failed, context=self.bar)

    # -- payroll files --------------------------------------------------------------------

    def export(self, fmt: str, selected_only: bool) -> None:
        if self._shown is None:
            return
        year, month = self._shown
        ids = self.selected_ids() if selected_only else None
        if selected_only and not ids:
            return
        filters = {
            "csv": self.tr("CSV for payroll (*.csv)"),
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "pdf": self.tr("PDF timesheets (*.pdf)"),
        }
        suggested = f"attendance-{year:04d}-{month:02d}.{fmt}"
        chosen = self._choose_path(self.page.window(), suggested, filters[fmt])
        if not chosen:
            return
        path = export_path(chosen, fmt)
        service, clock, zone = self.service, self._clock, self._zone
        title = formatting.month_title(year, month)

        def failed(error: BaseException) -> None:
            why = error.strerror if isinstance(error, OSError) and error.strerror else ""
            words = self.tr("{month} could not be exported to {path}: {why}").format(
                month=title, path=path, why=why or plain_message(error)
            )
            self.page.month.show_error(words)
            self.export_failed.emit(words)

        def written(done: Path) -> None:
            self.page.month.clear_error()
            self.exported.emit(str(done))

        self._runner.submit(
            lambda: write_month(service, clock, zone, year, month, fmt, path, ids),
            written,
            failed,
            context=self.page,
        )

    def _failed(self, error: BaseException) -> None:
        words = plain_message(error)
        self.page.month.show_error(words)
        self.refused.emit(words)
