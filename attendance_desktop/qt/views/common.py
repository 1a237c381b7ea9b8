"""Small building blocks shared by the views: cards, styled labels, layout clearing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QVBoxLayout, QWidget


def label(text: str = "", name: str = "", *, wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def separator() -> QFrame:
    line = QFrame()
    line.setObjectName("Separator")
    line.setFrameShape(QFrame.Shape.NoFrame)
    return line


class Card(QFrame):
    """A rounded panel with an optional title; children go into `body`."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 14, 16, 14)
        self.body.setSpacing(10)
        self.title_label: QLabel | None = None
        if title:
            self.title_label = label(title, "CardTitle")
            self.body.addWidget(self.title_label)


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every item of `layout` (rows are rebuilt from fresh data)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        child = item.layout()
        if child is not None:
            clear_layout(child)


def repolish(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property used by it changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()
