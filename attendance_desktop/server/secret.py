"""The server's signing secret: a file only the server's user can read, never a row in
the data tables (anyone who can read the database would otherwise sign admin tokens).

Its place: ATTENDANCE_SECRET_FILE (several hosts of one server share it), or the file
`signing-secret` in the server's config folder, made on first start. ATTENDANCE_JWT_SECRET
(the secret itself) and ATTENDANCE_JWT_SECRET_FILE are still read, as before.
"""

from __future__ import annotations

import logging
import secrets
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, delete, select

from ..core.errors import InvalidInput, StorageError
from ..private_files import write_private
from ..storage.engine import storage_errors
from ..storage.schema import store_settings

log = logging.getLogger(__name__)

SECRET_FILE_NAME = "signing-secret"
MIN_SECRET_BYTES = 32
# Where releases before schema version 4 kept the secret.
OLD_SECRET_KEY = "server_jwt_secret"


def default_secret_file() -> Path:
    folder = platformdirs.user_config_dir("attendance-server", "AttendanceDesktop")
    return Path(folder) / SECRET_FILE_NAME


def checked_secret(secret: str, source: str) -> str:
    if len(secret.encode()) < MIN_SECRET_BYTES:
        raise InvalidInput(f"The signing secret ({source}) must be at least 32 bytes long.")
    return secret


def read_secret_file(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise InvalidInput(f"Cannot read the signing secret file {path}: {exc.strerror}") from exc
    return checked_secret(text, str(path))


def server_secret(engine: Engine, path: Path | None) -> str:
    """The secret in `path` (default: the config folder's file), made on first start. A
    secret an older release kept in the database moves there, so the tokens it signed stay
    good, and its row is deleted."""
    path = path or default_secret_file()
    old = _stored_secret(engine)
    if not path.exists():
        try:
            write_private(path, old or secrets.token_urlsafe(48))
        except OSError as exc:
            raise InvalidInput(
                f"Cannot create the signing secret file {path}: {exc.strerror}"
            ) from exc
    secret = read_secret_file(path)
    if old is not None:
        forget_stored_secret(engine)
    return secret


def forget_stored_secret(engine: Engine) -> None:
    """Delete a secret an older release kept in the database. A database that cannot be
    reached now keeps it until a later start: a worker must start (and answer /health with
    503) while its database is down."""
    try:
        with (
            storage_errors(),
            engine.connect().execution_options(write=True) as conn,
            conn.begin(),
        ):
            conn.execute(delete(store_settings).where(store_settings.c.key == OLD_SECRET_KEY))
    except StorageError:
        log.warning("The database cannot be reached; an old signing secret stays in it for now")


def _stored_secret(engine: Engine) -> str | None:
    try:
        with storage_errors(), engine.connect() as conn, conn.begin():
            found = conn.execute(
                select(store_settings.c.value).where(store_settings.c.key == OLD_SECRET_KEY)
            ).scalar_one_or_none()
    except StorageError:
        return None  # unreachable now: looked for again at the next start
    return str(found) if found else None
