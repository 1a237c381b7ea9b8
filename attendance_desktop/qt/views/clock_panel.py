"""The clock panel: the big clock in / out button, breaks, today's worked time, today.

The big timer is today's worked time: it runs while working, stands still during a break
(whose own time shows beneath it), and keeps the day's total after a clock-out. The
controller moves it on (`show_time`) from its own estimate of the service's now.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...core.models import CurrentStatus
from .. import formatting
from ..page_style import use_leaf_sheet
from ..theme import icon, tinted_icon
from .common import Card, Pill, label, repolish, separator
from .session_list import SessionList
from .undo_notice import UndoNotice


class ClockPanel(Card):
    clock_clicked = Signal()
    break_start_requested = Signal(str)
    break_end_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._status: CurrentStatus | None = None
        self._zone = ZoneInfo("UTC")

        head = QHBoxLayout()
        self.title = label(self.tr("Today"), "CardTitle")
        self.state_pill = Pill(self.tr("Not clocked in"))
        head.addWidget(self.title, 1)
        head.addWidget(self.state_pill, 0, Qt.AlignmentFlag.AlignVCenter)
        self.body.addLayout(head)
        self.date_label = label("", "Muted")
        self.body.addWidget(self.date_label)

        timer_box = QVBoxLayout()
        timer_box.setSpacing(0)
        self.stopwatch = label("00:00:00", "Stopwatch")
        self.stopwatch.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.stopwatch.setAccessibleName(self.tr("Worked today"))
        self.stopwatch_caption = label(self.tr("Worked today"), "Caption")
        self.stopwatch_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.break_watch = label("", "BreakWatch")
        self.break_watch.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        keep_place = self.break_watch.sizePolicy()
        keep_place.setRetainSizeWhenHidden(True)  # the button below must not move
        self.break_watch.setSizePolicy(keep_place)
        self.break_watch.hide()
        timer_box.addWidget(self.stopwatch)
        timer_box.addWidget(self.stopwatch_caption)
        timer_box.addWidget(self.break_watch)
        self.body.addLayout(timer_box)

        self.clock_button = QPushButton(self.tr("Clock in"))
        self.clock_button.setObjectName("ClockButton")
        use_leaf_sheet(self.clock_button, "#ClockButton")
        self.clock_button.setIconSize(QSize(22, 22))
        self.clock_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clock_button.clicked.connect(self.clock_clicked)
        self.body.addWidget(self.clock_button)
        self.notice = UndoNotice()
        self.body.addWidget(self.notice)

        brk = QHBoxLayout()
        brk.setSpacing(8)
        self.break_reason = QLineEdit()
        use_leaf_sheet(self.break_reason, "QLineEdit")
        self.break_reason.setPlaceholderText(self.tr("Reason (optional)"))
        self.break_reason.setMaxLength(255)
        self.break_reason.setAccessibleName(self.tr("Break reason"))
        self.break_reason.returnPressed.connect(self._on_break_clicked)
        self.break_button = QPushButton(self.tr("Start break"))
        self.break_button.setObjectName("SecondaryButton")
        use_leaf_sheet(self.break_button, "#SecondaryButton")
        self._tint_break_icon()
        self.break_button.clicked.connect(self._on_break_clicked)
        brk.addWidget(self.break_reason, 1)
        brk.addWidget(self.break_button)
        self.body.addLayout(brk)

        self.body.addWidget(separator())
        worked_row = QHBoxLayout()
        worked_row.addWidget(label(self.tr("Worked today"), "FieldLabel"), 1)
        self.worked_today = label("0m", "BigNumber")
        worked_row.addWidget(self.worked_today)
        self.body.addLayout(worked_row)
        self.body.addWidget(label(self.tr("Today's sessions"), "FieldLabel"))
        self.today_list = SessionList(self.tr("No sessions yet today."))
        self.body.addWidget(self.today_list, 1)

        self.set_status(None, self._zone)

    # -- what the controller calls ------------------------------------------------------

    def set_status(self, status: CurrentStatus | None, zone: ZoneInfo) -> None:
        self._status, self._zone = status, zone
        clocked_in = bool(status and status.clocked_in)
        on_break = bool(status and status.on_break)
        self.clock_button.setText(self.tr("Clock out") if clocked_in else self.tr("Clock in"))
        self.clock_button.setIcon(icon("clock-out" if clocked_in else "clock-in"))
        self.clock_button.setProperty("clockState", "out" if clocked_in else "in")
        repolish(self.clock_button)
        self.break_button.setText(self.tr("End break") if on_break else self.tr("Start break"))
        self.break_button.setEnabled(clocked_in)
        self.break_reason.setVisible(not on_break)
        self.break_reason.setEnabled(clocked_in)
        if status is not None:
            self.date_label.setText(formatting.long_date(status.today))
        self._set_pill(status)
        self.today_list.set_sessions(
            status.today_sessions if status else (), zone, status.now if status else None
        )
        self.show_time(status.now if status else None)

    def set_busy(self, busy: bool) -> None:
        """While a punch is on its way, a second click must not send another one."""
        self.clock_button.setEnabled(not busy)
        self.break_button.setEnabled(not busy and bool(self._status and self._status.clocked_in))

    def clear_break_reason(self) -> None:
        self.break_reason.clear()

    # -- inside -------------------------------------------------------------------------

    def _on_break_clicked(self) -> None:
        if not self.break_button.isEnabled():
            return
        if self._status is not None and self._status.on_break:
            self.break_end_requested.emit()
        else:
            self.break_start_requested.emit(self.break_reason.text().strip())

    def _set_pill(self, status: CurrentStatus | None) -> None:
        zone = self._zone
        if status is not None and status.waiting:
            last = status.waiting[-1]  # the page already counts it: say it is not sent yet
            text, state = formatting.punch_done(last.action, last.at, zone, waiting=True), "waiting"
        elif status is None or status.open_session is None:
            text, state = self.tr("Not clocked in"), "off"
            ended = [s.clock_out for s in status.today_sessions if s.clock_out] if status else []
            if ended:
                text = self.tr("Clocked out at {time}").format(
                    time=formatting.clock_time(max(ended), zone)
                )
        elif status.open_break is not None:
            since = formatting.clock_time(status.open_break.start, zone)
            text, state = self.tr("On break since {time}").format(time=since), "break"
        else:
            since = formatting.clock_time(status.open_session.clock_in, zone)
            text, state = self.tr("Working since {time}").format(time=since), "working"
        self.state_pill.setText(text)
        self.state_pill.setProperty("state", state)
        repolish(self.state_pill)

    def show_time(self, now: datetime | None) -> None:
        """Today's worked time (and the break's) at `now`, the service's time estimated."""
        status = self._status
        if status is None or now is None:
            self.stopwatch.setText("00:00:00")
            self.worked_today.setText("0m")
            self.break_watch.hide()
            return
        worked, on_break = formatting.today_figures(status, now)
        self.stopwatch.setText(formatting.stopwatch(worked))
        self.worked_today.setText(formatting.duration(worked))
        if on_break is None:
            self.stopwatch_caption.setText(self.tr("Worked today"))
            self.break_watch.hide()
        else:
            self.stopwatch_caption.setText(self.tr("Worked today \u00b7 paused for a break"))
            self.break_watch.setText(
                self.tr("Break {time}").format(time=formatting.stopwatch(on_break))
            )
            self.break_watch.show()

    def _tint_break_icon(self) -> None:
        # The enabled text's colour, whatever the button's state now: Qt greys the icon
        # itself while the button is disabled.
        colour = self.break_button.palette().color(
            QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText
        )
        self.break_button.setIcon(tinted_icon("break", colour))

    def changeEvent(self, event: QEvent) -> None:
        # A theme chosen in Settings changes the palette: the icon follows its text.
        if event.type() == QEvent.Type.PaletteChange:
            self._tint_break_icon()
        super().changeEvent(event)
