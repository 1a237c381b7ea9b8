"""Can Qt's X11 platform plugin load on this machine? Decided by loading it, not by guessing.

Prints the Debian packages that would bring what is missing, one line, space-separated
(nothing when it loads), and exits 0 when the plugin loads, 1 when it does not, 2 when
there is no such plugin to try. `scripts/run` uses it before the first start.

    python scripts/qt_platform_check.py [--plugin PATH] [--explain]

Qt's own message when its plugin fails ("xcb-cursor0 is needed") names one library
whatever is missing; here every missing library is found (`ldd` lists them all, and the
loader's own refusal confirms), and so is `libxcb-cursor.so.0`, which Qt opens only when it
starts.
"""

from __future__ import annotations

import argparse
import ctypes
import re
import shutil
import subprocess
import sys
from pathlib import Path

# The shared libraries Qt's xcb plugin needs beyond a bare X11 system, by Debian package.
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}
# Opened by Qt at start-up rather than linked, so loading the plugin does not show it.
LOADED_AT_START = ("libxcb-cursor.so.0",)
NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def default_plugin() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    found = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return found if found.exists() else None


def loads(library: str) -> str | None:
    """None when the dynamic loader loads `library` with all it needs; else its refusal."""
    try:
        ctypes.CDLL(library, mode=ctypes.RTLD_GLOBAL)
    except OSError as exc:
        return str(exc)
    return None


def missing_libraries(plugin: Path, also: tuple[str, ...] = ()) -> list[str]:
    """Every library the plugin (and `also`) needs that this machine lacks, in order."""
    missing: list[str] = []
    refusal = loads(str(plugin))
    if refusal is not None:
        if shutil.which("ldd"):
            listed = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
            missing.extend(NOT_FOUND.findall(listed))
        first = refusal.split(":", 1)[0].strip()
        if first.startswith("lib") and first not in missing:
            missing.append(first)  # the loader's own word, whatever ldd said
        if not missing:
            missing.append(refusal)
    missing.extend(lib for lib in also if loads(lib) is not None)
    return list(dict.fromkeys(missing))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plugin", type=Path, help="the plugin to try (default: PySide6's xcb)")
    parser.add_argument("--explain", action="store_true", help="say what is missing, on stderr")
    args = parser.parse_args(argv)
    plugin = args.plugin or default_plugin()
    if plugin is None or not plugin.exists():
        print("no Qt xcb platform plugin to try", file=sys.stderr)
        return 2
    missing = missing_libraries(plugin, () if args.plugin else LOADED_AT_START)
    if args.explain and missing:
        print("Qt's X11 plugin cannot load; missing: " + ", ".join(missing), file=sys.stderr)
    print(" ".join(dict.fromkeys(PACKAGES.get(lib, lib) for lib in missing)))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
