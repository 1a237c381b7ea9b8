"""The month's metrics as tiles: the three seed keys, worked hours, non-working days worked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ...core.models import MonthMetrics
from .. import formatting
from .common import Card, label, repolish

TILES = (
    # key, caption, accent (a stylesheet property), tooltip
    ("total_working_days", "Working days", "", "Working days so far this month"),
    ("total_present_days", "Present", "present", "Working days with at least one session"),
    ("total_absent_days", "Absent", "absent", "Working days without any session"),
    ("worked_hours", "Hours worked", "completed", "Time worked this month, breaks excluded"),
    ("non_working_days_worked", "Extra days", "", "Weekends and holidays you worked"),
)


class MetricTile(QFrame):
    def __init__(self, caption: str, accent: str, tooltip: str) -> None:
        super().__init__()
        self.setObjectName("MetricTile")
        self.setToolTip(tooltip)
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 6, 10, 6)
        box.setSpacing(0)
        self.value = label("\u2013", "MetricValue")
        self.value.setProperty("accent", accent)
        self.caption = label(caption, "Caption")
        box.addWidget(self.value)
        box.addWidget(self.caption)
        repolish(self.value)


class MetricsPanel(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.title_label: QLabel = label("This month", "CardTitle")
        self.body.addWidget(self.title_label)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.tiles: dict[str, MetricTile] = {}
        for column, (key, caption, accent, tip) in enumerate(TILES):
            tile = MetricTile(caption, accent, tip)
            grid.addWidget(tile, 0, column)
            grid.setColumnStretch(column, 1)
            self.tiles[key] = tile
        self.body.addLayout(grid)
        self.note = label("", "Caption")
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft)
        # Hidden for past months but keeping its line: the calendar below must not jump up
        # and down as months are paged through.
        policy = self.note.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.note.setSizePolicy(policy)
        self.body.addWidget(self.note)

    def value_label(self, key: str) -> QLabel:
        return self.tiles[key].value

    def set_metrics(self, metrics: MonthMetrics) -> None:
        self.title_label.setText(formatting.month_title(metrics.year, metrics.month))
        shown = {
            "total_working_days": str(metrics.total_working_days),
            "total_present_days": str(metrics.total_present_days),
            "total_absent_days": str(metrics.total_absent_days),
            "worked_hours": f"{metrics.worked_hours:.1f} h",
            "non_working_days_worked": str(metrics.non_working_days_worked),
        }
        for key, text in shown.items():
            self.tiles[key].value.setText(text)
        left = metrics.remaining_working_days
        self.note.setText(f"{left} working day{'s' if left != 1 else ''} left this month")
        self.note.setVisible(left > 0)
