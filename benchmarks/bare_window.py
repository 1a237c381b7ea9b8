"""The baseline for cold start: a bare PySide6 window, started and timed like the app."""

from __future__ import annotations

import json
import resource
import sys
import time

from attendance_desktop.launch import process_start_time

started = process_start_time()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


class _FirstPaint(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            QTimer.singleShot(0, report)
        return False


def report() -> None:
    now = time.time()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "event": "smoke-test",
                "process_start_to_painted_s": now - started,
                "peak_rss_mib": rss,
            }
        ),
        flush=True,
    )
    app.quit()


app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1024, 700)
watcher = _FirstPaint()
window.installEventFilter(watcher)
window.centralWidget().installEventFilter(watcher)
window.show()
sys.exit(app.exec())
