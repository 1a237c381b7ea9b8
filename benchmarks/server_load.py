"""Shared by the server benchmarks: the test harness's real PostgreSQL and server processes,
a bounded HTTP load generator on httpx, and latency summaries.

Everything runs on 127.0.0.1, every load is bounded in time, and the callers stop what they
start (servers as context managers, the PostgreSQL cluster in a `finally`).
"""

from __future__ import annotations

import asyncio
import multiprocessing
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))  # the same harness the server tests use

from server.harness import PgCluster, SubprocessServer, free_port  # noqa: E402

__all__ = ["BareServer", "ClientPlan", "LoadResult", "PgCluster", "SubprocessServer", "run_load"]


class BareServer(SubprocessServer):
    """benchmarks/bare_endpoint.py: the baseline app, served like `attendance-server serve`."""

    def __init__(self, workers: int) -> None:
        self.port = free_port()
        self.db_url = ""
        cmd = [sys.executable, str(HERE / "bare_endpoint.py"),
               "--port", str(self.port), "--workers", str(workers)]  # fmt: skip
        self._proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


@dataclass(frozen=True)
class Step:
    method: str
    path: str
    expect: int
    json: dict[str, object] | None = None


@dataclass(frozen=True)
class ClientPlan:
    """One simulated client: its headers and the steps it repeats in order."""

    headers: dict[str, str]
    steps: tuple[Step, ...]


@dataclass
class LoadResult:
    seconds: float
    latencies: list[float] = field(default_factory=list)  # of answered requests, in seconds
    unexpected: dict[str, int] = field(default_factory=dict)  # "status 409" -> count

    @property
    def requests(self) -> int:
        return len(self.latencies)

    @property
    def server_errors(self) -> int:
        return sum(n for k, n in self.unexpected.items() if k.startswith("status 5"))

    def merge(self, other: LoadResult) -> None:
        self.seconds = max(self.seconds, other.seconds)
        self.latencies.extend(other.latencies)
        for k, n in other.unexpected.items():
            self.unexpected[k] = self.unexpected.get(k, 0) + n

    def summary(self) -> dict[str, object]:
        ordered = sorted(self.latencies)
        return {
            "requests": self.requests,
            "seconds": round(self.seconds, 2),
            "requests_per_s": round(self.requests / self.seconds, 1) if self.seconds else 0.0,
            "p50_ms": round(percentile(ordered, 50) * 1000, 2),
            "p99_ms": round(percentile(ordered, 99) * 1000, 2),
            "max_ms": round(ordered[-1] * 1000, 2) if ordered else 0.0,
            "unexpected": dict(self.unexpected),
        }


def percentile(ordered: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile of already sorted values (0 for none)."""
    if not ordered:
        return 0.0
    rank = max(1, round(pct / 100 * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def median_ms(values: Sequence[float]) -> float:
    return round(statistics.median(values) * 1000, 3) if values else 0.0


async def _client(
    http: httpx.AsyncClient, plan: ClientPlan, start: float, end: float, out: LoadResult
) -> None:
    """Repeat the plan's steps until `end`; a started round is finished, so a clock-in is
    always followed by its clock-out. Only requests sent from `start` on are recorded."""
    while time.monotonic() < end:
        for step in plan.steps:
            sent = time.monotonic()
            try:
                r = await http.request(step.method, step.path, headers=plan.headers, json=step.json)
                status = f"status {r.status_code}" if r.status_code != step.expect else ""
            except httpx.HTTPError as exc:
                status = type(exc).__name__
            if sent < start:
                continue
            if status:
                out.unexpected[status] = out.unexpected.get(status, 0) + 1
            else:
                out.latencies.append(time.monotonic() - sent)


async def _load(
    base_url: str, plans: Sequence[ClientPlan], begin: float, start: float, end: float
) -> LoadResult:
    # One single-connection httpx client per simulated client: like separate machines, and
    # much cheaper for the generator than one pool of 64 connections shared by all.
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    # Without TCP_NODELAY a request whose body is written after its headers waits for the
    # server's delayed ACK (about 40 ms on Linux): a client artefact, not the server's time.
    nodelay = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
    clients = [
        httpx.AsyncClient(
            base_url=base_url,
            transport=httpx.AsyncHTTPTransport(limits=limits, socket_options=nodelay),
            timeout=30,
        )
        for _ in plans
    ]
    try:
        await asyncio.sleep(max(0.0, begin - time.monotonic()))
        result = LoadResult(seconds=end - start)
        await asyncio.gather(
            *(_client(http, p, start, end, result) for http, p in zip(clients, plans, strict=True))
        )
    finally:
        for http in clients:
            await http.aclose()
    return result


def _load_in_process(
    base_url: str, plans: Sequence[ClientPlan], begin: float, start: float, end: float
) -> LoadResult:
    return asyncio.run(_load(base_url, plans, begin, start, end))


def run_load(
    base_url: str,
    plans: Sequence[ClientPlan],
    *,
    warmup: float,
    duration: float,
    processes: int = 1,
) -> LoadResult:
    """Run every client concurrently for `warmup` + `duration` seconds, split over
    `processes` generator processes (one asyncio loop each); returns what `duration` saw."""
    if processes <= 1:
        begin = time.monotonic()
        return _load_in_process(base_url, plans, begin, begin + warmup, begin + warmup + duration)
    # CLOCK_MONOTONIC is system-wide, so every generator process starts at the same instant;
    # the lead time lets them all import and connect first.
    begin = time.monotonic() + 3.0
    start, end = begin + warmup, begin + warmup + duration
    total = LoadResult(seconds=duration)
    ctx = multiprocessing.get_context("spawn")  # fork would copy our threads and sockets
    with ProcessPoolExecutor(max_workers=processes, mp_context=ctx) as pool:
        shares = [list(plans[i::processes]) for i in range(processes)]
        futures = [
            pool.submit(_load_in_process, base_url, share, begin, start, end)
            for share in shares
            if share
        ]
        for f in futures:
            total.merge(f.result())
    return total
