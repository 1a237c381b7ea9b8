"""Opening the store off the GUI thread, then showing the home page or the first-run form."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.clock import Clock
from ...core.errors import StoreCorrupt
from ...core.models import Employee
from ...launch import LaunchOptions
from ...settings import Settings, save_settings
from ..tasks import TaskRunner
from ..views.main_window import MainWindow
from .messages import plain_message

if TYPE_CHECKING:  # imported once the window is up: the first paint does not wait for them
    from ...storage.local_service import LocalAttendanceService
    from .first_run_controller import FirstRunController
    from .holiday_settings_controller import HolidaySettingsController
    from .home_controller import FullLoad, HomeController

log = logging.getLogger(__name__)
FIRST_PAGE_WAIT_MS = 500


class StartupController(QObject):
    #: The store could not be opened: a plain message for the user.
    failed = Signal(str)
    #: The home page is up and its controller started.
    home_started = Signal(object)
    #: No employee yet: the first-run form is shown.
    first_run_shown = Signal()
    #: The home page was shown from the snapshot of its inputs, before the store opened.
    first_page_shown = Signal()

    def __init__(
        self,
        options: LaunchOptions,
        runner: TaskRunner,
        window: MainWindow,
        settings: Settings,
        clock: Clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._options, self._runner, self._window = options, runner, window
        self._settings, self._clock = settings, clock
        self.service: LocalAttendanceService | None = None
        self.home: HomeController | None = None
        self.first_run: FirstRunController | None = None
        self.holiday_settings: HolidaySettingsController | None = None
        self._opening = False
        # The home page shown from its snapshot, until the store is open (then `home`).
        self._first_home: HomeController | None = None
        # Plain Python, not this QObject, is what the worker touches around each load.
        self.keeper = FirstPageKeeper(options.paths.db_path, options.timezone)

    @property
    def showing_first_page(self) -> bool:
        """The home page is on screen from its snapshot; the store is still opening."""
        return self._first_home is not None

    @property
    def settings(self) -> Settings:
        return self._settings

    def start(self) -> None:
        self._window.show_loading()
        if self._show_first_page():
            # After the page's paint: the worker's imports would hold the paint back (and
            # after a moment anyway, for a window that is not painted: minimised).
            self._window.home.painted.connect(self._open_once_painted)
            QTimer.singleShot(FIRST_PAGE_WAIT_MS, self, self._open_once_painted)
            return
        self._runner.submit(self._open, self._opened, self._open_failed, context=self)
        # Built here while the worker imports and opens the store, not after it.
        self._window.home  # noqa: B018

    def _show_first_page(self) -> bool:
        """The home page from the snapshot of its inputs, when the store is unchanged since
        it was written (first_page.py); never in demo mode, nor for a first run."""
        wanted, options = self._settings.employee_id, self._options
        if wanted is None or options.demo:
            return False
        from ... import first_page  # after the first paint, like the rest of the page

        page = first_page.load(options.paths.db_path, wanted, self._clock.now(), options.timezone)
        if page is None:
            return False
        from .home_controller import HomeController

        self._first_home = HomeController(
            None,
            self._runner,
            self._window.home,
            page.employee,
            options.timezone,
            self,
            around_load=self.keeper,
        )
        self._first_home.show_first(page.status, (page.metrics, page.days))
        self._window.show_home(page.employee.full_name)
        self.first_page_shown.emit()
        return True

    def _open_once_painted(self) -> None:
        if self._opening:
            return
        self._opening = True
        self._window.home.painted.disconnect(self._open_once_painted)
        # The page paints first and its tiles and panels after it, in this same paint.
        QTimer.singleShot(0, self, self._submit_open)

    def _submit_open(self) -> None:
        self._runner.submit(self._open, self._opened, self._open_failed, context=self)

    def _open(self) -> tuple[LocalAttendanceService, Employee | None]:
        """Runs on the worker: importing the store's libraries (SQLAlchemy: the biggest
        part of a start) and opening (or creating, or upgrading) the store, while the
        window is already up."""
        from ...launch import open_local_store

        options = self._options
        service = open_local_store(options.paths, self._clock, options.timezone)
        try:
            if options.demo:  # fills an empty store only
                from ...demo import fill_demo

                fill_demo(service, self._clock)
            employees = service.employees()
        except BaseException:
            service.close()
            raise
        wanted = self._settings.employee_id
        chosen = next((e for e in employees if e.id == wanted), employees[0] if employees else None)
        return service, chosen

    def _opened(self, result: tuple[LocalAttendanceService, Employee | None]) -> None:
        self.service, employee = result
        self.keeper.service = self.service
        if employee is None:
            from .first_run_controller import FirstRunController  # only a first start needs it

            self.first_run = FirstRunController(
                self.service, self._runner, self._window.first_run, self, today=self._today
            )
            self.first_run.created.connect(self._start_home)
            self.first_run.holidays_not_saved.connect(self._tell_home)
            self._window.show_first_run()
            self.first_run_shown.emit()
        else:
            self._start_home(employee)

    def _start_home(self, employee: Employee) -> None:
        from .home_controller import HomeController

        assert self.service is not None
        self._remember(employee.id)
        home, self._first_home = self._first_home, None
        if home is not None and home.employee == employee:
            home.attach(self.service)  # shown from the snapshot: now from the store
        else:
            if home is not None:
                home.stop()
            home = HomeController(
                self.service,
                self._runner,
                self._window.home,
                employee,
                self._options.timezone,
                self,
                around_load=self.keeper,
            )
            self._window.show_home(employee.full_name)
            home.start()
        self.home = home
        self._offer_holiday_settings()
        self.home_started.emit(home)

    def _today(self) -> date:
        return self._clock.now().astimezone(ZoneInfo(self._options.timezone)).date()

    def _offer_holiday_settings(self) -> None:
        """Settings → Public holidays…; after OK the calendar and metrics are shown anew."""
        from .holiday_settings_controller import HolidaySettingsController

        assert self.service is not None
        if self.holiday_settings is not None:
            return
        self.holiday_settings = HolidaySettingsController(
            self.service, self._runner, self._today, self
        )
        self.holiday_settings.saved.connect(self._holidays_saved)
        self._window.holiday_settings_action.triggered.connect(self.open_holiday_settings)
        self._window.enable_holiday_settings()

    def open_holiday_settings(self) -> None:
        if self.holiday_settings is not None:
            self.holiday_settings.open(self._window)

    def _holidays_saved(self) -> None:
        if self.home is not None:
            self.home.reload()

    def _tell_home(self, message: str) -> None:
        if self.home is not None:
            self.home.show_message(message)

    def _remember(self, employee_id: int) -> None:
        if self._settings.employee_id == employee_id:
            return
        self._settings = settings = replace(self._settings, employee_id=employee_id)
        path = self._options.paths.settings_path

        def save() -> None:  # a file write: on the worker, like every other disk access
            try:
                save_settings(path, settings)
            except OSError:
                log.warning("Could not save the settings file", exc_info=True)

        self._runner.submit(save, lambda _r: None)

    def _open_failed(self, error: BaseException) -> None:
        paths = self._options.paths
        message = plain_message(error)
        if isinstance(error, StoreCorrupt):  # what the person can do about it
            message += "\n\n" + self.tr(
                "To keep your history, put back a copy of {file} from a backup. To start "
                "afresh, move it (with its -wal and -shm files, if any) out of the data "
                "folder: the app then creates a new one."
            ).format(file=paths.db_path.name)
        folder = self.tr("Data folder: {folder}").format(folder=paths.data_dir)
        self.failed.emit(f"{message}\n\n{folder}")


class FirstPageKeeper:
    """Runs on the worker around each full load of the home page: keeps the current month's
    inputs for the next start (first_page.py), if no write came between the store files'
    identity taken before the read and after it."""

    def __init__(self, db_path: Path, timezone: str) -> None:
        self._db_path, self._timezone = db_path, timezone
        self.service: LocalAttendanceService | None = None

    def __call__(self, read: Callable[[], FullLoad]) -> FullLoad:
        from ... import first_page

        db_path = self._db_path
        before = first_page.store_identity(db_path)
        result = read()
        employee, status, month, _generation = result
        service = self.service
        if before is None or month is None or service is None:
            return result
        metrics, days = month
        if (metrics.year, metrics.month) != (status.today.year, status.today.month):
            return result
        limit = service.missing_clock_out_limit()
        if first_page.store_identity(db_path) == before:
            try:
                first_page.save(db_path, before, status, employee, days, limit, self._timezone)
            except OSError:
                log.warning("Could not keep the first page for the next start", exc_info=True)
        return result

    def close(self, service: LocalAttendanceService) -> None:
        """Close the store (on the worker, at the end), keeping the snapshot valid."""
        from ... import first_page

        first_page.close_store(self._db_path, service.close)
