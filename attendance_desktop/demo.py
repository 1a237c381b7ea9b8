"""`--demo`: a sample employee with about three months of realistic history.

Deterministic (seeded) so screenshots and tests see the same story: ordinary days with a
lunch break, a few split days, a night shift, a few absences, a public (or company)
holiday, and one weekend day worked. Today is clocked in if the working day has begun.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from .core import rules
from .core.clock import Clock, FixedClock
from .core.models import Employee, NewEmployee
from .storage.local_service import LocalAttendanceService

DEMO_EMPLOYEE = NewEmployee(
    first_name="Maya",
    last_name="Fischer",
    email="maya.fischer@example.com",
    phone_number="+1 555 0142",
    job_title="Product Designer",
    department="Design",
)
DEMO_REGION = "US"


def _first_of_month_before(day: date, months: int) -> date:
    year, month = day.year, day.month - months
    while month < 1:
        month += 12
        year -= 1
    return date(year, month, 1)


def fill_demo(service: LocalAttendanceService, clock: Clock) -> Employee:
    """Fill an empty store; on a store that already has employees, return the first one."""
    existing = service.employees()
    if existing:
        return existing[0]
    if not service.calendar().country:
        service.set_holiday_region(DEMO_REGION)
    now = clock.now()
    today = rules.local_date(now, service.default_zone)
    start = _first_of_month_before(today, 2)
    emp = service.add_employee(replace(DEMO_EMPLOYEE, start_date=start))
    zone = service.zone_of(emp)
    rng = random.Random(20240115)
    cal = service.calendar()

    working = [
        start + timedelta(days=i)
        for i in range((today - start).days)
        if cal.is_working_day(start + timedelta(days=i), emp.work_week)
    ]
    if not any(cal.holiday_name(start + timedelta(days=i)) for i in range((today - start).days)):
        offsite = working.pop(len(working) // 2)
        service.add_company_holiday(offsite, "Company offsite")
    absent = set(rng.sample(working[:-1], k=min(3, max(len(working) - 1, 0))))
    night = working[len(working) // 3] if len(working) > 6 else None
    split = set(rng.sample(working, k=min(4, len(working))))
    weekend = next(
        (
            start + timedelta(days=i)
            for i in range(7, (today - start).days)
            if (start + timedelta(days=i)).weekday() == 5
        ),
        None,
    )

    # A second service on the same database whose clock stands at each punch: the history
    # is recorded exactly as if it had been punched live (nothing flagged as a replay).
    clock_then = FixedClock(now)
    past = LocalAttendanceService(service.engine, clock_then, default_timezone=zone.key)

    def punch(action: str, day: date, hour: int, minute: int, reason: str = "") -> None:
        clock_then.set(
            datetime.combine(day, time(hour, 0), tzinfo=zone) + timedelta(minutes=minute)
        )
        if action == "in":
            past.clock_in(emp.id)
        elif action == "out":
            past.clock_out(emp.id)
        elif action == "break":
            past.start_break(emp.id, reason)
        else:
            past.end_break(emp.id)

    def punch_day(day: date) -> None:
        if day == night:
            after = day + timedelta(days=1)
            punch("in", day, 22, 0)
            punch("break", after, 2, 0, "Night break")
            punch("end", after, 2, 30)
            punch("out", after, 6, 0)
            return
        if day == weekend:
            punch("in", day, 10, rng.randrange(0, 20))
            punch("out", day, 14, rng.randrange(0, 30))
            return
        punch("in", day, 8, rng.randrange(25, 80))
        lunch = rng.randrange(0, 45)
        punch("break", day, 12, lunch, "Lunch")
        punch("end", day, 12, lunch + rng.randrange(30, 60))
        if day in split:
            punch("out", day, 14, rng.randrange(0, 30))
            punch("in", day, 15, rng.randrange(0, 30))
        punch("out", day, 17, rng.randrange(-15, 65))

    worked_days = set(working) - absent
    for i in range((today - start).days):
        day = start + timedelta(days=i)
        if day in worked_days or day in (weekend, night):
            punch_day(day)

    begun = datetime.combine(today, time(8, 50), tzinfo=zone)
    if cal.is_working_day(today, emp.work_week) and now >= begun:
        punch("in", today, 8, 50)
    return emp
