"""`GET /employee/{id}/attendance/month_stat/` on a big PostgreSQL database.

Target (issue 3): on a database of 10,000 employees with 3 years of history each, at most
10 ms median per request, not growing with the length of the history. The same run builds
a second database of the same employees with 3 months of history and asks both for the
same recent months; the 3-year database is also asked for months spread over its history.

    python benchmarks/bench_month_stat.py                          # 10,000 x 36 months
    python benchmarks/bench_month_stat.py --employees 1000 --months 12 --requests 200

The schema comes from `attendance-server migrate`, the admin from `attendance-server
employee add --role admin`, and the history from set-based SQL (generate_series) straight
into the tables: a session on about 95% of weekdays with a 30-minute lunch break. Requests
are sequential (one client, keep-alive, an admin's token) to `attendance-server serve` on
127.0.0.1, for random employees and months; latency is measured at the client.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from datetime import date

import httpx
import psycopg
from server_load import PgCluster, SubprocessServer, median_ms, percentile

ADMIN_EMAIL, ADMIN_PASSWORD = "admin@example.com", "benchmark admin password"
TARGET_MEDIAN_MS = 10.0
CHUNK = 500  # employees per INSERT, so no statement holds millions of rows in memory


def cli(db_url: str, *args: str) -> str:
    out = subprocess.run(
        [sys.executable, "-m", "attendance_desktop.server.cli", "--db", db_url, *args],
        check=True,
        capture_output=True,
        text=True,
    )
    return out.stdout.strip().splitlines()[-1]


def first_month(today: date, months: int) -> date:
    index = today.year * 12 + today.month - 1 - months
    return date(index // 12, index % 12 + 1, 1)


def build(db_url: str, employees: int, months: int, today: date) -> dict[str, float]:
    """Migrate, add the admin, then `employees` people with history from `months` months
    before this month's start up to yesterday. Returns the seconds each step took."""
    timings: dict[str, float] = {}
    t = time.monotonic()
    cli(db_url, "migrate")
    cli(db_url, "holiday", "region", "DE", "BY")
    cli(db_url, "employee", "add", "--first-name", "Ada", "--last-name", "Admin",
        "--email", ADMIN_EMAIL, "--password", ADMIN_PASSWORD, "--role", "admin")  # fmt: skip
    timings["migrate_and_admin_s"] = time.monotonic() - t
    start = first_month(today, months)
    conninfo = db_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo) as conn:
        t = time.monotonic()
        conn.execute("SET TimeZone = 'UTC'")
        # Rows are consistent by construction; skipping the per-row foreign key checks
        # (and building the secondary indexes once, at the end) makes the load minutes faster.
        conn.execute("SET session_replication_role = replica")
        conn.execute("SET maintenance_work_mem = '512MB'")
        indexes = conn.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN "
            "('work_sessions', 'breaks') AND indexname NOT LIKE '%pkey'"
        ).fetchall()
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        added = conn.execute(
            "INSERT INTO employees (first_name, last_name, email, created_at) "
            "SELECT 'Person', 'No' || g, 'p' || g || '@example.com', %s "
            "FROM generate_series(1, %s::int) g RETURNING id",
            (start, employees),
        ).fetchall()
        lo = min(row[0] for row in added)
        for first in range(lo, lo + employees, CHUNK):
            last = min(first + CHUNK, lo + employees) - 1
            conn.execute(
                """
                INSERT INTO work_sessions
                    (employee_id, local_date, clock_in, clock_out, offline, created_at, updated_at)
                SELECT e, d::date, d + s.cin, d + s.cout, false, d + s.cout, d + s.cout
                FROM generate_series(%(first)s::int, %(last)s::int) e
                CROSS JOIN generate_series(%(start)s::timestamp, %(end)s::timestamp,
                                           interval '1 day') d
                CROSS JOIN LATERAL (SELECT
                    interval '7 hours' + random() * interval '90 minutes' AS cin,
                    interval '16 hours' + random() * interval '90 minutes' AS cout,
                    random() AS present) s
                WHERE extract(isodow FROM d) < 6 AND s.present > 0.05
                """,
                {"first": first, "last": last, "start": start, "end": today},
            )
            conn.execute(
                """
                INSERT INTO breaks (session_id, start_time, end_time, reason, created_at,
                                    updated_at)
                SELECT id, clock_in + interval '4 hours', clock_in + interval '270 minutes',
                       'Lunch', clock_out, clock_out
                FROM work_sessions WHERE employee_id BETWEEN %s AND %s
                """,
                (first, last),
            )
            conn.commit()
        timings["rows_s"] = time.monotonic() - t
        t = time.monotonic()
        for _, definition in indexes:
            conn.execute(definition)
        conn.commit()
        timings["indexes_s"] = time.monotonic() - t
        t = time.monotonic()
        conn.autocommit = True
        conn.execute("VACUUM (ANALYZE)")
        timings["vacuum_analyze_s"] = time.monotonic() - t
        sessions = conn.execute("SELECT count(*) FROM work_sessions").fetchone()
        timings["work_sessions"] = float(sessions[0] if sessions else 0)
        size = conn.execute("SELECT pg_database_size(current_database())").fetchone()
        timings["database_mib"] = round((size[0] if size else 0) / 2**20, 1)
    return {k: round(v, 1) for k, v in timings.items()}


def measure(
    http: httpx.Client, ids: range, months: list[tuple[int, int]], requests: int, seed: int
) -> dict[str, float]:
    rng = random.Random(seed)
    picks = [(rng.choice(ids), *rng.choice(months)) for _ in range(requests + 50)]
    times: list[float] = []
    for n, (emp, year, month) in enumerate(picks):
        t = time.perf_counter()
        r = http.get(
            f"/employee/{emp}/attendance/month_stat/", params={"month": month, "year": year}
        )
        elapsed = time.perf_counter() - t
        if r.status_code != 200:
            raise RuntimeError(f"month_stat answered {r.status_code}: {r.text}")
        if n >= 50:  # the first requests warm the worker (calendar, caches, connections)
            times.append(elapsed)
    ordered = sorted(times)
    return {
        "requests": len(times),
        "median_ms": median_ms(times),
        "p90_ms": round(percentile(ordered, 90) * 1000, 3),
        "p99_ms": round(percentile(ordered, 99) * 1000, 3),
        "mean_ms": round(statistics.fmean(times) * 1000, 3),
    }


def months_between(start: date, today: date) -> list[tuple[int, int]]:
    out, index = [], start.year * 12 + start.month - 1
    while index <= today.year * 12 + today.month - 1:
        out.append((index // 12, index % 12 + 1))
        index += 1
    return out


def run_on(
    db_url: str, sets: dict[str, list[tuple[int, int]]], employees: int, requests: int
) -> dict[str, dict[str, float]]:
    with (
        SubprocessServer(db_url, workers=1) as server,
        httpx.Client(base_url=server.base_url, timeout=30) as http,
    ):
        r = http.post(
            "/api/v1/auth/signin", json={"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}
        )
        r.raise_for_status()
        http.headers["Authorization"] = f"Bearer {r.json()['data']['token']}"
        ids = range(2, employees + 2)  # the admin is employee 1
        return {name: measure(http, ids, months, requests, seed=n)
                for n, (name, months) in enumerate(sets.items())}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--employees", type=int, default=10_000)
    parser.add_argument("--months", type=int, default=36, help="history of the big database")
    parser.add_argument("--short-months", type=int, default=3, help="history of the small one")
    parser.add_argument("--requests", type=int, default=400, help="timed requests per set")
    args = parser.parse_args()
    today = date.today()
    recent = months_between(first_month(today, args.short_months), today)
    cluster = PgCluster.start()
    try:
        short_url, long_url = cluster.new_database(), cluster.new_database()
        short_build = build(short_url, args.employees, args.short_months, today)
        short = run_on(short_url, {"recent_months": recent}, args.employees, args.requests)
        long_build = build(long_url, args.employees, args.months, today)
        every = months_between(first_month(today, args.months), today)
        long = run_on(
            long_url, {"recent_months": recent, "any_month": every}, args.employees, args.requests
        )
    finally:
        cluster.stop()
    ratio = long["recent_months"]["median_ms"] / short["recent_months"]["median_ms"]
    result = {
        "employees": args.employees,
        f"history_{args.months}_months": {"build": long_build, **long},
        f"history_{args.short_months}_months": {"build": short_build, **short},
        "median_ratio_long_vs_short_history": round(ratio, 2),
        "target_median_ms": TARGET_MEDIAN_MS,
        "met": max(long["recent_months"]["median_ms"], long["any_month"]["median_ms"])
        <= TARGET_MEDIAN_MS,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
