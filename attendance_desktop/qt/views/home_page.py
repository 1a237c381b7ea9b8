"""The private home page: profile and clock on the left, metrics, calendar and day on the right."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from .clock_panel import ClockPanel
from .day_detail import DayDetail
from .message_banner import MessageBanner
from .metrics_panel import MetricsPanel
from .month_calendar import MonthCalendar
from .profile_card import ProfileCard

# Narrow enough that the page fits 960 px wide (200% scaling of 1920x1080) unscrolled.
LEFT_COLUMN_WIDTH = 290
DETAIL_WIDTH = 210


class HomePage(QWidget):
    #: Some of the page was painted (the page is painted beneath whatever changes on it).
    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HomePage")
        # The window's colour under the cards (no style sheet paints it: page_style.py).
        self.setAutoFillBackground(True)
        page = QVBoxLayout(self)
        page.setContentsMargins(14, 12, 14, 14)
        page.setSpacing(12)
        self.banner = MessageBanner()
        page.addWidget(self.banner)

        columns = QHBoxLayout()
        columns.setSpacing(12)
        left = QVBoxLayout()
        left.setSpacing(12)
        self.profile = ProfileCard()
        self.clock = ClockPanel()
        left.addWidget(self.profile)
        left.addWidget(self.clock, 1)
        left_box = QWidget()
        left_box.setLayout(left)
        left.setContentsMargins(0, 0, 0, 0)
        left_box.setFixedWidth(LEFT_COLUMN_WIDTH)
        columns.addWidget(left_box)

        right = QVBoxLayout()
        right.setSpacing(12)
        self.metrics = MetricsPanel()
        right.addWidget(self.metrics)
        lower = QHBoxLayout()
        lower.setSpacing(12)
        self.calendar = MonthCalendar()
        self.day_detail = DayDetail()
        self.day_detail.setFixedWidth(DETAIL_WIDTH)
        lower.addWidget(self.calendar, 1)
        lower.addWidget(self.day_detail)
        right.addLayout(lower, 1)
        columns.addLayout(right, 1)
        page.addLayout(columns, 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()
