"""Serving an ASGI app with uvicorn, with Nagle's algorithm off on every connection.

With `--workers N > 1`, uvicorn binds the socket it shares with its workers as
`socket.socket(AF_INET)`, whose protocol number is 0. Accepted connections inherit that 0,
and asyncio only turns on TCP_NODELAY for sockets that say IPPROTO_TCP, so each response
written in two parts (headers, then body) waited for the client's delayed ACK: about 40 ms
per keep-alive request on Linux. (With one worker asyncio binds the socket itself, right.)
We give the shared socket its true protocol number before uvicorn hands it to the workers.

On Linux, several workers do not share one socket at all: each listens on its own socket
bound with SO_REUSEPORT, and the kernel spreads new connections across them by a hash.
With one shared socket, whichever worker woke first took a burst of new keep-alive
connections and kept them: under 64 clients one worker had a full core of work while
another had none. (The hash is not perfectly even either: see docs/benchmarks.md.)
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import socket
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any

from ..core.errors import InvalidInput

log = logging.getLogger(__name__)


def serve(app: str, *, host: str, port: int, workers: int, factory: bool = False) -> None:
    """`uvicorn.run` for an import string, as `uvicorn --workers N` would, but TCP_NODELAY
    and, on Linux, connections balanced across the workers by the kernel."""
    import uvicorn

    if workers > 1 and can_balance():
        BalancedWorkers(app, host=host, port=port, workers=workers, factory=factory).run()
        return
    with _tcp_labelled_listener():
        uvicorn.run(
            app,
            factory=factory,
            host=host,
            port=port,
            workers=max(1, workers),
            log_level="warning",
        )


def as_tcp(sock: socket.socket) -> socket.socket:
    """The same listening socket, labelled IPPROTO_TCP so that accepted connections are too."""
    if sock.family not in (socket.AF_INET, socket.AF_INET6) or sock.proto == socket.IPPROTO_TCP:
        return sock
    inheritable = sock.get_inheritable()
    fixed = socket.socket(sock.family, sock.type, socket.IPPROTO_TCP, fileno=sock.detach())
    fixed.set_inheritable(inheritable)
    return fixed


@contextmanager
def _tcp_labelled_listener() -> Iterator[None]:
    from uvicorn.config import Config

    original = Config.bind_socket

    def bind_socket(self: Any) -> socket.socket:
        return as_tcp(original(self))

    Config.bind_socket = bind_socket  # type: ignore[method-assign]
    try:
        yield
    finally:
        Config.bind_socket = original  # type: ignore[method-assign]


def can_balance() -> bool:
    """SO_REUSEPORT spreads connections across listeners on Linux only (elsewhere it differs)."""
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def listener(host: str, port: int, *, reuse_port: bool) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if reuse_port:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    return sock


def _worker(app: str, host: str, port: int, factory: bool) -> None:
    import uvicorn

    sock = listener(host, port, reuse_port=True)
    config = uvicorn.Config(app, factory=factory, log_level="warning")
    uvicorn.Server(config).run(sockets=[sock])


QUICK_EXIT_S = 10.0  # a worker that dies sooner than this after starting is in trouble
MAX_RESTART_DELAY_S = 30.0


@dataclass
class _Slot:
    """One worker's place: its process, and how often it died young in a row."""

    process: BaseProcess | None = None
    started: float = 0.0
    quick_deaths: int = 0
    due: float = 0.0  # when to start the next process, while `process` is None


class BalancedWorkers:
    """N uvicorn workers, each on its own SO_REUSEPORT socket; a worker that dies is
    replaced, and SIGINT/SIGTERM stop them all gracefully.

    A worker that dies within seconds of starting (its database down, say) is replaced
    after a pause that doubles each time, from 1 s to 30 s: restarting it at once, over and
    over, kept a core busy and hammered the database."""

    def __init__(self, app: str, *, host: str, port: int, workers: int, factory: bool) -> None:
        self._args = (app, host, port, factory)
        self._count = workers
        self._stopping = False
        self._spawn = multiprocessing.get_context("spawn")

    def run(self) -> None:
        _, host, port, _ = self._args
        # A plain bind first: a port in use (by anything, even another of our servers)
        # is refused here, instead of silently joining its group of listeners.
        try:
            listener(host, port, reuse_port=False).close()
        except OSError as exc:
            raise InvalidInput(f"Cannot listen on {host}:{port}: {exc.strerror}.") from exc
        previous = {sig: signal.signal(sig, self._stop) for sig in (signal.SIGINT, signal.SIGTERM)}
        slots = [_Slot() for _ in range(self._count)]
        try:
            while not self._stopping:
                self._tend(slots)
                running = [s.process.sentinel for s in slots if s.process is not None]
                waiting = [s.due for s in slots if s.process is None]
                pause = min([1.0, *(max(due - time.monotonic(), 0.0) for due in waiting)])
                wait(running, timeout=pause)
        finally:
            alive = [s.process for s in slots if s.process is not None]
            for process in alive:
                if process.exitcode is None:
                    process.terminate()  # SIGTERM: uvicorn finishes its requests
            for process in alive:
                process.join(30)
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def _tend(self, slots: list[_Slot]) -> None:
        """Start the workers that are due; schedule the replacement of those that died."""
        now = time.monotonic()
        for slot in slots:
            process = slot.process
            if process is not None and process.exitcode is not None:
                lived = now - slot.started
                slot.quick_deaths = slot.quick_deaths + 1 if lived < QUICK_EXIT_S else 0
                delay = min(2.0 ** (slot.quick_deaths - 1), MAX_RESTART_DELAY_S)
                slot.process, slot.due = None, now + (delay if slot.quick_deaths else 0.0)
                log.warning("Worker %s exited (%s) after %.0f s; starting another in %.0f s",
                            process.pid, process.exitcode, lived, slot.due - now)  # fmt: skip
            if slot.process is None and slot.due <= now and not self._stopping:
                slot.process = self._spawn.Process(target=_worker, args=self._args)
                slot.process.start()
                slot.started = now

    def _stop(self, _signum: int, _frame: FrameType | None) -> None:
        self._stopping = True
