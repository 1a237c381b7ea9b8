"""The app's translations built fresh for a test session (the .qm files are never
committed): lrelease over resources/i18n/*.ts into a temp folder, which the app is then
pointed at (`ATTENDANCE_DESKTOP_TRANSLATIONS`), so a test sees the catalogues of this
checkout whether or not scripts/build-translations has run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from attendance_desktop.qt.i18n import install_language

SOURCES = Path(__file__).resolve().parents[1] / "resources" / "i18n"
LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


def build_catalogues(target: Path) -> Path:
    for ts in SOURCES.glob("*.ts"):
        shutil.copy2(ts, target / ts.name)
    sources = sorted(str(ts) for ts in target.glob("*.ts"))
    subprocess.run([sys.executable, "-c", LRELEASE, "-silent", *sources], check=True, timeout=120)
    return target


@pytest.fixture(scope="session", autouse=True)
def english_catalogue(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every GUI test speaks English with its plurals ("1 punch", "2 punches"), as the app
    does at start; a test of another language installs it and puts English back."""
    folder = build_catalogues(tmp_path_factory.mktemp("i18n"))
    os.environ["ATTENDANCE_DESKTOP_TRANSLATIONS"] = str(folder)
    install_language(qapp, "en")
    return folder
