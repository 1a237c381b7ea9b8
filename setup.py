"""Only one build step that pyproject.toml cannot say: a wheel carries the top-level
`resources/` (stylesheet, icons) inside the package, as `attendance_desktop/resources/`,
where the theme looks when there is no source checkout around the package."""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if not self.editable_mode:  # an editable install reads resources/ in place
            target = Path(self.build_lib) / "attendance_desktop" / "resources"
            shutil.copytree(HERE / "resources", target, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithResources})
