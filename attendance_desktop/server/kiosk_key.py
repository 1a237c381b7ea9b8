"""The server's key pair for kiosks' sealed offline punches.

A kiosk that cannot reach the server seals what was typed or scanned (a badge code, or an
id and PIN) to the server's public key (a libsodium sealed box) and keeps only that blob.
Only this private key opens it, at sync. The pair lives in a file readable by the server's
user alone, made the first time a kiosk asks for it; several hosts share one by pointing
ATTENDANCE_KIOSK_KEY_FILE at the same file.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import threading
import uuid
from pathlib import Path
from typing import Any

import platformdirs
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, SealedBox

from ..core.errors import SealedPunchInvalid, StoreNotWritable

KEY_FILE_ENV = "ATTENDANCE_KIOSK_KEY_FILE"
ALGORITHM = "x25519-xsalsa20-poly1305-sealedbox"  # libsodium's crypto_box_seal


def default_key_file() -> Path:
    folder = platformdirs.user_config_path("attendance-server", "AttendanceDesktop")
    return folder / "kiosk-seal.key"


def _read(path: Path) -> PrivateKey:
    raw = base64.b64decode(path.read_text(encoding="ascii").strip(), validate=True)
    return PrivateKey(raw)


def _create(path: Path) -> PrivateKey:
    """Made aside and linked into place, so two workers starting at once keep one pair."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = PrivateKey.generate()
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}")
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as f:
            f.write(base64.b64encode(bytes(key)).decode("ascii") + "\n")
            f.flush()
            os.fsync(f.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return _read(path)  # another worker was first: use theirs
    finally:
        tmp.unlink(missing_ok=True)
    return key


class KioskKey:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._key: PrivateKey | None = None
        self._lock = threading.Lock()

    def _private(self) -> PrivateKey:
        with self._lock:
            if self._key is None:
                try:
                    self._key = _read(self.path) if self.path.exists() else _create(self.path)
                except (OSError, ValueError, binascii.Error) as exc:
                    raise StoreNotWritable(
                        "The server's kiosk key file cannot be read or made. "
                        f"Check {KEY_FILE_ENV} and the config folder's permissions."
                    ) from exc
            return self._key

    def public_key(self) -> str:
        """The public half, base64: what a kiosk seals to."""
        return base64.b64encode(bytes(self._private().public_key)).decode("ascii")

    def open(self, sealed: str) -> dict[str, Any]:
        """The JSON object a kiosk sealed; SealedPunchInvalid when it cannot be opened."""
        try:
            plain = SealedBox(self._private()).decrypt(base64.b64decode(sealed, validate=True))
            inside = json.loads(plain.decode("utf-8"))
        except (CryptoError, ValueError, binascii.Error, UnicodeDecodeError) as exc:
            raise SealedPunchInvalid() from exc
        if not isinstance(inside, dict):
            raise SealedPunchInvalid()
        return inside
