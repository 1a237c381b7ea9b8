"""Speed of the local store: a durable clock-in, and the month view with years of history.

Targets (issue 2): local clock-in to durably committed at most 10 ms median; the month view
(what the home window asks for a month: the service's month_days, with the metrics worked
out from those days) well under 5 ms median, and not growing with the length of the
history (compare a 6-month and a 2-year store).

    python benchmarks/bench_storage.py                  # markdown table
    python benchmarks/bench_storage.py --format json    # one JSON object
    python benchmarks/bench_storage.py --dir /some/disk # measure on that file system

The history is one employee in Europe/Berlin with Bavarian holidays: a session with a lunch
break on about 95% of working days. Punches run through the real service on a real file
(WAL, synchronous=FULL), so each timed clock-in includes its fsync.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from zoneinfo import ZoneInfo

from attendance_desktop.core import rules
from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import Employee, NewEmployee
from attendance_desktop.storage.engine import sqlite_url
from attendance_desktop.storage.local_service import LocalAttendanceService
from attendance_desktop.storage.schema import breaks, work_sessions

ZONE = ZoneInfo("Europe/Berlin")
# A fixed "today" keeps runs comparable; the history ends the day before.
TODAY = date(2026, 11, 23)


def at(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, clock_time(hour), tzinfo=ZONE).astimezone(UTC) + timedelta(
        minutes=minute
    )


def build_store(path: Path, months: int) -> tuple[LocalAttendanceService, Employee, FixedClock]:
    """A store with `months` months of history up to yesterday, written in one transaction
    (the rows are what the service writes; building them punch by punch only takes longer)."""
    clock = FixedClock(at(TODAY, 7, 0))
    service = LocalAttendanceService.open(sqlite_url(path), clock, default_timezone="Europe/Berlin")
    service.set_holiday_region("DE", "BY")
    emp = service.add_employee(
        NewEmployee("Bench", "Mark", "bench@example.com", timezone="Europe/Berlin")
    )
    calendar = service.calendar()
    rng = random.Random(7)
    day = TODAY - timedelta(days=round(months * 30.44))
    with service.engine.begin() as conn:
        while day < TODAY:
            if calendar.is_working_day(day, emp.work_week) and rng.random() > 0.05:
                start, end = at(day, 8, rng.randrange(60)), at(day, 17, rng.randrange(60))
                lunch = at(day, 12, rng.randrange(30))
                sid = conn.execute(
                    work_sessions.insert().values(
                        employee_id=emp.id,
                        local_date=day,
                        clock_in=start,
                        clock_out=end,
                        offline=False,
                        created_at=start,
                        updated_at=end,
                    )
                ).inserted_primary_key[0]  # type: ignore[index]
                conn.execute(
                    breaks.insert().values(
                        session_id=sid,
                        start_time=lunch,
                        end_time=lunch + timedelta(minutes=rng.randrange(30, 60)),
                        reason="Lunch",
                        created_at=lunch,
                        updated_at=lunch,
                    )
                )
            day += timedelta(days=1)
    return service, emp, clock


def timings_ms(run: Callable[[], object], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def summary(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "median_ms": round(statistics.median(ordered), 3),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))], 3),
        "max_ms": round(ordered[-1], 3),
        "n": len(ordered),
    }


def measure_month_view(service: LocalAttendanceService, emp: Employee, repeat: int) -> dict:
    last_month = TODAY.replace(day=1) - timedelta(days=1)
    y, m = last_month.year, last_month.month

    def view() -> None:  # as the home window does it: one read, the metrics from its days
        rules.metrics_from_days(y, m, service.month_days(emp.id, y, m), TODAY)

    first = timings_ms(view, 1)[0]  # the calendar's holidays load on first use
    result = summary(timings_ms(view, repeat))
    result["first_call_ms"] = round(first, 3)
    result["month"] = f"{y}-{m:02d}"
    return result


def measure_punches(
    service: LocalAttendanceService, emp: Employee, clock: FixedClock, punches: int
) -> dict:
    ins, outs = [], []
    clock.set(at(TODAY, 7, 0))
    for _ in range(punches):
        clock.advance(timedelta(seconds=30))
        t0 = time.perf_counter()
        service.clock_in(emp.id)
        ins.append((time.perf_counter() - t0) * 1000)
        clock.advance(timedelta(seconds=30))
        t0 = time.perf_counter()
        service.clock_out(emp.id)
        outs.append((time.perf_counter() - t0) * 1000)
    return {"clock_in": summary(ins), "clock_out": summary(outs)}


def count_sessions(service: LocalAttendanceService, emp: Employee) -> int:
    return len(service.sessions_between(emp.id, date(1970, 1, 1), TODAY))


def run(args: argparse.Namespace) -> dict:
    results: dict = {"today": TODAY.isoformat(), "python": sys.version.split()[0]}
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        histories = [args.months] + ([args.compare_months] if args.compare_months else [])
        for months in histories:
            service, emp, clock = build_store(Path(tmp) / f"h{months}.sqlite3", months)
            try:
                entry = {"sessions": count_sessions(service, emp)}
                entry["month_view"] = measure_month_view(service, emp, args.repeat)
                if months == args.months:
                    entry.update(measure_punches(service, emp, clock, args.punches))
                results[f"history_{months}_months"] = entry
            finally:
                service.close()
    return results


def markdown(results: dict, months: int, compare: int) -> str:
    main = results[f"history_{months}_months"]
    rows = [
        ("local clock-in, durably committed", main["clock_in"], "≤ 10 ms median"),
        ("local clock-out, durably committed", main["clock_out"], ""),
        (
            f"month view, {months}-month history ({main['sessions']} sessions)",
            main["month_view"],
            "≤ 5 ms median",
        ),
    ]
    if compare:
        other = results[f"history_{compare}_months"]
        rows.append(
            (
                f"month view, {compare}-month history ({other['sessions']} sessions)",
                other["month_view"],
                "same as above",
            )
        )
    lines = [
        "| measurement | median ms | p95 ms | max ms | n | target |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for name, s, target in rows:
        lines.append(
            f"| {name} | {s['median_ms']} | {s['p95_ms']} | {s['max_ms']} | {s['n']} | {target} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--months", type=int, default=24, help="history length (default 24)")
    parser.add_argument(
        "--compare-months",
        type=int,
        default=6,
        help="a shorter history to compare the month view with; 0 to skip",
    )
    parser.add_argument("--punches", type=int, default=200, help="timed clock-in/out pairs")
    parser.add_argument("--repeat", type=int, default=200, help="timed month views per store")
    parser.add_argument(
        "--dir",
        type=Path,
        default=None,
        help="where to create the stores (default: the system temp dir)",
    )
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    args = parser.parse_args()
    results = run(args)
    if args.format == "json":
        print(json.dumps(results, indent=2))
    else:
        print(markdown(results, args.months, args.compare_months))


if __name__ == "__main__":
    main()
