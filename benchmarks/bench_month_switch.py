"""Switching the month view in the home window, with short and long histories.

Target (issue 2): with two years of history, switching months takes at most 5 ms median
(request -> calendar, metrics and day detail updated and painted) and does not grow with
the length of the history. The same run measures a six-month history as the baseline.

Two paths are measured, because the home window keeps recently fetched months and fetches
the neighbours of the shown month ahead:
- "revisit": paging between months shown or fetched ahead a moment ago (the arrows);
- "first visit": the month is not kept, so it goes to the service on the worker thread
  and back (the month picker jumping far). The worker is idle before each of these.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_month_switch.py --switches 200
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from history import build_history
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.launch import open_local_store
from attendance_desktop.paths import app_paths
from attendance_desktop.qt.controllers.home_controller import HomeController
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.theme import apply_theme
from attendance_desktop.qt.views.main_window import MainWindow

NOW = datetime(2026, 11, 18, 15, 0, tzinfo=UTC)


def wait_for(signal, start) -> None:  # type: ignore[no-untyped-def]
    """Call start() and return once `signal` fired (at once if it fired inside start())."""
    loop, fired = QEventLoop(), []

    def done(*_args: object) -> None:
        fired.append(True)
        loop.quit()

    signal.connect(done)
    start()
    if not fired:
        QTimer.singleShot(10_000, loop.quit)
        loop.exec()
    signal.disconnect(done)


def measure(app: QApplication, months: int, switches: int, *, first_visit: bool) -> list[float]:
    with tempfile.TemporaryDirectory() as tmp:
        emp_id = build_history(Path(tmp), months, NOW)
        clock = FixedClock(NOW)
        service = open_local_store(app_paths(tmp), clock, "Europe/Berlin")
        runner = TaskRunner()
        window = MainWindow()
        window.resize(1280, 800)
        employee = service.employee(emp_id)
        controller = HomeController(service, runner, window.home, employee, "Europe/Berlin")
        window.show_home(employee.full_name)
        window.show()
        wait_for(controller.data_shown, controller.start)
        # Months that both histories cover in full, so the two runs show the same kind of
        # month (worked days, breaks): only the length of the history differs.
        targets = [(2026, m) for m in range(6, 11)]
        for y, m in targets:  # warm-up: every month once (holiday cache, caches of Qt)
            wait_for(controller.month_shown, lambda y=y, m=m: controller.show_month(y, m))
        times = []
        for i in range(switches):
            y, m = targets[i % len(targets)]
            if first_visit:
                app.processEvents()  # the look-ahead of the last switch starts after its paint
                while runner.pending:  # and is let finish, as it would between two clicks
                    wait_for(runner.busy_changed, lambda: None)
                controller._months.clear()  # the benchmark's way to forget kept months
            t0 = time.perf_counter()
            wait_for(controller.month_shown, lambda y=y, m=m: controller.show_month(y, m))
            app.processEvents()  # lay out and paint what changed, as the event loop would
            times.append((time.perf_counter() - t0) * 1000)
        runner.shutdown()
        window.close()
        service.close()
        return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--switches", type=int, default=200)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    apply_theme(app)  # type: ignore[arg-type]
    result: dict[str, object] = {"switches": args.switches, "target_median_ms": 5}
    for path, first_visit in (("revisit", False), ("first_visit", True)):
        short = measure(app, 6, args.switches, first_visit=first_visit)
        long = measure(app, 24, args.switches, first_visit=first_visit)
        result[path] = {
            "median_ms_6_months": round(statistics.median(short), 2),
            "median_ms_24_months": round(statistics.median(long), 2),
            "p95_ms_24_months": round(sorted(long)[int(len(long) * 0.95)], 2),
            "ratio_24_to_6": round(statistics.median(long) / statistics.median(short), 2),
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
