"""A start must not grow with a busy day: the home window with 200, 400 and 800 sessions
today (a stuck badge reader, a kiosk's shared test account), timed as bench_startup.py
times a start: from this process, on one clock, to the child's "data shown" line.

Linear growth doubles the extra time per doubling of sessions; quadratic growth (as found:
200 sessions 10 s, 400 sessions 48 s) quadruples it.

    python benchmarks/bench_busy_day.py --runs 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_startup import run_once  # noqa: E402

from attendance_desktop.core.clock import FixedClock  # noqa: E402
from attendance_desktop.core.models import NewEmployee  # noqa: E402
from attendance_desktop.launch import open_local_store  # noqa: E402
from attendance_desktop.paths import app_paths  # noqa: E402
from attendance_desktop.settings import Settings, save_settings  # noqa: E402

# Where it is afternoon now or later, so that hundreds of sessions fit into today so far.
ZONE = "Etc/GMT-14"


def build_busy_day(data_dir: Path, sessions: int, now: datetime) -> None:
    paths = app_paths(data_dir)
    zone = ZoneInfo(ZONE)
    clock = FixedClock(now)
    service = open_local_store(paths, clock, ZONE)
    emp = service.add_employee(NewEmployee("Busy", "Day", "busy@example.com", timezone=ZONE))
    at = datetime.combine(now.astimezone(zone).date(), time(0, 0, 10), tzinfo=zone)
    for _ in range(sessions):  # 3 s in, 3 s out: 800 sessions fill 80 minutes
        clock.set(at)
        service.clock_in(emp.id)
        clock.set(at + timedelta(seconds=3))
        service.clock_out(emp.id)
        at += timedelta(seconds=6)
    service.close()
    save_settings(paths.settings_path, Settings(employee_id=emp.id))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sessions", type=int, nargs="+", default=[0, 200, 400, 800])
    args = parser.parse_args()
    now = datetime.now(UTC)
    shown: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        stores = {}
        for count in args.sessions:
            stores[count] = Path(tmp) / f"day-{count}"
            build_busy_day(stores[count], count, now)
        for count, store in stores.items():
            cmd = [sys.executable, "-m", "attendance_desktop", "--smoke-test", "--data-dir"]
            run_once([*cmd, str(store)])  # warm the file cache
            shown[count] = statistics.median(
                run_once([*cmd, str(store)])["data_shown_s"] for _ in range(args.runs)
            )
    base = shown.get(0, min(shown.values()))
    result = {
        "runs": args.runs,
        "data_shown_s": {str(k): round(v, 3) for k, v in shown.items()},
        "extra_over_no_sessions_s": {str(k): round(v - base, 3) for k, v in shown.items()},
        "target": "extra time grows in proportion to the sessions (about 2x per doubling)",
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
