"""The wheel an end user installs carries the stylesheet and icons, and the app finds them
there: installed from a wheel there is no source checkout around the package."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def source_copy(target: Path) -> Path:
    """What an sdist holds, copied: building leaves build/ and egg-info where it runs."""
    for name in ("attendance_desktop", "resources"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, target / name)
    return target


def test_the_wheel_carries_the_resources_and_the_installed_app_uses_them(tmp_path: Path) -> None:
    source = source_copy(tmp_path / "source")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(tmp_path)],
        capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("attendance_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        "attendance_desktop/resources/" + p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file()
    }
    assert shipped and shipped <= names

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)  # what pip puts in site-packages
    probe = (
        "import attendance_desktop, attendance_desktop.qt.theme as theme;"
        "print(attendance_desktop.__file__); print(theme.resources_dir())"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    shown = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path,
        timeout=60,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    package_file, resources = shown.stdout.split()
    assert Path(package_file).is_relative_to(site)  # the wheel's copy, not the checkout
    assert Path(resources) == site / "attendance_desktop" / "resources"
