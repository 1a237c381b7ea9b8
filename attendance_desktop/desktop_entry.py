"""`attendance-desktop --install-desktop-entry`: put the app in the desktop's menu.

pip installs the `attendance-desktop` command into its environment's bin folder, which is on
nobody's PATH when that is a virtualenv: a menu entry saying `Exec=attendance-desktop` then
starts nothing. So the entry is written here, by the installed app itself, with `Exec=` set
to the absolute path of the command that is running (or of the standalone bundle's program),
into the user's XDG data folder, with the icon in every size the icon theme spec lists.

The entry and the icon come from `packaging/linux/` in a source checkout, or from
`attendance_desktop/resources/linux/` in a wheel or a bundle (setup.py and the PyInstaller
spec copy them there). PNGs are rendered from the one SVG with Qt's SVG renderer, so no
bitmap is kept in the repository.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

APP_ID = "attendance-desktop"
#: The hicolor sizes desktops look for (a scalable SVG goes beside them).
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def linux_files() -> Path:
    """The folder holding the .desktop file, the metainfo and the SVG icon."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "resources" / "linux", package.parent / "packaging" / "linux"):
        if (candidate / f"{APP_ID}.desktop").is_file():
            return candidate
    raise FileNotFoundError(f"{APP_ID}.desktop is neither in the package nor beside it")


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (as the spec says)."""
    configured = os.environ.get("XDG_DATA_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path.home() / ".local" / "share"


def launcher_command() -> list[str]:
    """The command that starts this installation, by absolute path."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: its own program
        return [str(Path(sys.executable).absolute())]
    # Not resolved: a virtualenv's python is a symlink to a base interpreter whose bin folder
    # holds no attendance-desktop.
    bin_dir = Path(sys.executable).absolute().parent
    for name in (APP_ID, f"{APP_ID}.exe"):
        script = bin_dir / name
        if script.is_file() and os.access(script, os.X_OK):
            return [str(script)]
    return [str(Path(sys.executable).absolute()), "-m", "attendance_desktop"]


def exec_line(command: list[str]) -> str:
    """`command` as a desktop entry's Exec= value (quoted where the spec requires)."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    quoted = []
    for arg in command:
        if any(ch in reserved for ch in arg):
            escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
            arg = f'"{escaped}"'
        quoted.append(arg.replace("%", "%%"))
    # In a .desktop file the value itself is unescaped once more: a backslash is written twice.
    return " ".join(quoted).replace("\\", "\\\\")


def desktop_entry_text(template: str, command: list[str]) -> str:
    """The packaged entry with its Exec= (and TryExec=) pointing at `command`."""
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + exec_line(command)
        elif line.startswith("TryExec="):
            continue
        lines.append(line)
        if line.startswith("Exec="):
            lines.append("TryExec=" + command[0].replace("\\", "\\\\"))
    return "\n".join(lines) + "\n"


def render_png(svg: Path, size: int, target: Path) -> None:
    """Render `svg` as a `size` x `size` PNG at `target` (no QApplication needed)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG image Qt can read")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):  # PNG, from the suffix
        raise OSError(f"could not write {target}")


def install_icons(share: Path) -> list[Path]:
    """The SVG and a PNG of every size under `share`/icons/hicolor; returns the files."""
    svg = linux_files() / f"{APP_ID}.svg"
    hicolor = share / "icons" / "hicolor"
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written = [scalable]
    for size in ICON_SIZES:
        png = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        render_png(svg, size, png)
        written.append(png)
    return written


def install(share: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Write the menu entry and the icons for this user; returns what was written."""
    share = share or data_home()
    command = command or launcher_command()
    source = linux_files()
    entry = share / "applications" / f"{APP_ID}.desktop"
    entry.parent.mkdir(parents=True, exist_ok=True)
    template = (source / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    entry.write_text(desktop_entry_text(template, command), encoding="utf-8")
    return [entry, *install_icons(share)]


def main() -> int:
    """The command line's `--install-desktop-entry`: install, then say where."""
    try:
        written = install()
    except (OSError, ValueError) as exc:
        print(f"Could not install the menu entry: {exc}", file=sys.stderr)
        return 1
    entry = written[0]
    print(f"Menu entry: {entry}")
    print(f"Starts: {launcher_command()[0]}")
    print(f"Icons: {entry.parent.parent / 'icons' / 'hicolor'} ({len(written) - 1} files)")
    return 0
