"""Each kiosk device's exit code: how an admin leaves kiosk mode while the kiosk is offline.

The code is made when the device is added and shown once, beside its token. Only an
argon2 hash is kept; the device fetches that hash (never the code) to check it offline.
Twelve random digits behind argon2 keep a stolen kiosk's copy of the hash from being
reversed (10^12 slow guesses), and a keypad can still type them.
"""

from __future__ import annotations

import secrets
from typing import ClassVar

from argon2 import PasswordHasher
from sqlalchemy import Engine, select, update

from ..core.errors import InvalidInput
from .engine import storage_errors
from .schema import devices

EXIT_CODE_DIGITS = 12


def new_exit_code() -> str:
    return "".join(secrets.choice("0123456789") for _ in range(EXIT_CODE_DIGITS))


class DeviceExitCodes:
    _hasher: ClassVar[PasswordHasher] = PasswordHasher()

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def renew(self, device_id: int) -> str:
        """A fresh exit code for the device; the old one stops working at its next fetch."""
        code = new_exit_code()
        hashed = self._hasher.hash(code)
        with (
            storage_errors(),
            self._engine.connect().execution_options(write=True) as conn,
            conn.begin(),
        ):
            done = conn.execute(
                update(devices).where(devices.c.id == device_id).values(exit_code_hash=hashed)
            ).rowcount
        if not done:
            raise InvalidInput(f"No device with id {device_id}.")
        return code

    def hash_of(self, device_id: int) -> str | None:
        with storage_errors(), self._engine.connect() as conn, conn.begin():
            found = conn.execute(
                select(devices.c.exit_code_hash).where(devices.c.id == device_id)
            ).scalar_one_or_none()
        return str(found) if found else None
