"""Fixing the record on the local store: corrections applied at once and audited, the
invariants kept, missed clock-outs, leave days, and a session on a month's last day."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from attendance_desktop.core import errors
from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.corrections import (
    AuditAction,
    Correction,
    CorrectionStatus,
    LeaveType,
    ProposedBreak,
)
from attendance_desktop.core.models import DayStatus, Employee
from attendance_desktop.storage.local_service import LocalAttendanceService
from attendance_desktop.storage.schema import audit_log, work_sessions

from .conftest import BERLIN


def at(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN)


def worked_day(svc: LocalAttendanceService, clock: FixedClock, emp: int, day: int) -> int:
    clock.set(at(day, 9))
    s = svc.clock_in(emp)
    clock.set(at(day, 17))
    svc.clock_out(emp)
    return s.id


def count_rows(svc: LocalAttendanceService, table: object) -> int:
    with svc.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())  # type: ignore[arg-type]


def test_a_correction_of_a_clock_out_applies_at_once_and_is_audited(
    service: LocalAttendanceService, clock: FixedClock, employee: Employee
) -> None:
    sid = worked_day(service, clock, employee.id, 16)
    clock.set(at(18, 10))
    fix = Correction(date(2026, 11, 16), "Left at 18:30", session_id=sid, clock_out=at(16, 18, 30))
    done = service.request_correction(employee.id, fix)
    assert done.status is CorrectionStatus.APPROVED and done.applied
    day = service.month_days(employee.id, 2026, 11)[15]
    assert day.corrected and day.last_clock_out == at(16, 18, 30)
    assert day.worked == timedelta(hours=9, minutes=30)
    [entry] = service.day_history(employee.id, date(2026, 11, 16))
    assert entry.action is AuditAction.CORRECTION_APPLIED
    assert (entry.actor_id, entry.at, entry.reason) == (employee.id, at(18, 10), "Left at 18:30")
    assert entry.before is not None and entry.before["clock_out"] == "2026-11-16T16:00:00Z"
    assert entry.after is not None and entry.after["clock_out"] == "2026-11-16T17:30:00Z"
    # An uncorrected day says so.
    assert not service.month_days(employee.id, 2026, 11)[16].corrected


def test_a_correction_that_would_overlap_another_session_is_refused_and_changes_nothing(
    service: LocalAttendanceService, clock: FixedClock, employee: Employee
) -> None:
    first = worked_day(service, clock, employee.id, 16)
    clock.set(at(16, 18))
    service.clock_in(employee.id)
    clock.set(at(16, 20))
    service.clock_out(employee.id)
    clock.set(at(17, 9))
    before = service.month_days(employee.id, 2026, 11)[15]
    fix = Correction(date(2026, 11, 16), "Stayed late", session_id=first, clock_out=at(16, 18, 30))
    with pytest.raises(errors.CorrectionOverlaps):
        service.request_correction(employee.id, fix)
    added = Correction(date(2026, 11, 16), "Forgot", clock_in=at(16, 19), clock_out=at(16, 21))
    with pytest.raises(errors.CorrectionOverlaps):
        service.request_correction(employee.id, added)
    assert service.month_days(employee.id, 2026, 11)[15] == before
    assert count_rows(service, audit_log) == 0
    assert service.corrections(employee.id) == []


def test_breaks_must_lie_inside_their_session_and_every_correction_needs_a_reason(
    service: LocalAttendanceService, clock: FixedClock, employee: Employee
) -> None:
    sid = worked_day(service, clock, employee.id, 16)
    outside = (ProposedBreak(at(16, 16, 30), at(16, 17, 30), "Lunch"),)
    with pytest.raises(errors.BreakOutsideSession):
        service.request_correction(
            employee.id, Correction(date(2026, 11, 16), "Lunch", session_id=sid, breaks=outside)
        )
    with pytest.raises(errors.ReasonRequired):
        service.request_correction(
            employee.id, Correction(date(2026, 11, 16), "  ", session_id=sid, remove=True)
        )
    inside = (ProposedBreak(at(16, 12), at(16, 12, 45), "Lunch"),)
    service.request_correction(
        employee.id, Correction(date(2026, 11, 16), "Forgot lunch", session_id=sid, breaks=inside)
    )
    day = service.month_days(employee.id, 2026, 11)[15]
    assert day.worked == timedelta(hours=7, minutes=15)
    assert day.sessions[0].breaks[0].reason == "Lunch"


def test_a_forgotten_session_is_added_and_a_mistaken_one_removed(
    service: LocalAttendanceService, clock: FixedClock, employee: Employee
) -> None:
    clock.set(at(18, 9))
    added = service.request_correction(
        employee.id,
        Correction(date(2026, 11, 17), "Forgot my card", clock_in=at(17, 8), clock_out=at(17, 16)),
    )
    assert added.applied
    day = service.month_days(employee.id, 2026, 11)[16]
    assert day.status is DayStatus.COMPLETED and day.worked == timedelta(hours=8)
    sid = day.sessions[0].id
    service.request_correction(
        employee.id, Correction(date(2026, 11, 17), "Wrong day", session_id=sid, remove=True)
    )
    day = service.month_days(employee.id, 2026, 11)[16]
    assert day.status is DayStatus.ABSENT and day.corrected
    history = service.day_history(employee.id, date(2026, 11, 17))
    assert [e.after is None for e in history] == [False, True]  # added, then removed
    assert history[1].before is not None and history[1].before["session_id"] == sid


def test_a_missing_clock_out_counts_present_with_no_hours_then_resolves_to_the_stated_time(
    service: LocalAttendanceService, clock: FixedClock, employee: Employee
) -> None:
    clock.set(at(20, 8, 43))  # Friday
    session = service.clock_in(employee.id)
    clock.set(at(22, 14))  # Sunday: open for 53 hours
    status = service.status(employee.id)
    assert status.missing_clock_out is not None and status.missing_clock_out.id == session.id
    friday = service.month_days(employee.id, 2026, 11)[19]
    assert friday.status is DayStatus.MISSING_CLOCK_OUT and friday.clock_out_missing
    assert friday.worked == timedelta(0)
    metrics = service.month_metrics(employee.id, 2026, 11)
    assert metrics.worked == timedelta(0)
    assert metrics.total_present_days == 1
    # Not silently closed at midnight: the session is still open.
    assert service.status(employee.id).clocked_in

    done = service.resolve_missing_clock_out(employee.id, at(20, 17, 2))
    assert done.applied and done.status is CorrectionStatus.APPROVED
    friday = service.month_days(employee.id, 2026, 11)[19]
    assert friday.status is DayStatus.COMPLETED and friday.corrected
    assert friday.worked == timedelta(hours=8, minutes=19)
    assert service.status(employee.id).missing_clock_out is None
    [entry] = service.day_history(employee.id, date(2026, 11, 20))
    assert entry.action is AuditAction.MISSING_CLOCK_OUT_RESOLVED
    service.clock_in(employee.id)  # the click goes on


def test_the_missing_clock_out_limit_is_a_store_setting(
    service: LocalAttendanceService, clock: FixedClock, employee: Employee
) -> None:
    clock.set(at(16, 8))
    service.clock_in(employee.id)
    clock.set(at(16, 19))
    assert service.status(employee.id).missing_clock_out is None  # 11 h < 16 h
    service.set_missing_clock_out_limit(10)
    assert service.status(employee.id).missing_clock_out is not None
    with pytest.raises(errors.InvalidInput):
        service.set_missing_clock_out_limit(0)


def test_a_leave_day_is_not_a_working_day_for_the_metrics(
    service: LocalAttendanceService, clock: FixedClock, employee: Employee
) -> None:
    worked_day(service, clock, employee.id, 16)
    clock.set(at(19, 9))  # Thursday; 17 and 18 November would be absent
    before = service.month_metrics(employee.id, 2026, 11)
    service.request_correction(
        employee.id, Correction(date(2026, 11, 17), "Flu", leave_type=LeaveType.SICK)
    )
    after = service.month_metrics(employee.id, 2026, 11)
    assert after.total_leave_days == 1
    assert after.total_working_days == before.total_working_days - 1
    assert after.total_absent_days == before.total_absent_days - 1
    assert after.total_present_days + after.total_absent_days == after.total_working_days
    day = service.month_days(employee.id, 2026, 11)[16]
    assert (day.status, day.leave_type, day.is_working_day) == (DayStatus.LEAVE, "sick", False)
    [entry] = service.day_history(employee.id, date(2026, 11, 17))
    assert entry.action is AuditAction.LEAVE and entry.after == {"leave_type": "sick"}
    with pytest.raises(errors.InvalidInput):  # a Saturday needs no leave
        service.request_correction(
            employee.id, Correction(date(2026, 11, 14), "Trip", leave_type=LeaveType.VACATION)
        )
    with pytest.raises(errors.InvalidInput):  # a day with sessions: remove them first
        service.request_correction(
            employee.id, Correction(date(2026, 11, 16), "Trip", leave_type=LeaveType.VACATION)
        )


def test_a_session_on_the_last_day_of_a_month_counts_for_that_month(
    service: LocalAttendanceService, clock: FixedClock, employee: Employee
) -> None:
    clock.set(at(30, 22))  # Monday 30 November, a night shift into December
    service.clock_in(employee.id)
    clock.set(datetime(2026, 12, 1, 6, 0, tzinfo=BERLIN))
    service.clock_out(employee.id)
    november = service.month_days(employee.id, 2026, 11)
    assert november[-1].date == date(2026, 11, 30)
    assert november[-1].status is DayStatus.COMPLETED
    assert november[-1].worked == timedelta(hours=8)
    metrics = service.month_metrics(employee.id, 2026, 11)
    assert metrics.worked == timedelta(hours=8) and metrics.total_present_days == 1
    assert service.month_days(employee.id, 2026, 12)[0].sessions == ()
    # A correction on that last day keeps it in November.
    sid = november[-1].sessions[0].id
    service.request_correction(
        employee.id,
        Correction(date(2026, 11, 30), "Came at 21:00", session_id=sid, clock_in=at(30, 21)),
    )
    assert service.month_metrics(employee.id, 2026, 11).worked == timedelta(hours=9)


def test_a_correction_cannot_open_a_second_session_or_record_the_future(
    service: LocalAttendanceService, clock: FixedClock, employee: Employee
) -> None:
    clock.set(at(16, 9))
    service.clock_in(employee.id)
    clock.set(at(16, 12))
    with pytest.raises(errors.CorrectionOverlaps):  # inside the open session
        service.request_correction(
            employee.id,
            Correction(date(2026, 11, 16), "x", clock_in=at(16, 10), clock_out=at(16, 11)),
        )
    with pytest.raises(errors.InvalidInput, match="future"):
        service.request_correction(
            employee.id,
            Correction(date(2026, 11, 16), "x", clock_in=at(16, 7), clock_out=at(16, 13)),
        )
    assert count_rows(service, work_sessions) == 1


def test_an_undo_is_audited_and_does_not_mark_the_day_corrected(
    service: LocalAttendanceService, clock: FixedClock, employee: Employee
) -> None:
    clock.set(at(18, 9))
    service.clock_in(employee.id)
    clock.set(at(18, 17))
    service.clock_out(employee.id, punch_id="slip")
    clock.set(at(18, 17, 1))
    service.undo_punch(employee.id, "slip")

    [entry] = service.day_history(employee.id, date(2026, 11, 18))
    assert entry.action is AuditAction.UNDO and entry.actor_id == employee.id
    assert entry.before is not None and entry.before["clock_out"] is not None
    assert entry.after is not None and entry.after["clock_out"] is None
    assert "clock out" in entry.reason
    today = service.month_days(employee.id, 2026, 11)[17]
    assert not today.corrected and today.status is DayStatus.PRESENT


def test_the_overlap_check_reaches_a_session_of_any_length(
    service: LocalAttendanceService, clock: FixedClock, employee: Employee
) -> None:
    """Sessions three days away from the corrected day still count (a missed clock-out
    corrected to a long span runs that far)."""
    clock.set(at(23, 9))
    monday, thursday, saturday = date(2026, 11, 16), date(2026, 11, 19), date(2026, 11, 21)
    long = Correction(monday, "Conference", clock_in=at(16, 8), clock_out=at(19, 20))  # 84 h
    service.request_correction(employee.id, long)
    with pytest.raises(errors.CorrectionOverlaps):  # inside Monday's session, days later
        service.request_correction(
            employee.id, Correction(thursday, "x", clock_in=at(19, 10), clock_out=at(19, 11))
        )
    service.request_correction(
        employee.id, Correction(saturday, "Stocktake", clock_in=at(21, 10), clock_out=at(21, 12))
    )
    with pytest.raises(errors.CorrectionOverlaps):  # a long new span reaching Saturday's
        service.request_correction(
            employee.id, Correction(thursday, "x", clock_in=at(19, 21), clock_out=at(21, 11))
        )
    # Touching is not overlapping: from Monday's clock-out to Saturday's clock-in fits.
    service.request_correction(
        employee.id, Correction(thursday, "Inventory", clock_in=at(19, 20), clock_out=at(21, 10))
    )
    assert count_rows(service, work_sessions) == 3


def test_a_leave_day_marked_by_mistake_is_removed_and_audited(
    service: LocalAttendanceService, clock: FixedClock, employee: Employee
) -> None:
    clock.set(at(19, 9))
    tuesday = date(2026, 11, 17)
    with pytest.raises(errors.InvalidInput, match="not marked as leave"):
        service.request_correction(employee.id, Correction(tuesday, "Oops", remove=True))
    service.request_correction(employee.id, Correction(tuesday, "Flu", leave_type=LeaveType.SICK))
    with pytest.raises(errors.ReasonRequired):
        service.request_correction(employee.id, Correction(tuesday, "  ", remove=True))
    before = service.month_metrics(employee.id, 2026, 11)
    done = service.request_correction(employee.id, Correction(tuesday, "I was in", remove=True))
    assert done.status is CorrectionStatus.APPROVED and done.applied
    assert done.correction.kind.value == "remove_leave"
    after = service.month_metrics(employee.id, 2026, 11)
    assert after.total_leave_days == before.total_leave_days - 1 == 0
    assert after.total_working_days == before.total_working_days + 1
    assert after.total_absent_days == before.total_absent_days + 1
    day = service.month_days(employee.id, 2026, 11)[16]
    assert (day.status, day.leave_type, day.corrected) == (DayStatus.ABSENT, None, True)
    _marked, removed = service.day_history(employee.id, tuesday)
    assert removed.action is AuditAction.LEAVE_REMOVED
    assert (removed.actor_id, removed.reason) == (employee.id, "I was in")
    assert (removed.before, removed.after) == ({"leave_type": "sick"}, None)
