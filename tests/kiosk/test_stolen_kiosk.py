"""A stolen server kiosk: its disk holds nobody's badge code, PIN or a hash of either."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from attendance_desktop.kiosk.remote_backend import RemoteKioskBackend
from attendance_desktop.paths import app_paths
from attendance_desktop.storage.schema import accounts

from .conftest import NOW
from .remote_harness import RestartableServer

STAFF = [("Anna", "0012345", "2468"), ("Bruno", "A1B2C3", "1357"), ("Chloe", "77F00D", "9999")]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RestartableServer]:
    srv = RestartableServer(tmp_path / "server.sqlite3", NOW)
    srv.start()
    yield srv
    srv.stop()


def test_a_stolen_kiosks_files_hold_no_badge_pin_or_hash(
    server: RestartableServer, tmp_path: Path
) -> None:
    ids = [server.add_employee(n, badge=b, pin=p) for n, b, p in STAFF]
    token = server.device_token()
    root = tmp_path / "kiosk"
    backend = RemoteKioskBackend.open(server.base_url, token, app_paths(root), server.clock)
    try:
        backend.refresh_device()
        backend.toggle(backend.identify_badge("0012345"))  # online
        server.stop()
        backend.sync()
        for (_, badge, pin), employee_id in zip(STAFF, ids, strict=True):  # offline
            backend.toggle(backend.identify_badge(badge))
            backend.toggle(backend.identify_pin(employee_id, pin))
        backend.toggle(backend.identify_pin(ids[0], "8642"))  # a wrong PIN, too
        assert backend.sync().waiting == 7
    finally:
        backend.close()
    server.start()
    assert server.ctx is not None
    with server.ctx.service.engine.connect() as conn:
        pin_hashes = list(conn.execute(select(accounts.c.pin_hash)).scalars())

    secrets: list[bytes] = [b"$argon2id$v=19$m=1024"]  # no employee's PIN hash (test cost)
    for _, badge, pin in STAFF:
        secrets += [badge.encode(), hashlib.sha256(badge.encode()).hexdigest().encode()]
        secrets += [f'"pin":"{pin}"'.encode(), f'"pin": "{pin}"'.encode()]
    secrets += [h.encode() for h in pin_hashes]
    secrets += [b'"pin":"8642"']  # (bare 4-digit PINs would match random punch ids)
    files = [p for p in root.rglob("*") if p.is_file()]
    assert any(p.name == "kiosk-journal.sqlite3" for p in files)
    assert any(p.name == "kiosk-device.json" for p in files)
    for path in files:
        data = path.read_bytes()
        for secret in secrets:
            assert secret not in data, (path.name, secret)


def test_an_old_roster_left_on_disk_is_deleted(server: RestartableServer, tmp_path: Path) -> None:
    paths = app_paths(tmp_path / "kiosk")
    paths.data_dir.mkdir(parents=True)
    for name in ("kiosk-roster.sqlite3", "kiosk-roster.sqlite3-wal"):
        (paths.data_dir / name).write_bytes(b"badge digests and PIN hashes")
    backend = RemoteKioskBackend.open(server.base_url, server.device_token(), paths, server.clock)
    backend.close()
    assert not any(p.name.startswith("kiosk-roster") for p in paths.data_dir.iterdir())
