"""The detail of one calendar day: status, first in / last out, worked time, sessions, a
"Correct…" button, and for a corrected day its history (filled in by the corrections
controller, which asks the service for it)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from ...core.balance import DayBalance, hours
from ...core.models import DayRecord
from .. import formatting
from ..page_style import use_leaf_sheet
from .common import Card, label, separator
from .day_history import DayHistory
from .session_list import SessionList


class DayDetail(Card):
    #: "Correct…" was pressed for the day shown.
    correct_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        # Two lines always, the weekday above the date, so that the times beneath stay in
        # place from one day to the next (and a label that never wraps lays out faster).
        self.title_label: QLabel = label("Wednesday\n30", "CardTitle")
        self.title_label.ensurePolished()
        self.title_label.setMinimumHeight(self.title_label.sizeHint().height())
        self.title_label.setText(self.tr("Pick a day"))
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body.addWidget(self.title_label)
        self.status_label = label(
            self.tr("Click a day in the calendar to see its sessions."), "Muted", wrap=True
        )
        self.body.addWidget(self.status_label)
        self.body.addWidget(separator())

        grid = QGridLayout()
        grid.setVerticalSpacing(6)
        self.first_in = label("--:--", "FieldValue")
        self.last_out = label("--:--", "FieldValue")
        self.worked = label("0m", "FieldValue")
        self.break_time = label("0m", "FieldValue")
        # The day's target and what it adds to the month's balance (worked less target).
        self.target = label("", "FieldValue")
        self.target.setAccessibleName(self.tr("The day's target"))
        self.balance = label("", "FieldValue")
        self.balance.setAccessibleName(self.tr("The day's balance"))
        for row, (caption, value) in enumerate(
            (
                (self.tr("First in"), self.first_in),
                (self.tr("Last out"), self.last_out),
                (self.tr("Worked"), self.worked),
                (self.tr("Breaks"), self.break_time),
                (self.tr("Target"), self.target),
                (self.tr("Balance"), self.balance),
            )
        ):
            grid.addWidget(label(caption, "FieldLabel"), row, 0)
            grid.addWidget(value, row, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.body.addWidget(label(self.tr("Sessions"), "FieldLabel"))
        self.sessions = SessionList(self.tr("No sessions on this day."))
        self.body.addWidget(self.sessions, 1)
        self.history = DayHistory()
        self.body.addWidget(self.history)
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setObjectName("SecondaryButton")
        use_leaf_sheet(self.correct_button, "#SecondaryButton")
        self.correct_button.setToolTip(
            self.tr("Change this day's times, breaks or sessions, or mark leave")
        )
        self.correct_button.setEnabled(False)
        self.correct_button.clicked.connect(self.correct_requested)
        self.body.addWidget(self.correct_button)

    def set_day(
        self,
        day: DayRecord,
        zone: ZoneInfo,
        now: datetime | None,
        balance: DayBalance | None = None,
    ) -> None:
        self.title_label.setText(formatting.two_line_date(day.date))
        status = formatting.status_label(day.status)
        if day.holiday_name:
            status += f" · {day.holiday_name}"
        if day.leave_type:
            status += f" · {formatting.leave_label(day.leave_type)}"
        if day.corrected:
            status += " · " + self.tr("corrected")
        self.status_label.setText(status)
        self.first_in.setText(formatting.clock_time(day.first_clock_in, zone))
        self.last_out.setText(formatting.clock_time(day.last_clock_out, zone))
        self.worked.setText(formatting.duration(day.worked))
        self.break_time.setText(formatting.duration(day.break_time))
        target, owed = self._balance_words(balance)
        self.target.setText(target)
        self.balance.setText(owed)
        self.sessions.set_sessions(day.sessions, zone, now)
        # A day after today has nothing to correct yet (leave ahead is for a later version).
        self.correct_button.setEnabled(now is None or day.date <= now.astimezone(zone).date())
        self.history.set_lines([], [])  # until the controller brings this day's history

    def _balance_words(self, day: DayBalance | None) -> tuple[str, str]:
        """The day's target and balance: ('8.00 h', '-0.25 h'); ahead, the target is not
        due yet; a day off has none (work on it is all extra)."""
        dash = "\u2013"  # an en dash: nothing to say
        if day is None:
            return dash, dash
        if day.target > timedelta(0):
            return formatting.hours_text(hours(day.target)), formatting.signed_hours_text(
                hours(day.balance)
            )
        if day.planned > timedelta(0):
            due = formatting.hours_text(hours(day.planned))
            return self.tr("{hours}, not due yet").format(hours=due), dash
        extra = formatting.signed_hours_text(hours(day.balance)) if day.worked else dash
        return self.tr("None (a day off)"), extra
