"""A month's payroll export for a whole team: time, and memory against the team's size.

Target (issue 13): a month for 10,000 employees in at most 10 s, its memory not growing with
the team (streamed). The store is a real SQLite file (the server's trial database and a
standalone kiosk's store) or a database in the test harness's throw-away PostgreSQL
cluster (fsync off: this measures the reads, not the disk); each employee has a session on
every weekday of the month with a 30-minute lunch break, written with bulk inserts. The
export runs in process through the same generator and writers as the route and the
command (`storage.month_export`, `core.report_files`), into a null sink; memory is Python's
peak (tracemalloc) above the start, for two team sizes, so growth shows as the difference.

    python benchmarks/bench_report.py                       # 1,000 and 10,000, both stores
    python benchmarks/bench_report.py --employees 200 1000 --stores sqlite --formats xlsx
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.report_files import csv_chunks, write_xlsx
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService
from attendance_desktop.storage.month_export import team_month
from attendance_desktop.storage.schema import breaks, employees, work_sessions

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from server.harness import PgCluster  # the same cluster the server tests use

YEAR, MONTH = 2026, 10
NOW = datetime(2026, 11, 18, 10, 0, tzinfo=UTC)
TARGET_S = 10.0


def build(url: str, people: int) -> LocalAttendanceService:
    service = LocalAttendanceService.open(url, FixedClock(NOW), default_timezone="UTC")
    weekdays = [date(YEAR, MONTH, d) for d in range(1, 32) if date(YEAR, MONTH, d).weekday() < 5]
    with service.engine.begin() as conn:
        conn.execute(
            employees.insert(),
            [
                {"first_name": "Person", "last_name": f"No{i}", "email": f"p{i}@example.com",
                 "created_at": NOW, "start_date": date(2020, 1, 1)}
                for i in range(people)
            ],
        )  # fmt: skip
        ids = [row.id for row in conn.execute(employees.select().order_by(employees.c.id))]
        for at in range(0, len(ids), 1000):
            rows = []
            for emp in ids[at : at + 1000]:
                for day in weekdays:
                    start = datetime(day.year, day.month, day.day, 8, tzinfo=UTC)
                    end = start + timedelta(hours=8, minutes=30)
                    rows.append({"employee_id": emp, "local_date": day, "clock_in": start,
                                 "clock_out": end, "offline": False, "created_at": start,
                                 "updated_at": start})  # fmt: skip
            conn.execute(work_sessions.insert(), rows)
        sessions = conn.execute(work_sessions.select()).all()
        conn.execute(
            breaks.insert(),
            [
                {"session_id": s.id, "start_time": s.clock_in + timedelta(hours=4),
                 "end_time": s.clock_in + timedelta(hours=4, minutes=30), "reason": "Lunch",
                 "created_at": s.clock_in, "updated_at": s.clock_in}
                for s in sessions
            ],
        )  # fmt: skip
    return service


class NullSink:
    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return len(data)


def _run(service: LocalAttendanceService, fmt: str) -> int:
    months = team_month(service, FixedClock(NOW), YEAR, MONTH)
    if fmt == "csv":
        sink = NullSink()
        for chunk in csv_chunks(months):
            sink.write(chunk)
        return sink.size
    with tempfile.TemporaryFile() as out:
        write_xlsx(months, out)
        return out.tell()


def export(service: LocalAttendanceService, fmt: str) -> dict[str, float]:
    """Timed plain, then again under tracemalloc (which slows Python) for the memory."""
    t, cpu = time.perf_counter(), time.process_time()
    size = _run(service, fmt)
    seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    _run(service, fmt)
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    # The CPU time too: on a shared machine the wall clock carries other people's load.
    return {
        "seconds": round(seconds, 2),
        "cpu_s": round(cpu, 2),
        "peak_mib": round(peak / 2**20, 1),
        "bytes": size,
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--employees", type=int, nargs="+", default=[1000, 10000])
    p.add_argument("--formats", nargs="+", default=["csv"])
    p.add_argument("--stores", nargs="+", default=["sqlite", "postgres"])
    args = p.parse_args()
    results = []
    cluster = PgCluster.start() if "postgres" in args.stores else None
    try:
        for store in args.stores:
            for people in args.employees:
                with tempfile.TemporaryDirectory() as tmp:
                    url = sqlite_url(Path(tmp) / "s.sqlite3") if store == "sqlite" else ""
                    t = time.perf_counter()
                    service = build(url or cluster.new_database(), people)  # type: ignore[union-attr]
                    built = round(time.perf_counter() - t, 1)
                    for fmt in args.formats:
                        got = export(service, fmt)
                        row = {"store": store, "employees": people, "format": fmt}
                        results.append({**row, "build_s": built, **got})
                        print(json.dumps(results[-1]), flush=True)
                    service.close()
    finally:
        if cluster is not None:
            cluster.stop()
    print(json.dumps({"target_s_for_10000": TARGET_S, "results": results}, indent=1))


if __name__ == "__main__":
    main()
