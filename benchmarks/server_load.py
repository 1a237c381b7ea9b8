"""Shared by the server benchmarks: the test harness's real PostgreSQL and server processes,
a bounded HTTP/1.1 load generator, and latency summaries.

The generator speaks HTTP/1.1 over plain asyncio streams, each client's requests encoded
once: it shares the machine's cores with the servers it measures, and an httpx client
spent several times more CPU per request than the bare endpoint does to answer it.

Everything runs on 127.0.0.1, every load is bounded in time, and the callers stop what they
start (servers as context managers, the PostgreSQL cluster in a `finally`).
"""

from __future__ import annotations

import asyncio
import json
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))  # the same harness the server tests use

from cpu_share import CpuMeter  # noqa: E402
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


def _encode(host: str, step: Step, headers: dict[str, str]) -> bytes:
    body = json.dumps(step.json).encode() if step.json is not None else b""
    lines = [f"{step.method} {step.path} HTTP/1.1", f"Host: {host}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    if step.json is not None:
        lines.append("Content-Type: application/json")
    lines += [f"Content-Length: {len(body)}", "", ""]
    return "\r\n".join(lines).encode("latin-1") + body


async def _response_status(reader: asyncio.StreamReader) -> tuple[int, bool]:
    """Read one whole response; its status, and whether the server closes the connection."""
    head = await reader.readuntil(b"\r\n\r\n")
    status, length, chunked, closing = int(head[9:12]), 0, False, False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        name, value = name.strip().lower(), value.strip().lower()
        if name == b"content-length":
            length = int(value)
        elif name == b"transfer-encoding":
            chunked = b"chunked" in value
        elif name == b"connection":
            closing = value == b"close"
    if not chunked:
        await reader.readexactly(length)
        return status, closing
    while size := int((await reader.readuntil(b"\r\n")).split(b";")[0], 16):
        await reader.readexactly(size + 2)
    await reader.readuntil(b"\r\n")  # no trailers are sent to us
    return status, closing


async def _client(
    host: str, port: int, plan: ClientPlan, start: float, end: float, out: LoadResult
) -> None:
    """Repeat the plan's steps until `end` on one keep-alive connection; a started round is
    finished, so a clock-in is always followed by its clock-out. Only requests sent from
    `start` on are recorded."""
    requests = [(_encode(host, step, plan.headers), step.expect) for step in plan.steps]
    connection: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
    try:
        while time.monotonic() < end:
            for request, expect in requests:
                sent = time.monotonic()
                try:
                    if connection is None:
                        connection = await asyncio.open_connection(host, port)
                        sock = connection[1].get_extra_info("socket")
                        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                    reader, writer = connection
                    writer.write(request)
                    got, closing = await _response_status(reader)
                    if closing:
                        writer.close()
                        connection = None
                    problem = f"status {got}" if got != expect else ""
                except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                    problem, connection = type(exc).__name__, None
                if sent < start:
                    continue
                if problem:
                    out.unexpected[problem] = out.unexpected.get(problem, 0) + 1
                else:
                    out.latencies.append(time.monotonic() - sent)
    finally:
        if connection is not None:
            connection[1].close()


async def _load(
    base_url: str, plans: Sequence[ClientPlan], begin: float, start: float, end: float
) -> LoadResult:
    # One connection per simulated client, like separate machines.
    host, _, port = base_url.removeprefix("http://").partition(":")
    await asyncio.sleep(max(0.0, begin - time.monotonic()))
    result = LoadResult(seconds=end - start)
    await asyncio.gather(*(_client(host, int(port), p, start, end, result) for p in plans))
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
    meter: CpuMeter | None = None,
) -> LoadResult:
    """Run every client concurrently for `warmup` + `duration` seconds, split over
    `processes` generator processes (one asyncio loop each); returns what `duration` saw.
    A `meter` is armed for that same window."""
    if processes <= 1:
        begin = time.monotonic()
        start, end = begin + warmup, begin + warmup + duration
        if meter is not None:
            meter.arm(start, end)
        return _load_in_process(base_url, plans, begin, start, end)
    # CLOCK_MONOTONIC is system-wide, so every generator process starts at the same instant;
    # the lead time lets them all import and connect first.
    begin = time.monotonic() + 3.0
    start, end = begin + warmup, begin + warmup + duration
    if meter is not None:
        meter.arm(start, end)
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
