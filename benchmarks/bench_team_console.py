"""Who's in and the team's month for 1,000 people, from asking to shown, through the real
console controllers against a real server on PostgreSQL.

Target (issue 13): each within 1 s of being asked. The server is `attendance-server serve`
in its own process on 127.0.0.1 (`SubprocessServer`, one worker) over a database in the
test harness's throw-away PostgreSQL cluster (fsync off). The team: 1,000 people with a
session on every weekday of the month so far (in 7:30-9:00, out 8.5 h later, a 30-minute
lunch break, about one day in twenty absent), and today some in, some on a break, some gone
home, written with bulk inserts. The app's side is the console's own controllers
(`PresenceController`, `TeamMonthController`) over `RemoteAdminService`, on the app's one
worker thread (`TaskRunner`), with their views offscreen: a round is timed from the call
(`refresh()`, `show_month()`) to the controller's signal that the view holds the data,
then to the table's repaint done. The server's clock is the machine's, so "this month" is
the real one; the month before (whole) is timed too.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_team_console.py --people 1000 --rounds 5
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

from attendance_desktop.core.clock import SystemClock
from attendance_desktop.qt.controllers.team.presence_controller import PresenceController
from attendance_desktop.qt.controllers.team.team_month_controller import TeamMonthController
from attendance_desktop.qt.tasks import TaskRunner
from attendance_desktop.qt.theme import apply_theme
from attendance_desktop.qt.views.team.month_view import TeamMonthView
from attendance_desktop.qt.views.team.presence_view import PresenceView
from attendance_desktop.remote import sign_in
from attendance_desktop.remote.admin_service import RemoteAdminService
from attendance_desktop.server.db_setup import migrate, open_engine
from attendance_desktop.storage.accounts import AccountStore
from attendance_desktop.storage.schema import breaks, employees, work_sessions

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from server.harness import PgCluster, SubprocessServer

TARGET_S = 1.0
ADMIN, PASSWORD = "admin@example.com", "benchmark password"
DEPARTMENTS = ("Platform", "Sales", "Support", "Finance", "Warehouse")


def build(url: str, people: int, now: datetime) -> None:
    engine = open_engine(url)
    migrate(engine)
    rng = random.Random(13)
    today = now.date()
    first = today.replace(day=1) - timedelta(days=1)
    first = first.replace(day=1)  # the month before, whole, then this one so far
    days = [first + timedelta(days=n) for n in range((today - first).days)]
    days = [d for d in days if d.weekday() < 5]
    with engine.begin() as conn:
        conn.execute(
            employees.insert(),
            [
                {"first_name": f"Person{i:04d}", "last_name": f"No{i}",
                 "email": f"p{i}@example.com", "department": DEPARTMENTS[i % 5],
                 "timezone": "UTC", "created_at": now, "start_date": date(2020, 1, 1)}
                for i in range(people)
            ],
        )  # fmt: skip
        ids = [row.id for row in conn.execute(employees.select().order_by(employees.c.id))]
        rows = []
        for emp in ids:
            for day in days:
                if rng.random() < 0.05:
                    continue
                start = datetime(day.year, day.month, day.day, 7, 30, tzinfo=UTC)
                start += timedelta(minutes=rng.randint(0, 90))
                end = start + timedelta(hours=8, minutes=30)
                rows.append({"employee_id": emp, "local_date": day, "clock_in": start,
                             "clock_out": end, "offline": False, "created_at": start,
                             "updated_at": start})  # fmt: skip
            if rng.random() < 0.7:  # today: in since an hour or two ago
                start = now - timedelta(minutes=rng.randint(30, 150))
                gone = rng.random() < 0.1
                out = now - timedelta(minutes=5) if gone else None
                rows.append({"employee_id": emp, "local_date": today, "clock_in": start,
                             "clock_out": out, "offline": False, "created_at": start,
                             "updated_at": start})  # fmt: skip
        for at in range(0, len(rows), 5000):
            conn.execute(work_sessions.insert(), rows[at : at + 5000])
        sessions = conn.execute(work_sessions.select()).all()
        lunches = []
        for s in sessions:
            if s.clock_out is not None:
                start = s.clock_in + timedelta(hours=4)
                lunches.append({"session_id": s.id, "start_time": start,
                                "end_time": start + timedelta(minutes=30), "reason": "Lunch",
                                "created_at": start, "updated_at": start})  # fmt: skip
            elif s.id % 10 == 0:  # on a break now
                start = now - timedelta(minutes=10)
                lunches.append({"session_id": s.id, "start_time": start, "end_time": None,
                                "reason": "Lunch", "created_at": start,
                                "updated_at": start})  # fmt: skip
        for at in range(0, len(lunches), 5000):
            conn.execute(breaks.insert(), lunches[at : at + 5000])
        admin = conn.execute(
            employees.insert().returning(employees.c.id),
            {"first_name": "Admin", "last_name": "Bench", "email": ADMIN, "created_at": now,
             "start_date": date(2020, 1, 1), "timezone": "UTC"},
        ).scalar_one()  # fmt: skip
    AccountStore(engine).set_account(admin, role="admin", password=PASSWORD)
    engine.dispose()


def cpu_ticks(pid: int) -> int:
    """CPU ticks (user and system) used so far by a process and its descendants: on a
    shared machine the CPU a request costs is steadier than its wall time."""
    total, todo = 0, [pid]
    while todo:
        cur = todo.pop()
        proc = Path(f"/proc/{cur}")
        try:
            fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
            for task in (proc / "task").iterdir():
                todo += [int(c) for c in (task / "children").read_text().split()]
        except OSError:  # ended meanwhile, or no /proc
            continue
    return total


TICK_S = 1 / os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 0.01


def timed(
    signal: SignalInstance, ask: Callable[[], None], paint: Callable[[], None], server: int
) -> tuple[float, float, float, float]:
    """Seconds from `ask()` to `signal`, and to the repaint done after it; the CPU seconds
    the server's processes and this one (the app) used meanwhile."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(30_000, loop.quit)
    ticks, cpu = cpu_ticks(server), time.process_time()
    t = time.perf_counter()
    ask()
    loop.exec()
    shown = time.perf_counter() - t
    paint()
    painted = time.perf_counter() - t
    app_cpu = time.process_time() - cpu
    server_cpu = (cpu_ticks(server) - ticks) * TICK_S
    signal.disconnect(loop.quit)
    return shown, painted, server_cpu, app_cpu


def summary(values: list[float]) -> dict[str, float]:
    return {"median_s": round(statistics.median(values), 3), "min_s": round(min(values), 3),
            "max_s": round(max(values), 3)}  # fmt: skip


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--people", type=int, default=1000)
    p.add_argument("--rounds", type=int, default=5)
    args = p.parse_args()
    app = QApplication([])
    apply_theme(app)
    now = datetime.now(UTC)
    cluster = PgCluster.start()
    try:
        url = cluster.new_database()
        t = time.perf_counter()
        build(url, args.people, now)
        built = round(time.perf_counter() - t, 1)
        with SubprocessServer(url, workers=1) as server:
            token, _ = sign_in(server.base_url, ADMIN, PASSWORD)
            admin = RemoteAdminService(server.base_url, token, timeout=30)
            runner = TaskRunner()
            who, month = PresenceView("UTC"), TeamMonthView()
            for view in (who, month):
                view.resize(1280, 760)
                view.show()
            presence = PresenceController(admin, runner, who)
            months = TeamMonthController(admin, runner, month, SystemClock(), "UTC")
            this = (now.year, now.month)
            before = (now.year - 1, 12) if now.month == 1 else (now.year, now.month - 1)
            names = ("who_is_in", "month_now", "month_before")
            results: dict[str, list[tuple[float, float, float, float]]] = {n: [] for n in names}
            for n in range(args.rounds + 1):  # the first round warms up, not counted
                got = {
                    "who_is_in": timed(presence.shown, presence.refresh, who.repaint, server.pid),
                    "month_before": timed(
                        months.month_shown,
                        lambda: months.show_month(*before),
                        month.table.repaint,
                        server.pid,
                    ),
                    "month_now": timed(
                        months.month_shown,
                        lambda: months.show_month(*this),
                        month.table.repaint,
                        server.pid,
                    ),
                }
                if n:
                    for name, value in got.items():
                        results[name].append(value)
            assert len(who.shown_names) == args.people + 1, len(who.shown_names)
            assert month.model.rowCount() == args.people + 1
            report = {
                name: {"shown": summary([v[0] for v in values]),
                       "painted": summary([v[1] for v in values]),
                       "server_cpu": summary([v[2] for v in values]),
                       "app_cpu": summary([v[3] for v in values])}
                for name, values in results.items()
            }  # fmt: skip
            runner.shutdown()
            admin.close()
    finally:
        cluster.stop()
    print(json.dumps({"people": args.people, "rounds": args.rounds, "build_s": built,
                      "target_s": TARGET_S, "results": report}, indent=1))  # fmt: skip


if __name__ == "__main__":
    main()
