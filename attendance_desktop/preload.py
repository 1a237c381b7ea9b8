"""The libraries a run needs, imported before PySide6, and PySide6 told they have no Qt.

Once PySide6 is loaded, its import hook looks for the word "PySide6" in the source of
every module that is imported, or that imports something, from then on (for its opt-in
`__feature__` switches). It reads that source through `linecache`, which keeps it for the
life of the process: with SQLAlchemy and asyncio imported after Qt, as the app used to,
that was 14 MiB of a start's peak memory and 30 ms of its time. So the backend's libraries
are imported first, while PySide6 is not loaded, and PySide6 is then given the answer it
would work out itself for every module already loaded (none of them can use Qt, which was
not there): -1, "no feature, ignore".

The local store never opens a network connection, yet SQLAlchemy imports asyncio (for an
asyncio extension the app does not use) and hashlib (for an MD5 of long names), and both
load OpenSSL when they can: its library and set-up were 5 MiB of a start's peak memory. So
on the local store SQLAlchemy is imported with `ssl` and `_hashlib` held back the way
Python's import system documents (`sys.modules[name] = None`). Both importers are written
for a Python without OpenSSL: asyncio then has no TLS in this process (nothing here uses
it), and hashlib uses Python's own MD5 and SHA-2 (the same digests). The hold is let go
right after, so anything that imports `ssl` later gets it as usual.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from .launch import LaunchOptions


def preload(options: LaunchOptions) -> None:
    import_backend(options)
    loaded = list(sys.modules)
    import PySide6.QtCore  # noqa: F401

    # Internal to PySide6 (documented in its own source: "-1 = ignore this module"); when a
    # version lacks it, nothing is set and only memory is spent.
    feature = sys.modules.get("shibokensupport.feature")
    known = getattr(feature, "pyside_feature_dict", None)
    if isinstance(known, dict):
        for name in loaded:
            known.setdefault(name, -1)


def import_backend(options: LaunchOptions) -> None:
    """Import what the chosen backend will import when it opens, without opening it."""
    if options.server_url is None:  # the local store, for the window or the kiosk
        with _without_openssl():
            import sqlalchemy.dialects.sqlite  # noqa: F401  (loaded by the engine otherwise)

            from .storage import local_service  # noqa: F401
        return
    import httpcore  # noqa: F401  (loaded by httpx with its first client otherwise)

    from .journal import journaled_service  # noqa: F401  (offline punches)

    if options.kiosk:
        from .kiosk import remote_backend  # noqa: F401
    else:
        from .remote import service  # noqa: F401


#: Loaded by asyncio and hashlib when they can; both do without.
_OPENSSL_MODULES = ("ssl", "_hashlib")


@contextmanager
def _without_openssl() -> Iterator[None]:
    """Imports inside find no OpenSSL modules, when nothing has loaded them (or hashlib)
    yet, and Python's own digests are there for hashlib to fall back on."""
    already = ("hashlib", *_OPENSSL_MODULES)  # (asyncio imports ssl)
    if any(name in sys.modules for name in already) or not _builtin_digests():
        yield
        return
    for name in _OPENSSL_MODULES:
        sys.modules[name] = None  # type: ignore[assignment]  # "not importable"
    try:
        yield
    finally:
        for name in _OPENSSL_MODULES:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


def _builtin_digests() -> bool:
    """MD5 (SQLAlchemy) and SHA-256 (the kiosk's badge codes) without OpenSSL: some
    distributions build Python without its own copies."""
    from importlib.util import find_spec

    sha2 = ("_sha2", "_sha256")  # one module from Python 3.12 on
    return find_spec("_md5") is not None and any(find_spec(name) for name in sha2)
