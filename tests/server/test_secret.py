"""The signing secret: a private file, never a row in the data tables; the server's
SQLite file and folders are for the server's user alone."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from attendance_desktop.server.app import create_app
from attendance_desktop.server.auth import TokenIssuer
from attendance_desktop.server.settings import ServerSettings

from .harness import SubprocessServer

OLD_SECRET = "an old secret kept in the database, 48 bytes long!"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_first_start_makes_a_private_secret_file(
    tmp_path: Path, private_config_dir: Path
) -> None:
    url = f"sqlite+pysqlite:///{tmp_path / 'server.sqlite3'}"
    app = create_app(ServerSettings.from_env(url))
    app.state.ctx.service.close()
    secret = private_config_dir / "attendance-server" / "signing-secret"
    assert _mode(secret) == 0o600
    assert _mode(secret.parent) == 0o700
    assert len(secret.read_text().strip()) >= 32
    con = sqlite3.connect(tmp_path / "server.sqlite3")
    assert con.execute("SELECT count(*) FROM store_settings").fetchone() == (0,)
    con.close()


def test_an_old_secret_row_moves_to_the_file_and_its_tokens_stay_good(tmp_path: Path) -> None:
    url = f"sqlite+pysqlite:///{tmp_path / 'server.sqlite3'}"
    create_app(ServerSettings(db_url=url, jwt_secret="x" * 32)).state.ctx.service.close()
    con = sqlite3.connect(tmp_path / "server.sqlite3")
    with con:
        con.execute("INSERT INTO store_settings VALUES ('server_jwt_secret', ?)", (OLD_SECRET,))
    con.close()
    secret_file = tmp_path / "shared" / "secret"
    app = create_app(ServerSettings(db_url=url, secret_file=secret_file))
    ctx = app.state.ctx
    assert secret_file.read_text() == OLD_SECRET
    con = sqlite3.connect(tmp_path / "server.sqlite3")
    assert con.execute("SELECT count(*) FROM store_settings").fetchone() == (0,)
    con.close()
    lifetime = ctx.settings.token_lifetime
    old_issuer = TokenIssuer(OLD_SECRET, ctx.clock, lifetime, lifetime)
    token, _ = old_issuer.for_employee(1, "employee", 0)
    assert ctx.tokens.decode(token).employee_id == 1
    ctx.service.close()


def test_hosts_sharing_a_secret_file_accept_each_others_tokens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite+pysqlite:///{tmp_path / 'server.sqlite3'}"
    monkeypatch.setenv("ATTENDANCE_SECRET_FILE", str(tmp_path / "shared" / "secret"))
    one, two = create_app(ServerSettings.from_env(url)), create_app(ServerSettings.from_env(url))
    token, _ = one.state.ctx.tokens.for_employee(7, "employee", 0)
    assert two.state.ctx.tokens.decode(token).employee_id == 7
    monkeypatch.delenv("ATTENDANCE_SECRET_FILE")
    monkeypatch.setenv("ATTENDANCE_JWT_SECRET_FILE", str(tmp_path / "shared" / "secret"))
    three = create_app(ServerSettings.from_env(url))
    assert three.state.ctx.tokens.decode(token).employee_id == 7
    for app in (one, two, three):
        app.state.ctx.service.close()


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder anyone may look into (0755), as /srv or /var/lib are: what keeps others
    out of the files in it is their own mode."""
    folder = Path(tempfile.mkdtemp(prefix="attendance-open-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _nobody_reads(path: Path) -> bool:
    cat = ["runuser", "-u", "nobody", "--", "cat", str(path)]
    return subprocess.run(cat, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode == 0


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to run a command as `nobody`")
def test_the_user_nobody_reads_neither_the_secret_nor_the_database(open_folder: Path) -> None:
    """Found: `nobody` read the secret from the 0644 database and signed an admin token."""
    db, secret = open_folder / "server.sqlite3", open_folder / "signing-secret"
    url = f"sqlite+pysqlite:///{db}"
    env = {"ATTENDANCE_SECRET_FILE": str(secret)}
    with SubprocessServer(url, env=env):
        pass
    for path in (db, secret):
        assert path.exists()
        assert not _nobody_reads(path), path
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM store_settings").fetchone() == (0,)
    con.close()
    assert _nobody_reads(Path("/etc/passwd"))  # what anyone may read, nobody reads


def test_the_server_database_and_its_folder_are_private(tmp_path: Path) -> None:
    db = tmp_path / "new-folder" / "server.sqlite3"
    url = f"sqlite+pysqlite:///{db}"
    subprocess.run(
        [sys.executable, "-m", "attendance_desktop.server.cli", "--db", url, "migrate"],
        check=True, capture_output=True,
    )  # fmt: skip
    assert _mode(db.parent) == 0o700
    assert _mode(db) == 0o600
