"""The remote AttendanceService: the desktop app talking to an attendance server."""

from .service import RemoteAttendanceService, sign_in

__all__ = ["RemoteAttendanceService", "sign_in"]
