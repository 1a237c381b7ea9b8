"""Punching at the same moment from several services: threads, or worker processes."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from functools import partial
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import AttendanceError
from attendance_desktop.storage.local_service import LocalAttendanceService


def clock_in_when_released(
    url: str, at: str, employee_id: int, start: Barrier, results: Queue[tuple[str, object]]
) -> None:
    service = LocalAttendanceService.open(url, FixedClock(datetime.fromisoformat(at)))
    try:
        start.wait(timeout=30)
        try:
            results.put(("won", service.clock_in(employee_id).id))
        except AttendanceError as exc:
            results.put(("lost", exc.code))
    finally:
        service.close()


def race(services: list[LocalAttendanceService], punch: str, employee_id: int) -> list[object]:
    """Each service makes the same punch at the same moment, each in its own thread."""
    return race_calls([partial(getattr(svc, punch), employee_id) for svc in services])


def race_calls(calls: list[Callable[[], object]]) -> list[object]:
    """Start the calls at the same moment, each in its own thread; returns what each got
    back: its result or the AttendanceError it raised."""
    start = threading.Barrier(len(calls))
    outcomes: list[object] = []
    lock = threading.Lock()

    def run(call: Callable[[], object]) -> None:
        start.wait(timeout=10)
        try:
            result = call()
        except AttendanceError as exc:
            result = exc
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=run, args=(c,)) for c in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    return outcomes
