"""A real attendance server on 127.0.0.1 that a test can stop and start again on the same
port (the kiosk keeps its address), over one SQLite file."""

from __future__ import annotations

import socket
import threading
import time
from datetime import datetime
from pathlib import Path

import uvicorn

from attendance_desktop.core.clock import FixedClock
from attendance_desktop.core.models import NewEmployee
from attendance_desktop.server.app import create_app
from attendance_desktop.server.context import ServerContext
from attendance_desktop.server.settings import ServerSettings
from attendance_desktop.storage.device_codes import DeviceExitCodes


class RestartableServer:
    def __init__(self, db_path: Path, now: datetime) -> None:
        self.db_url = f"sqlite+pysqlite:///{db_path}"
        self.key_file = db_path.with_name("kiosk-seal.key")
        self.clock = FixedClock(now)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = int(s.getsockname()[1])
        self.ctx: ServerContext | None = None
        self.exit_code = ""
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        settings = ServerSettings(
            db_url=self.db_url, jwt_secret="kiosk test " * 4, kiosk_key_file=self.key_file
        )
        app = create_app(settings, self.clock)
        self.ctx = app.state.ctx
        sock = socket.socket()
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", self.port))
        config = uvicorn.Config(app, log_level="error", ws="none", lifespan="off")
        self._server = server = uvicorn.Server(config)
        self._thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.01)
        self._sock = sock

    def stop(self) -> None:
        if self._server is None:
            return
        self._server.should_exit = True
        assert self._thread is not None
        self._thread.join(10)
        self._sock.close()
        assert self.ctx is not None
        self.ctx.service.close()
        self._server = None

    def add_employee(
        self,
        first: str,
        *,
        badge: str | None = None,
        pin: str | None = None,
        role: str = "employee",
    ) -> int:
        assert self.ctx is not None
        emp = self.ctx.service.add_employee(
            NewEmployee(first, "Tester", f"{first.lower()}@example.com")
        )
        self.ctx.accounts.set_account(emp.id, role=role, pin=pin, badge=badge)
        return emp.id

    def device_token(self) -> str:
        """A new device's token, as `attendance-server device add` makes it (its exit code
        is kept in `exit_code`)."""
        assert self.ctx is not None
        device, token = self.ctx.accounts.add_device("Front door")
        self.exit_code = DeviceExitCodes(self.ctx.service.engine).renew(device.id)
        return token
