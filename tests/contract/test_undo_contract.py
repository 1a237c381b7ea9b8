"""Undo, the same on every backend: the local store and the server (SQLite, PostgreSQL)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from attendance_desktop.core import errors

from .conftest import Backend


def test_undoing_a_clock_out_reopens_the_session(backend: Backend) -> None:
    svc, emp = backend.service, backend.employee_id
    opened = svc.clock_in(emp, punch_id="in-1")
    backend.clock.advance(timedelta(hours=3))
    svc.clock_out(emp, punch_id="out-1")

    svc.undo_punch(emp, "out-1")

    status = svc.status(emp)
    assert status.open_session is not None
    assert status.open_session.id == opened.id and status.open_session.clock_out is None


def test_undoing_a_clock_out_during_a_break_reopens_the_break_too(backend: Backend) -> None:
    svc, emp = backend.service, backend.employee_id
    svc.clock_in(emp, punch_id="in-1")
    backend.clock.advance(timedelta(hours=1))
    svc.start_break(emp, "Lunch", punch_id="brk-1")
    backend.clock.advance(timedelta(minutes=10))
    svc.clock_out(emp, punch_id="out-1")

    svc.undo_punch(emp, "out-1")

    status = svc.status(emp)
    assert status.on_break and status.open_break is not None
    assert status.open_break.reason == "Lunch"


def test_undoing_a_clock_in_leaves_no_session(backend: Backend) -> None:
    svc, emp = backend.service, backend.employee_id
    svc.clock_in(emp, punch_id="in-1")
    svc.undo_punch(emp, "in-1")
    status = svc.status(emp)
    assert not status.clocked_in and status.today_sessions == ()


def test_undoing_break_punches(backend: Backend) -> None:
    svc, emp = backend.service, backend.employee_id
    svc.clock_in(emp, punch_id="in-1")
    backend.clock.advance(timedelta(minutes=30))
    svc.start_break(emp, punch_id="brk-1")
    svc.undo_punch(emp, "brk-1")
    assert not svc.status(emp).on_break

    svc.start_break(emp, punch_id="brk-2")
    backend.clock.advance(timedelta(minutes=5))
    svc.end_break(emp, punch_id="end-2")
    svc.undo_punch(emp, "end-2")
    assert svc.status(emp).on_break


def test_a_punch_followed_by_another_cannot_be_undone_and_nothing_changes(
    backend: Backend,
) -> None:
    svc, emp = backend.service, backend.employee_id
    svc.clock_in(emp, punch_id="in-1")
    backend.clock.advance(timedelta(hours=1))
    svc.clock_out(emp, punch_id="out-1")
    before = svc.status(emp)

    with pytest.raises(errors.NothingToUndo):
        svc.undo_punch(emp, "in-1")  # the clock-out came since
    with pytest.raises(errors.NothingToUndo):
        svc.undo_punch(emp, "no-such-punch")
    svc.undo_punch(emp, "out-1")
    with pytest.raises(errors.NothingToUndo):
        svc.undo_punch(emp, "out-1")  # once only

    assert before.today_sessions[0].clock_out is not None
    assert svc.status(emp).clocked_in
