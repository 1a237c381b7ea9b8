"""What a server kiosk keeps from the server: enough to work offline, nothing about anyone.

A small JSON file beside the punch journal holds the server's public key (offline punches
are sealed to it, see sealing.py) and the argon2 hash of this device's exit code (leaving
kiosk mode offline). No names, badges, PINs, hashes of them, or anyone's state: kiosks
used to keep a roster of those, and opening the cache deletes such a file left behind.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from ..core.errors import StoreNotWritable
from ..private_files import FILE_MODE, private_dir

LEGACY_ROSTER = "kiosk-roster.sqlite3"  # badge digests and PIN hashes, before sealing
_hasher = PasswordHasher()


@dataclass(frozen=True)
class DeviceInfo:
    seal_public_key: str | None = None
    exit_code_hash: str | None = None

    def exit_code_matches(self, code: str) -> bool:
        if not self.exit_code_hash:
            return False
        try:
            return _hasher.verify(self.exit_code_hash, code)
        except (VerificationError, InvalidHashError):
            return False


def _remove_legacy_roster(folder: Path) -> None:
    for name in (LEGACY_ROSTER, LEGACY_ROSTER + "-wal", LEGACY_ROSTER + "-shm"):
        (folder / name).unlink(missing_ok=True)


class DeviceCache:
    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            private_dir(path.parent)
            _remove_legacy_roster(path.parent)
        except OSError as exc:
            raise StoreNotWritable(f"The kiosk's folder {path.parent} cannot be written.") from exc
        self.info = self._load()

    def _load(self) -> DeviceInfo:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return DeviceInfo()
        if not isinstance(raw, dict):
            return DeviceInfo()
        key, exit_hash = raw.get("seal_public_key"), raw.get("exit_code_hash")
        return DeviceInfo(
            key if isinstance(key, str) else None,
            exit_hash if isinstance(exit_hash, str) else None,
        )

    def replace(self, info: DeviceInfo) -> None:
        if info == self.info:
            return
        tmp = self.path.with_suffix(".tmp")
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, FILE_MODE)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                os.fchmod(f.fileno(), FILE_MODE)  # the open's mode is filtered by the umask
                f.write(json.dumps(asdict(info)))
            os.replace(tmp, self.path)
        except OSError as exc:
            raise StoreNotWritable(f"The kiosk's file {self.path} cannot be written.") from exc
        self.info = info
