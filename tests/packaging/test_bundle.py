"""The standalone Linux app, built by the README's command (scripts/build-bundle) and
unpacked from its tarball as a person who downloads it would, starts: the home window on two
years of history, the first-run form on an empty store, and the kiosk. Its size and its
start against the app run from source are measured from here, on one clock, and reported.

Selected with `-m bundle` (the build takes a minute or two, more with a fresh virtualenv).
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import struct
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from attendance_desktop import __version__
from attendance_desktop.desktop_entry import ICON_SIZES

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_bundle import MIB, child_env, compare, time_start, tree_size  # noqa: E402
from history import build_history  # noqa: E402

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.timeout(1800),  # the first build also makes the build's own virtualenv
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
]


@dataclass(frozen=True)
class Download:
    tarball: Path
    folder: Path  # the tarball, unpacked elsewhere
    build_s: float

    @property
    def program(self) -> Path:
        return self.folder / "attendance-desktop"


@pytest.fixture(scope="module")
def download(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Download]:
    dist = tmp_path_factory.mktemp("dist")
    started = time.perf_counter()
    built = subprocess.run(
        [ROOT / "scripts" / "build-bundle", "--dist", str(dist)],
        capture_output=True, text=True, timeout=1700,
    )  # fmt: skip
    build_s = time.perf_counter() - started
    assert built.returncode == 0, built.stderr[-6000:]
    tarball = Path(built.stdout.strip().splitlines()[-1])
    assert tarball.name == f"attendance-desktop-{__version__}-linux-{platform.machine()}.tar.gz"
    shutil.rmtree(dist / tarball.name.removesuffix(".tar.gz"))  # only the tarball is shipped
    unpacked = tmp_path_factory.mktemp("downloads")
    with tarfile.open(tarball) as tar:
        tar.extractall(unpacked, filter="tar")
    (folder,) = unpacked.iterdir()
    yield Download(tarball, folder, build_s)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A local store with two years of punches and Bavaria's public holidays."""
    data = tmp_path_factory.mktemp("history")
    build_history(data, 24, datetime.now(UTC))
    return data


def offscreen() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def test_the_download_holds_the_program_menu_entry_metainfo_and_icons(download: Download) -> None:
    assert os.access(download.program, os.X_OK)
    share = download.folder / "share"
    assert (share / "applications" / "attendance-desktop.desktop").is_file()
    assert len(list((share / "metainfo").glob("*.metainfo.xml"))) == 1
    for size in ICON_SIZES:
        png = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "attendance-desktop.png"
        assert png_size(png) == (size, size)
    if shutil.which("appstreamcli"):  # .ci/run installs it
        # the tree as a software centre reads it: metainfo, its menu entry, its icons
        checked = subprocess.run(
            ["appstreamcli", "validate-tree", "--no-net", str(download.folder)],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "--install-desktop-entry" in (download.folder / "README.txt").read_text()


def test_the_home_window_shows_two_years_of_history(
    download: Download, history: Path, tmp_path: Path
) -> None:
    """With public holidays: their names come from files a bundle must carry."""
    started = time_start([str(download.program), "--data-dir", str(history)], child_env(tmp_path))
    assert started["data_shown_s"] >= started["painted_s"] > 0


def test_the_first_run_form_opens_on_an_empty_store(download: Download, tmp_path: Path) -> None:
    run = subprocess.run(
        [download.program, "--smoke-test", "--data-dir", str(tmp_path / "new")],
        capture_output=True, text=True, env=offscreen(), timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")]
    assert [line["event"] for line in lines] == ["painted", "smoke-test"]
    assert "error" not in lines[-1]
    assert (tmp_path / "new" / "data" / "attendance.sqlite3").is_file()


def test_the_kiosk_starts(download: Download, tmp_path: Path) -> None:
    run = subprocess.run(
        [download.program, "--kiosk", "--smoke-test", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, env=offscreen(), timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert (tmp_path / "data" / "attendance.sqlite3").is_file()
    log = (tmp_path / "logs" / "attendance-desktop.log").read_text()
    assert "started: kiosk, local store" in log
    assert "ERROR" not in log


def test_the_menu_entry_it_installs_starts_the_unpacked_program(
    download: Download, tmp_path: Path
) -> None:
    share = tmp_path / "xdg-data"
    run = subprocess.run(
        [download.program, "--install-desktop-entry"],
        capture_output=True, text=True, timeout=120,
        env={"HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(share)},  # no PATH
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    entry = (share / "applications" / "attendance-desktop.desktop").read_text()
    assert f"Exec={download.program}\n" in entry
    assert png_size(share / "icons/hicolor/256x256/apps/attendance-desktop.png") == (256, 256)


def test_size_and_start_against_the_source_app(
    download: Download, history: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Reported for CI's log; the bounds catch a bundle gone wrong (a test tool or another
    Qt module swept in, a start that unpacks itself), not noise."""
    figures = compare(download.program, history, tmp_path, runs=3)
    report = {
        "bundle": download.folder.name,
        "build_s": round(download.build_s, 1),
        "bundle_mib": round(tree_size(download.folder) / MIB, 1),
        "tarball_mib": round(download.tarball.stat().st_size / MIB, 1),
        **figures,
    }
    with capsys.disabled():
        print("\nbundle:", json.dumps(report))
    assert report["bundle_mib"] < 200
    assert report["tarball_mib"] < 80
    assert figures["ratio_data_shown"] < 2.0
