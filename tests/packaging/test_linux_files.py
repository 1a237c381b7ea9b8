"""The menu entry and the AppStream metainfo that every Linux install carries (the wheel,
the bundle) pass the freedesktop validators, and say the same things."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
ENTRY = LINUX / "attendance-desktop.desktop"
(METAINFO,) = LINUX.glob("*.metainfo.xml")


def tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:  # .ci/run installs both
        pytest.skip(f"{name} is not installed (apt-get install {package})")
    return found


def test_the_menu_entry_is_valid() -> None:
    checked = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(ENTRY)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout


def test_the_metainfo_is_valid_and_names_the_menu_entry() -> None:
    checked = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
    root = ET.parse(METAINFO).getroot()
    assert METAINFO.name == f"{root.findtext('id')}.metainfo.xml"
    assert root.findtext("launchable[@type='desktop-id']") == ENTRY.name
    assert root.findtext("provides/binary") == "attendance-desktop"


def test_the_metainfo_lists_this_version() -> None:
    from attendance_desktop import __version__

    versions = [r.get("version") for r in ET.parse(METAINFO).getroot().iter("release")]
    assert versions and versions[0] == __version__  # newest first, as AppStream wants
