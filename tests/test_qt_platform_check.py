"""scripts/qt_platform_check.py: whether Qt's X11 plugin loads is decided by loading it.

`scripts/run` installs (or names) what it reports before the first start. The old check
guessed from `ldd | grep -q` under pipefail, whose SIGPIPE skipped the install 4 times in
20, and Qt's own message named xcb-cursor0 when icccm4 and keysyms1 were missing.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHECK = ROOT / "scripts" / "qt_platform_check.py"


def _check(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(CHECK), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def plugin_with_a_dependency(tmp_path: Path) -> tuple[Path, Path]:
    """A real shared library (the stand-in plugin) linked to another (its dependency)."""
    gcc = shutil.which("gcc") or shutil.which("cc")
    assert gcc, "a C compiler builds the stand-in plugin (Debian: apt-get install gcc)"
    deps = tmp_path / "deps"
    deps.mkdir()
    (tmp_path / "dep.c").write_text("int attendance_dep(void) { return 7; }\n")
    (tmp_path / "plugin.c").write_text(
        "int attendance_dep(void);\nint attendance_plugin(void) { return attendance_dep(); }\n"
    )
    soname = "libattendance-dep.so.1"
    subprocess.run(
        [
            gcc,
            "-shared",
            "-fPIC",
            f"-Wl,-soname,{soname}",
            "-o",
            str(deps / soname),
            str(tmp_path / "dep.c"),
        ],
        check=True,
    )
    plugin = tmp_path / "libplugin.so"
    subprocess.run(
        [
            gcc,
            "-shared",
            "-fPIC",
            "-o",
            str(plugin),
            str(tmp_path / "plugin.c"),
            str(deps / soname),
        ],
        check=True,
    )
    return plugin, deps


def test_a_plugin_whose_library_is_missing_is_reported_with_that_library(
    plugin_with_a_dependency: tuple[Path, Path],
) -> None:
    plugin, _deps = plugin_with_a_dependency  # the dependency's folder is not searched
    done = _check("--plugin", str(plugin), "--explain")
    assert done.returncode == 1
    assert done.stdout.split() == ["libattendance-dep.so.1"]
    assert "missing: libattendance-dep.so.1" in done.stderr


def test_a_plugin_that_loads_is_ok(plugin_with_a_dependency: tuple[Path, Path]) -> None:
    plugin, deps = plugin_with_a_dependency
    done = _check("--plugin", str(plugin), env={"LD_LIBRARY_PATH": str(deps)})
    assert (done.returncode, done.stdout.strip()) == (0, "")


def test_the_verdict_on_pyside6s_own_plugin_is_what_the_loader_says() -> None:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    assert plugin.exists()

    def loads(library: str) -> bool:
        try:
            ctypes.CDLL(library)
        except OSError:
            return False
        return True

    done = _check()
    loadable = loads(str(plugin)) and loads("libxcb-cursor.so.0")
    assert done.returncode == (0 if loadable else 1)
    if not loadable:  # every package it names is a Debian package name, not a file name
        assert done.stdout.split() and all(".so" not in p for p in done.stdout.split())


def test_the_verdict_is_the_same_every_time() -> None:
    seen = {(d.returncode, d.stdout) for d in (_check() for _ in range(10))}
    assert len(seen) == 1
