"""The one build step that pyproject.toml cannot say: a wheel carries the top-level
`resources/` (stylesheet, icons) inside the package, as `attendance_desktop/resources/`,
where the theme looks when there is no source checkout around the package, and with them
the desktop files of `packaging/linux/` (menu entry, AppStream metainfo, the app's icon) as
`attendance_desktop/resources/linux/`, for `attendance-desktop --install-desktop-entry`.
The translations are built here too (`.ts` -> `.qm`, by Qt's lrelease from PySide6, which
is why the build needs PySide6), as scripts/build-translations does for a checkout."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if not self.editable_mode:  # an editable install reads both folders in place
            target = Path(self.build_lib) / "attendance_desktop" / "resources"
            shutil.copytree(HERE / "resources", target, dirs_exist_ok=True)
            shutil.copytree(HERE / "packaging" / "linux", target / "linux", dirs_exist_ok=True)
            build_translations(target / "i18n")


def build_translations(folder: Path) -> None:
    """Every `.ts` in `folder` to its `.qm` beside it (a failure stops the build)."""
    sources = sorted(str(ts) for ts in folder.glob("*.ts"))
    run_lrelease = "import sys; from PySide6.scripts.pyside_tool import lrelease; lrelease()"
    subprocess.run([sys.executable, "-c", run_lrelease, "-silent", *sources], check=True)


setup(cmdclass={"build_py": BuildWithResources})
