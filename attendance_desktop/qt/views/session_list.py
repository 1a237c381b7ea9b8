"""A list of work sessions with their breaks, shown in one time zone."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from ...core.models import WorkSession
from .. import formatting
from .common import clear_layout, label


def _session_worked(session: WorkSession, now: datetime) -> str:
    from ...core.rules import session_worked  # pure domain rule, no storage

    return formatting.duration(session_worked(session, now))


class SessionList(QWidget):
    """Rows like '09:00 to 12:30  3h 30m', each break indented beneath its session."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(0, 1)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        self.set_sessions((), ZoneInfo("UTC"), None)

    def set_sessions(
        self, sessions: Sequence[WorkSession], zone: ZoneInfo, now: datetime | None
    ) -> None:
        clear_layout(self.grid)
        if not sessions:
            self.grid.addWidget(label(self._empty_text, "Muted", wrap=True), 0, 0, 1, 2)
            return
        row = 0
        for session in sessions:
            span = label(formatting.session_span(session, zone), "FieldValue")
            span.setToolTip("Recorded offline" if session.offline else "")
            self.grid.addWidget(span, row, 0)
            worked = _session_worked(session, now or session.clock_out or session.clock_in)
            self.grid.addWidget(label(worked, "FieldValue"), row, 1, Qt.AlignmentFlag.AlignRight)
            row += 1
            for brk in session.breaks:
                text = "Break " + formatting.break_span(brk.start, brk.end, zone)
                if brk.reason:
                    text += f" · {brk.reason}"
                line = label(text, "Caption", wrap=True)
                line.setIndent(14)  # beneath its session, also when wrapped
                self.grid.addWidget(line, row, 0)
                length = brk.duration(now or brk.end or brk.start)
                self.grid.addWidget(
                    label(formatting.duration(length), "Caption"),
                    row,
                    1,
                    Qt.AlignmentFlag.AlignRight,
                )
                row += 1

    def texts(self) -> list[str]:
        """What the list shows, row by row (for tests and accessibility checks)."""
        shown = []
        for index in range(self.grid.count()):
            widget = self.grid.itemAt(index).widget()
            if widget is not None and hasattr(widget, "text"):
                shown.append(widget.text())
        return shown
