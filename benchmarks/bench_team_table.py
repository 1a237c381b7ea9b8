"""The team's month with 1,000 people x 31 days: time to show the table and each scroll step.

Target (issue 13): every frame under 16 ms. Measured in-process with time.perf_counter():
- "prepare": the cells' texts and sort keys worked out (`prepare_month`, which the app runs
  on its worker thread with the service call);
- "show": the prepared month handed to the view ("fill": the model reset, the departments
  combo) until the table's first paint is done (`repaint()` of the table and the frozen
  name column), all on the GUI thread;
- "scroll_page": the vertical bar moved down one page, then back up page by page, each step
  timed from the move to its repaint done (the frozen column follows and repaints too);
- "scroll_day": sideways across the days, one day's column at a time.
Each step's CPU time (this thread's) is given beside its wall time: on a shared machine
the wall time also counts the waits for a core.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_team_table.py --people 1000 --rounds 3
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QScrollBar

from attendance_desktop.core.admin_service import PersonMonth
from attendance_desktop.core.models import DayRecord, DayStatus, Employee, MonthMetrics
from attendance_desktop.qt.theme import apply_theme
from attendance_desktop.qt.views.team.month_model import prepare_month
from attendance_desktop.qt.views.team.month_view import DAY_WIDTH, TeamMonthView

YEAR, MONTH, DAYS = 2026, 10, 31  # a whole past month of 31 days
DEPARTMENTS = ("Platform", "Sales", "Support", "Finance", "Warehouse")


def synthetic_team(people: int) -> list[PersonMonth]:
    """Worked days with varied hours, and absences, leave and a holiday among them."""
    team = []
    for n in range(1, people + 1):
        employee = Employee(n, f"First{n}", f"Last{n:05d}", f"p{n}@example.com",
                            department=DEPARTMENTS[n % len(DEPARTMENTS)])  # fmt: skip
        days, worked = [], timedelta()
        for number in range(1, DAYS + 1):
            day = date(YEAR, MONTH, number)
            if day.weekday() >= 5 or number == 3:
                holiday = "Unity Day" if number == 3 else None
                days.append(DayRecord(day, DayStatus.NON_WORKING, False, holiday_name=holiday))
            elif (n + number) % 19 == 0:
                days.append(DayRecord(day, DayStatus.ABSENT, True))
            elif (n + number) % 23 == 0:
                days.append(DayRecord(day, DayStatus.LEAVE, False, leave_type="vacation"))
            else:
                hours = timedelta(hours=7, minutes=(n * 7 + number * 13) % 60)
                worked += hours
                days.append(DayRecord(day, DayStatus.COMPLETED, True, worked=hours))
        working = sum(d.is_working_day for d in days)
        absent = sum(d.status is DayStatus.ABSENT for d in days)
        leave = sum(d.status is DayStatus.LEAVE for d in days)
        metrics = MonthMetrics(YEAR, MONTH, working, working - absent, absent, worked=worked,
                               total_leave_days=leave)  # fmt: skip
        team.append(PersonMonth(employee, tuple(days), metrics))
    return team


def paint(view: TeamMonthView) -> None:
    view.table.viewport().repaint()
    view.table.frozen.viewport().repaint()


def steps(bar: QScrollBar, view: TeamMonthView, step: int) -> list[tuple[float, float]]:
    """Move by `step` to the end and back to the start; (wall ms, CPU ms) per step. The
    CPU time of this thread says what a step costs when other processes share the cores."""
    times = []
    for direction in (1, -1):
        while (bar.value() < bar.maximum()) if direction > 0 else (bar.value() > 0):
            start, cpu = time.perf_counter(), time.thread_time()
            bar.setValue(bar.value() + direction * step)
            paint(view)
            times.append(((time.perf_counter() - start) * 1000, (time.thread_time() - cpu) * 1000))
    return times


def summary(times: list[tuple[float, float]]) -> dict[str, float]:
    wall = sorted(t for t, _c in times)
    cpu = sorted(c for _t, c in times)
    return {
        "steps": len(times),
        "median_ms": round(statistics.median(wall), 2),
        "p95_ms": round(wall[max(round(len(wall) * 0.95) - 1, 0)], 2),
        "max_ms": round(wall[-1], 2),
        "cpu_median_ms": round(statistics.median(cpu), 2),
        "cpu_max_ms": round(cpu[-1], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    app = QApplication([])
    apply_theme(app, "light")
    team = synthetic_team(args.people)
    warm = TeamMonthView()  # Qt's own first-use costs (fonts, style) out of the figures
    warm.resize(args.width, args.height)
    warm.set_month(YEAR, MONTH, team[:50], (2026, 11))
    warm.show()
    paint(warm)

    for round_ in range(1, args.rounds + 1):
        print(json.dumps({"round": round_, **measure(app, team, args.width, args.height)}))


def measure(
    app: QApplication, team: list[PersonMonth], width: int, height: int
) -> dict[str, object]:
    view = TeamMonthView()
    view.resize(width, height)
    view.show()
    app.processEvents()
    start = time.perf_counter()
    ready = prepare_month(YEAR, MONTH, team)  # on the worker thread in the app
    prepared = time.perf_counter()
    view.set_month(YEAR, MONTH, ready, (2026, 11))
    filled = time.perf_counter()
    paint(view)
    shown = time.perf_counter()
    table = view.table
    rows = table.rowAt(table.viewport().height() - 1) + 1
    vertical = steps(table.verticalScrollBar(), view, table.verticalScrollBar().pageStep())
    sideways = steps(table.horizontalScrollBar(), view, DAY_WIDTH)  # a day at a time
    start_filter = time.perf_counter()
    view.filters.search.setText("last0099")  # 11 people: 99 and 990-999
    paint(view)
    searched = time.perf_counter()
    figures = {
        "people": len(team), "days": DAYS, "window": f"{width}x{height}", "visible_rows": rows,
        "prepare_ms": round((prepared - start) * 1000, 1),
        "fill_ms": round((filled - prepared) * 1000, 1),
        "first_paint_ms": round((shown - filled) * 1000, 1),
        "show_ms": round((shown - prepared) * 1000, 1),
        "scroll_page": summary(vertical),
        "scroll_day": summary(sideways),
        "search_ms": round((searched - start_filter) * 1000, 1),
        "rows_found": view.proxy.rowCount(),
    }  # fmt: skip
    view.close()
    view.deleteLater()
    return figures


if __name__ == "__main__":
    main()
