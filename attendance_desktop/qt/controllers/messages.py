"""Turning any failure into words a person can read (never a traceback)."""

from __future__ import annotations

from ...core.errors import AttendanceError

UNEXPECTED = (
    "Something unexpected went wrong and the action may not have completed. "
    "Please try again; if it keeps happening, the log file has the details."
)


def plain_message(error: BaseException, fallback: str = UNEXPECTED) -> str:
    """The domain error's own words, or `fallback` for anything else."""
    if isinstance(error, AttendanceError):
        return error.message
    return fallback
