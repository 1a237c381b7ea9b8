"""Build a local store with N months of realistic history, for benchmarks."""

from __future__ import annotations

import argparse
import random
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.launch import open_local_store
from attendance_desktop.paths import app_paths
from attendance_desktop.settings import Settings, save_settings


def build_history(data_dir: Path, months: int, now: datetime, zone: str = "Europe/Berlin") -> int:
    """Fill a fresh store under data_dir with `months` months up to yesterday; returns the id."""
    paths = app_paths(data_dir)
    clock = FixedClock(now)
    service = open_local_store(paths, clock, zone)
    service.set_holiday_region("DE", "BY")
    emp = service.add_employee(
        NewEmployee("Bench", "Mark", "bench@example.com", job_title="Tester", department="QA")
    )
    tz = ZoneInfo(zone)
    rng = random.Random(7)
    today = now.astimezone(tz).date()
    day = today - timedelta(days=round(months * 30.44))
    cal = service.calendar()

    def at(d: date, hour: int, minute: int) -> None:
        clock.set(datetime.combine(d, time(hour), tzinfo=tz) + timedelta(minutes=minute))

    while day < today:
        if cal.is_working_day(day, emp.work_week) and rng.random() > 0.05:
            at(day, 8, rng.randrange(0, 60))
            service.clock_in(emp.id)
            at(day, 12, rng.randrange(0, 30))
            service.start_break(emp.id, "Lunch")
            at(day, 12, rng.randrange(40, 75))
            service.end_break(emp.id)
            at(day, 17, rng.randrange(0, 60))
            service.clock_out(emp.id)
        day += timedelta(days=1)
    service.close()
    save_settings(paths.settings_path, Settings(employee_id=emp.id))
    return emp.id


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--months", type=int, default=24)
    args = parser.parse_args()
    build_history(args.data_dir, args.months, datetime.now(UTC))
    print(args.data_dir)


if __name__ == "__main__":
    main()
