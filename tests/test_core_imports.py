"""The domain core stays free of the GUI, HTTP, server and storage libraries.

Checked in a fresh interpreter: every module of `attendance_desktop.core` is imported and
exercised (holidays are loaded lazily), then `sys.modules` must hold none of them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

FORBIDDEN = [
    "PySide6",
    "shiboken6",
    "httpx",
    "fastapi",
    "starlette",
    "uvicorn",
    "sqlalchemy",
    "psycopg",
    "keyring",
]

PROBE = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    from datetime import UTC, date, datetime
    import attendance_desktop.core as core

    names = [m.name for m in pkgutil.iter_modules(core.__path__, core.__name__ + ".")]
    for name in names:
        importlib.import_module(name)
    from attendance_desktop.core.calendar import WorkCalendar
    from attendance_desktop.core.rules import month_metrics
    now = datetime(2026, 11, 22, 12, tzinfo=UTC)
    month_metrics(2025, 12, [], today=now.date(), now=now, calendar=WorkCalendar("DE"),
                  work_week=(0, 1, 2, 3, 4))
    loaded = sorted({m.split(".")[0] for m in sys.modules})
    print(json.dumps({"modules": names, "loaded": loaded}))
    """
)


def test_core_imports_no_gui_http_server_or_storage_library() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    report = json.loads(out.stdout)
    # The probe really walked the core, so an empty result cannot pass by accident.
    assert {"attendance_desktop.core.rules", "attendance_desktop.core.service"} <= set(
        report["modules"]
    )
    assert "holidays" in report["loaded"]
    assert sorted(set(FORBIDDEN) & set(report["loaded"])) == []
