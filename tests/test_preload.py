"""A run imports its backend's libraries before PySide6, so PySide6 never reads their source.

PySide6's import hook reads (and `linecache` keeps) the source of modules imported, or
importing, after it: SQLAlchemy and asyncio held 14 MiB of a start's peak memory that way.
Each probe starts a fresh interpreter the way `main` does, then does what that mode does
once its window is up, and looks at what `linecache` holds.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

PROBE = textwrap.dedent(
    """
    import json, linecache, sys
    from attendance_desktop.cli import options_from_args
    from attendance_desktop.preload import preload

    argv = json.loads(sys.argv[1])
    options = options_from_args(argv)
    preload(options)
    import attendance_desktop.qt.app
    import attendance_desktop.qt.kiosk.app

    before_open = "sqlalchemy" in sys.modules  # the home window paints before it loads

    if options.server_url is None:  # what the worker does when the window is up
        from attendance_desktop.core.clock import SystemClock
        from attendance_desktop.launch import open_local_store

        service = open_local_store(options.paths, SystemClock(), "UTC")
        service.employees()
        service.close()
    elif options.kiosk:
        from attendance_desktop.kiosk.remote_backend import RemoteKioskBackend
    else:
        import httpx
        from attendance_desktop.journal.journaled_service import JournaledService
        from attendance_desktop.remote.service import RemoteAttendanceService

        httpx.Client(timeout=1.0).close()
    openssl = sorted(name for name in ("ssl", "_hashlib") if name in sys.modules)
    libraries = ("sqlalchemy", "asyncio", "httpx", "httpcore", "typing_extensions")
    read = sorted(
        name for name in linecache.cache
        if any(f"/{lib}/" in name or name.endswith(f"/{lib}.py") for lib in libraries)
    )
    import hashlib, ssl

    later = {
        "tls": ssl.create_default_context().protocol.name,  # ssl imports as usual afterwards
        "badge": hashlib.sha256(b"abc").hexdigest(),
        "md5": hashlib.md5(b"abc").hexdigest(),
    }
    print(json.dumps({
        "read": read, "sqlalchemy": "sqlalchemy" in sys.modules, "openssl": openssl,
        "later": later, "before_open": before_open,
    }))
    """
)


def probe(argv: list[str]) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(argv)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert out.returncode == 0, out.stderr
    result: dict[str, object] = json.loads(out.stdout.splitlines()[-1])
    return result


@pytest.mark.parametrize(
    "mode",
    [[], ["--kiosk"], ["--server", "http://127.0.0.1:9"]],
    ids=["local", "local-kiosk", "server"],
)
def test_no_library_source_is_read_once_qt_is_up(tmp_path: Path, mode: list[str]) -> None:
    result = probe(["--data-dir", str(tmp_path), *mode])
    assert result["read"] == []


def test_the_home_window_loads_its_store_after_qt(tmp_path: Path) -> None:
    """The local home window imports SQLAlchemy only when it opens the store (on its worker,
    once the window is up), and still without PySide6 reading its source (above); the kiosk
    opens its store before its window, so it loads it first."""
    assert probe(["--data-dir", str(tmp_path)])["before_open"] is False
    assert probe(["--data-dir", str(tmp_path), "--kiosk"])["before_open"] is True


#: What hashlib must give whether OpenSSL is loaded or not: the standard digests of "abc".
LATER = {
    "tls": "PROTOCOL_TLS_CLIENT",
    "badge": "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    "md5": "900150983cd24fb0d6963f7d28e17f72",
}


@pytest.mark.parametrize("mode", [[], ["--kiosk"]], ids=["local", "local-kiosk"])
def test_the_local_store_runs_without_loading_openssl(tmp_path: Path, mode: list[str]) -> None:
    """No network on the local store: OpenSSL stays out (5 MiB), yet `ssl` still imports
    afterwards and the digests are the standard ones."""
    result = probe(["--data-dir", str(tmp_path), *mode])
    assert result["openssl"] == []
    assert result["later"] == LATER


def test_the_server_mode_has_tls(tmp_path: Path) -> None:
    result = probe(["--data-dir", str(tmp_path), "--server", "https://127.0.0.1:9"])
    assert result["openssl"] == ["_hashlib", "ssl"]
    assert result["later"] == LATER


def test_a_server_kiosk_does_not_load_the_local_store_library(tmp_path: Path) -> None:
    result = probe(["--data-dir", str(tmp_path), "--server", "http://127.0.0.1:9", "--kiosk"])
    assert result["read"] == []
    assert result["sqlalchemy"] is False


def test_openssl_is_not_held_back_once_something_loaded_it(tmp_path: Path) -> None:
    """A process that already imported asyncio keeps its TLS: holding `ssl` back then would
    leave asyncio half without it."""
    code = textwrap.dedent(
        """
        import asyncio, json, sys
        from attendance_desktop.cli import options_from_args
        from attendance_desktop.preload import import_local_store, preload

        preload(options_from_args(["--data-dir", sys.argv[1]]))
        import_local_store()
        import asyncio.sslproto, hashlib
        print(json.dumps({
            "asyncio_tls": asyncio.sslproto.ssl is not None,
            "one_ssl": sys.modules.get("ssl") is asyncio.sslproto.ssl,
            "sqlalchemy": "sqlalchemy" in sys.modules,
        }))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert out.returncode == 0, out.stderr
    kept = json.loads(out.stdout.splitlines()[-1])
    assert kept == {"asyncio_tls": True, "one_ssl": True, "sqlalchemy": True}
