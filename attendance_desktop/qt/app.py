"""Start the desktop app: one instance per data folder, the window first, data right after.

Imports stay lean on purpose (cold start is a benchmarked figure): before the first paint
only Qt and the window frame; SQLAlchemy loads and the store opens on the worker thread
once the window has painted, while the GUI thread builds the home page.
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from ..core import collector
from ..core.clock import Clock, SystemClock
from ..launch import LaunchOptions
from ..settings import Settings, load_settings, save_settings
from .i18n import QT_TRANSLATE_NOOP, install_language, translate
from .single_instance import LockResult, acquire_instance_lock
from .tasks import TaskRunner
from .theme import apply_theme
from .views.main_window import MainWindow

if TYPE_CHECKING:
    from .controllers.app_shell import AppShell
    from .controllers.remote_startup_controller import RemoteStartupController
    from .controllers.startup_controller import StartupController
    from .tray import Tray

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ALREADY_OPEN, EXIT_STORAGE = 0, 1, 2
#: How long the start waits for the window's first paint (a window shown minimised, or on
#: a platform that paints late, must still open its data).
FIRST_PAINT_WAIT_MS = 500
#: How long after the page is up the cycle collector, held since the command line's first
#: step, comes back (core/collector.py): the store opens and its page shows meanwhile.
COLLECTOR_BACK_MS = 1500
ALREADY_OPEN = QT_TRANSLATE_NOOP("app", "Attendance Desktop is already open for this data folder.")


def run(
    options: LaunchOptions,
    clock: Clock | None = None,
    tray: Callable[[], Tray | None] | None = None,
) -> int:
    """Run the GUI until it is quit; returns the process exit code. `tray` makes the tray
    icon (default: the system's, where the desktop has a tray)."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "attendance"])
    assert isinstance(app, QApplication)
    app.setApplicationName("Attendance Desktop")
    app.setApplicationDisplayName("Attendance Desktop")
    apply_theme(app)
    # Before the first word is shown, even "already open": the translators and the locale.
    install_language(app, load_settings(options.paths.settings_path).language)

    outcome, lock = acquire_instance_lock(options.paths.lock_path)
    if outcome is LockResult.HELD_ELSEWHERE:
        _tell(
            options,
            translate("app", "Already open"),
            f"{translate('app', ALREADY_OPEN)}\n\n{_data_folder(options)}",
        )
        return EXIT_ALREADY_OPEN
    if outcome is LockResult.NOT_WRITABLE:
        _tell(
            options,
            translate("app", "Cannot open the data folder"),
            translate(
                "app", "The data folder cannot be written to. Check its permissions or free space."
            )
            + f"\n\n{_data_folder(options)}",
        )
        return EXIT_STORAGE
    assert lock is not None
    try:
        return _run_window(app, options, clock or SystemClock(), tray or _system_tray)
    finally:
        app.setQuitOnLastWindowClosed(True)
        lock.unlock()


def _system_tray() -> Tray | None:
    from .tray import SystemTray

    return SystemTray() if SystemTray.available() else None


def _run_window(
    app: QApplication, options: LaunchOptions, clock: Clock, make_tray: Callable[[], Tray | None]
) -> int:
    settings = load_settings(options.paths.settings_path)
    if settings.theme != "system":
        apply_theme(app, settings.theme)  # the one chosen in Settings…
    if options.server_url is None and settings.server_url and not options.smoke_test:
        options = replace(options, server_url=settings.server_url)  # chosen in Settings…
    runner = TaskRunner()
    window = MainWindow()
    _restore_geometry(window, settings)
    smoke = SmokeTest(options, window, app) if options.smoke_test else None
    # Made once the window has painted: the start-up controller's modules and the zone it
    # reads the page in are not needed for the window's first paint.
    startup: StartupController | RemoteStartupController | None = None
    exit_code = EXIT_OK

    def open_failed(message: str) -> None:
        nonlocal exit_code
        exit_code = EXIT_STORAGE
        window.hide()
        _tell(options, translate("app", "Cannot open your attendance data"), message)
        app.exit(EXIT_STORAGE)

    shell: AppShell | None = None

    def start() -> None:
        nonlocal startup
        from .controllers.startup_controller import StartupController

        if options.server_url:
            from .controllers.remote_startup_controller import RemoteStartupController

            startup = RemoteStartupController(options, runner, window, settings)
        else:
            startup = StartupController(options, runner, window, settings, clock)
        startup.failed.connect(open_failed)
        if smoke is not None:
            smoke.follow(startup)
        startup.start()
        if isinstance(startup, StartupController) and startup.showing_first_page:
            after_first_paint(window, build_shell)  # the page from its snapshot paints first
        else:
            build_shell()

    def build_shell() -> None:
        nonlocal shell
        from .controllers.app_shell import AppShell  # the tray, reminders, Settings…, Help

        shell = AppShell(
            window, startup, runner, options, clock, None if options.smoke_test else make_tray()
        )
        shell.quit_requested.connect(lambda: app.exit(EXIT_OK))
        shell.settings_controller.saved.connect(lambda chosen: apply_theme(app, chosen.theme))
        # With a tray the app lives on when its window is closed, until Quit.
        app.setQuitOnLastWindowClosed(shell.tray is None)
        # The page is up and its store opening: the collector comes back once that is done.
        QTimer.singleShot(COLLECTOR_BACK_MS, collector.start_done)

    window.show()
    after_first_paint(window, start)
    code = app.exec()
    if shell is not None:
        shell.stop()
    from .controllers.startup_controller import StartupController

    if startup is not None and not isinstance(startup, StartupController):
        startup.stop()
    if exit_code != EXIT_OK:
        code = exit_code

    latest = shell.settings() if shell is not None else startup.settings if startup else settings
    settings = replace(latest, window_geometry=_geometry(window))
    if code == EXIT_OK and not options.smoke_test:
        try:
            save_settings(options.paths.settings_path, settings)
        except OSError:
            log.warning("Could not save the settings file", exc_info=True)
    service = startup.service if startup is not None else None
    if isinstance(startup, StartupController) and startup.service is not None:
        local, keeper = startup.service, startup.keeper  # the snapshot stays valid if it was
        runner.submit(lambda: keeper.close(local), lambda _r: None, lambda _e: None)
    elif service is not None:
        runner.submit(service.close, lambda _r: None, lambda _e: None)
    runner.shutdown()
    # Everything Qt made for this run goes now, on this thread: a deleteLater() would wait
    # for an event loop that has ended, and what is left to Python's garbage collector may
    # be freed on any thread (a controller's timers stopped from the wrong thread).
    for made in (startup, window, runner):
        if made is not None and shiboken6.isValid(made):
            shiboken6.delete(made)
    return code


def after_first_paint(window: MainWindow, start: Callable[[], None]) -> None:
    """Call `start` once the window's first paint is done, so that the work it starts (on
    the worker thread, which shares one interpreter lock with this one) does not hold the
    paint back; or after FIRST_PAINT_WAIT_MS when no paint comes."""
    fallback = QTimer(window)
    fallback.setSingleShot(True)
    started = False

    def go() -> None:
        nonlocal started
        if started:
            return
        started = True
        fallback.stop()
        window.painted.disconnect(painted)
        start()

    def painted() -> None:
        QTimer.singleShot(0, go)  # after the rest of this paint (the window's children)

    window.painted.connect(painted)
    fallback.timeout.connect(go)
    fallback.start(FIRST_PAINT_WAIT_MS)


class SmokeTest:
    """`--smoke-test`: time the first paint and the first paint with data, print, exit 0."""

    def __init__(self, options: LaunchOptions, window: MainWindow, app: QApplication) -> None:
        self._options, self._window, self._app = options, window, app
        self._painted_at: float | None = None
        self._told_painted = self._done = False
        self._first_data_at: float | None = None
        window.painted.connect(self._on_paint)

    def follow(self, startup: StartupController | RemoteStartupController) -> None:
        """Time the data the start-up controller shows (made after the first paint)."""
        startup.home_started.connect(lambda home: home.data_shown.connect(self._on_data))
        from .controllers.startup_controller import StartupController

        if isinstance(startup, StartupController):  # the page from its snapshot comes first
            startup.first_page_shown.connect(self._on_first_page)
        startup.first_run_shown.connect(lambda: QTimer.singleShot(0, lambda: self._finish(None)))

    def _on_paint(self) -> None:
        if self._painted_at is None:
            self._painted_at = time.time()
            QTimer.singleShot(0, self._tell_painted)  # once the whole window is painted

    def _tell_painted(self) -> None:
        # A line once the first paint is done, so that a parent process can time the start
        # on its own clock (benchmarks/bench_startup.py), whatever this one says; with the
        # big libraries already loaded then (none, on the local store).
        if self._told_painted:
            return
        self._told_painted = True
        loaded = [name for name in ("sqlalchemy", "httpx") if name in sys.modules]
        event = {"event": "painted", "loaded": loaded, "cpu_s": _cpu_s()}
        print(json.dumps(event), flush=True)

    def _on_first_page(self) -> None:
        # A line as the first data is painted (the page from its snapshot), for a parent to
        # time; then the smoke test waits for the store's data as well.
        self._window.repaint()
        self._first_data_at = time.time()
        self._tell_painted()
        self._tell_data("first_page")

    def _tell_data(self, source: str) -> None:
        loaded = [name for name in ("sqlalchemy", "httpx") if name in sys.modules]
        event = {"event": "data", "source": source, "loaded": loaded, "cpu_s": _cpu_s()}
        print(json.dumps(event), flush=True)

    def _on_data(self) -> None:
        self._window.repaint()  # paint now, with the data, before taking the time
        if self._first_data_at is None:
            self._tell_painted()
            self._tell_data("store")
        self._finish(time.time())

    def _finish(self, data_at: float | None) -> None:
        if self._done:
            return
        self._done = True
        if self._painted_at is None:
            self._window.repaint()
            self._painted_at = time.time()
        self._tell_painted()
        start = self._options.process_start
        painted = round(self._painted_at - start, 4)
        store_shown = round(data_at - start, 4) if data_at is not None else None
        first = self._first_data_at
        shown = round(first - start, 4) if first is not None else store_shown
        report = {
            "event": "smoke-test",
            "window_painted_s": painted,
            "data_shown_s": shown,
            "store_data_shown_s": store_shown,
            "first_page": first is not None,
            "process_start_to_painted_s": shown if shown is not None else painted,
            "peak_rss_mib": round(_peak_rss_mib(), 1),
            "cpu_s": _cpu_s(),
        }
        print(json.dumps(report), flush=True)
        self._app.exit(EXIT_OK)


def _cpu_s() -> float:
    """This process's CPU time so far (all threads): steadier than wall time on a busy
    machine."""
    return round(time.process_time(), 4)


def _peak_rss_mib() -> float:
    """This process's peak memory; 0 where the platform has no `resource` module (Windows)."""
    try:
        import resource  # Unix only: the GUI must start on Windows too
    except ImportError:
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes vs KiB


def _data_folder(options: LaunchOptions) -> str:
    return translate("app", "Data folder: {folder}").format(folder=options.paths.data_dir)


def _tell(options: LaunchOptions, title: str, message: str, parent: QWidget | None = None) -> None:
    """A clear message box; in smoke-test mode one JSON line instead (nobody is watching)."""
    if options.smoke_test:
        print(json.dumps({"event": "smoke-test", "error": message}), flush=True)
        return
    from PySide6.QtWidgets import QMessageBox  # only when something went wrong

    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.exec()


def _restore_geometry(window: MainWindow, settings: Settings) -> None:
    if settings.window_geometry:
        window.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode("ascii")))


def _geometry(window: MainWindow) -> str:
    return bytes(window.saveGeometry().toBase64().data()).decode("ascii")
