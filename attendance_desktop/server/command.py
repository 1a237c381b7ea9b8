"""The `attendance-server` command as installed: the admin CLI, or plain advice when the
server's own libraries (the `server` extra) are not installed, instead of a traceback."""

from __future__ import annotations

import sys

# Top-level modules that only `pip install "attendance-desktop[server]"` brings.
SERVER_EXTRA = frozenset(
    {"fastapi", "starlette", "uvicorn", "httptools", "uvloop", "psycopg", "jwt", "pydantic"}
)
INSTALL_HINT = 'pip install "attendance-desktop[server]"'


def main(argv: list[str] | None = None) -> int:
    try:
        from .cli import main as run_cli

        return run_cli(argv)
    except ModuleNotFoundError as exc:
        missing = (exc.name or "").partition(".")[0]
        if missing not in SERVER_EXTRA:
            raise
        print(
            f"error: the attendance server needs libraries that are not installed "
            f"(no module named {missing!r}).\nInstall them with:  {INSTALL_HINT}",
            file=sys.stderr,
        )
        return 2


if __name__ == "__main__":
    sys.exit(main())
