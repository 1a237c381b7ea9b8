"""Each request's language for public holiday names, from its Accept-Language header.

Only German and English have names here: the first of the two by the client's preference
wins, and anything else (no header, "fr", a malformed one) gets English. The language is
set as the request's override (core.holiday_language) around the whole request, so the
sync route's worker thread, a streamed export and the error handlers all see it, and the
next request starts without it.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from ..core.holiday_language import ENGLISH, holiday_language_override, holidays_language_for

_SPOKEN = {"de", "en"}
_MAX_HEADER = 512  # a longer header is not a browser's: its first part still counts


def language_from_header(header: str | None) -> str:
    """The `holidays` package's code for an Accept-Language value ("de" or "en_US")."""
    if not header:
        return ENGLISH
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(header[:_MAX_HEADER].split(",")):
        tag, _, params = part.strip().partition(";")
        base = tag.strip().split("-")[0].lower()
        if base not in _SPOKEN:
            continue
        weight = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0  # malformed: not a wish we can read
        if 0 < weight <= 1:
            ranked.append((-weight, position, base))
    if not ranked:
        return ENGLISH
    return holidays_language_for(min(ranked)[2])


class HolidayLanguageMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        header = None
        for name, value in scope.get("headers", []):
            if name == b"accept-language":
                header = value.decode("latin-1")
                break
        with holiday_language_override(language_from_header(header)):
            await self.app(scope, receive, send)
