"""What every AttendanceService promises, whichever backend serves it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from server.live import NOW

from attendance_desktop.core import errors
from attendance_desktop.core.models import DayStatus

from .conftest import Backend


def test_employee_details(backend: Backend) -> None:
    emp = backend.service.employee(backend.employee_id)
    assert (emp.first_name, emp.last_name, emp.email) == ("Ada", "Lovelace", "ada@example.com")
    assert (emp.job_title, emp.department) == ("Analyst", "Engines")


def test_unknown_employee(backend: Backend) -> None:
    # Asking about someone else is refused before anyone is looked up on the server.
    with pytest.raises((errors.EmployeeNotFound, errors.Forbidden)):
        backend.service.employee(backend.employee_id + 1000)


def test_a_day_with_a_break(backend: Backend) -> None:
    svc, emp = backend.service, backend.employee_id
    opened = svc.clock_in(emp)
    assert opened.clock_in == NOW and opened.is_open and opened.local_date == NOW.date()
    assert svc.status(emp).clocked_in
    with pytest.raises(errors.AlreadyClockedIn):
        svc.clock_in(emp)

    backend.clock.advance(timedelta(hours=3))
    brk = svc.start_break(emp, "Lunch")
    assert brk.reason == "Lunch" and brk.is_open and brk.session_id == opened.id
    with pytest.raises(errors.BreakAlreadyRunning):
        svc.start_break(emp)
    assert svc.status(emp).on_break

    backend.clock.advance(timedelta(minutes=30))
    ended = svc.end_break(emp)
    assert ended.end == brk.start + timedelta(minutes=30)
    with pytest.raises(errors.NoOpenBreak):
        svc.end_break(emp)

    backend.clock.advance(timedelta(hours=4, minutes=30))
    closed = svc.clock_out(emp)
    assert closed.id == opened.id and closed.clock_out == NOW + timedelta(hours=8)
    assert len(closed.breaks) == 1
    with pytest.raises(errors.NoOpenSession):
        svc.clock_out(emp)
    status = svc.status(emp)
    assert not status.clocked_in
    assert status.today_worked == timedelta(hours=7, minutes=30)


def test_clocking_out_during_a_break_ends_it(backend: Backend) -> None:
    svc, emp = backend.service, backend.employee_id
    svc.clock_in(emp)
    backend.clock.advance(timedelta(hours=1))
    svc.start_break(emp)
    backend.clock.advance(timedelta(minutes=10))
    closed = svc.clock_out(emp)
    assert closed.breaks[0].end == closed.clock_out


def test_a_retried_punch_returns_the_first_result(backend: Backend) -> None:
    svc, emp = backend.service, backend.employee_id
    first = svc.clock_in(emp, punch_id="retry-1")
    backend.clock.advance(timedelta(seconds=20))
    again = svc.clock_in(emp, punch_id="retry-1")
    assert again.id == first.id and again.clock_in == first.clock_in


def test_client_time_tolerance(backend: Backend) -> None:
    svc, emp = backend.service, backend.employee_id
    with pytest.raises(errors.PunchTimeOutOfTolerance):
        svc.clock_in(emp, at=NOW - timedelta(minutes=30))
    assert not svc.status(emp).clocked_in
    session = svc.clock_in(emp, at=NOW - timedelta(minutes=2))
    assert session.clock_in == NOW - timedelta(minutes=2)


def test_month_metrics_and_days(backend: Backend) -> None:
    svc, emp = backend.service, backend.employee_id
    backend.clock.set(NOW - timedelta(days=2))  # Monday the 16th
    svc.clock_in(emp)
    backend.clock.advance(timedelta(hours=8))
    svc.clock_out(emp)
    backend.clock.set(NOW)
    m = svc.month_metrics(emp, 2026, 11)
    assert (m.total_working_days, m.total_present_days, m.total_absent_days) == (12, 1, 11)
    assert m.worked == timedelta(hours=8)
    days = svc.month_days(emp, 2026, 11)
    assert [d.date for d in days] == [date(2026, 11, n) for n in range(1, 31)]
    assert days[15].status == DayStatus.COMPLETED and days[15].worked == timedelta(hours=8)
    assert days[15].sessions[0].clock_out == NOW - timedelta(days=2) + timedelta(hours=8)
    assert days[14].status == DayStatus.NON_WORKING
    assert days[16].status == DayStatus.ABSENT
    assert days[17].status == DayStatus.UPCOMING
    with pytest.raises(errors.FutureMonth):
        svc.month_metrics(emp, 2026, 12)
    with pytest.raises(errors.InvalidMonth):
        svc.month_days(emp, 2026, 13)


def test_sessions_between(backend: Backend) -> None:
    svc, emp = backend.service, backend.employee_id
    svc.clock_in(emp)
    found = svc.sessions_between(emp, date(2026, 11, 1), date(2026, 11, 30))
    assert [s.clock_in for s in found] == [NOW]
    assert svc.sessions_between(emp, date(2026, 10, 1), date(2026, 10, 31)) == []
    with pytest.raises(errors.InvalidDate):
        svc.sessions_between(emp, date(2026, 11, 30), date(2026, 11, 1))


def test_corrections_on_every_backend(backend: Backend) -> None:
    from attendance_desktop.core.corrections import Correction, CorrectionStatus

    svc, emp = backend.service, backend.employee_id
    monday = NOW.date() - timedelta(days=2)
    opened = svc.clock_in(emp)
    backend.clock.advance(timedelta(hours=1))
    svc.clock_out(emp)
    # Overlapping today's session: refused on every backend, nothing kept.
    overlap = Correction(
        NOW.date(), "Early", clock_in=NOW - timedelta(hours=1), clock_out=NOW + timedelta(minutes=5)
    )
    with pytest.raises(errors.CorrectionOverlaps):
        svc.request_correction(emp, overlap)
    # A long span from three days before reaches today's session: refused as well.
    sunday = NOW.date() - timedelta(days=3)
    long = Correction(
        sunday, "Trip", clock_in=NOW - timedelta(days=3), clock_out=NOW + timedelta(minutes=30)
    )
    with pytest.raises(errors.CorrectionOverlaps):
        svc.request_correction(emp, long)
    with pytest.raises(errors.ReasonRequired):
        svc.request_correction(emp, Correction(NOW.date(), " ", session_id=opened.id, remove=True))
    assert svc.corrections(emp) == []

    forgot = Correction(
        monday,
        "Forgot my badge",
        clock_in=NOW - timedelta(days=2),
        clock_out=NOW - timedelta(days=2) + timedelta(hours=8),
    )
    done = svc.request_correction(emp, forgot)
    # The local store applies the person's own correction; a server's admin decides.
    assert done.status in (CorrectionStatus.APPROVED, CorrectionStatus.PENDING)
    assert done.applied == (done.status is CorrectionStatus.APPROVED)
    assert done.correction.clock_in == forgot.clock_in
    assert [c.id for c in svc.corrections(emp)] == [done.id]
    assert len(svc.day_history(emp, monday)) == 1


def test_a_missed_clock_out_on_every_backend(backend: Backend) -> None:
    svc, emp = backend.service, backend.employee_id
    opened = svc.clock_in(emp)
    backend.clock.advance(timedelta(hours=11))  # over the contract's 10 h limit
    status = svc.status(emp)
    assert status.missing_clock_out is not None and status.missing_clock_out.id == opened.id
    day = svc.month_days(emp, NOW.year, NOW.month)[NOW.day - 1]
    assert day.status is DayStatus.MISSING_CLOCK_OUT and day.worked == timedelta(0)
    done = svc.resolve_missing_clock_out(emp, NOW + timedelta(hours=8))
    assert done.applied
    assert svc.status(emp).missing_clock_out is None
    day = svc.month_days(emp, NOW.year, NOW.month)[NOW.day - 1]
    assert day.status is DayStatus.COMPLETED and day.worked == timedelta(hours=8)
    assert day.corrected


def test_a_leave_day_is_marked_and_removed_on_every_backend(backend: Backend) -> None:
    from attendance_desktop.core.corrections import (
        Correction,
        CorrectionKind,
        CorrectionStatus,
        LeaveType,
    )

    svc, emp = backend.service, backend.employee_id
    monday = NOW.date() - timedelta(days=2)

    def settled(request_id: int, status: CorrectionStatus) -> None:
        """Applied at once locally; on a server it waits until an admin approves it."""
        if status is CorrectionStatus.PENDING:
            assert backend.approve is not None
            backend.approve(request_id)

    def monday_record():  # type: ignore[no-untyped-def]
        return svc.month_days(emp, NOW.year, NOW.month)[monday.day - 1]

    marked = svc.request_correction(emp, Correction(monday, "Flu", leave_type=LeaveType.SICK))
    settled(marked.id, marked.status)
    assert monday_record().status is DayStatus.LEAVE
    assert svc.month_metrics(emp, NOW.year, NOW.month).total_leave_days == 1

    removed = svc.request_correction(emp, Correction(monday, "Came in after all", remove=True))
    assert removed.correction.kind is CorrectionKind.REMOVE_LEAVE
    assert removed.status is not CorrectionStatus.PENDING or monday_record().status is (
        DayStatus.LEAVE  # a request changes nothing until it is approved
    )
    settled(removed.id, removed.status)
    day = monday_record()
    assert (day.status, day.leave_type, day.corrected) == (DayStatus.ABSENT, None, True)
    metrics = svc.month_metrics(emp, NOW.year, NOW.month)
    assert metrics.total_leave_days == 0
    assert metrics.total_present_days + metrics.total_absent_days == metrics.total_working_days
    history = svc.day_history(emp, monday)
    assert history[-1].action.value == "leave_removed"
    assert history[-1].before == {"leave_type": "sick"} and history[-1].after is None
    with pytest.raises(errors.InvalidInput):  # nothing left to remove
        svc.request_correction(emp, Correction(monday, "Again", remove=True))
