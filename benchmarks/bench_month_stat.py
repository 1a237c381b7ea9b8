"""`GET /employee/{id}/attendance/month_stat/` on a big PostgreSQL database.

Target (issue 3): on a database of 10,000 employees with 3 years of history each, at most
10 ms median per request, not growing with the length of the history. Growth is checked two
ways, both asking for the same recent months: in the big database, employees with 3 years of
history against employees added to it with only 3 months (same tables, same cache); and the
big database against a second one whose employees all have only 3 months. The big database
is also asked for months spread over the whole history.

    python benchmarks/bench_month_stat.py                          # 10,000 x 36 months
                                                          # (+1,000 short), about 2 minutes
    python benchmarks/bench_month_stat.py --employees 1000 --months 12 --requests 200

The schema comes from `attendance-server migrate`, the admin from `attendance-server
employee add --role admin`, and the history from set-based SQL (generate_series) straight
into the tables: a session on about 95% of weekdays with a 30-minute lunch break. Requests
are sequential (one client, keep-alive, an admin's token) to `attendance-server serve` on
127.0.0.1, for random employees and months, the sets taking turns so that machine noise
hits them alike; latency is measured at the client.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta

import httpx
import psycopg
from server_load import PgCluster, SubprocessServer, median_ms, percentile

ADMIN_EMAIL, ADMIN_PASSWORD = "admin@example.com", "benchmark admin password"
TARGET_MEDIAN_MS = 10.0
WARMUP = 50  # untimed requests first
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


def build(
    db_url: str, employees: int, months: int, today: date, short: int = 0, short_months: int = 0
) -> dict[str, float]:
    """Migrate, add the admin, then `employees` people with history from `months` months
    before this month's start up to yesterday, and `short` more whose history starts only
    `short_months` before. Returns the seconds each step took (and the sizes)."""
    timings: dict[str, float] = {}
    t = time.monotonic()
    cli(db_url, "migrate")
    cli(db_url, "holiday", "region", "DE", "BY")
    cli(db_url, "employee", "add", "--first-name", "Ada", "--last-name", "Admin",
        "--email", ADMIN_EMAIL, "--password", ADMIN_PASSWORD, "--role", "admin")  # fmt: skip
    timings["migrate_and_admin_s"] = time.monotonic() - t
    start, short_start = first_month(today, months), first_month(today, short_months)
    total = employees + short
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
            (start, total),
        ).fetchall()
        lo = min(row[0] for row in added)
        for first in range(lo, lo + total, CHUNK):
            last = min(first + CHUNK, lo + total) - 1
            conn.execute(
                """
                INSERT INTO work_sessions
                    (employee_id, local_date, clock_in, clock_out, offline, created_at, updated_at)
                SELECT e, d::date, cin, cout, false, cout, cout FROM (
                    -- random() in a subquery's select list runs once per row (a LATERAL
                    -- subquery that does not use the row would run it once in all)
                    SELECT e, d,
                        d + interval '7 hours' + random() * interval '90 minutes' AS cin,
                        d + interval '16 hours' + random() * interval '90 minutes' AS cout
                    FROM generate_series(%(first)s::int, %(last)s::int) e
                    CROSS JOIN LATERAL generate_series(
                        CASE WHEN e >= %(short_from)s THEN %(short_start)s::timestamp
                             ELSE %(start)s::timestamp END,
                        %(end)s::timestamp, interval '1 day') d
                    WHERE extract(isodow FROM d) < 6 AND random() > 0.05
                ) AS days
                """,
                {
                    "first": first,
                    "last": last,
                    "start": start,
                    "end": today - timedelta(days=1),
                    "short_from": lo + employees,
                    "short_start": short_start,
                },
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


Pick = tuple[int, int, int]  # employee id, year, month


def summary(times: list[float]) -> dict[str, float]:
    ordered = sorted(times)
    return {
        "requests": len(times),
        "median_ms": median_ms(times),
        "p90_ms": round(percentile(ordered, 90) * 1000, 3),
        "p99_ms": round(percentile(ordered, 99) * 1000, 3),
        "mean_ms": round(statistics.fmean(times) * 1000, 3),
    }


def measure(http: httpx.Client, sets: dict[str, list[Pick]]) -> dict[str, dict[str, float]]:
    """Time every pick; the sets take turns, request by request."""
    times: dict[str, list[float]] = {name: [] for name in sets}
    for n, row in enumerate(zip(*sets.values(), strict=True)):
        for name, (emp, year, month) in zip(sets, row, strict=True):
            t = time.perf_counter()
            r = http.get(
                f"/employee/{emp}/attendance/month_stat/", params={"month": month, "year": year}
            )
            elapsed = time.perf_counter() - t
            if r.status_code != 200 or not r.json()["total_present_days"]:
                # every month asked has history: no presence means the build went wrong
                raise RuntimeError(f"month_stat answered {r.status_code}: {r.text}")
            if n >= WARMUP:  # the first requests warm the worker (calendar, connections)
                times[name].append(elapsed)
    return {name: summary(values) for name, values in times.items()}


def picks(ids: range, months: list[tuple[int, int]], count: int, seed: int) -> list[Pick]:
    rng = random.Random(seed)
    return [(rng.choice(ids), *rng.choice(months)) for _ in range(count + WARMUP)]


def months_between(start: date, today: date) -> list[tuple[int, int]]:
    out, index = [], start.year * 12 + start.month - 1
    while index <= today.year * 12 + today.month - 1:
        out.append((index // 12, index % 12 + 1))
        index += 1
    return out


def run_on(db_url: str, sets: dict[str, list[Pick]]) -> dict[str, dict[str, float]]:
    with (
        SubprocessServer(db_url, workers=1) as server,
        httpx.Client(base_url=server.base_url, timeout=30) as http,
    ):
        r = http.post(
            "/api/v1/auth/signin", json={"email": ADMIN_EMAIL, "password": ADMIN_PASSWORD}
        )
        r.raise_for_status()
        http.headers["Authorization"] = f"Bearer {r.json()['data']['token']}"
        return measure(http, sets)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--employees", type=int, default=10_000)
    parser.add_argument("--months", type=int, default=36, help="history of the big database")
    parser.add_argument("--short-months", type=int, default=3, help="the short history")
    parser.add_argument("--requests", type=int, default=400, help="timed requests per set")
    parser.add_argument(
        "--short-employees", type=int, default=1000, help="short-history employees added to it"
    )
    args = parser.parse_args()
    today, n = date.today(), args.requests
    recent = months_between(first_month(today, args.short_months), today)
    every = months_between(first_month(today, args.months), today)
    # The admin is employee 1; the long-history employees follow, then the short ones.
    long_ids = range(2, args.employees + 2)
    short_ids = range(args.employees + 2, args.employees + args.short_employees + 2)
    began = time.monotonic()
    cluster = PgCluster.start()
    try:
        small_url, big_url = cluster.new_database(), cluster.new_database()
        small_build = build(small_url, args.employees, args.short_months, today)
        small = run_on(small_url, {"recent_months": picks(long_ids, recent, n, 1)})
        big_build = build(
            big_url, args.employees, args.months, today, args.short_employees, args.short_months
        )
        big = run_on(
            big_url,
            {
                "recent_months": picks(long_ids, recent, n, 1),
                "any_month": picks(long_ids, every, n, 2),
                f"recent_months_of_{args.short_months}_month_employees": picks(
                    short_ids, recent, n, 3
                ),
            },
        )
    finally:
        cluster.stop()
    short_key = f"recent_months_of_{args.short_months}_month_employees"
    medians = [big["recent_months"]["median_ms"], big["any_month"]["median_ms"]]
    result = {
        "employees": args.employees,
        "today": today.isoformat(),
        f"database_{args.months}_months": {
            "build": big_build,
            "short_history_employees": args.short_employees,
            **big,
        },
        f"database_{args.short_months}_months": {"build": small_build, **small},
        "median_ratio_long_vs_short_history_same_database": round(
            big["recent_months"]["median_ms"] / big[short_key]["median_ms"], 2
        ),
        "median_ratio_big_vs_small_database": round(
            big["recent_months"]["median_ms"] / small["recent_months"]["median_ms"], 2
        ),
        "target_median_ms": TARGET_MEDIAN_MS,
        "met": max(medians) <= TARGET_MEDIAN_MS,
        "total_s": round(time.monotonic() - began, 1),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
