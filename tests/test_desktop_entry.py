"""`attendance-desktop --install-desktop-entry` puts a menu entry that starts this very
installation, by absolute path, and the icon in every size, into the user's XDG data folder
(a temporary one here: no test touches the real ~/.local/share)."""

from __future__ import annotations

import os
import shlex
import struct
import subprocess
import sys
from pathlib import Path

from attendance_desktop.desktop_entry import ICON_SIZES, desktop_entry_text, exec_line

TEMPLATE = "[Desktop Entry]\nType=Application\nName=Attendance Desktop\nExec=attendance-desktop\n"


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def entry_values(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


def test_the_command_writes_an_entry_that_starts_this_installation(tmp_path: Path) -> None:
    share = tmp_path / "xdg-data"
    env = {**os.environ, "XDG_DATA_HOME": str(share), "HOME": str(tmp_path / "home")}
    done = subprocess.run(
        [sys.executable, "-m", "attendance_desktop", "--install-desktop-entry"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    entry = share / "applications" / "attendance-desktop.desktop"
    assert str(entry) in done.stdout  # it says where it wrote
    values = entry_values(entry)
    program = Path(shlex.split(values["Exec"])[0])
    assert program.is_absolute() and program.is_file() and os.access(program, os.X_OK)
    assert values["TryExec"] == str(program)
    assert values["Icon"] == "attendance-desktop"
    assert not (tmp_path / "home").exists()  # XDG_DATA_HOME was respected

    hicolor = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        assert png_size(hicolor / f"{size}x{size}" / "apps" / "attendance-desktop.png") == (
            size,
            size,
        )
    assert (hicolor / "scalable" / "apps" / "attendance-desktop.svg").read_text().startswith("<svg")


def test_the_exec_line_quotes_a_path_with_spaces_as_the_spec_says() -> None:
    assert exec_line(["/opt/app/attendance-desktop"]) == "/opt/app/attendance-desktop"
    line = exec_line(["/home/ana/My Apps/python", "-m", "attendance_desktop"])
    assert line == '"/home/ana/My Apps/python" -m attendance_desktop'
    # `$` is escaped inside quotes, and the value's own backslash is written twice
    assert exec_line(["/srv/a$b/x"]) == '"/srv/a\\\\$b/x"'
    assert exec_line(["/srv/100%/x"]) == "/srv/100%%/x"


def test_a_packaged_exec_and_try_exec_are_replaced() -> None:
    text = desktop_entry_text(
        TEMPLATE + "TryExec=attendance-desktop\n", ["/x/y/attendance-desktop"]
    )
    assert [line for line in text.splitlines() if "Exec=" in line] == [
        "Exec=/x/y/attendance-desktop",
        "TryExec=/x/y/attendance-desktop",
    ]
