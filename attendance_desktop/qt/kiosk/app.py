"""`attendance-desktop --kiosk`: open the backend, show the kiosk full screen, run."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from ...core import collector
from ...core.clock import SystemClock
from ...core.errors import AttendanceError
from ...kiosk.backend import KioskBackend
from ...kiosk.config import KioskConfig, load_kiosk_config
from ...launch import LaunchOptions, open_local_store
from ...settings import load_settings
from ..formatting import zone_named
from ..i18n import install_language, translate
from ..theme import apply_theme
from .controller import KioskWindow


def open_backend(options: LaunchOptions, config: KioskConfig) -> KioskBackend:
    """The local store for a standalone time clock, else the company server."""
    clock = SystemClock()
    if options.server_url:
        from ...kiosk.remote_backend import RemoteKioskBackend

        token = options.device_token or config.device_token
        if not token:
            raise AttendanceError(
                translate(
                    "KioskApp",
                    "A kiosk of a server needs its device token: start with --device-token "
                    "TOKEN (from `attendance-server device add`) or put it in kiosk.json.",
                )
            )
        return RemoteKioskBackend.open(options.server_url, token, options.paths, clock)
    from ...kiosk.local_backend import LocalKioskBackend

    return LocalKioskBackend.over(open_local_store(options.paths, clock, options.timezone), clock)


def run_kiosk(options: LaunchOptions) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Attendance Desktop kiosk")
    apply_theme(app)
    # The language chosen in this data folder's settings (a kiosk has no dialog for it).
    install_language(app, load_settings(options.paths.settings_path).language)
    config = load_kiosk_config(options.paths.config_dir)
    try:
        backend = open_backend(options, config)
    except AttendanceError as exc:
        QMessageBox.critical(None, translate("app", "Attendance kiosk"), exc.message)
        print(exc.message, file=sys.stderr)
        return 1
    window = KioskWindow(backend, config, SystemClock(), zone_named(options.timezone))
    if options.smoke_test:
        window.allow_close()
        window.show()
        app.processEvents()
        window.close()
        backend.close()
        return 0
    # Kiosks often run in a bare X session with no window manager to honour "full screen":
    # cover the screen ourselves as well.
    screen = app.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.geometry())
    window.showFullScreen()
    collector.start_done()  # built: the collector comes back (core/collector.py)
    try:
        return app.exec()
    finally:
        backend.close()
