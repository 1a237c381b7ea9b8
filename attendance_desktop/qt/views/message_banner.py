"""An inline, non-modal message for errors the user should read (never a traceback)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ..page_style import use_leaf_sheet
from ..theme import icon
from .common import Panel, label


class MessageBanner(Panel):
    FILL, BORDER, RADIUS = "absent_fill", "absent_edge", 10.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 8, 8)
        row.setSpacing(10)
        badge = QLabel()
        badge.setPixmap(icon("alert").pixmap(QSize(20, 20)))
        row.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        self.text_label = label("", "BannerText", wrap=True, selectable=True)
        row.addWidget(self.text_label, 1)
        self.close_button = QToolButton()
        self.close_button.setObjectName("BannerClose")
        use_leaf_sheet(self.close_button, "#BannerClose")
        self.close_button.setIcon(icon("close"))
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss message"))
        self.close_button.clicked.connect(self.hide)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    @property
    def text(self) -> str:
        return self.text_label.text()

    def show_message(self, text: str) -> None:
        self.text_label.setText(text)
        self.show()
