"""The pure rules of fixing the record: what kind a correction is, the session it would
leave, the reason it needs, and the invariants it may not break. Examples pin each rule;
properties check that no sequence of accepted corrections ever leaves two sessions
overlapping or two open, with hours on a grid as the oracle."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attendance_desktop.core.corrections import (
    MAX_REASON,
    Correction,
    CorrectionKind,
    LeaveType,
    PlannedSession,
    ProposedBreak,
    check_fits,
    clean_reason,
    planned_session,
)
from attendance_desktop.core.errors import (
    BreakOutsideSession,
    CorrectionOverlaps,
    InvalidInput,
    ReasonRequired,
)
from attendance_desktop.core.models import WorkSession

from .builders import brk, session

ZONE = ZoneInfo("UTC")
DAY = date(2026, 11, 16)
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def h(hour: float, day: int = 16) -> datetime:
    return datetime(2026, 11, day, tzinfo=UTC) + timedelta(hours=hour)


def fits(plan: PlannedSession, others: list[WorkSession], day: date = DAY) -> None:
    check_fits(plan, day=day, zone=ZONE, others=others, now=NOW)


# -- the kinds and the reason -------------------------------------------------------------


@pytest.mark.parametrize(
    ("correction", "kind"),
    [
        (Correction(DAY, "r", clock_in=h(8), clock_out=h(9)), CorrectionKind.ADD_SESSION),
        (Correction(DAY, "r", session_id=1, clock_out=h(9)), CorrectionKind.CHANGE_SESSION),
        (Correction(DAY, "r", session_id=1, breaks=()), CorrectionKind.CHANGE_SESSION),
        (Correction(DAY, "r", session_id=1, remove=True), CorrectionKind.REMOVE_SESSION),
        (Correction(DAY, "r", leave_type=LeaveType.SICK), CorrectionKind.LEAVE),
        (Correction(DAY, "r", remove=True), CorrectionKind.REMOVE_LEAVE),
    ],
)
def test_what_kind_a_correction_is(correction: Correction, kind: CorrectionKind) -> None:
    assert correction.kind is kind


def test_a_reason_is_required_trimmed_and_bounded() -> None:
    assert clean_reason("  Forgot my badge \n") == "Forgot my badge"
    assert clean_reason("x" * MAX_REASON) == "x" * MAX_REASON
    for empty in ("", "   ", "\t\n"):
        with pytest.raises(ReasonRequired):
            clean_reason(empty)
    with pytest.raises(InvalidInput) as too_long:
        clean_reason("x" * (MAX_REASON + 1))
    assert too_long.value.field == "reason"


# -- the planned session ------------------------------------------------------------------


def test_a_forgotten_session_needs_both_times() -> None:
    with pytest.raises(InvalidInput):
        planned_session(Correction(DAY, "r", clock_in=h(8)), None)
    with pytest.raises(InvalidInput):
        planned_session(Correction(DAY, "r", clock_out=h(9)), None)
    added = planned_session(Correction(DAY, "r", clock_in=h(8), clock_out=h(9)), None)
    assert added == PlannedSession(h(8), h(9), ())


def test_a_change_keeps_what_it_does_not_name_and_breaks_replace_all() -> None:
    existing = session(h(8), h(17), zone=ZONE, breaks=[brk(h(12), h(12.5), "lunch")])
    later_in = planned_session(
        Correction(DAY, "r", session_id=existing.id, clock_in=h(9)), existing
    )
    assert (later_in.clock_in, later_in.clock_out) == (h(9), h(17))
    assert later_in.breaks == (ProposedBreak(h(12), h(12.5), "lunch"),)
    cleared = planned_session(Correction(DAY, "r", session_id=existing.id, breaks=()), existing)
    assert cleared.breaks == ()


def test_a_running_break_ends_at_the_clock_out_the_correction_gives() -> None:
    open_ = session(h(8), zone=ZONE, breaks=[brk(h(12))])
    closed = planned_session(Correction(DAY, "r", session_id=open_.id, clock_out=h(13)), open_)
    assert closed.clock_out == h(13)
    assert closed.breaks == (ProposedBreak(h(12), h(13)),)


# -- the invariants, by example -----------------------------------------------------------


def test_a_session_belongs_to_the_day_of_its_clock_in_and_never_to_the_future() -> None:
    with pytest.raises(InvalidInput, match="2026-11-16"):
        fits(PlannedSession(h(8, 17), h(9, 17), ()), [])
    with pytest.raises(InvalidInput, match="future"):
        fits(PlannedSession(h(8), NOW + timedelta(minutes=1), ()), [])
    with pytest.raises(InvalidInput, match="after the clock-in"):
        fits(PlannedSession(h(8), h(8), ()), [])


def test_breaks_lie_inside_their_session_and_do_not_overlap() -> None:
    def with_breaks(*breaks: ProposedBreak) -> PlannedSession:
        return PlannedSession(h(8), h(17), breaks)

    fits(with_breaks(ProposedBreak(h(8), h(9)), ProposedBreak(h(9), h(17))), [])  # edges fit
    for bad in (
        (ProposedBreak(h(7), h(9)),),
        (ProposedBreak(h(16), h(18)),),
        (ProposedBreak(h(12), h(11)),),
        (ProposedBreak(h(12), None),),  # a closed session's break needs its end
        (ProposedBreak(h(12), h(13)), ProposedBreak(h(12.5), h(14))),
    ):
        with pytest.raises(BreakOutsideSession):
            fits(with_breaks(*bad), [])


def test_sessions_may_touch_but_not_overlap_and_only_one_is_open() -> None:
    other = session(h(12), h(14), zone=ZONE)
    fits(PlannedSession(h(8), h(12), ()), [other])
    fits(PlannedSession(h(14), h(16), ()), [other])
    for start, end in ((8, 12.5), (13, 13.5), (11, 15), (13.9, 20)):
        with pytest.raises(CorrectionOverlaps):
            fits(PlannedSession(h(start), h(end), ()), [other])
    running = session(h(20), zone=ZONE)
    fits(PlannedSession(h(8), h(12), ()), [running])  # ends before the open one starts
    with pytest.raises(CorrectionOverlaps):
        fits(PlannedSession(h(19), h(21), ()), [running])  # an open session runs on
    with pytest.raises(CorrectionOverlaps, match="one session"):
        fits(PlannedSession(h(8), None, ()), [running])
    with pytest.raises(CorrectionOverlaps):
        fits(PlannedSession(h(21), None, ()), [other, running])


# -- properties ---------------------------------------------------------------------------

# Sessions on a coarse grid (every 3 hours from Monday 00:00 UTC, 3 to 60 h long), so that
# sessions touching at an edge and long spans over several days come up often.
_threes = st.integers(min_value=0, max_value=24).map(lambda n: 3 * n)
spans = st.tuples(
    _threes, st.integers(min_value=1, max_value=20).map(lambda n: 3 * n), st.booleans()
)
many = settings(max_examples=300)


def _plan(start: int, length: int, open_: bool) -> PlannedSession:
    clock_in = h(start)
    return PlannedSession(clock_in, None if open_ else clock_in + timedelta(hours=length), ())


def _hours(s: PlannedSession | WorkSession) -> range:
    """The session's hours on the grid (an open one runs to the end of the test's horizon)."""
    end = s.clock_out or (NOW + timedelta(days=30))
    return range(
        int((s.clock_in - h(0)).total_seconds() // 3600), int((end - h(0)).total_seconds() // 3600)
    )


def _as_session(plan: PlannedSession, sid: int) -> WorkSession:
    return WorkSession(sid, 1, plan.clock_in.date(), plan.clock_in, plan.clock_out)


@many
@given(st.lists(spans, max_size=12))
def test_no_sequence_of_accepted_corrections_leaves_an_overlap(
    proposals: list[tuple[int, int, bool]],
) -> None:
    kept: list[WorkSession] = []
    for sid, (start, length, open_) in enumerate(proposals, start=1):
        plan = _plan(start, length, open_)
        if plan.clock_out is not None and plan.clock_out > NOW:
            continue
        try:
            fits(plan, kept, day=plan.clock_in.date())
        except CorrectionOverlaps:
            continue
        kept.append(_as_session(plan, sid))
    assert sum(1 for s in kept if s.is_open) <= 1
    used: set[int] = set()
    for s in kept:
        hours_ = set(_hours(s))
        assert not hours_ & used
        used |= hours_


@many
@given(st.lists(spans, max_size=6), spans)
def test_a_session_is_refused_exactly_when_it_meets_another(
    existing: list[tuple[int, int, bool]], proposal: tuple[int, int, bool]
) -> None:
    """The oracle: hours in common, or two open sessions."""
    others = [_as_session(_plan(*span), i) for i, span in enumerate(existing, start=1)]
    plan = _plan(*proposal)
    if plan.clock_out is not None and plan.clock_out > NOW:
        return
    meets = any(
        set(_hours(plan)) & set(_hours(o)) or (o.is_open and plan.clock_out is None) for o in others
    )
    try:
        fits(plan, others, day=plan.clock_in.date())
    except CorrectionOverlaps:
        assert meets
    else:
        assert not meets
