"""The kiosk's look: big, high-contrast, touch-sized, light or dark as the app's palette.

Applied to the kiosk window (and its dialogs) only. Every text is at least 4.5:1 against
what it sits on in both schemes (`tests/kiosk/test_kiosk_contrast.py` measures it).
"""

from __future__ import annotations

from PySide6.QtGui import QPalette

from ..theme import is_dark

LIGHT = {
    "window": "#f6f8fb", "card": "#ffffff", "text": "#202124", "strong": "#3c4043",
    "muted": "#5f6368", "line": "#dadce0", "key": "#f1f3f4", "key_down": "#dadce0",
    "accent": "#1967d2", "accent_down": "#185abc", "on_accent": "#ffffff",
    "in": "#137333", "out": "#c5221f", "break": "#8a4b00",
    "warn_text": "#8a4b00", "warn_fill": "#fef7e0", "error_text": "#b3261e",
    "error_fill": "#fce8e6", "focus": "#1967d2",
}  # fmt: skip
DARK = {
    "window": "#202124", "card": "#292a2d", "text": "#e8eaed", "strong": "#e8eaed",
    "muted": "#bdc1c6", "line": "#5f6368", "key": "#35363a", "key_down": "#4a4b4f",
    "accent": "#8ab4f8", "accent_down": "#aecbfa", "on_accent": "#202124",
    "in": "#81c995", "out": "#f28b82", "break": "#fdd663",
    "warn_text": "#fdd663", "warn_fill": "#3d2f0a", "error_text": "#f28b82",
    "error_fill": "#41201e", "focus": "#8ab4f8",
}  # fmt: skip

_QSS = """
#KioskWindow, QDialog#AdminExit, QDialog#FirstAdmin { background: @window@; }
QLabel { color: @text@; }
QLabel#Company { font-size: 30pt; font-weight: 600; color: @strong@; }
QLabel#BigClock { font-size: 80pt; font-weight: 300; color: @text@; }
QLabel#BigDate { font-size: 24pt; color: @muted@; }
QLabel#Prompt { font-size: 22pt; color: @strong@; }
QLabel#Message { font-size: 18pt; font-weight: 600; color: @error_text@;
    background: @error_fill@; border-radius: 12px; padding: 10px 16px; }
QLabel#SyncBadge { font-size: 13pt; color: @warn_text@; background: @warn_fill@;
    border-radius: 10px; padding: 6px 14px; }
QFrame#KeypadCard { background: @card@; border: 1px solid @line@; border-radius: 18px; }
QLabel#KeypadTitle { font-size: 20pt; font-weight: 600; }
QLabel#KeypadMessage { font-size: 13pt; font-weight: 600; color: @error_text@;
    background: @error_fill@; border-radius: 10px; padding: 4px 10px; }
QLineEdit { font-size: 16pt; padding: 6px 10px; border: 2px solid @line@; border-radius: 10px;
    background: @card@; color: @text@; }
QLineEdit#KeypadEntry { font-size: 30pt; padding: 8px 14px; border-radius: 12px; }
QLineEdit:focus { border-color: @focus@; }
QPushButton#Key { font-size: 26pt; min-width: 80px; min-height: 64px; border-radius: 14px;
    background: @key@; color: @text@; border: 1px solid @line@; }
QPushButton#Key:pressed { background: @key_down@; }
QPushButton#KeyOk { font-size: 22pt; font-weight: 600; min-width: 80px; min-height: 64px;
    border-radius: 14px; color: @on_accent@; background: @accent@; border: none; }
QPushButton#KeyOk:pressed { background: @accent_down@; }
QLabel#Greeting { font-size: 44pt; font-weight: 600; }
QLabel#Action { font-size: 64pt; font-weight: 700; }
QLabel#Action[kind="in"] { color: @in@; }
QLabel#Action[kind="out"] { color: @out@; }
QLabel#Action[kind="break"] { color: @break@; }
QLabel#Asking { font-size: 30pt; font-weight: 600; }
QLabel#Question { font-size: 24pt; font-weight: 600; color: @strong@; }
QLabel#Worked { font-size: 24pt; color: @strong@; }
QLabel#Countdown { font-size: 14pt; color: @muted@; }
QPushButton#Big { font-size: 20pt; min-height: 64px; padding: 0 28px; border-radius: 14px;
    background: @card@; color: @text@; border: 2px solid @line@; }
QPushButton#Big:pressed { background: @key@; }
QPushButton#BigPrimary { font-size: 20pt; font-weight: 600; min-height: 64px; padding: 0 36px;
    border-radius: 14px; color: @on_accent@; background: @accent@; border: 2px solid @accent@; }
QPushButton#Big:focus, QPushButton#BigPrimary:focus { border: 3px solid @text@; }
QPushButton#Quiet { font-size: 11pt; color: @muted@; background: transparent; border: none;
    padding: 6px; }
QDialog#AdminExit QLabel, QDialog#FirstAdmin QLabel { font-size: 14pt; }
QLabel#DialogTitle { font-size: 18pt; font-weight: 600; }
QListWidget { background: @card@; color: @text@; border: 1px solid @line@; }
"""


def kiosk_qss(palette: QPalette) -> str:
    colours = DARK if is_dark(palette) else LIGHT
    qss = _QSS
    for name, value in colours.items():
        qss = qss.replace(f"@{name}@", value)
    return qss
