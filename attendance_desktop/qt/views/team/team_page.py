"""The team console's page: one tab per part ("Who's in", "Team month", and those the
console adds later: requests, employees, kiosks...)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from .month_view import TeamMonthView
from .presence_view import PresenceView


class TeamPage(QWidget):
    def __init__(self, fallback_zone: str = "UTC", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TeamPage")
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.presence = PresenceView(fallback_zone)
        self.month = TeamMonthView()
        self.add_tab(self.presence, self.tr("Who's in"))
        self.add_tab(self.month, self.tr("Team month"))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tabs)

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Another part of the console, after those already there; its index."""
        return self.tabs.addTab(widget, title)
