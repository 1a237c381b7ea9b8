"""The kiosk's errors live in the core's registry (`core/errors.py`); kept importable here."""

from __future__ import annotations

from ..core.errors import NotAnAdmin, NothingToUndo, UnknownBadge, WrongExitCode

__all__ = ["NotAnAdmin", "NothingToUndo", "UnknownBadge", "WrongExitCode"]
