"""The main window: a loading page, then either the first-run form or the home page."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QMainWindow, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from .common import label
from .first_run_form import FirstRunForm
from .home_page import HomePage

MIN_SIZE = QSize(960, 640)


class MainWindow(QMainWindow):
    #: Emitted after every paint of the window (the smoke test times the first ones).
    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Attendance Desktop")
        self.setMinimumSize(MIN_SIZE)
        self.resize(1180, 760)
        self.stack = QStackedWidget()
        self.loading = QWidget()
        self.loading.setObjectName("LoadingPage")
        box = QVBoxLayout(self.loading)
        self.loading_label = label("Opening your attendance…", "Muted")
        box.addWidget(self.loading_label, 0, Qt.AlignmentFlag.AlignCenter)
        self.first_run = FirstRunForm()
        self.home = HomePage()
        scroll = QScrollArea()
        scroll.setObjectName("PageScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.home)
        self.home_scroll = scroll
        for page in (self.loading, self.first_run, scroll):
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)

    def show_loading(self) -> None:
        self.stack.setCurrentWidget(self.loading)

    def show_first_run(self) -> None:
        self.setWindowTitle("Attendance Desktop — Welcome")
        self.stack.setCurrentWidget(self.first_run)
        self.first_run.first_name.setFocus()

    def show_home(self, employee_name: str) -> None:
        self.setWindowTitle(f"Attendance Desktop — {employee_name}")
        self.stack.setCurrentWidget(self.home_scroll)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()
