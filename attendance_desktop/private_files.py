"""Files only their owner may read: stores, journals, the server's signing secret.

A folder this module creates is 0700 and a file 0600, whatever the umask. SQLite gives a
store's -wal and -shm files the mode of the store itself, so making the store file first,
0600, before SQLite opens it, covers those too. Existing files readable by others (from
an older release) are narrowed when opened.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def private_dir(folder: Path) -> None:
    """Create `folder` and its missing parents as 0700; existing folders stay as they are
    (a shared parent such as /var/lib is not ours to change)."""
    missing: list[Path] = []
    for p in (folder, *folder.parents):
        if p.exists():
            break
        missing.append(p)
    for p in reversed(missing):
        try:
            p.mkdir(mode=FOLDER_MODE)
        except FileExistsError:
            continue  # made by another process a moment ago
        os.chmod(p, FOLDER_MODE)  # mkdir's mode is filtered by the umask


def private_file(path: Path) -> None:
    """Make `path` an empty 0600 file unless it exists; narrow it (and its SQLite -wal and
    -shm files) to 0600 if it exists and others may read or write it."""
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE))
        os.chmod(path, FILE_MODE)
        return
    except FileExistsError:
        pass
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            st = p.stat()
            if st.st_uid == os.geteuid() and stat.S_IMODE(st.st_mode) & 0o077:
                os.chmod(p, stat.S_IMODE(st.st_mode) & 0o700)
        except FileNotFoundError:
            continue


def write_private(path: Path, text: str) -> bool:
    """Write `text` to a new 0600 file at `path`, all at once; False if the file already
    exists (another worker or host wrote it first), so that everyone reads the same one."""
    private_dir(path.parent)
    draft = path.with_name(f".{path.name}.{os.getpid()}.new")
    fd = os.open(draft, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, FILE_MODE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            os.fchmod(f.fileno(), FILE_MODE)
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        # A hard link appears whole or not at all, and fails if the name is taken: no
        # reader ever sees a half-written secret.
        os.link(draft, path)
        return True
    except FileExistsError:
        return False
    finally:
        draft.unlink(missing_ok=True)
