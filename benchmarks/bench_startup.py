"""Cold start to the first painted home window, against a bare PySide6 window.

Targets (issue 2): the app with two years of history starts in at most 1.5x the time of a
bare PySide6 window started the same way in the same run, with peak memory at most 90 MiB.
Runs alternate between the two so machine noise hits both alike.

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
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from history import build_history  # noqa: E402


def run_once(cmd: list[str]) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, check=True)
    for line in out.stdout.splitlines():
        if line.startswith("{"):
            return json.loads(line)
    raise RuntimeError(f"no timing line from {cmd}: {out.stdout!r} {out.stderr!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--months", type=int, default=24)
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
        run_once(app_cmd)  # warm the file cache for both: we compare starts, not disk reads
        run_once(bare_cmd)
        app, bare = [], []
        for _ in range(args.runs):
            bare.append(run_once(bare_cmd))
            app.append(run_once(app_cmd))
    key = "process_start_to_painted_s"
    app_t = statistics.median(r[key] for r in app)
    bare_t = statistics.median(r[key] for r in bare)
    data_t = statistics.median(r.get("process_start_to_data_shown_s", r[key]) for r in app)
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
        "app_peak_rss_mib": round(rss, 1),
        "bare_peak_rss_mib": round(bare_rss, 1),
        "targets": {"ratio": 1.5, "peak_rss_mib": 90},
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
