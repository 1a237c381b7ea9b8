"""Start at login: an XDG autostart entry on Linux, the HKCU Run key on Windows, a
LaunchAgent on macOS.

The content of each (the .desktop file, the Run value, the plist) is built by a pure
function, so all three are tested on any machine; only the platform's own one is written.
The command is this Python running this package, so a virtualenv or a source checkout
starts the same app that was running when the box was ticked.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import shlex
import subprocess
import sys
from pathlib import Path

ENTRY_NAME = "attendance-desktop"
LABEL = "org.attendance-desktop.app"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = "AttendanceDesktop"


def launch_command(data_dir: Path | None = None) -> list[str]:
    command = [sys.executable, "-m", "attendance_desktop"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    return command


def desktop_entry(command: list[str]) -> str:
    """An XDG autostart entry (freedesktop Desktop Entry Specification)."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Attendance Desktop\n"
        "Comment=Clock in and out from the tray\n"
        f"Exec={shlex.join(command)}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def run_value(command: list[str]) -> str:
    """The HKCU Run value: one command line, each part quoted as Windows parses it."""
    return subprocess.list2cmdline(command)


def launch_agent(command: list[str]) -> bytes:
    """A per-user LaunchAgent plist that runs the app once at login."""
    plist = {"Label": LABEL, "ProgramArguments": command, "RunAtLoad": True}
    return plistlib.dumps(plist)


def xdg_autostart_dir() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart"


def entry_path(platform: str = sys.platform) -> Path | None:
    """Where the entry lives on this platform (None on Windows: a registry value)."""
    if platform.startswith("win"):
        return None
    if platform == "darwin":
        return Path.home() / "Library" / "LaunchAgents" / f"{LABEL}.plist"
    return xdg_autostart_dir() / f"{ENTRY_NAME}.desktop"


def is_enabled(platform: str = sys.platform) -> bool:
    path = entry_path(platform)
    if path is not None:
        return path.is_file()
    if sys.platform == "win32":  # mypy checks this branch with Windows' stubs only there
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                winreg.QueryValueEx(key, RUN_VALUE)
            return True
        except OSError:
            return False
    return False


def set_enabled(enabled: bool, command: list[str], platform: str = sys.platform) -> None:
    """Add or remove the entry; raises OSError when the file or key cannot be written."""
    path = entry_path(platform)
    if path is None:
        _set_run_key(enabled, command)
        return
    if not enabled:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    if platform == "darwin":
        path.write_bytes(launch_agent(command))
    else:
        path.write_text(desktop_entry(command), encoding="utf-8")


def _set_run_key(enabled: bool, command: list[str]) -> None:
    if sys.platform != "win32":
        raise OSError("The Run key exists on Windows only.")
    import winreg

    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        if enabled:
            winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, run_value(command))
        else:
            with contextlib.suppress(FileNotFoundError):
                winreg.DeleteValue(key, RUN_VALUE)
