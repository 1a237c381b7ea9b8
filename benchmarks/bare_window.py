"""The baseline for cold start: a bare PySide6 window that prints one line at its first
paint, as the app does; the parent (bench_startup.py) times that line's arrival."""

from __future__ import annotations

import json
import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class _FirstPaint(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
            self.done = True
            QTimer.singleShot(0, report)
        return False


def report() -> None:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cpu = round(time.process_time(), 4)
    print(json.dumps({"event": "smoke-test", "peak_rss_mib": rss, "cpu_s": cpu}), flush=True)
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
