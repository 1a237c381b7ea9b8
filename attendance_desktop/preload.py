"""PySide6 told that no module of this process needs its import hook, and the local store's
libraries imported without OpenSSL.

Once PySide6 is loaded, its import hook looks for the word "PySide6" in the source of
every module that is imported, or that imports something, from then on (for its opt-in
`__feature__` switches). It reads that source through `linecache`, which keeps it for the
life of the process: with SQLAlchemy and asyncio imported after Qt, that was 14 MiB of a
start's peak memory and a third more CPU for their import. The hook skips a module it has
an answer for, so PySide6 is given the answer it would work out itself for a module that
uses no `__feature__` switch (none here does): -1, "no feature, ignore". It is given for
every module already loaded, and, by a finder that is asked first about every import and
finds nothing itself, for every module imported later. So the local store's libraries no
longer have to be imported before PySide6, and the home window paints before they load
(they load on the worker thread while the window is up).

The local store never opens a network connection, yet SQLAlchemy imports asyncio (for an
asyncio extension the app does not use) and hashlib (for an MD5 of long names), and both
load OpenSSL when they can: its library and set-up were 5 MiB of a start's peak memory. So
on the local store SQLAlchemy is imported with `ssl` and `_hashlib` held back the way
Python's import system documents (`sys.modules[name] = None`). Both importers are written
for a Python without OpenSSL: asyncio then has no TLS in this process (nothing here uses
it), and hashlib uses Python's own MD5 and SHA-2 (the same digests). The hold is let go
right after, so anything that imports `ssl` later gets it as usual. And two modules
SQLAlchemy imports but the local store never uses, asyncio and importlib.metadata, are
imported only if something uses them (deferred.py).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator, MutableMapping, Sequence
from contextlib import contextmanager
from importlib.machinery import ModuleSpec
from types import ModuleType

from .deferred import stand_ins
from .launch import LaunchOptions


def preload(options: LaunchOptions) -> None:
    """What every run does before its GUI modules: the kiosk's and the server mode's
    backends are imported first (they are opened before their windows show anything); the
    home window on the local store imports its store later, on its worker thread."""
    if options.kiosk or options.server_url is not None:
        import_backend(options)
    import PySide6.QtCore  # noqa: F401

    _tell_pyside_nothing_uses_features()


def import_backend(options: LaunchOptions) -> None:
    """Import what the chosen backend will import when it opens, without opening it."""
    if options.server_url is None:  # the local store, for the window or the kiosk
        import_local_store()
        return
    import httpcore  # noqa: F401  (loaded by httpx with its first client otherwise)

    from .journal import journaled_service  # noqa: F401  (offline punches)

    if options.kiosk:
        from .kiosk import remote_backend  # noqa: F401
    else:
        from .remote import service  # noqa: F401


_store_import = threading.Lock()


def import_local_store() -> None:
    """The local store's modules, SQLAlchemy's SQLite dialect among them, without OpenSSL
    and with asyncio and importlib.metadata left for their first use.
    The home window calls it on its worker; while it runs, no other thread can import
    `ssl` either (the GUI thread imports none then: it builds the home page)."""
    with _store_import:
        if "attendance_desktop.storage.local_service" in sys.modules:
            return
        stand_ins()
        with _without_openssl():
            import sqlalchemy.dialects.sqlite  # noqa: F401  (loaded by the engine otherwise)

            from .storage import local_service  # noqa: F401


def _tell_pyside_nothing_uses_features() -> None:
    # Internal to PySide6 (documented in its own source: "-1 = ignore this module"); when a
    # version lacks it, nothing is set and only memory and time are spent.
    feature = sys.modules.get("shibokensupport.feature")
    known = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(known, dict):
        return
    for name in list(sys.modules):
        known.setdefault(name, -1)
    if not any(isinstance(f, _NoFeatures) for f in sys.meta_path):
        sys.meta_path.insert(0, _NoFeatures(known))


class _NoFeatures:
    """A finder asked first about every import: it finds nothing (the usual finders do
    that), it only tells PySide6 beforehand that the module uses no `__feature__`."""

    def __init__(self, known: MutableMapping[str, int]) -> None:
        self._known = known

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None = None,
        target: ModuleType | None = None,
    ) -> ModuleSpec | None:
        self._known.setdefault(fullname, -1)
        return None

    def invalidate_caches(self) -> None:
        """Nothing cached here."""


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
