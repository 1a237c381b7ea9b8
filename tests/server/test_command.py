"""`attendance-server` on a machine without the server extra: advice, not a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from attendance_desktop.server.command import INSTALL_HINT


@pytest.mark.parametrize("missing", ["fastapi", "uvicorn"])
def test_serve_without_the_server_extra_says_how_to_install_it(
    tmp_path: Path, missing: str
) -> None:
    db = f"sqlite+pysqlite:///{tmp_path / 'server.sqlite3'}"
    code = (
        f"import sys; sys.modules[{missing!r}] = None\n"  # as if it were not installed
        "from attendance_desktop.server.command import main\n"
        f"sys.exit(main(['--db', {db!r}, 'serve', '--port', '0']))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert INSTALL_HINT in done.stderr
    assert f"no module named {missing!r}" in done.stderr
    assert "Traceback" not in done.stderr


def test_the_installed_command_is_this_one() -> None:
    import tomllib

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text("utf-8"))
    entry = project["project"]["scripts"]["attendance-server"]
    assert entry == "attendance_desktop.server.command:main"
