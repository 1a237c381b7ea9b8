"""Kiosk dialogs fit the screen they open on, whatever its size (1024x600 and up)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

MARGIN = 16


def fit_to_screen(dialog: QWidget, *, preferred_width: int) -> None:
    """As wide as preferred and as tall as the content asks, never more than the screen's
    available area, centred on it."""
    screen = dialog.screen()
    area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 600)
    hint = dialog.sizeHint()
    width = min(max(preferred_width, hint.width()), area.width() - 2 * MARGIN)
    height = min(hint.height(), area.height() - 2 * MARGIN)
    dialog.resize(width, height)
    dialog.move(area.center().x() - width // 2, area.center().y() - height // 2)
