"""The remote service's own failures: unreachable server, expired token, wrong password."""

from __future__ import annotations

from pathlib import Path

import pytest
from server.harness import free_port
from server.live import PASSWORD, live_server

from attendance_desktop.core import errors
from attendance_desktop.remote import RemoteAttendanceService, sign_in


def test_an_unreachable_server_is_service_unavailable() -> None:
    remote = RemoteAttendanceService(f"http://127.0.0.1:{free_port()}", "token", timeout=2)
    with pytest.raises(errors.ServiceUnavailable):
        remote.status(1)
    with pytest.raises(errors.ServiceUnavailable):
        sign_in(f"http://127.0.0.1:{free_port()}", "a@example.com", "pw", timeout=2)
    remote.close()


def test_expired_token_and_wrong_password(tmp_path: Path) -> None:
    with live_server(f"sqlite+pysqlite:///{tmp_path / 's.sqlite3'}") as live:
        ada = live.add_employee("Ada")
        with pytest.raises(errors.NotAuthenticated):
            sign_in(live.base_url, "ada@example.com", "wrong password")
        token, _ = sign_in(live.base_url, "ada@example.com", PASSWORD)
        remote = RemoteAttendanceService(live.base_url, token)
        assert remote.me().id == ada
        live.advance(hours=13)
        with pytest.raises(errors.TokenExpired):
            remote.clock_in(ada)
        remote.close()
