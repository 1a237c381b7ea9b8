"""The Accept-Language header the app's clients send: the server names public holidays in
it (German or English), as the local store would in this app's language."""

from __future__ import annotations

from ..core.holiday_language import ENGLISH, holiday_language


def accept_language() -> str:
    """ "de" when this process names holidays in German, else "en" (core.holiday_language)."""
    language = holiday_language()
    return "en" if language == ENGLISH else language
