"""The four punch names that kiosks, the journal and the server's kiosk routes carry:
each does its own punch, and says when it took effect."""

from __future__ import annotations

from datetime import timedelta

import pytest

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import Break, Employee, WorkSession
from attendance_desktop.core.punches import PUNCH_NAMES, apply_punch, punch_time
from attendance_desktop.storage.local_service import LocalAttendanceService


def test_each_name_makes_its_punch_at_the_time_it_reports(
    service: LocalAttendanceService, clock: FixedClock, employee: Employee
) -> None:
    start = clock.now()
    day_plan = (("clock_in", 0), ("break_start", 60), ("break_end", 90), ("clock_out", 120))
    assert {name for name, _ in day_plan} == set(PUNCH_NAMES)
    for name, minutes in day_plan:
        clock.set(start + timedelta(minutes=minutes))
        done = apply_punch(service, employee.id, name, reason="Lunch")
        assert punch_time(done, name) == start + timedelta(minutes=minutes)
        assert isinstance(done, Break if name.startswith("break") else WorkSession)

    (day,) = service.sessions_between(employee.id, start.date(), start.date())
    assert day.clock_out == start + timedelta(minutes=120)
    assert [(b.reason, b.duration(start)) for b in day.breaks] == [("Lunch", timedelta(minutes=30))]


def test_an_unknown_name_changes_nothing(
    service: LocalAttendanceService, clock: FixedClock, employee: Employee
) -> None:
    with pytest.raises(ValueError, match="not a punch"):
        apply_punch(service, employee.id, "clock_sideways")
    assert not service.status(employee.id).clocked_in
