"""The one module that owns where files live.

By default the platform's user dirs (platformdirs); `--data-dir DIR` (or the
ATTENDANCE_DESKTOP_DATA_DIR environment variable) puts data, config and logs under DIR,
so tests and portable installs never touch the user's real folders.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .core.errors import StoreNotWritable
from .private_files import private_dir

APP_NAME = "AttendanceDesktop"
APP_AUTHOR = "AttendanceDesktop"
DATA_DIR_ENV = "ATTENDANCE_DESKTOP_DATA_DIR"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def db_path(self) -> Path:
        return self.data_dir / "attendance.sqlite3"

    @property
    def lock_path(self) -> Path:
        return self.data_dir / "attendance.lock"

    @property
    def settings_path(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def log_path(self) -> Path:
        return self.log_dir / "attendance-desktop.log"


def app_paths(override: Path | str | None = None) -> AppPaths:
    """Where this installation keeps its files; `override` wins over the environment."""
    root = override if override is not None else os.environ.get(DATA_DIR_ENV) or None
    if root is not None:
        base = Path(root).expanduser().resolve()
        return AppPaths(base / "data", base / "config", base / "logs")
    import platformdirs

    dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
    return AppPaths(Path(dirs.user_data_dir), Path(dirs.user_config_dir), Path(dirs.user_log_dir))


def ensure_dirs(paths: AppPaths) -> None:
    """Create the folders (0700: only their owner may look in), or explain plainly why
    they cannot be written."""
    for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
        try:
            private_dir(folder)
            probe = folder / ".write-test"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise StoreNotWritable(
                f"The folder {folder} cannot be written to ({exc.strerror or exc}). "
                "Check its permissions and free space, or start with --data-dir."
            ) from exc
