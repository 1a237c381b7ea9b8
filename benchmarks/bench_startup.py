"""Cold start to the first painted home window, against a bare PySide6 window.

Targets: the app with two years of history paints its home window within 1.5x the time of a
bare PySide6 window started the same way in the same run, shows its data within 2x, with
peak memory at most 90 MiB. Runs alternate between the two so machine noise hits both alike.

Every time is taken HERE, in the parent, on one clock: `time.perf_counter()` just before the
child is spawned, and again when each of its lines arrives on the pipe (the child prints a
line at its first paint, and the app another once its data is shown). Nothing is read from
the child's own idea of when it started: `/proc`'s boot time is whole seconds, and adding it
hid a 4x start as 1.3x in an earlier version of this script.

    python benchmarks/bench_startup.py --runs 10
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from history import build_history  # noqa: E402


def child_env(pycache: Path) -> dict[str, str]:
    """Offscreen, and with compiled bytecode as an installed app has it: the first (warm-up)
    run of each command writes it under `pycache`, later runs read it. Without this, where
    PYTHONDONTWRITEBYTECODE is set, every start of the app compiled its own modules anew
    (about 50 ms of CPU here), while the bare window's PySide6 came compiled."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def run_once(cmd: list[str], env: dict[str, str] | None = None) -> dict[str, float]:
    """Spawn `cmd` and time, from here, the arrival of its first-paint line and of its
    report; the report also gives the child's peak memory. Offscreen by default."""
    if env is None:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.perf_counter()
    child = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert child.stdout is not None
    painted: float | None = None
    data: float | None = None
    first_page = False
    report: dict[str, float] = {}
    cpu: dict[str, float] = {}  # the child's own CPU time (time.process_time) at each line
    for line in child.stdout:
        arrived = time.perf_counter() - start
        if not line.startswith("{"):
            continue
        message = json.loads(line)
        if painted is None:
            painted = arrived  # the bare window's one line is its paint and its report
        if message.get("event") == "painted" and "cpu_s" in message:
            cpu["painted_cpu_s"] = float(message["cpu_s"])
        if message.get("event") == "data" and data is None:
            data = arrived  # the first data painted: from its snapshot, or from the store
            first_page = message.get("source") == "first_page"
            cpu["data_cpu_s"] = float(message["cpu_s"])
        if message.get("event") == "smoke-test":
            report = {
                "painted_s": painted,
                "data_shown_s": data if data is not None else arrived,
                "store_data_shown_s": arrived,
                "first_page": float(data is not None and first_page),
                "peak_rss_mib": float(message["peak_rss_mib"]),
                **cpu,
            }
            if "cpu_s" in message:
                report["exit_cpu_s"] = float(message["cpu_s"])
    exited = child.wait(timeout=120)
    if exited != 0 or not report:
        raise RuntimeError(f"{cmd} exited {exited} without its report")
    report["exited_s"] = time.perf_counter() - start
    return report


def _median(runs: list[dict[str, float]], key: str) -> float | None:
    found = [r[key] for r in runs if key in r]
    return round(statistics.median(found), 3) if found else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument(
        "--without-first-page",
        action="store_true",
        help="remove the snapshot of the first page before each start (the full path, as "
        "the first start after a change takes it)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "store"
        build_history(data, args.months, datetime.now(UTC))
        app_cmd = [
            sys.executable,
            "-m",
            "attendance_desktop",
            "--smoke-test",
            "--data-dir",
            str(data),
        ]
        bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
        env = child_env(Path(tmp) / "pycache")
        for _ in range(2):  # compile, then warm the file cache: we compare starts, not disks
            run_once(app_cmd, env)
            run_once(bare_cmd, env)
        app, bare = [], []
        snapshot = data / "data" / "first_page.json"
        for _ in range(args.runs):
            bare.append(run_once(bare_cmd, env))
            if args.without_first_page:
                snapshot.unlink(missing_ok=True)
            app.append(run_once(app_cmd, env))
    app_t = statistics.median(r["painted_s"] for r in app)
    bare_t = statistics.median(r["painted_s"] for r in bare)
    data_t = statistics.median(r["data_shown_s"] for r in app)
    store_t = statistics.median(r["store_data_shown_s"] for r in app)
    rss = max(r["peak_rss_mib"] for r in app)
    bare_rss = max(r["peak_rss_mib"] for r in bare)
    result = {
        "runs": args.runs,
        "history_months": args.months,
        "bare_window_painted_s": round(bare_t, 3),
        "app_window_painted_s": round(app_t, 3),
        "app_data_shown_s": round(data_t, 3),
        "ratio_painted": round(app_t / bare_t, 2),
        "ratio_data_shown": round(data_t / bare_t, 2),
        "app_store_data_shown_s": round(store_t, 3),
        "ratio_store_data_shown": round(store_t / bare_t, 2),
        "starts_from_first_page": int(sum(r["first_page"] for r in app)),
        # The children's own CPU time (time.process_time), medians: steadier than wall time
        # on a busy machine. The bare window's one line is its paint.
        "cpu_s": {
            "bare_painted": _median(bare, "exit_cpu_s"),
            "app_painted": _median(app, "painted_cpu_s"),
            "app_data_shown": _median(app, "data_cpu_s"),
            "app_store_data_shown": _median(app, "exit_cpu_s"),
        },
        "app_peak_rss_mib": round(rss, 1),
        "bare_peak_rss_mib": round(bare_rss, 1),
        "app_exited_s": round(statistics.median(r["exited_s"] for r in app), 3),
        "bare_exited_s": round(statistics.median(r["exited_s"] for r in bare), 3),
        "targets": {"ratio_painted": 1.5, "ratio_data_shown": 2.0, "peak_rss_mib": 90},
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
