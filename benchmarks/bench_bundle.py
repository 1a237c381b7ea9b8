"""The standalone Linux bundle against the app run from source: size, and start-up timed the
way bench_startup.py does it (from the parent, on one clock, runs alternating).

Both open the same local store with two years of history, offscreen: "painted" is the
arrival of the child's first-paint line, "data shown" that of its smoke-test report. The
kiosk start is the time to its exit, since its smoke test shows the window once and quits.

    scripts/build-bundle
    python benchmarks/bench_bundle.py [--bundle dist/attendance-desktop-VERSION-linux-ARCH]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from history import build_history  # noqa: E402

MIB = 1024 * 1024
TIMEOUT_S = 120  # for one start


def tree_size(folder: Path) -> int:
    """Bytes of the files under `folder` (a symlink counts as its own few bytes)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def child_env(pycache: Path) -> dict[str, str]:
    """Offscreen, and the source app with compiled bytecode as an installed app has it (the
    warm-up run writes it under `pycache`): the bundle's modules come compiled."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(pycache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def time_start(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Spawn `cmd --smoke-test` and time, from here, the arrival of its first-paint line and
    of its report (as bench_startup.py does). Not its peak memory: a child's high-water mark
    starts at its parent's (Linux keeps it across fork and exec), and this parent is big."""
    start = time.perf_counter()
    times: dict[str, float] = {}
    with subprocess.Popen(
        [*cmd, "--smoke-test"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        env=env,
    ) as child:  # fmt: skip
        assert child.stdout is not None
        deadline = threading.Timer(TIMEOUT_S, child.kill)  # one that hangs fails, not waits
        deadline.start()
        for line in child.stdout:
            arrived = time.perf_counter() - start
            if not line.startswith("{"):
                continue
            message = json.loads(line)
            times.setdefault("painted_s", arrived)
            if message.get("event") == "smoke-test" and "error" not in message:
                times["data_shown_s"] = arrived
        exited = child.wait()
        deadline.cancel()
    if exited != 0 or "data_shown_s" not in times:
        raise RuntimeError(f"{cmd} exited {exited} without showing its data")
    return times


def kiosk_exit_s(cmd: list[str], data: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [*cmd, "--kiosk", "--smoke-test", "--data-dir", str(data)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=TIMEOUT_S,
        check=True,
    )  # fmt: skip
    return time.perf_counter() - start


def compare(program: Path, data: Path, scratch: Path, runs: int) -> dict[str, float]:
    """Median start of the bundle's `program` and of the source app (this Python's), both on
    the store at `data`, alternating; `scratch` takes the bytecode and the kiosks' stores."""
    env = child_env(scratch / "pycache")
    commands = {"bundle": [str(program)], "source": [sys.executable, "-m", "attendance_desktop"]}
    starts: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    kiosks: dict[str, list[float]] = {name: [] for name in commands}
    for name, cmd in commands.items():  # warm the file cache for both: we compare starts
        time_start([*cmd, "--data-dir", str(data)], env)
        kiosk_exit_s(cmd, scratch / f"kiosk-{name}", env)  # and create the kiosks' stores
    for _ in range(runs):
        for name, cmd in commands.items():
            starts[name].append(time_start([*cmd, "--data-dir", str(data)], env))
            kiosks[name].append(kiosk_exit_s(cmd, scratch / f"kiosk-{name}", env))
    figures: dict[str, float] = {}
    for name in commands:
        figures[f"{name}_painted_s"] = statistics.median(r["painted_s"] for r in starts[name])
        figures[f"{name}_data_shown_s"] = statistics.median(r["data_shown_s"] for r in starts[name])
        figures[f"{name}_kiosk_exited_s"] = statistics.median(kiosks[name])
    figures["ratio_painted"] = figures["bundle_painted_s"] / figures["source_painted_s"]
    figures["ratio_data_shown"] = figures["bundle_data_shown_s"] / figures["source_data_shown_s"]
    return {key: round(value, 3) for key, value in figures.items()}


def newest_bundle() -> Path:
    found = sorted(
        (p for p in (HERE.parent / "dist").glob("attendance-desktop-*-linux-*") if p.is_dir()),
        key=lambda p: p.stat().st_mtime,
    )
    if not found:
        raise SystemExit("no bundle in dist/: build one with scripts/build-bundle")
    return found[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, help="the bundle's folder (default: newest)")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--months", type=int, default=24)
    args = parser.parse_args()
    bundle = args.bundle or newest_bundle()
    tarball = bundle.with_name(bundle.name + ".tar.gz")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "store"
        build_history(data, args.months, datetime.now(UTC))
        figures = compare(bundle / "attendance-desktop", data, Path(tmp), args.runs)
    result = {
        "bundle": bundle.name,
        "runs": args.runs,
        "history_months": args.months,
        "bundle_mib": round(tree_size(bundle) / MIB, 1),
        "tarball_mib": round(tarball.stat().st_size / MIB, 1) if tarball.exists() else None,
        **figures,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
