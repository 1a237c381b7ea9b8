"""The server's settings: typed, with defaults, read from the environment.

The CLI turns its flags into these same environment variables before starting uvicorn,
so every worker process builds the same settings.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import platformdirs

from ..core.errors import InvalidInput
from .secret import checked_secret

DB_URL_ENV = "ATTENDANCE_DB_URL"
SECRET_FILE_ENV = "ATTENDANCE_SECRET_FILE"
# Older names, still read: the secret itself, and a file holding it.
JWT_SECRET_ENV = "ATTENDANCE_JWT_SECRET"
JWT_SECRET_FILE_ENV = "ATTENDANCE_JWT_SECRET_FILE"
TOKEN_MINUTES_ENV = "ATTENDANCE_TOKEN_MINUTES"
TOLERANCE_ENV = "ATTENDANCE_PUNCH_TOLERANCE_SECONDS"
TIMEZONE_ENV = "ATTENDANCE_TIMEZONE"
MISSING_CLOCK_OUT_ENV = "ATTENDANCE_MISSING_CLOCK_OUT_HOURS"
KIOSK_KEY_FILE_ENV = "ATTENDANCE_KIOSK_KEY_FILE"  # the kiosks' sealing key pair (kiosk_key.py)


def default_db_url() -> str:
    """A SQLite file in the machine-wide data dir: fine for a trial, not for production."""
    folder = Path(platformdirs.site_data_dir("attendance-server", "AttendanceDesktop"))
    return f"sqlite+pysqlite:///{folder / 'attendance.sqlite3'}"


@dataclass(frozen=True)
class ServerSettings:
    db_url: str
    # The signing secret itself, when given in the environment (tests, old set-ups).
    jwt_secret: str | None = None
    # Otherwise a private file holds it (see secret.py); None: the config folder's file.
    secret_file: Path | None = None
    token_lifetime: timedelta = timedelta(hours=12)
    kiosk_grant_lifetime: timedelta = timedelta(seconds=60)
    punch_tolerance: timedelta = timedelta(minutes=5)
    default_timezone: str = "UTC"
    max_body_bytes: int = 64 * 1024
    # None: kiosk-seal.key in the server's config folder (made when a kiosk first asks).
    kiosk_key_file: Path | None = None
    # A session open longer than this has its clock-out missing (asked at the next punch).
    missing_clock_out_after: timedelta = timedelta(hours=16)

    @classmethod
    def from_env(cls, db_url: str | None = None) -> ServerSettings:
        env = os.environ
        secret = env.get(JWT_SECRET_ENV) or None
        if secret is not None:
            checked_secret(secret, JWT_SECRET_ENV)
        secret_file = env.get(SECRET_FILE_ENV) or env.get(JWT_SECRET_FILE_ENV) or None
        try:
            minutes = float(env.get(TOKEN_MINUTES_ENV, "720"))
            tolerance = float(env.get(TOLERANCE_ENV, "300"))
            missing = float(env.get(MISSING_CLOCK_OUT_ENV, "16"))
        except ValueError as exc:
            raise InvalidInput(f"A numeric server setting is not a number: {exc}") from exc
        return cls(
            db_url=db_url or env.get(DB_URL_ENV) or default_db_url(),
            jwt_secret=secret,
            secret_file=Path(secret_file) if secret_file else None,
            token_lifetime=timedelta(minutes=minutes),
            punch_tolerance=timedelta(seconds=tolerance),
            default_timezone=env.get(TIMEZONE_ENV, "UTC"),
            kiosk_key_file=Path(env[KIOSK_KEY_FILE_ENV]) if env.get(KIOSK_KEY_FILE_ENV) else None,
            missing_clock_out_after=timedelta(hours=missing),
        )
