"""The kiosk's look: big, high-contrast, touch-sized. Applied to the kiosk window only."""

from __future__ import annotations

ACCENT = "#1a73e8"
CLOCK_IN = "#1e8e3e"
CLOCK_OUT = "#d93025"

KIOSK_QSS = f"""
#KioskWindow {{ background: #f6f8fb; }}
QLabel {{ color: #202124; }}
QLabel#Company {{ font-size: 30pt; font-weight: 600; color: #3c4043; }}
QLabel#BigClock {{ font-size: 110pt; font-weight: 300; color: #202124; }}
QLabel#BigDate {{ font-size: 24pt; color: #5f6368; }}
QLabel#Prompt {{ font-size: 22pt; color: #3c4043; }}
QLabel#Message {{ font-size: 20pt; font-weight: 600; color: #b3261e;
    background: #fce8e6; border-radius: 12px; padding: 12px 20px; }}
QLabel#SyncBadge {{ font-size: 13pt; color: #b06000; background: #fef7e0;
    border-radius: 10px; padding: 6px 14px; }}
QFrame#KeypadCard {{ background: #ffffff; border: 1px solid #dadce0; border-radius: 18px; }}
QLabel#KeypadTitle {{ font-size: 20pt; font-weight: 600; }}
QLineEdit#KeypadEntry {{ font-size: 30pt; padding: 8px 14px; border: 2px solid #dadce0;
    border-radius: 12px; background: #ffffff; }}
QLineEdit#KeypadEntry:focus {{ border-color: {ACCENT}; }}
QPushButton#Key {{ font-size: 26pt; min-width: 96px; min-height: 80px; border-radius: 14px;
    background: #f1f3f4; border: 1px solid #dadce0; }}
QPushButton#Key:pressed {{ background: #dadce0; }}
QPushButton#KeyOk {{ font-size: 22pt; font-weight: 600; min-width: 96px; min-height: 80px;
    border-radius: 14px; color: white; background: {ACCENT}; border: none; }}
QPushButton#KeyOk:pressed {{ background: #1967d2; }}
QLabel#Greeting {{ font-size: 44pt; font-weight: 600; }}
QLabel#Action {{ font-size: 64pt; font-weight: 700; }}
QLabel#Action[kind="in"] {{ color: {CLOCK_IN}; }}
QLabel#Action[kind="out"] {{ color: {CLOCK_OUT}; }}
QLabel#Action[kind="break"] {{ color: #b06000; }}
QLabel#Worked {{ font-size: 24pt; color: #3c4043; }}
QLabel#Countdown {{ font-size: 14pt; color: #5f6368; }}
QPushButton#Big {{ font-size: 20pt; min-height: 72px; padding: 0 32px; border-radius: 14px;
    background: #ffffff; border: 2px solid #dadce0; }}
QPushButton#Big:pressed {{ background: #f1f3f4; }}
QPushButton#BigPrimary {{ font-size: 20pt; font-weight: 600; min-height: 72px; padding: 0 40px;
    border-radius: 14px; color: white; background: {ACCENT}; border: none; }}
QPushButton#Quiet {{ font-size: 11pt; color: #80868b; background: transparent; border: none;
    padding: 6px; }}
QDialog#AdminExit {{ background: #ffffff; }}
QDialog#AdminExit QLabel {{ font-size: 14pt; }}
QLabel#DialogTitle {{ font-size: 18pt; font-weight: 600; }}
"""
