"""`attendance-desktop` and `python -m attendance_desktop`: read the command line, start the GUI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .app_log import start_log, stop_log
from .core import collector
from .launch import LaunchOptions, process_start_time
from .paths import DATA_DIR_ENV, app_paths
from .preload import preload


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="attendance-desktop",
        description=(
            "Attendance Desktop: clock in and out with one click, take breaks, and see "
            "your month at a glance. Data is kept in a local store on this machine."
        ),
        epilog=(
            f"The data folder can also be set with the {DATA_DIR_ENV} environment variable. "
            "`attendance-desktop export --help`: write a month as CSV or PDF."
        ),
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="keep data, settings and logs under DIR instead of the usual user folders",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="fill an empty store with a sample employee and three months of history",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the home window, wait for its first paint, print timings as JSON, exit",
    )
    parser.add_argument(
        "--timezone",
        metavar="ZONE",
        help="IANA time zone for employees without one (default: this machine's)",
    )
    parser.add_argument(
        "--server",
        metavar="URL",
        help="use the attendance server at URL instead of the local store (asks you to sign in)",
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="run full screen as a shared time clock at an entrance (badge or ID + PIN)",
    )
    parser.add_argument(
        "--admin",
        action="store_true",
        help="open the team console over the local store (a standalone kiosk's: who's in, "
        "the team's month, requests, employees, kiosks, payroll files)",
    )
    parser.add_argument(
        "--device-token",
        metavar="TOKEN",
        help="the kiosk's device token from `attendance-server device add` (with --server)",
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Attendance Desktop to your desktop's application menu (for this user), then exit",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def options_from_args(argv: Sequence[str] | None = None) -> LaunchOptions:
    started = process_start_time()
    args = build_parser().parse_args(argv)
    if args.timezone:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(args.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            build_parser().error(f"unknown time zone: {args.timezone}")
    server = args.server.rstrip("/") if args.server else None
    if server and not server.startswith(("http://", "https://")):
        build_parser().error(f"--server needs an http:// or https:// address, not {args.server}")
    if args.device_token and not args.kiosk:
        build_parser().error("--device-token is only for --kiosk")
    if args.admin and (args.kiosk or server):
        build_parser().error(
            "--admin opens the local store's team console; an administrator of a server "
            "signs in with --server and finds the Team section there"
        )
    return LaunchOptions(
        paths=app_paths(args.data_dir),
        demo=args.demo,
        smoke_test=args.smoke_test,
        process_start=started,
        chosen_timezone=args.timezone,
        server_url=server,
        kiosk=args.kiosk,
        device_token=args.device_token,
        admin=args.admin,
    )


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if words[:1] == ["export"]:  # a month report for scripts; the GUI is not started
        from .cli_export import main as export_main

        return export_main(words[1:])
    if build_parser().parse_known_args(argv)[0].install_desktop_entry:
        from .desktop_entry import main as install_desktop_entry

        return install_desktop_entry()
    collector.hold_for_start()  # each window gives it back once it is up (core/collector.py)
    options = options_from_args(argv)
    preload(options)
    handler = start_log(options.paths, _what_runs(options))
    try:
        if options.kiosk:
            from .qt.kiosk.app import run_kiosk

            return run_kiosk(options)
        if options.admin:
            from .qt.console_app import run_console

            return run_console(options)
        from .qt.app import run

        return run(options)
    finally:
        collector.start_done()
        stop_log(handler)


def _what_runs(options: LaunchOptions) -> str:
    mode = "kiosk" if options.kiosk else "team console" if options.admin else "home window"
    where = f"server {options.server_url}" if options.server_url else "local store"
    return f"{mode}, {where}, data in {options.paths.data_dir}"


if __name__ == "__main__":
    sys.exit(main())
