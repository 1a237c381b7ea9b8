"""Team → Requests, driven by clicks and keys over plain requests: choosing one shows its
day before and after, Approve sends the decision with its comment, Reject without a
comment is refused by the comment box, and the badge count follows the list."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from rendering import cut_off, low_contrast, text_readings

from attendance_desktop.core.corrections import (
    Correction,
    CorrectionRequest,
    CorrectionStatus,
    LeaveType,
    ProposedBreak,
)
from attendance_desktop.core.models import Break, WorkSession
from attendance_desktop.qt import theme
from attendance_desktop.qt.controllers.team import inbox_words
from attendance_desktop.qt.views.team.inbox_model import InboxRow
from attendance_desktop.qt.views.team.inbox_page import COMMENT_NEEDED, InboxPage

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
DAY = date(2026, 11, 16)
PARIS = ZoneInfo("Europe/Paris")


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 16, hour, minute, tzinfo=UTC)


SESSION = WorkSession(7, 3, DAY, at(8), at(16), breaks=(Break(70, 7, at(11), at(11, 30)),))


def request(correction: Correction, rid: int = 1) -> CorrectionRequest:
    return CorrectionRequest(
        rid, 3, correction, CorrectionStatus.PENDING, 3, datetime(2026, 11, 17, 9, tzinfo=UTC)
    )


ROWS = [
    InboxRow(
        1,
        "Alice Martin",
        "Mon 16 November 2026",
        "Change a session",
        "17 Nov 10:00",
        "Forgot to clock out",
    ),
    InboxRow(2, "Bob Stone", "Tue 17 November 2026", "Leave day", "17 Nov 11:00", "Sick"),
]


@pytest.fixture
def page(qtbot: QtBot, qapp) -> InboxPage:  # type: ignore[no-untyped-def]
    theme.apply_theme(qapp)
    view = InboxPage()
    qtbot.addWidget(view)
    view.resize(1024, 600)
    view.show()
    return view


def test_the_before_is_the_day_and_the_after_is_what_approving_leaves() -> None:
    later = request(Correction(DAY, "Left later", session_id=7, clock_out=at(17, 30)))
    assert inbox_words.before_lines((SESSION,), PARIS) == [
        "09:00 \u2013 17:00",
        "    break 12:00 \u2013 12:30",
    ]
    assert inbox_words.after_lines(later, (SESSION,), PARIS) == [
        "09:00 \u2013 18:30",
        "    break 12:00 \u2013 12:30",
    ]
    no_breaks = request(Correction(DAY, "No lunch", session_id=7, breaks=()))
    assert inbox_words.after_lines(no_breaks, (SESSION,), PARIS) == ["09:00 \u2013 17:00"]
    forgotten = request(Correction(DAY, "Evening", clock_in=at(18), clock_out=at(19)))
    assert inbox_words.after_lines(forgotten, (SESSION,), PARIS)[-1] == "19:00 \u2013 20:00"
    removed = request(Correction(DAY, "Mistake", session_id=7, remove=True))
    assert inbox_words.after_lines(removed, (SESSION,), PARIS) == [inbox_words.NOTHING]
    leave = request(Correction(DAY, "Flu", leave_type=LeaveType.SICK))
    assert inbox_words.after_lines(leave, (), PARIS) == ["Sick leave"]
    lunch = ProposedBreak(at(12), at(12, 45))
    with_lunch = request(Correction(DAY, "Lunch", session_id=7, breaks=(lunch,)))
    assert (
        inbox_words.after_lines(with_lunch, (SESSION,), PARIS)[1] == "    break 13:00 \u2013 13:45"
    )


def test_choosing_a_request_asks_for_its_day_and_shows_before_and_after(
    qtbot: QtBot, page: InboxPage
) -> None:
    with (
        qtbot.waitSignal(page.pending_count_changed) as counted,
        qtbot.waitSignal(page.request_selected) as chosen,
    ):
        page.set_requests(ROWS)
    assert counted.args == [2]
    assert chosen.args == [1]  # the first one is chosen at once
    assert page.title_label.text() == "Alice Martin · Mon 16 November 2026 · Change a session"
    assert page.reason_label.text() == "Why: Forgot to clock out"
    page.show_day(["09:00 \u2013 17:00"], ["09:00 \u2013 18:30"])
    assert page.before_label.text() == "09:00 \u2013 17:00"
    assert page.after_label.text() == "09:00 \u2013 18:30"
    with qtbot.waitSignal(page.request_selected) as chosen:
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert chosen.args == [2]
    assert page.before_label.text() == ""  # the other day is not shown as this one's


def test_approve_with_a_comment_emits_the_decision(qtbot: QtBot, page: InboxPage) -> None:
    page.set_requests(ROWS)
    qtbot.keyClicks(page.comment, "  Thanks, fixed  ")
    with qtbot.waitSignal(page.decided) as decided:
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert decided.args == [1, True, "Thanks, fixed"]


def test_reject_without_a_comment_is_refused_by_the_comment_box(
    qtbot: QtBot, page: InboxPage
) -> None:
    page.set_requests(ROWS)
    with qtbot.assertNotEmitted(page.decided):
        qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    assert page.error_label.isVisible()
    assert page.error_label.text() == COMMENT_NEEDED
    assert page.comment.property("invalid") is True
    assert page.comment.hasFocus()
    qtbot.keyClicks(page.comment, "Badge log says 16:00")
    assert not page.error_label.isVisible()  # the message did its job
    with qtbot.waitSignal(page.decided) as decided:
        qtbot.mouseClick(page.reject_button, Qt.MouseButton.LeftButton)
    assert decided.args == [1, False, "Badge log says 16:00"]


def test_busy_and_empty(qtbot: QtBot, page: InboxPage) -> None:
    page.set_requests(ROWS)
    page.set_busy(True)
    assert not page.approve_button.isEnabled()
    with qtbot.waitSignal(page.pending_count_changed) as counted:
        page.set_requests([])
    assert counted.args == [0]
    assert page.empty_label.isVisible()
    assert not page.detail.isVisible()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_inbox_reads_well_and_fits_a_small_screen(
    qtbot: QtBot,
    page: InboxPage,
    qapp,
    scheme: str,  # type: ignore[no-untyped-def]
) -> None:
    theme.apply_theme(qapp, scheme)
    try:
        page.set_requests(ROWS)
        page.show_day(
            ["09:00 \u2013 17:00", "    break 12:00 \u2013 12:30"], ["09:00 \u2013 18:30"]
        )
        qtbot.keyClicks(page.comment, "Approved, thanks")
        for _ in range(3):  # the new lines ask their card, the card asks the page
            QApplication.processEvents()
        page.grab().save(f"/tmp/team-inbox-{scheme}.png")
        assert low_contrast(text_readings(page)) == []
        assert cut_off(page) == []
    finally:
        theme.apply_theme(qapp)  # type: ignore[arg-type]
