"""The light theme: the system palette plus status accents, and where resources live.

Colours that carry meaning (a day's status, the clock button) are fixed accents; the rest
comes from the system palette through `palette(role)` in the stylesheet and the tokens
below, so the window follows the desktop's light theme.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from ..core.models import DayStatus


@dataclass(frozen=True)
class StatusColours:
    fill: str
    edge: str
    text: str


STATUS_COLOURS: dict[DayStatus, StatusColours] = {
    DayStatus.COMPLETED: StatusColours("#e6f4ea", "#34a853", "#137333"),
    DayStatus.PRESENT: StatusColours("#e8f0fe", "#1a73e8", "#1967d2"),
    DayStatus.ABSENT: StatusColours("#fce8e6", "#d93025", "#b3261e"),
    DayStatus.NON_WORKING: StatusColours("#f1f3f4", "#9aa0a6", "#5f6368"),
    DayStatus.UPCOMING: StatusColours("#fafafb", "#dadce0", "#80868b"),
}
CLOCK_IN = "#1e8e3e"
CLOCK_OUT = "#d93025"
BREAK = StatusColours("#fef7e0", "#f9ab00", "#b06000")


@functools.cache  # asked for every icon: look on the disk once
def resources_dir() -> Path:
    """`resources/` beside the package (a source checkout) or inside it (an installed wheel)."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "resources", package.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return package.parent / "resources"


def icon(name: str) -> QIcon:
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()


def _mix(a: QColor, b: QColor, amount: float) -> str:
    """`a` moved `amount` (0..1) of the way towards `b`, as #rrggbb."""
    mixed = QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )
    return mixed.name()


def tokens(palette: QPalette, base_pt: float) -> dict[str, str]:
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    window = palette.color(QPalette.ColorRole.Window)
    values = {
        "border": _mix(base, text, 0.14),
        "muted": _mix(text, base, 0.42),
        "hover": _mix(window, text, 0.06),
        "tile": _mix(base, window, 0.7),
        "disabled": _mix(base, text, 0.3),
        "icons": (resources_dir() / "icons").as_posix(),
        "clock_in": CLOCK_IN,
        "clock_in_hover": "#188038",
        "clock_out": CLOCK_OUT,
        "clock_out_hover": "#c5221f",
        "break_fill": BREAK.fill,
        "break_text": BREAK.text,
        "small_pt": f"{base_pt * 0.9:.1f}",
        "title_pt": f"{base_pt * 1.1:.1f}",
        "heading_pt": f"{base_pt * 1.45:.1f}",
        "button_pt": f"{base_pt * 1.35:.1f}",
        "metric_pt": f"{base_pt * 1.5:.1f}",
        "big_pt": f"{base_pt * 1.6:.1f}",
        "stopwatch_pt": f"{base_pt * 2.8:.1f}",
    }
    for status, colours in STATUS_COLOURS.items():
        values[f"{status.value}_fill"] = colours.fill
        values[f"{status.value}_edge"] = colours.edge
        values[f"{status.value}_text"] = colours.text
    return values


def stylesheet(palette: QPalette, base_pt: float) -> str:
    path = resources_dir() / "theme.qss"
    try:
        qss = path.read_text(encoding="utf-8")
    except OSError:
        return ""  # the app still works with the plain system look
    for name, value in tokens(palette, base_pt).items():
        qss = qss.replace(f"@{name}@", value)
    return qss


def apply_theme(app: QApplication) -> None:
    """Fusion draws the stylesheet the same on every platform; the palette stays the system's."""
    app.setStyle("Fusion")
    app.setPalette(QGuiApplication.palette())
    base_pt = app.font().pointSizeF()
    if base_pt <= 0:
        base_pt = 10.0
    app.setStyleSheet(stylesheet(app.palette(), base_pt))
    app.setWindowIcon(icon("app"))
