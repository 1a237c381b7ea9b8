"""What makes the window an app that stays all day: the tray, reminders, Settings… and
Help. Built once the window has painted (none of it is needed for the first paint).

It follows the start-up controller: when a home page starts, the tray and the reminders
follow that employee; after a sign-out they stop. It owns the desktop settings from then
on (the start-up controller still decides whose page opens).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ... import __version__
from ...core.clock import Clock
from ...launch import LaunchOptions
from ...paths import AppPaths
from ...settings import Settings, save_settings
from .. import formatting
from ..i18n import QT_TRANSLATE_NOOP
from ..tasks import TaskRunner
from ..tray import Tray
from ..views.help_dialogs import AboutDialog, ShortcutsDialog, shortcuts_of
from ..views.main_window import MainWindow
from .correction_controller import CorrectionController
from .export_controller import ExportController
from .home_controller import HomeController
from .reminders import RemindersController
from .settings_controller import SettingsController, SettingsPlaces
from .tray_controller import TrayController

if TYPE_CHECKING:
    from ...remote.admin_service import RemoteAdminService
    from .team.console import TeamConsole

log = logging.getLogger(__name__)
# Marked here, translated when said (made at import, before the language is chosen).
STILL_RUNNING = QT_TRANSLATE_NOOP("AppShell", "Attendance Desktop is still running")
STILL_RUNNING_TEXT = QT_TRANSLATE_NOOP(
    "AppShell",
    "It lives on in the tray: clock in and out from its menu. Choose Quit there to end it.",
)


class AppShell(QObject):
    #: Quit was chosen (the tray's menu or File → Quit).
    quit_requested = Signal()
    #: A dialog of the shell was opened (the dialog).
    dialog_opened = Signal(object)
    #: An administrator's Team section is up (its TeamConsole).
    team_shown = Signal(object)

    def __init__(
        self,
        window: MainWindow,
        startup: Any,  # StartupController or RemoteStartupController
        runner: TaskRunner,
        options: LaunchOptions,
        clock: Clock,
        tray: Tray | None,
    ) -> None:
        super().__init__(window)
        self._window, self._startup, self._runner = window, startup, runner
        self._options, self._clock = options, clock
        self._settings: Settings = startup.settings
        self.home: HomeController | None = None
        self.reminders: RemindersController | None = None
        self.corrections: CorrectionController | None = None
        self.team: TeamConsole | None = None
        self.dialog: QWidget | None = None
        places = SettingsPlaces(
            options.paths.settings_path, options.paths.db_path, data_dir_override(options.paths)
        )
        self.settings_controller = SettingsController(
            runner, places, self.settings, remote=bool(options.server_url), parent=self
        )
        self.settings_controller.saved.connect(self._settings_saved)
        self.settings_controller.employee_changed.connect(self._employee_changed)
        self.settings_controller.sign_out_requested.connect(window.sign_out_action.trigger)
        self.tray = TrayController(tray, window) if tray is not None else None
        if self.tray is not None:
            self.tray.open_requested.connect(self.show_window)
            self.tray.quit_requested.connect(self.quit_requested)
            window.keep_in_tray = True
        window.quit_action.triggered.connect(self.quit_requested)
        self.export = ExportController(window, runner, self)
        window.settings_action.triggered.connect(self.open_settings)
        window.about_action.triggered.connect(self.open_about)
        window.shortcuts_action.triggered.connect(self.open_shortcuts)
        window.sign_out_action.triggered.connect(self._signed_out)
        window.hidden_to_tray.connect(self._hidden_to_tray)
        startup.home_started.connect(self._home_started)
        if startup.home is not None:  # started before the shell was built
            self._home_started(startup.home)

    def settings(self) -> Settings:
        """The settings now; whose page opens is the start-up controller's to say."""
        return replace(self._settings, employee_id=self._startup.settings.employee_id)

    # -- following the home page ----------------------------------------------------------

    def _home_started(self, home: HomeController) -> None:
        self.home = home
        home.set_daily_target(timedelta(hours=self._settings.daily_target_hours))
        self.export.attach(home)
        employee = home.employee
        zone_name = employee.timezone or self._options.timezone
        self.settings_controller.attach(self._startup.service, employee, self._options.timezone)
        if self.tray is not None:
            self.tray.attach(home)
        if self.reminders is not None:
            self.reminders.stop()
        self.reminders = RemindersController(
            self._startup.service,
            self._runner,
            employee.id,
            formatting.zone_named(zone_name, self._options.timezone),
            self._clock,
            self._settings.reminder_rules(),
            self._notify,
            self,
        )
        self.reminders.start()
        self._stop_corrections()
        self.corrections = CorrectionController(
            self._startup.service,
            self._runner,
            home,
            self._window.home.day_detail,
            self._window,
            requests_need_approval=bool(self._options.server_url),
        )
        # A day just booked as leave (or a leave taken back) is no longer what the
        # reminders remember of it: no "Not clocked in yet" on a day off.
        self.corrections.corrected.connect(self._forget_working_days)
        if home.status is not None:  # shown before the shell was built: ask now
            self.corrections.status_shown(home.status)
        self._offer_team()

    # -- the Team section (an administrator signed in to a server) -------------------------

    def _offer_team(self) -> None:
        url, token = self._options.server_url, getattr(self._startup, "token", None)
        self._stop_team()
        if not url or not token:
            return

        def probe() -> RemoteAdminService | None:
            from ...remote.admin_service import RemoteAdminService

            return RemoteAdminService.for_admin(url, token)

        # Offline or refused: no Team section this time (the person's own page works on).
        self._runner.submit(probe, self._team_ready, lambda _error: None, context=self)

    def _team_ready(self, admin: RemoteAdminService | None) -> None:
        from .team.console import TeamConsole

        if admin is None or self.home is None:
            if admin is not None:
                admin.close()
            return
        page = self._window.enable_team()
        zone = self._options.timezone
        self.team = TeamConsole(admin, self._runner, page, self._clock, zone, self)
        self.team.start()
        self.team_shown.emit(self.team)

    def _stop_team(self) -> None:
        team, self.team = self.team, None
        page = self._window.take_team()
        if team is None:
            if page is not None:
                page.deleteLater()
            return
        team.stop()

        # The runner is serial: when the service's close comes back, every answer the
        # console was still waiting for has come back before it, to a console still alive.
        def gone(_result: object) -> None:
            team.deleteLater()
            if page is not None:
                page.deleteLater()

        self._runner.submit(team.service.close, gone, gone)

    def _stop_corrections(self) -> None:
        if self.corrections is not None:
            self.corrections.stop()
            self.corrections = None

    def _signed_out(self) -> None:
        self.home = None
        self._stop_team()
        self.export.attach(None)
        self._stop_corrections()
        if self.tray is not None:
            self.tray.detach()
        if self.reminders is not None:
            self.reminders.stop()
            self.reminders = None

    def _notify(self, title: str, text: str) -> None:
        if self.tray is not None:
            self.tray.notify(title, text)

    # -- the window and the tray ----------------------------------------------------------

    def show_window(self) -> None:
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()

    def _hidden_to_tray(self) -> None:
        if self._settings.told_about_tray:
            return
        self._notify(self.tr(STILL_RUNNING), self.tr(STILL_RUNNING_TEXT))
        self._settings = replace(self._settings, told_about_tray=True)
        self._save(self.settings())

    def _save(self, settings: Settings) -> None:
        path = self._options.paths.settings_path

        def save() -> None:  # a file write: on the worker, like every other disk access
            try:
                save_settings(path, settings)
            except OSError:
                log.warning("Could not save the settings file", exc_info=True)

        self._runner.submit(save, lambda _r: None)

    # -- Settings… and Help ---------------------------------------------------------------

    def open_settings(self) -> None:
        self.settings_controller.open(self._window)
        self.dialog = self.settings_controller.dialog
        self.dialog_opened.emit(self.dialog)

    def _settings_saved(self, settings: Settings) -> None:
        self._settings = settings
        if self.home is not None:
            self.home.set_daily_target(timedelta(hours=settings.daily_target_hours))
        if self.reminders is not None:
            self.reminders.set_rules(settings.reminder_rules())

    def _employee_changed(self, _employee: object) -> None:
        self._forget_working_days()
        if self.home is not None:
            self.home.reload()

    def _forget_working_days(self, _why: object = None) -> None:
        if self.reminders is not None:
            self.reminders.forget_working_days()

    def open_about(self) -> None:
        paths = self._options.paths
        self._show(AboutDialog(__version__, str(paths.data_dir), str(paths.log_path), self._window))

    def open_shortcuts(self) -> None:
        actions = self._window.findChildren(QAction)
        self._show(ShortcutsDialog(shortcuts_of(actions), self._window))

    def _show(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.dialog = dialog
        dialog.show()
        self.dialog_opened.emit(dialog)

    def stop(self) -> None:
        if self.team is not None:
            self.team.stop()
        if self.reminders is not None:
            self.reminders.stop()
        if self.tray is not None:
            self.tray.hide()


def data_dir_override(paths: AppPaths) -> Path | None:
    """The `--data-dir` folder this run uses, if any (its data, config and logs are side by
    side in it), for the app started at login to use the same one."""
    root = paths.data_dir.parent
    if (paths.data_dir, paths.config_dir, paths.log_dir) == (
        root / "data",
        root / "config",
        root / "logs",
    ):
        return root
    return None
