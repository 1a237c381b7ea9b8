"""The one build step that pyproject.toml cannot say: a wheel carries the top-level
`resources/` (stylesheet, icons) inside the package, as `attendance_desktop/resources/`,
where the theme looks when there is no source checkout around the package, and with them
the desktop files of `packaging/linux/` (menu entry, AppStream metainfo, the app's icon) as
`attendance_desktop/resources/linux/`, for `attendance-desktop --install-desktop-entry`."""

from __future__ import annotations

import shutil
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


setup(cmdclass={"build_py": BuildWithResources})
