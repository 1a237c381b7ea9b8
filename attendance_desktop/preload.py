"""The libraries a run needs, imported before PySide6, and PySide6 told they have no Qt.

Once PySide6 is loaded, its import hook looks for the word "PySide6" in the source of
every module that is imported, or that imports something, from then on (for its opt-in
`__feature__` switches). It reads that source through `linecache`, which keeps it for the
life of the process: with SQLAlchemy and asyncio imported after Qt, as the app used to,
that was 14 MiB of a start's peak memory and 30 ms of its time. So the backend's libraries
are imported first, while PySide6 is not loaded, and PySide6 is then given the answer it
would work out itself for every module already loaded (none of them can use Qt, which was
not there): -1, "no feature, ignore".
"""

from __future__ import annotations

import sys

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
        import sqlalchemy.dialects.sqlite  # noqa: F401  (loaded by the engine otherwise)

        from .storage import local_service  # noqa: F401

        return
    import httpcore  # noqa: F401  (loaded by httpx with its first client otherwise)

    from .journal import journaled_service  # noqa: F401  (offline punches)

    if options.kiosk:
        from .kiosk import remote_backend  # noqa: F401
    else:
        from .remote import service  # noqa: F401
