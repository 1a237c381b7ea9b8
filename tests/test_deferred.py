"""asyncio and importlib.metadata wait for their first use on the local store.

SQLAlchemy imports both as it loads; the local store uses neither (8 MiB with the `email`
package, ~50 ms of the worker's start). Each probe is a fresh interpreter that imports the
store's libraries as the home window's worker does, uses the store, and only then, like
code that really needs them, uses asyncio and importlib.metadata.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

PROBE = textwrap.dedent(
    """
    import json, sys, threading
    from datetime import UTC, datetime
    from attendance_desktop.core.clock import FixedClock
    from attendance_desktop.core.models import NewEmployee
    from attendance_desktop.deferred import is_placeholder
    from attendance_desktop.launch import open_local_store
    from attendance_desktop.paths import app_paths
    from attendance_desktop.preload import import_local_store

    import_local_store()
    clock = FixedClock(datetime(2026, 11, 30, 8, 0, tzinfo=UTC))
    store = open_local_store(app_paths(sys.argv[1]), clock, "UTC")
    ana = store.add_employee(NewEmployee("Ana", "Lima", "ana@example.com"))
    store.clock_in(ana.id)
    worked = store.status(ana.id).open_session is not None
    store.close()
    waiting = {
        name: is_placeholder(sys.modules.get(name)) for name in ("asyncio", "importlib.metadata")
    }
    loaded = sorted(name for name in ("asyncio.events", "email") if name in sys.modules)

    # Then code that really uses them: two threads at once, then the usual imports.
    found = []
    def use():
        import asyncio
        async def answer():
            return 42
        found.append((asyncio.run(answer()), sys.modules["asyncio"]))
    threads = [threading.Thread(target=use) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    import asyncio.sslproto
    import importlib.metadata
    from sqlalchemy.util import compat
    print(json.dumps({
        "worked": worked, "waiting": waiting, "loaded": loaded,
        "answers": [a for a, _ in found],
        "one_module": found[0][1] is found[1][1] is sys.modules["asyncio"],
        "tls": asyncio.sslproto.ssl is not None,
        "version": importlib.metadata.version("sqlalchemy")
        == compat.importlib_metadata.version("sqlalchemy"),
        "still_waiting": [
            n for n in ("asyncio", "importlib.metadata") if is_placeholder(sys.modules[n])
        ],
    }))
    """
)


def test_the_store_runs_without_them_and_they_work_when_used(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin"},
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout.splitlines()[-1])
    assert result["worked"] is True  # the store clocked Ana in
    assert result["waiting"] == {"asyncio": True, "importlib.metadata": True}
    assert result["loaded"] == []  # neither asyncio's parts nor email were imported
    assert result["answers"] == [42, 42]
    assert result["one_module"] is True
    assert result["tls"] is True  # imported after the store, asyncio has its TLS
    assert result["version"] is True
    assert result["still_waiting"] == []
