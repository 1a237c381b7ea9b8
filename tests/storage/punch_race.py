"""A worker process for the race tests: open its own service on the file, wait, punch."""

from __future__ import annotations

from datetime import datetime
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
