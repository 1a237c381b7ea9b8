"""The app's log file: where "the log file has the details" points.

Warnings, errors and anything that escapes a handler go to `attendance-desktop.log` in the
log folder (`AppPaths.log_path`), so a person who meets a plain message can hand the
details to whoever helps them. The file is kept small: at start, one that has grown past
`MAX_BYTES` is moved aside to `.1` (replacing the older one), so the log folder never holds
more than twice that.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from pathlib import Path
from types import TracebackType

from . import __version__
from .paths import AppPaths

MAX_BYTES = 1024 * 1024
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
log = logging.getLogger("attendance_desktop")


def start_log(paths: AppPaths, what: str) -> logging.Handler | None:
    """Write this run's log to the log file; None (and stderr only) when it cannot be written.

    `what` says which app runs ("home window, local store", "kiosk of https://...").
    """
    path = paths.log_path
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _rotate(path)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(fd)  # created private; the handler opens it by name
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
    except OSError as exc:
        print(f"The log file {path} cannot be written ({exc}).", file=sys.stderr)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    log.addHandler(handler)
    if log.level == logging.NOTSET or log.level > logging.INFO:
        log.setLevel(logging.INFO)
    _log_uncaught()
    log.info("Attendance Desktop %s started: %s", __version__, what)
    return handler


def stop_log(handler: logging.Handler | None) -> None:
    """Close the log file and give the interpreter back its own error hooks."""
    if handler is not None:
        log.removeHandler(handler)
        handler.close()
    sys.excepthook = sys.__excepthook__
    threading.excepthook = threading.__excepthook__


def _rotate(path: Path) -> None:
    try:
        if path.stat().st_size > MAX_BYTES:
            os.replace(path, path.with_name(path.name + ".1"))
    except FileNotFoundError:
        pass


def _log_uncaught() -> None:
    """An exception nobody caught is logged with its traceback before Python's own report."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            log.critical("Uncaught error", exc_info=(kind, value, tb))
        previous(kind, value, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not isinstance(args.exc_value, SystemExit):
            log.critical(
                "Uncaught error in a thread",
                exc_info=(args.exc_type, args.exc_value, args.exc_traceback),
            )
        threading.__excepthook__(args)

    sys.excepthook = hook
    threading.excepthook = thread_hook
