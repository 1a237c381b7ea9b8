"""The wheel an end user installs carries the stylesheet, the icons, the desktop files and
the built translations, and the app finds them there: installed from a wheel there is no
source checkout around the package, and the environment's bin folder is not on the PATH."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


def source_copy(target: Path) -> Path:
    """What an sdist holds, copied: building leaves build/ and egg-info where it runs. No
    .qm (built files, never in an sdist): the wheel's build makes them."""
    skipped = shutil.ignore_patterns("__pycache__", "*.qm")
    for name in ("attendance_desktop", "resources", "packaging/linux"):
        shutil.copytree(ROOT / name, target / name, ignore=skipped)
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, target / name)
    return target


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    source = source_copy(tmp / "source")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(tmp)],
        capture_output=True, text=True, timeout=240,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (found,) = tmp.glob("attendance_desktop-*.whl")
    return found


def test_the_wheel_carries_the_resources_and_the_installed_app_uses_them(
    wheel: Path, tmp_path: Path
) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        "attendance_desktop/resources/" + p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix != ".qm"
    }
    built = {
        f"attendance_desktop/resources/i18n/{ts.stem}.qm"
        for ts in (ROOT / "resources" / "i18n").glob("*.ts")
    }
    assert "attendance_desktop/resources/i18n/attendance_desktop_de.qm" in built <= names
    desktop = {"attendance_desktop/resources/linux/" + p.name for p in LINUX.iterdir()}
    assert "attendance_desktop/resources/linux/attendance-desktop.desktop" in desktop
    assert "attendance_desktop/resources/linux/attendance-desktop.svg" in desktop
    assert any(name.endswith(".metainfo.xml") for name in desktop)
    assert shipped and shipped | desktop <= names

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)  # what pip puts in site-packages
    probe = (
        "import attendance_desktop, attendance_desktop.qt.theme as theme;"
        "import attendance_desktop.desktop_entry as entry;"
        "print(attendance_desktop.__file__); print(theme.resources_dir());"
        "print(entry.linux_files());"
        "from PySide6.QtCore import QCoreApplication as A; app = A([]);"
        "from attendance_desktop.qt.i18n import install_language, translate;"
        "install_language(app, 'de'); print(translate('ClockPanel', 'Clock in'))"
    )
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("ATTENDANCE_DESKTOP_TRANSLATIONS", None)  # the wheel's own, not a test's
    shown = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path,
        timeout=60,
    )  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    package_file, resources, linux, clock_in = shown.stdout.split()
    assert clock_in == "Einstempeln"  # German, from the .qm the wheel's build made
    assert Path(package_file).is_relative_to(site)  # the wheel's copy, not the checkout
    assert Path(resources) == site / "attendance_desktop" / "resources"
    assert Path(linux) == site / "attendance_desktop" / "resources" / "linux"


def test_an_installed_wheel_adds_a_menu_entry_that_starts_it_off_the_path(
    wheel: Path, tmp_path: Path
) -> None:
    """A fresh virtualenv with the wheel (its dependencies borrowed from this environment,
    without its own copy of the app): the entry's Exec= starts the app with no PATH at all."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    venv_site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
         "--ignore-installed", str(wheel)],
        capture_output=True, text=True, timeout=240,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},  # a fresh venv's view
    )  # fmt: skip
    assert installed.returncode == 0, installed.stderr
    # Then the dependencies: appended after the venv's own folder as a plain path, whose .pth
    # files do not run (so this environment's editable install of the checkout is not seen).
    # Written after the install, or pip would find the app there and install nothing.
    Path(venv_site, "borrowed-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")

    share, data = tmp_path / "xdg-data", tmp_path / "store"
    bare = {"HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(share)}  # no PATH
    wrote = subprocess.run(
        [venv / "bin" / "attendance-desktop", "--install-desktop-entry"],
        capture_output=True, text=True, env=bare, timeout=60,
    )  # fmt: skip
    assert wrote.returncode == 0, wrote.stderr
    entry = (share / "applications" / "attendance-desktop.desktop").read_text()
    (exec_value,) = (line[5:] for line in entry.splitlines() if line.startswith("Exec="))
    command = shlex.split(exec_value)
    assert command == [str(venv / "bin" / "attendance-desktop")]
    assert os.access(command[0], os.X_OK)
    assert (share / "icons/hicolor/48x48/apps/attendance-desktop.png").is_file()

    # What the menu does: run Exec=, with no PATH, here offscreen and as a smoke test.
    started = subprocess.run(
        [*command, "--smoke-test", "--data-dir", str(data)],
        capture_output=True, text=True, timeout=120,
        env={**bare, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert started.returncode == 0, started.stderr
    assert '"event": "smoke-test"' in started.stdout and '"error"' not in started.stdout
    assert (data / "data" / "attendance.sqlite3").is_file()
    # and what ran was the wheel's copy, not the checkout this environment has installed
    where = subprocess.run(
        [python, "-c", "import attendance_desktop; print(attendance_desktop.__file__)"],
        capture_output=True, text=True, env=bare, check=True, cwd=tmp_path,
    ).stdout.strip()  # fmt: skip
    assert Path(where).is_relative_to(venv_site)
