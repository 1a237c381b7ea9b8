"""The home page's look in Python, the same as `resources/theme.qss` gives the other windows.

A style sheet on or above a widget makes Qt polish and draw it through its style-sheet
style, about a fifth of the work of showing the home page with its data. So the page's
labels get their font and colour here by role (their objectName, as the sheet's rules
select them), its panels are painted by `paint_panel`, and only the controls with states
of their own (hover, focus, disabled: buttons, the reason field) keep a sheet: the few
rules of theirs, cut from the theme's sheet (`leaf_sheet`). A leaf has no children, so only
it pays. Everything here follows `theme.apply_theme` (a theme chosen at run time).
"""

from __future__ import annotations

import functools
import re
import weakref

import shiboken6
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from . import theme

# objectName -> (size token, weight, colour name): as theme.qss's rule for that label.
ROLES: dict[str, tuple[str | None, int | None, str | None]] = {
    "CardTitle": ("title_pt", 600, "window_text"),
    "Muted": (None, None, "muted"),
    "Caption": ("small_pt", None, "muted"),
    "FieldLabel": ("small_pt", None, "muted"),
    "FieldValue": (None, None, "text"),
    "Heading": ("heading_pt", 600, None),
    "BigNumber": ("big_pt", 600, None),
    "Stopwatch": ("stopwatch_pt", 300, None),
    "MetricValue": ("metric_pt", 600, None),  # the colour by its `accent`
    "BreakWatch": (None, 600, "break_text"),
    "NoticeText": (None, 600, None),
    "Weekday": ("small_pt", 600, "muted"),
    "LegendText": ("small_pt", None, "muted"),
    "BannerText": (None, None, "absent_text"),
    "FormError": (None, None, "absent_text"),
    "StatusPill": ("small_pt", 600, None),  # the colours by its `state`
}
ACCENTS = {"present": "present_text", "absent": "absent_text", "completed": "completed_text"}
PILL = {  # state -> (fill, text)
    "working": ("completed_fill", "completed_text"),
    "break": ("break_fill", "break_text"),
    "waiting": ("present_fill", "present_text"),
}
PILL_OFF = ("upcoming_fill", "muted")

_styled: weakref.WeakSet[QWidget] = weakref.WeakSet()  # labels styled by role
_leaves: weakref.WeakKeyDictionary[QWidget, str] = weakref.WeakKeyDictionary()
_pending: list[QWidget] = []  # leaves whose sheet waits for `apply_leaf_sheets`


def colour(name: str) -> QColor:
    """A theme token (#rrggbb) or one of the palette's: "base", "window", "text", ..."""
    found = _colours.get(name)
    if found is None:
        value = theme.current_tokens().get(name)
        if value is not None:
            found = QColor(value)
        else:
            found = QApplication.palette().color(_PALETTE_ROLES[name])
        _colours[name] = found
    return found


_PALETTE_ROLES = {
    "base": QPalette.ColorRole.Base,
    "window": QPalette.ColorRole.Window,
    "text": QPalette.ColorRole.Text,
    "window_text": QPalette.ColorRole.WindowText,
}
# Per theme: a role's font and palette (only what the role sets: the rest is inherited
# from the parent, as with the sheet), and colours by name. A page has a hundred labels.
_looks: dict[tuple[str, str | None], tuple[QFont | None, QPalette | None]] = {}
_colours: dict[str, QColor] = {}


def style_label(widget: QWidget, role: str) -> None:
    """Give `widget` the look of its role now and after every theme change."""
    _styled.add(widget)
    _apply(widget, role)


def restyle(widget: QWidget) -> bool:
    """Style again after a property the look depends on changed (`accent`, `state`);
    False for a widget not styled here."""
    if widget not in _styled:
        return False
    _apply(widget, widget.objectName())
    widget.update()
    return True


def _look(role: str, name: str | None) -> tuple[QFont | None, QPalette | None]:
    look = _looks.get((role, name))
    if look is None:
        size, weight, _ = ROLES[role]
        font = palette = None
        tokens = theme.current_tokens()
        if size is not None or weight is not None:
            font = QFont()
            if size is not None and size in tokens:
                font.setPointSizeF(float(tokens[size]))
            if weight is not None:
                font.setWeight(QFont.Weight(weight))
        if name is not None and tokens:
            palette = QPalette()
            for target in (
                QPalette.ColorRole.WindowText,
                QPalette.ColorRole.Text,
                QPalette.ColorRole.ButtonText,
            ):
                palette.setColor(target, colour(name))
        look = _looks[(role, name)] = (font, palette)
    return look


def _apply(widget: QWidget, role: str) -> None:
    name = ROLES[role][2]
    if role == "MetricValue":
        name = ACCENTS.get(str(widget.property("accent")))
    elif role == "StatusPill":
        name = PILL.get(str(widget.property("state")), PILL_OFF)[1]
    font, palette = _look(role, name)
    if font is not None:
        widget.setFont(font)
    if palette is not None:
        widget.setPalette(palette)
    elif role in ("MetricValue", "StatusPill"):
        widget.setPalette(QPalette())  # an accent taken away: the parent's colours again
    if role == "StatusPill" and isinstance(widget, QLabel):
        # The sheet's padding gave the label a frame, and a framed label indents its text
        # by half an "x": the same here, so the pill keeps its width and text position.
        widget.setIndent(widget.fontMetrics().horizontalAdvance("x") // 2)


def paint_panel(widget: QWidget, fill: str, radius: float, border: str | None = None) -> None:
    """Fill `widget` as a rounded panel, with a 1 px border if `border`, the way the sheet
    draws `background; border: 1px solid; border-radius` (call from its paintEvent)."""
    if not theme.current_tokens():
        return  # no theme applied (a test of plain widgets): the plain look, as without a sheet
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(0, 0, 0, 0))
    outer = QRectF(widget.rect())
    if border is not None:
        painter.setBrush(colour(border))
        painter.drawRoundedRect(outer, radius, radius)
        outer = outer.adjusted(1, 1, -1, -1)
        radius = max(0.0, radius - 1)
    painter.setBrush(colour(fill))
    painter.drawRoundedRect(outer, radius, radius)
    painter.end()


def pill_fill(widget: QWidget) -> str:
    return PILL.get(str(widget.property("state")), PILL_OFF)[0]


def use_leaf_sheet(widget: QWidget, key: str) -> None:
    """The theme's rules for `key` ("#ObjectName", or a class such as "QLineEdit") on
    `widget` alone, from `apply_leaf_sheets` on and after every theme change."""
    _leaves[widget] = key
    _pending.append(widget)


def apply_leaf_sheets() -> None:
    """Give the leaves their sheets, once their page is in its place: a widget with a sheet
    is polished again each time it or a widget above it moves to a new parent, so setting
    them while the page is built polished every one three or four times."""
    sheet = theme.current_sheet()
    for widget in _pending:
        if shiboken6.isValid(widget):
            widget.setStyleSheet(leaf_sheet(sheet, _leaves[widget]))
    _pending.clear()


def leaf_sheet(sheet: str, key: str) -> str:
    """The rules of `sheet` whose selectors name `key`, with only those selectors."""
    return "\n".join(_rules_by_key(sheet).get(key, ()))


@functools.lru_cache(maxsize=2)
def _rules_by_key(sheet: str) -> dict[str, list[str]]:
    """Each rule of `sheet` under every key its selectors name: "#Name" for an object
    name anywhere in a selector, a class name for a selector of that class alone. One pass
    over the sheet (the page's first leaf asks, in the start's data path)."""
    found: dict[str, dict[int, list[str]]] = {}
    bodies: list[str] = []
    text = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    for rule in text.split("}"):
        selectors, _, body = rule.partition("{")
        if not body:
            continue
        bodies.append(body)
        for selector in (part.strip() for part in selectors.split(",")):
            names = {f"#{name}" for name in _NAMES.findall(selector)}
            if not names and " " not in selector and ">" not in selector:
                kind = _CLASS.match(selector)
                names = {kind[0]} if kind else set()
            for key in names:
                found.setdefault(key, {}).setdefault(len(bodies), []).append(selector)
    return {
        key: [f"{', '.join(chosen)} {{{bodies[at - 1]}}}" for at, chosen in rules.items()]
        for key, rules in found.items()
    }


_NAMES = re.compile(r"#([\w-]+)")
_CLASS = re.compile(r"[A-Za-z_][\w-]*")


def _restyle_all() -> None:
    _looks.clear()
    _colours.clear()
    # A wrapper may outlive its widget (deleted by its parent in C++): skip those.
    for widget in [w for w in _styled if shiboken6.isValid(w)]:
        restyle(widget)
    sheet = theme.current_sheet()
    for widget, key in [(w, k) for w, k in _leaves.items() if shiboken6.isValid(w)]:
        if widget in _pending:
            continue
        widget.setStyleSheet(leaf_sheet(sheet, key))


theme.on_theme_applied(_restyle_all)
