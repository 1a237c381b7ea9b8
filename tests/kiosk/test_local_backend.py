"""The standalone kiosk over the local store: identify, toggle, undo, admin check."""

from __future__ import annotations

from datetime import timedelta

import pytest

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.errors import PinLocked, WrongPin
from attendance_desktop.kiosk.backend import KioskPerson, KioskState, PunchAction
from attendance_desktop.kiosk.errors import NotAnAdmin, NothingToUndo, UnknownBadge
from attendance_desktop.kiosk.local_backend import LocalKioskBackend
from attendance_desktop.storage.local_service import LocalAttendanceService

from .conftest import Staff


def test_a_badge_identifies_by_first_name_only(backend: LocalKioskBackend, staff: Staff) -> None:
    assert backend.identify_badge("0012345") == KioskPerson(staff.anna, "Anna")
    with pytest.raises(UnknownBadge):
        backend.identify_badge("999999")


def test_a_wrong_pin_and_an_unknown_id_get_the_same_answer(
    backend: LocalKioskBackend, staff: Staff
) -> None:
    assert backend.identify_pin(staff.bruno, "1357").first_name == "Bruno"
    with pytest.raises(WrongPin) as wrong:
        backend.identify_pin(staff.bruno, "0000")
    with pytest.raises(WrongPin) as unknown:
        backend.identify_pin(987654, "1357")
    assert wrong.value.message == unknown.value.message


def test_the_pin_locks_after_five_wrong_tries(backend: LocalKioskBackend, staff: Staff) -> None:
    for _ in range(4):
        with pytest.raises(WrongPin):
            backend.identify_pin(staff.anna, "1111")
    with pytest.raises(PinLocked):
        backend.identify_pin(staff.anna, "1111")
    with pytest.raises(PinLocked):
        backend.identify_pin(staff.anna, "2468")


def test_toggle_clocks_in_then_out_with_todays_worked_time(
    backend: LocalKioskBackend, staff: Staff, clock: FixedClock
) -> None:
    anna = backend.identify_badge("0012345")
    first = backend.toggle(anna)
    assert first.action is PunchAction.CLOCK_IN and first.at == clock.now()
    assert first.state == KioskState(True, False)
    clock.advance(timedelta(hours=3, minutes=10))
    second = backend.toggle(anna)
    assert second.action is PunchAction.CLOCK_OUT
    assert second.today_worked == timedelta(hours=3, minutes=10)
    assert second.before == KioskState(True, False)


def test_undo_a_clock_in_leaves_no_session(
    backend: LocalKioskBackend, service: LocalAttendanceService, staff: Staff
) -> None:
    anna = backend.identify_badge("0012345")
    result = backend.toggle(anna)
    backend.undo(result)
    status = service.status(staff.anna)
    assert not status.clocked_in and status.today_sessions == ()
    with pytest.raises(NothingToUndo):
        backend.undo(result)  # once is enough


def test_undo_a_clock_out_during_a_break_reopens_both(
    backend: LocalKioskBackend, service: LocalAttendanceService, staff: Staff, clock: FixedClock
) -> None:
    anna = backend.identify_badge("0012345")
    backend.toggle(anna)
    clock.advance(timedelta(hours=2))
    backend.punch(anna, PunchAction.BREAK_START)
    clock.advance(timedelta(minutes=20))
    out = backend.toggle(anna)
    assert out.action is PunchAction.CLOCK_OUT and out.before == KioskState(True, True)
    backend.undo(out)
    status = service.status(staff.anna)
    assert status.clocked_in and status.on_break


def test_an_old_punch_cannot_be_undone_once_something_followed(
    backend: LocalKioskBackend, service: LocalAttendanceService, staff: Staff, clock: FixedClock
) -> None:
    anna = backend.identify_badge("0012345")
    clock_in = backend.toggle(anna)
    clock.advance(timedelta(hours=1))
    backend.punch(anna, PunchAction.BREAK_START)
    with pytest.raises(NothingToUndo):
        backend.undo(clock_in)
    assert service.status(staff.anna).on_break


def test_only_an_admin_pin_leaves_kiosk_mode(backend: LocalKioskBackend, staff: Staff) -> None:
    backend.check_admin(staff.chloe, "9999")
    with pytest.raises(WrongPin):
        backend.check_admin(staff.chloe, "1234")
    with pytest.raises(NotAnAdmin):
        backend.check_admin(staff.anna, "2468")
