"""--demo: a realistic history a person can explore at once."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import DayStatus
from attendance_desktop.demo import fill_demo
from attendance_desktop.launch import open_local_store
from attendance_desktop.paths import app_paths

# A Tuesday afternoon in New York.
NOW = datetime(2026, 11, 17, 15, 0, tzinfo=UTC)


def test_demo_fills_three_months_with_every_kind_of_day(tmp_path: Path) -> None:
    clock = FixedClock(NOW)
    service = open_local_store(app_paths(tmp_path), clock, "America/New_York")
    emp = fill_demo(service, clock)
    days = [d for m in (9, 10, 11) for d in service.month_days(emp.id, 2026, m)]
    statuses = {d.status for d in days}
    assert {
        DayStatus.COMPLETED,
        DayStatus.ABSENT,
        DayStatus.NON_WORKING,
        DayStatus.PRESENT,
        DayStatus.UPCOMING,
    } <= statuses
    assert any(d.holiday_name for d in days)
    assert any(not d.is_working_day and d.sessions for d in days), "a weekend day worked"
    night = [
        s
        for d in days
        for s in d.sessions
        if s.clock_out and s.clock_out.astimezone(service.zone_of(emp)).date() > s.local_date
    ]
    assert night, "a night shift that ends the next morning"
    assert any(b.reason == "Lunch" for d in days for s in d.sessions for b in s.breaks)
    assert service.status(emp.id).clocked_in  # today's work has begun
    assert not any(s.offline for d in days for s in d.sessions)


def test_demo_leaves_a_store_with_people_alone(tmp_path: Path) -> None:
    clock = FixedClock(NOW)
    service = open_local_store(app_paths(tmp_path), clock, "UTC")
    first = fill_demo(service, clock)
    again = fill_demo(service, clock)
    assert again == first
    assert len(service.employees()) == 1
    assert service.sessions_between(first.id, datetime(2026, 8, 1).date(), NOW.date())
