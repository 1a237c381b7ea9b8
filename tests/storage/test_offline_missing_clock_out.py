"""The store refuses an offline replay that would clock out a session whose clock-out was
already missing at the punch's time (a silent clock-out), and changes nothing; the same
punch made live, or made before the limit, is the clock-out it always was."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import ClockOutMissing, is_final
from attendance_desktop.core.models import Employee
from attendance_desktop.storage.local_service import LocalAttendanceService

from .conftest import BERLIN
from .dbdump import dump

FRIDAY = datetime(2026, 11, 27, 8, 43, tzinfo=BERLIN)
MONDAY_ARRIVAL = datetime(2026, 11, 30, 8, 2, tzinfo=BERLIN)
WORDS = (
    "Ada's clock-out on Friday 27 November is missing; the punch at 08:02 on Monday "
    "30 November was kept for an administrator. Ask Ada when they left."
)


@pytest.fixture
def forgotten(service: LocalAttendanceService, employee: Employee, clock: FixedClock) -> int:
    clock.set(FRIDAY)
    session = service.clock_in(employee.id)
    clock.set(MONDAY_ARRIVAL + timedelta(minutes=30))  # the offline kiosk syncs at 08:32
    return session.id


def test_an_offline_clock_out_of_a_missing_session_is_refused_and_changes_nothing(
    service: LocalAttendanceService, employee: Employee, forgotten: int, db_path: Path
) -> None:
    before = dump(db_path)
    with pytest.raises(ClockOutMissing) as refused:
        service.clock_out(employee.id, at=MONDAY_ARRIVAL, offline=True, punch_id="k1:7")
    assert refused.value.message == WORDS
    assert (refused.value.code, refused.value.http_status) == ("CLOCK_OUT_MISSING", 409)
    assert is_final(refused.value)  # the journal keeps it as refused, for an admin
    assert dump(db_path) == before  # no clock-out, no punch id taken
    status = service.status(employee.id)
    assert status.missing_clock_out is not None and status.missing_clock_out.id == forgotten
    # Sent again (its answer was lost), it is refused again: its id was not taken.
    with pytest.raises(ClockOutMissing):
        service.clock_out(employee.id, at=MONDAY_ARRIVAL, offline=True, punch_id="k1:7")


def test_the_stores_own_limit_decides(
    service: LocalAttendanceService, employee: Employee, clock: FixedClock
) -> None:
    service.set_missing_clock_out_limit(4)
    clock.set(FRIDAY)
    service.clock_in(employee.id)
    clock.set(FRIDAY + timedelta(hours=6))
    with pytest.raises(ClockOutMissing):
        service.clock_out(employee.id, at=FRIDAY + timedelta(hours=5), offline=True)
    done = service.clock_out(employee.id, at=FRIDAY + timedelta(hours=3, minutes=59), offline=True)
    assert done.clock_out == FRIDAY + timedelta(hours=3, minutes=59)


def test_a_live_clock_out_of_a_missing_session_still_closes_it(
    service: LocalAttendanceService, employee: Employee, forgotten: int, clock: FixedClock
) -> None:
    """Live, the desktop and the kiosk ask when the person left first; a clock-out that
    comes anyway is the person's own, at now."""
    done = service.clock_out(employee.id)
    assert (done.id, done.clock_out) == (forgotten, clock.now())
