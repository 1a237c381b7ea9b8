from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from .harness import pg_cluster
from .live import Live, live_server


@pytest.fixture(scope="session")
def pg() -> object:
    return pg_cluster()


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite+pysqlite:///{tmp_path / 'server.sqlite3'}"
    return pg_cluster().new_database()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+pysqlite:///{tmp_path / 'server.sqlite3'}"


@pytest.fixture
def live(db_url: str) -> Iterator[Live]:
    with live_server(db_url) as server:
        yield server


@pytest.fixture
def live_sqlite(sqlite_url: str) -> Iterator[Live]:
    """For tests about HTTP handling, where the database makes no difference."""
    with live_server(sqlite_url) as server:
        yield server


@pytest.fixture(autouse=True)
def cheap_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    """Real argon2, with test-sized cost so each sign-in takes milliseconds."""
    from argon2 import PasswordHasher

    from attendance_desktop.storage.accounts import AccountStore

    monkeypatch.setattr(
        AccountStore, "_hasher", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )
    monkeypatch.setattr(AccountStore, "_dummy_hash", None)


@pytest.fixture(autouse=True)
def private_config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The server's config folder (where it keeps its signing secret) in a temp dir, for
    servers in this process and the ones it starts."""
    folder = tmp_path / "xdg-config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder
