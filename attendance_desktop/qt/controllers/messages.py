"""Turning any failure into words a person can read (never a traceback), in their language."""

from __future__ import annotations

from ...core.errors import AttendanceError
from ..i18n import QT_TRANSLATE_NOOP, translate
from .error_words import CONTEXT

UNEXPECTED = QT_TRANSLATE_NOOP(
    "messages",
    "Something unexpected went wrong and the action may not have completed. "
    "Please try again; if it keeps happening, the log file has the details.",
)


def plain_message(error: BaseException, fallback: str = UNEXPECTED) -> str:
    """The domain error's own words, or `fallback` for anything else. The registry's words
    are translated here; words made for one case (with its details in them) stay as given."""
    if isinstance(error, AttendanceError):
        return translate(CONTEXT, error.message)
    return translate("messages", fallback)
