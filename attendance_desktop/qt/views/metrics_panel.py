"""The month's metrics as tiles: the three seed keys, worked hours against the target so far,
the running overtime or undertime, and a chart of the days against the daily target."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ...core.balance import MonthBalance, hours
from ...core.models import MonthMetrics
from .. import formatting
from ..i18n import QT_TRANSLATE_NOOP, translate
from .common import Card, Panel, label, repolish
from .hours_chart import HoursChart

# Marked here, translated when shown: this table is made at import, before the language is.
TILES = (
    # key, caption, accent (a stylesheet property), tooltip
    ("total_working_days", QT_TRANSLATE_NOOP("MetricsPanel", "Working days"), "",
     QT_TRANSLATE_NOOP("MetricsPanel", "Working days so far this month")),
    ("total_present_days", QT_TRANSLATE_NOOP("MetricsPanel", "Present"), "present",
     QT_TRANSLATE_NOOP("MetricsPanel", "Working days with at least one session")),
    ("total_absent_days", QT_TRANSLATE_NOOP("MetricsPanel", "Absent"), "absent",
     QT_TRANSLATE_NOOP("MetricsPanel", "Working days without any session")),
    ("worked_hours", QT_TRANSLATE_NOOP("MetricsPanel", "Hours worked"), "completed",
     QT_TRANSLATE_NOOP("MetricsPanel", "Time worked this month, breaks excluded")),
    ("target_hours", QT_TRANSLATE_NOOP("MetricsPanel", "Target so far"), "",
     QT_TRANSLATE_NOOP("MetricsPanel", "Daily target times the working days so far")),
    ("balance", QT_TRANSLATE_NOOP("MetricsPanel", "Balance"), "",
     QT_TRANSLATE_NOOP("MetricsPanel", "Overtime (+) or undertime (\u2212) so far this month")),
    ("non_working_days_worked", QT_TRANSLATE_NOOP("MetricsPanel", "Extra days"), "",
     QT_TRANSLATE_NOOP("MetricsPanel", "Weekends and holidays you worked")),
)  # fmt: skip

BESIDE_CHART = ("target_hours", "balance")


def shown_figures(metrics: MonthMetrics, balance: MonthBalance | None) -> dict[str, str]:
    """Each tile's text: the report prints these same strings, so the two never differ."""
    shown = {
        "total_working_days": str(metrics.total_working_days),
        "total_present_days": str(metrics.total_present_days),
        "total_absent_days": str(metrics.total_absent_days),
        "worked_hours": formatting.hours_text(metrics.worked_hours),
        "target_hours": "\u2013",
        "balance": "\u2013",
        "non_working_days_worked": str(metrics.non_working_days_worked),
    }
    if balance is not None:
        shown["target_hours"] = formatting.hours_text(hours(balance.target_so_far))
        shown["balance"] = formatting.signed_hours_text(hours(balance.balance))
    return shown


def captions() -> dict[str, str]:
    return {key: translate("MetricsPanel", caption) for key, caption, _accent, _tip in TILES}


class MetricTile(Panel):
    FILL, BORDER, RADIUS = "tile", None, 10.0

    def __init__(self, caption: str, accent: str, tooltip: str) -> None:
        super().__init__()
        self.setObjectName("MetricTile")
        self.setToolTip(translate("MetricsPanel", tooltip))
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 6, 10, 6)
        box.setSpacing(0)
        self.value = label("\u2013", "MetricValue")
        self.value.setProperty("accent", accent)
        self.caption = label(translate("MetricsPanel", caption), "Caption")
        box.addWidget(self.value)
        box.addWidget(self.caption)
        repolish(self.value)


class MetricsPanel(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.title_label: QLabel = label(self.tr("This month"), "CardTitle")
        self.body.addWidget(self.title_label)
        # The seed's tiles in one row; below, the chart with target and balance beside it
        # (seven tiles in one row would not fit the page into 960 px).
        grid = QGridLayout()
        grid.setSpacing(8)
        self.tiles: dict[str, MetricTile] = {}
        self.chart = HoursChart()
        for key, caption, accent, tip in TILES:
            self.tiles[key] = MetricTile(caption, accent, tip)
        top = [key for key, *_rest in TILES if key not in BESIDE_CHART]
        for column, key in enumerate(top):
            grid.addWidget(self.tiles[key], 0, column)
            grid.setColumnStretch(column, 1)
        grid.addWidget(self.chart, 1, 0, 1, len(top) - len(BESIDE_CHART))
        for offset, key in enumerate(BESIDE_CHART):
            grid.addWidget(self.tiles[key], 1, len(top) - len(BESIDE_CHART) + offset)
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

    def set_metrics(self, metrics: MonthMetrics, balance: MonthBalance | None = None) -> None:
        self.title_label.setText(formatting.month_title(metrics.year, metrics.month))
        for key, text in shown_figures(metrics, balance).items():
            self.tiles[key].value.setText(text)
        accent = ""
        if balance is not None:
            accent = "absent" if balance.balance.total_seconds() < 0 else "completed"
            self.chart.set_days(
                [hours(d.worked) for d in balance.days],
                [bool(d.planned) for d in balance.days],
                hours(balance.daily_target),
            )
        self.tiles["balance"].value.setProperty("accent", accent)
        repolish(self.tiles["balance"].value)
        self.chart.setVisible(balance is not None)
        left = metrics.remaining_working_days
        text = self.tr("%n working day(s) left this month", "", left)
        if balance is not None:
            target = formatting.hours_text(hours(balance.month_target))
            text += " \u00b7 " + self.tr("month target {hours}").format(hours=target)
        self.note.setText(text)
        self.note.setVisible(left > 0)
