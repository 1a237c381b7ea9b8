"""Errors only a kiosk meets, in the same typed form as the domain's."""

from __future__ import annotations

from ..core.errors import AttendanceError

__all__ = ["NotAnAdmin", "NothingToUndo", "UnknownBadge"]


class UnknownBadge(AttendanceError):
    code = "UNKNOWN_BADGE"
    http_status = 404
    default_message = "This badge is not known. Ask an administrator to register it."


class NotAnAdmin(AttendanceError):
    code = "NOT_AN_ADMIN"
    http_status = 403
    default_message = "Only an administrator's ID and PIN can leave kiosk mode."


class NothingToUndo(AttendanceError):
    code = "NOTHING_TO_UNDO"
    http_status = 409
    default_message = "This punch can no longer be undone: something happened after it."
