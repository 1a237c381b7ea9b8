"""Lay out PyInstaller's Linux folder as the download, then pack it as one tarball.

    python packaging/linux_bundle.py FROZEN_DIR DIST_DIR

makes DIST_DIR/attendance-desktop-VERSION-linux-ARCH/ (the program, its libraries, and a
`share/` tree with the menu entry, the AppStream metainfo and the icon in every size, laid
out as under /usr/share) and DIST_DIR/attendance-desktop-VERSION-linux-ARCH.tar.gz.
scripts/build-bundle runs it after PyInstaller.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
APP_ID = "attendance-desktop"

README = """\
Attendance Desktop {version} for Linux ({arch})

Start it:                 ./attendance-desktop
Add it to your menu:      ./attendance-desktop --install-desktop-entry
  (writes the menu entry and icons to ~/.local/share, starting this copy: move the
  folder where it is to stay first)
Check it starts:          ./attendance-desktop --smoke-test
All options:              ./attendance-desktop --help

share/ holds the menu entry, the AppStream metainfo and the icons as a distribution
package would install them under /usr/share.
"""


def bundle_name(version: str, arch: str | None = None) -> str:
    return f"{APP_ID}-{version}-linux-{arch or platform.machine()}"


def assemble(frozen: Path, dist: Path, version: str, arch: str | None = None) -> Path:
    """Copy PyInstaller's folder to DIST/NAME and add share/ and a README; returns it."""
    sys.path.insert(0, str(ROOT))
    from attendance_desktop.desktop_entry import install_icons

    arch = arch or platform.machine()
    folder = dist / bundle_name(version, arch)
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(frozen, folder, symlinks=True)
    share = folder / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(LINUX / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    for metainfo in LINUX.glob("*.metainfo.xml"):
        shutil.copy2(metainfo, share / "metainfo")
    install_icons(share)
    (folder / "README.txt").write_text(README.format(version=version, arch=arch))
    return folder


def pack(folder: Path) -> Path:
    """FOLDER.tar.gz beside it, whose one top-level entry is the folder."""
    tarball = folder.with_name(folder.name + ".tar.gz")
    with tarfile.open(tarball, "w:gz", compresslevel=6) as tar:  # 9 is 2x slower, 1% smaller
        tar.add(folder, arcname=folder.name)
    return tarball


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("frozen", type=Path, help="PyInstaller's output folder")
    parser.add_argument("dist", type=Path, help="where the bundle and its tarball go")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from attendance_desktop import __version__

    folder = assemble(args.frozen, args.dist, __version__)
    print(pack(folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
