"""Light and dark themes: a palette, status accents for each, and where resources live.

Colours that carry meaning (a day's status, the clock button) are accents chosen per
scheme, every text at least 4.5:1 against what it sits on (WCAG AA; `tests/qt/
test_contrast.py` measures the rendered screens). The rest comes from the palette through
`palette(role)` in the stylesheet and the tokens below. "system" follows the desktop: a
dark system palette gets the dark accents, never light tiles on a dark window.
"""

from __future__ import annotations

import functools
import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from ..core.basics import DayStatus

SCHEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class StatusColours:
    fill: str
    edge: str
    text: str


LIGHT_STATUS: dict[DayStatus, StatusColours] = {
    DayStatus.COMPLETED: StatusColours("#e6f4ea", "#34a853", "#137333"),
    DayStatus.PRESENT: StatusColours("#e8f0fe", "#1a73e8", "#185abc"),
    DayStatus.ABSENT: StatusColours("#fce8e6", "#d93025", "#b3261e"),
    DayStatus.NON_WORKING: StatusColours("#f1f3f4", "#9aa0a6", "#5f6368"),
    DayStatus.UPCOMING: StatusColours("#fafafb", "#dadce0", "#5f6368"),
    DayStatus.LEAVE: StatusColours("#f3e8fd", "#9334e6", "#681da8"),
    DayStatus.MISSING_CLOCK_OUT: StatusColours("#fef7e0", "#f9ab00", "#8a4b00"),
}
DARK_STATUS: dict[DayStatus, StatusColours] = {
    DayStatus.COMPLETED: StatusColours("#1e3a28", "#34a853", "#81c995"),
    DayStatus.PRESENT: StatusColours("#1c2b45", "#8ab4f8", "#8ab4f8"),
    DayStatus.ABSENT: StatusColours("#41201e", "#f28b82", "#f28b82"),
    DayStatus.NON_WORKING: StatusColours("#2d2e31", "#5f6368", "#bdc1c6"),
    DayStatus.UPCOMING: StatusColours("#242528", "#3c4043", "#9aa0a6"),
    DayStatus.LEAVE: StatusColours("#2f2140", "#c58af9", "#d7aefb"),
    DayStatus.MISSING_CLOCK_OUT: StatusColours("#3d2f12", "#fdd663", "#fdd663"),
}
STATUS_COLOURS = LIGHT_STATUS  # the light set, for code that has no palette at hand
LIGHT_BREAK = StatusColours("#fef7e0", "#f9ab00", "#8a4b00")
DARK_BREAK = StatusColours("#3d2f0a", "#fdd663", "#fdd663")
# White text on these is 5:1 or more in both schemes.
CLOCK_IN, CLOCK_IN_HOVER = "#188038", "#137333"
CLOCK_OUT, CLOCK_OUT_HOVER = "#c5221f", "#a50e0e"

_DARK_ROLES = {
    QPalette.ColorRole.Window: "#202124",
    QPalette.ColorRole.WindowText: "#e8eaed",
    QPalette.ColorRole.Base: "#292a2d",
    QPalette.ColorRole.AlternateBase: "#35363a",
    QPalette.ColorRole.Text: "#e8eaed",
    QPalette.ColorRole.Button: "#35363a",
    QPalette.ColorRole.ButtonText: "#e8eaed",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#8ab4f8",
    QPalette.ColorRole.HighlightedText: "#202124",
    QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    QPalette.ColorRole.ToolTipBase: "#35363a",
    QPalette.ColorRole.ToolTipText: "#e8eaed",
    QPalette.ColorRole.Link: "#8ab4f8",
}
_LIGHT_ROLES = {
    QPalette.ColorRole.Window: "#f6f8fb",
    QPalette.ColorRole.WindowText: "#202124",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f1f3f4",
    QPalette.ColorRole.Text: "#202124",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#202124",
    QPalette.ColorRole.BrightText: "#000000",
    QPalette.ColorRole.Highlight: "#1a73e8",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.PlaceholderText: "#6b7075",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#202124",
    QPalette.ColorRole.Link: "#1967d2",
}
_system_palette: QPalette | None = None  # the desktop's, before we ever replaced it

# No app-wide style sheet: with one, Qt polishes every widget of every window through its
# style-sheet style (a fifth of the home page's start). The sheet goes on the windows and
# pages that want it (`use_style_sheet`); the home page is styled in Python (page_style.py).
_sheet = ""
_tokens: dict[str, str] = {}
_styled_roots: weakref.WeakSet[QWidget] = weakref.WeakSet()
_restylers: list[Callable[[], None]] = []


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def status_colours(palette: QPalette) -> dict[DayStatus, StatusColours]:
    return DARK_STATUS if is_dark(palette) else LIGHT_STATUS


def break_colours(palette: QPalette) -> StatusColours:
    return DARK_BREAK if is_dark(palette) else LIGHT_BREAK


def scheme_palette(dark: bool) -> QPalette:
    """Our own palette for a chosen scheme; disabled texts dimmed, still readable."""
    palette = QPalette()
    for role, colour in (_DARK_ROLES if dark else _LIGHT_ROLES).items():
        palette.setColor(role, QColor(colour))
    dim = QColor("#9aa0a6" if dark else "#6b7075")
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):  # fmt: skip
        palette.setColor(QPalette.ColorGroup.Disabled, role, dim)
    return palette


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1..21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


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


def tinted_icon(name: str, colour: QColor, size: int = 48) -> QIcon:
    """A line icon drawn in `colour` (the button's text colour): the icons' own dark grey
    strokes vanish on a dark theme's buttons."""
    from PySide6.QtGui import QPixmap

    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.is_file():
        return QIcon()
    svg = re.sub(r'stroke="#[0-9a-fA-F]{6}"', f'stroke="{colour.name()}"', path.read_text())
    svg = svg.replace('width="24" height="24"', f'width="{size}" height="{size}"', 1)
    pixmap = QPixmap()
    pixmap.loadFromData(svg.encode(), "SVG")
    return QIcon(pixmap)


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
    brk = break_colours(palette)
    values = {
        "border": _mix(base, text, 0.14),
        "muted": _mix(text, base, 0.3),
        "hover": _mix(window, text, 0.06),
        "tile": _mix(base, window, 0.7),
        "disabled": _mix(base, text, 0.3),
        "focus": palette.color(QPalette.ColorRole.Highlight).name(),
        "icons": (resources_dir() / "icons").as_posix(),
        "clock_in": CLOCK_IN,
        "clock_in_hover": CLOCK_IN_HOVER,
        "clock_out": CLOCK_OUT,
        "clock_out_hover": CLOCK_OUT_HOVER,
        "break_fill": brk.fill,
        "break_text": brk.text,
        "small_pt": f"{base_pt * 0.9:.1f}",
        "title_pt": f"{base_pt * 1.1:.1f}",
        "heading_pt": f"{base_pt * 1.45:.1f}",
        "button_pt": f"{base_pt * 1.35:.1f}",
        "metric_pt": f"{base_pt * 1.5:.1f}",
        "big_pt": f"{base_pt * 1.6:.1f}",
        "stopwatch_pt": f"{base_pt * 2.8:.1f}",
    }
    for status, colours in status_colours(palette).items():
        values[f"{status.value}_fill"] = colours.fill
        values[f"{status.value}_edge"] = colours.edge
        values[f"{status.value}_text"] = colours.text
    return values


def stylesheet(values: dict[str, str]) -> str:
    """theme.qss with its @name@ tokens filled in from `values` (`tokens`)."""
    path = resources_dir() / "theme.qss"
    try:
        qss = path.read_text(encoding="utf-8")
    except OSError:
        return ""  # the app still works with the plain system look
    for name, value in values.items():
        qss = qss.replace(f"@{name}@", value)
    return qss


def apply_theme(app: QApplication, scheme: str = "system") -> None:
    """Fusion draws the stylesheet the same on every platform. "system" keeps the desktop's
    palette (dark or light); "light" and "dark" put in our own."""
    global _system_palette
    if _system_palette is None:
        _system_palette = QPalette(QGuiApplication.palette())
    app.setStyle("Fusion")
    if scheme == "system":
        palette = QPalette(_system_palette)
        hints = QGuiApplication.styleHints()
        if hints.colorScheme() == Qt.ColorScheme.Dark and not is_dark(palette):
            palette = scheme_palette(dark=True)  # a dark desktop whose palette did not follow
    else:
        palette = scheme_palette(dark=scheme == "dark")
    # Hints in empty fields are text too: some desktops leave them near the background.
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    if contrast_ratio(palette.color(QPalette.ColorRole.PlaceholderText), base) < 4.5:
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(_mix(text, base, 0.35)))
    app.setPalette(palette)
    base_pt = app.font().pointSizeF()
    if base_pt <= 0:
        base_pt = 10.0
    global _sheet, _tokens
    _tokens = tokens(app.palette(), base_pt)
    _sheet = stylesheet(_tokens)
    for root in list(_styled_roots):
        if shiboken6.isValid(root):  # not a wrapper whose widget Qt deleted
            root.setStyleSheet(_sheet)
    for restyle in _restylers:
        restyle()
    app.setWindowIcon(icon("app"))


def use_style_sheet(widget: QWidget) -> None:
    """Style `widget` and all inside it by the theme's sheet, now and after every later
    `apply_theme` (a theme chosen in Settings). For windows, dialogs and pages, never for
    the home page (page_style.py): the sheet costs every widget under it a slower polish."""
    _styled_roots.add(widget)
    widget.setStyleSheet(_sheet)


def styled_size_hint(widget: QWidget) -> QSize:
    """`widget`'s size hint under the theme's sheet, though it is not yet in the window
    that will give it the sheet (a field measured as its form is built)."""
    if widget.testAttribute(Qt.WidgetAttribute.WA_StyleSheet) or not _sheet:
        widget.ensurePolished()
        return widget.sizeHint()
    widget.setStyleSheet(_sheet)
    hint = widget.sizeHint()
    widget.setStyleSheet("")  # its window's sheet, once it is put in it
    return hint


def current_sheet() -> str:
    return _sheet


def current_tokens() -> dict[str, str]:
    """The last `apply_theme`'s tokens (colours as #rrggbb, sizes in points as text)."""
    return _tokens


def on_theme_applied(restyle: Callable[[], None]) -> None:
    """Call `restyle` after every `apply_theme` (what is styled in Python follows it)."""
    _restylers.append(restyle)
