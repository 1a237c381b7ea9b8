"""A list of work sessions with their breaks, shown in one time zone."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ...core.models import WorkSession
from .. import formatting
from .common import label


def _session_worked(session: WorkSession, now: datetime) -> str:
    from ...core.rules import session_worked  # pure domain rule, no storage

    return formatting.duration(session_worked(session, now))


class SessionList(QWidget):
    """Rows like '09:00 to 12:30  3h 30m', each break indented beneath its session.

    Row labels are made once and reused: a new, freshly styled label costs far more than
    new text in an old one, and the list changes on every day picked and month shown.
    """

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(0, 1)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        self.empty = label(empty_text, "Muted", wrap=True)
        self.grid.addWidget(self.empty, 0, 0, 1, 2)
        # Per grid row: (session text, session time) and (break text, break time); a row
        # shows one pair or the other.
        self._rows: list[tuple[QLabel, QLabel, QLabel, QLabel]] = []

    def _row(self, index: int) -> tuple[QLabel, QLabel, QLabel, QLabel]:
        while len(self._rows) <= index:
            row = len(self._rows) + 1  # row 0 belongs to the "empty" text
            span, worked = label("", "FieldValue"), label("", "FieldValue")
            brk, length = label("", "Caption", wrap=True), label("", "Caption")
            brk.setIndent(14)  # beneath its session, also when wrapped
            right = Qt.AlignmentFlag.AlignRight
            self.grid.addWidget(span, row, 0)
            self.grid.addWidget(worked, row, 1, right)
            self.grid.addWidget(brk, row, 0)
            self.grid.addWidget(length, row, 1, right)
            for widget in (span, worked, brk, length):
                widget.hide()
            self._rows.append((span, worked, brk, length))
        return self._rows[index]

    def _show(self, index: int, left: str, right: str, *, is_break: bool, tip: str = "") -> None:
        span, worked, brk, length = self._row(index)
        shown, hidden = (
            ((brk, length), (span, worked)) if is_break else ((span, worked), (brk, length))
        )
        for widget in hidden:
            widget.hide()
        shown[0].setText(left)
        shown[0].setToolTip(tip)
        shown[1].setText(right)
        for widget in shown:
            widget.show()

    def set_sessions(
        self, sessions: Sequence[WorkSession], zone: ZoneInfo, now: datetime | None
    ) -> None:
        # Rows are shown while the list itself is hidden, then the list once: showing each
        # row of a visible grid lays the whole grid out again, so a day of N sessions (a
        # stuck badge reader makes hundreds) cost N^2 (400 sessions: 48 s before the window
        # had its data).
        parent = self.parentWidget()
        visible = parent is not None and self.isVisibleTo(parent)
        if visible:
            self.hide()
        try:
            self._fill(sessions, zone, now)
        finally:
            if visible:
                self.show()

    def _fill(self, sessions: Sequence[WorkSession], zone: ZoneInfo, now: datetime | None) -> None:
        self.empty.setVisible(not sessions)
        index = 0
        for session in sessions:
            worked = _session_worked(session, now or session.clock_out or session.clock_in)
            tip = self.tr("Recorded offline") if session.offline else ""
            self._show(
                index, formatting.session_span(session, zone), worked, is_break=False, tip=tip
            )
            index += 1
            for brk in session.breaks:
                text = self.tr("Break {span}").format(
                    span=formatting.break_span(brk.start, brk.end, zone)
                )
                if brk.reason:  # on a line of its own: the narrow day detail wraps anyway
                    text += f"\n{brk.reason}"
                length = brk.duration(now or brk.end or brk.start)
                self._show(index, text, formatting.duration(length), is_break=True)
                index += 1
        for unused in self._rows[index:]:
            for widget in unused:
                widget.hide()

    def texts(self) -> list[str]:
        """What the list shows, row by row (for tests and accessibility checks)."""
        if self.empty.isVisibleTo(self):
            return [self.empty.text()]
        return [widget.text() for row in self._rows for widget in row if widget.isVisibleTo(self)]
