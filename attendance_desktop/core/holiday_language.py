"""Which language public holiday names are given in: a process-wide default (the desktop
app's language, set once as it starts) and a per-request override (the server's, from each
request's Accept-Language), like Django's `translation.activate`.

The override lives in a ContextVar: a server request sets it in its own context, which the
threads running its sync route and dependencies copy, so it never reaches a request that
runs beside it or comes after it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

#: The `holidays` package's code for the English names (every country has them).
ENGLISH = "en_US"
#: The package's codes the app speaks, by the app's language setting.
_BY_APP_LANGUAGE = {"de": "de", "en": ENGLISH}

_default = ENGLISH
_override: ContextVar[str | None] = ContextVar("holiday_language", default=None)


def holidays_language_for(app_language: str) -> str:
    """The package's language code for an app language ("de", "de_DE", "de-AT": German);
    anything else gets the English names."""
    base = app_language.strip().replace("-", "_").split("_")[0].lower()
    return _BY_APP_LANGUAGE.get(base, ENGLISH)


def set_default_holiday_language(language: str) -> None:
    """The process's language for holiday names (a package code, see holidays_language_for)."""
    global _default
    _default = language


def holiday_language() -> str:
    """The language holiday names are wanted in here and now: the override, else the default."""
    return _override.get() or _default


@contextmanager
def holiday_language_override(language: str) -> Iterator[None]:
    """Holiday names in `language` within the block (this context only)."""
    token = _override.set(language)
    try:
        yield
    finally:
        _override.reset(token)
