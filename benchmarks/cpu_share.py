"""Where a load's CPU goes: CPU seconds per process tree over the measured window.

Read from /proc (Linux) at the window's first and last instant by a helper thread, so the
generator's warm-up is left out. Each named tree is a process and its descendants (a
server's workers, PostgreSQL's backends); the generator is this process and whatever else
descends from it. A process started inside the window counts from its start; one that ended
inside it is not counted. Elsewhere (no /proc) nothing is measured and the result is empty.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

PROC = Path("/proc")
GENERATOR = "generator"


def _processes() -> dict[int, tuple[int, int]]:
    """pid -> (parent pid, CPU ticks used so far, user and system)."""
    found: dict[int, tuple[int, int]] = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # ended meanwhile
            continue
        fields = stat.rsplit(")", 1)[1].split()  # after "pid (comm)"; comm may hold spaces
        found[int(entry.name)] = (int(fields[1]), int(fields[11]) + int(fields[12]))
    return found


def _trees(procs: dict[int, tuple[int, int]], roots: dict[str, int]) -> dict[int, str]:
    """Each process's tree: the named root it descends from, else the generator's if it
    descends from this process."""
    owner: dict[int, str] = {}
    me = os.getpid()
    for pid in procs:
        chain, cur = [], pid
        while cur in procs and cur not in owner and cur not in roots.values() and cur != me:
            chain.append(cur)
            cur = procs[cur][0]
        if cur in owner:
            name: str | None = owner[cur]
        elif cur == me:
            name = GENERATOR
        else:
            name = next((n for n, root in roots.items() if root == cur), None)
        if name is None:
            continue
        owner[cur] = name
        for p in chain:
            owner[p] = name
    return owner


class CpuMeter:
    """`arm(start, end)` before the load; `seconds()` after it: CPU seconds per tree."""

    def __init__(self, roots: dict[str, int]) -> None:
        self._roots = roots
        self._snaps: list[dict[int, tuple[int, int]]] = []
        self._thread: threading.Thread | None = None

    def arm(self, start: float, end: float) -> None:
        """Snapshot at the monotonic instants `start` and `end`."""
        if not PROC.is_dir():
            return

        def run() -> None:
            for instant in (start, end):
                time.sleep(max(0.0, instant - time.monotonic()))
                self._snaps.append(_processes())

        self._thread = threading.Thread(target=run, name="cpu-meter", daemon=True)
        self._thread.start()

    def seconds(self) -> dict[str, float]:
        if self._thread is None:
            return {}
        self._thread.join()
        before, after = self._snaps
        owner = _trees(after, self._roots)
        used: dict[str, float] = {}
        tick = os.sysconf("SC_CLK_TCK")
        for pid, (_parent, ticks) in after.items():
            name = owner.get(pid)
            if name is None:
                continue
            start = before.get(pid, (0, 0))[1]
            used[name] = used.get(name, 0.0) + (ticks - start) / tick
        return used


def postmaster_pid(data_dir: Path) -> int:
    """PostgreSQL's main process, from its data directory (its backends descend from it)."""
    return int((data_dir / "postmaster.pid").read_text().split()[0])
