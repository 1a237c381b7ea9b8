"""The team console in a window of its own: `attendance-desktop --admin` on a standalone
kiosk's store, and "Manage the team…" at the kiosk. (An administrator signed in to a
server finds the same page as the Team section of their main window.)"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from ...theme import use_style_sheet
from .team_page import TeamPage

PREFERRED_SIZE = QSize(1180, 760)


class ConsoleWindow(QMainWindow):
    closed = Signal()

    def __init__(self, fallback_zone: str = "UTC", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        use_style_sheet(self)
        self.setObjectName("ConsoleWindow")
        self.setWindowTitle(self.tr("Team console"))
        self.page = TeamPage(fallback_zone)
        self.setCentralWidget(self.page)
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.close_action = QAction(self.tr("&Close"), self)
        self.close_action.setShortcut(QKeySequence("Ctrl+W"))
        self.close_action.triggered.connect(self.close)
        menu.addAction(self.close_action)
        screen = self.screen()
        size = PREFERRED_SIZE
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size() - QSize(16, 48))
        self.resize(size)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
