"""`attendance-server`: migrate, serve, and the admin's commands (employees, devices, holidays).

Commands that create something print its id (or token) alone on the last line, so scripts
can read it with `tail -n1`. Errors print a plain message and exit with status 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..core.clock import SystemClock
from ..core.errors import AttendanceError, InvalidDate, InvalidInput
from ..core.models import DEFAULT_WORK_WEEK, EmployeeChanges, NewEmployee, work_week_from_text
from ..core.rules import local_date
from ..private_files import private_dir
from ..storage.accounts import AccountStore
from ..storage.device_codes import DeviceExitCodes
from ..storage.local_service import LocalAttendanceService
from . import payroll_cli
from .db_setup import migrate, open_engine
from .settings import DB_URL_ENV, ServerSettings


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="attendance-server", description=__doc__)
    p.add_argument(
        "--db", metavar="URL", help=f"database URL (default: ${DB_URL_ENV} or a SQLite file)"
    )
    sub = p.add_subparsers(dest="command", required=True)

    sub.add_parser("migrate", help="apply pending schema migrations")
    serve = sub.add_parser("serve", help="migrate, then serve HTTP")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)

    emp = sub.add_parser("employee", help="add, list and change employees").add_subparsers(
        dest="action", required=True
    )
    add = emp.add_parser("add", help="add an employee; prints the new id last")
    add.add_argument("--first-name", required=True)
    add.add_argument("--last-name", required=True)
    add.add_argument("--email", required=True)
    _account_flags(add)
    _detail_flags(add, "the day they are added, in their time zone")
    emp.add_parser("list", help="list employees")
    change = emp.add_parser("set", help="change any of an employee's details or sign-in")
    change.add_argument("employee_id", type=int)
    for name in ("--first-name", "--last-name", "--email"):
        change.add_argument(name)
    _account_flags(change)
    _detail_flags(change, "unchanged")
    unlock = emp.add_parser("unlock-pin", help="unlock a PIN locked after wrong tries")
    unlock.add_argument("employee_id", type=int)
    off = emp.add_parser("deactivate", help="stop an employee punching; later days never count")
    off.add_argument("employee_id", type=int)
    off.add_argument(
        "--last-day", metavar="YYYY-MM-DD", help="last day counted (default: today, their zone)"
    )
    on = emp.add_parser("reactivate", help="let a deactivated employee punch again")
    on.add_argument("employee_id", type=int)

    dev = sub.add_parser("device", help="kiosk devices").add_subparsers(
        dest="action", required=True
    )
    dev_add = dev.add_parser("add", help="register a kiosk; prints its token last")
    dev_add.add_argument("--name", required=True)
    dev.add_parser("list", help="list kiosk devices")
    renew = dev.add_parser("exit-code", help="give a kiosk a new exit code; prints it")
    renew.add_argument("device_id", type=int)
    revoke = dev.add_parser("revoke", help="revoke a kiosk's token")
    revoke.add_argument("device_id", type=int)

    hol = sub.add_parser("holiday", help="company holidays").add_subparsers(
        dest="action", required=True
    )
    hol_add = hol.add_parser("add", help="add a company holiday")
    hol_add.add_argument("day", metavar="YYYY-MM-DD")
    hol_add.add_argument("name", nargs="+")
    region = hol.add_parser("region", help="use the public holidays of a country (and region)")
    region.add_argument("country")
    region.add_argument("subdivision", nargs="?", default="")
    payroll_cli.add_parsers(sub)
    return p


def _detail_flags(p: argparse.ArgumentParser, start_default: str) -> None:
    for name in ("--phone-number", "--job-title", "--department"):
        p.add_argument(name)
    p.add_argument("--timezone", help='an IANA name such as Europe/Berlin; "" for the default')
    p.add_argument(
        "--work-week", metavar="DAYS", help="working days, like mon,tue,wed,thu (default: mon-fri)"
    )
    p.add_argument(
        "--start-date",
        metavar="YYYY-MM-DD",
        help=f"first working day; earlier days never count as absent (default: {start_default})",
    )


def _account_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--badge")
    p.add_argument("--pin")
    p.add_argument("--password")
    p.add_argument("--role", choices=["employee", "admin"])


def _serve(args: argparse.Namespace, url: str) -> int:
    from .app import MIGRATE_ENV
    from .serving import serve

    # Workers rebuild their settings from the environment (see app.app_from_env).
    os.environ[DB_URL_ENV] = url
    os.environ[MIGRATE_ENV] = "0"
    serve(
        "attendance_desktop.server.app:app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
    )
    return 0


def _run(args: argparse.Namespace) -> int:
    url = ServerSettings.from_env(args.db).db_url
    if url.startswith("sqlite") and ":///" in url:
        path = url.split(":///", 1)[1]
        if path and path != ":memory:":
            private_dir(Path(path).absolute().parent)
    engine = open_engine(url)
    before = migrate(engine)
    if args.command == "migrate":
        print("Database created." if before == 0 else "Database is up to date.")
        return 0
    if args.command == "serve":
        engine.dispose()
        return _serve(args, url)
    service = LocalAttendanceService(engine)
    accounts = AccountStore(engine)
    if args.command == "employee":
        return _employee(args, service, accounts)
    if args.command == "device":
        return _device(args, accounts, DeviceExitCodes(engine))
    if args.command in ("report", "period"):
        return payroll_cli.run(args, service, SystemClock())
    return _holiday(args, service)


def _account_values(args: argparse.Namespace) -> dict[str, Any]:
    return {k: getattr(args, k) for k in ("role", "password", "pin", "badge")}


def _day(text: str | None, what: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise InvalidDate(f"The {what} must look like 2024-01-15.") from exc


def _work_week(text: str | None) -> tuple[int, ...] | None:
    if text is None:
        return None
    try:
        return work_week_from_text(text)
    except ValueError as exc:
        raise InvalidInput(f"The work week must list days like mon,tue,wed,thu: {exc}") from exc


def _changes(args: argparse.Namespace) -> EmployeeChanges:
    return EmployeeChanges(
        first_name=args.first_name,
        last_name=args.last_name,
        email=args.email,
        phone_number=args.phone_number,
        job_title=args.job_title,
        department=args.department,
        timezone=args.timezone,
        work_week=_work_week(args.work_week),
        start_date=_day(args.start_date, "start date"),
    )


def _added_today(service: LocalAttendanceService, zone: str | None) -> date:
    """Today where the new employee works: earlier days were never theirs to miss."""
    try:
        where = ZoneInfo(zone) if zone else service.default_zone
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(f"Unknown time zone: {zone}") from exc
    return local_date(SystemClock().now(), where)


def _employee(
    args: argparse.Namespace, service: LocalAttendanceService, accounts: AccountStore
) -> int:
    if args.action == "add":
        values = _account_values(args)
        values["role"] = values["role"] or "employee"
        accounts.checked_values(**values)  # refuse bad secrets before creating anyone
        week = _work_week(args.work_week)
        emp = service.add_employee(
            NewEmployee(
                first_name=args.first_name,
                last_name=args.last_name,
                email=args.email,
                phone_number=args.phone_number or "",
                job_title=args.job_title or "",
                department=args.department or "",
                timezone=args.timezone or None,
                work_week=week if week is not None else DEFAULT_WORK_WEEK,
                start_date=_day(args.start_date, "start date")
                or _added_today(service, args.timezone),
            )
        )
        accounts.set_account(emp.id, **values)
        print(f"Added {emp.full_name} <{emp.email}> as {values['role']}.")
        print(emp.id)
    elif args.action == "list":
        for emp in service.employees():
            acc = accounts.account(emp.id)
            flags = [acc.role] + [
                f
                for f, on in (
                    ("password", acc.has_password),
                    ("pin", acc.has_pin),
                    ("pin locked", acc.pin_locked),
                )
                if on
            ]
            if not emp.active:
                flags.append(f"inactive after {emp.end_date}")
            badge = f" badge={acc.badge}" if acc.badge else ""
            print(f"{emp.id}\t{emp.full_name}\t{emp.email}\t{', '.join(flags)}{badge}")
    elif args.action == "set":
        service.employee(args.employee_id)
        changes, values = _changes(args), _account_values(args)
        accounts.checked_values(**values)  # refuse bad secrets before changing anything
        service.update_employee(args.employee_id, changes)
        accounts.set_account(args.employee_id, **values)
        print(f"Updated employee {args.employee_id}.")
    elif args.action == "deactivate":
        emp = service.deactivate_employee(args.employee_id, _day(args.last_day, "last day"))
        print(f"Deactivated employee {emp.id}; {emp.end_date} is their last counted day.")
    elif args.action == "reactivate":
        service.reactivate_employee(args.employee_id)
        print(f"Reactivated employee {args.employee_id}.")
    else:
        service.employee(args.employee_id)
        accounts.unlock_pin(args.employee_id)
        print(f"Unlocked the PIN of employee {args.employee_id}.")
    return 0


def _device(args: argparse.Namespace, accounts: AccountStore, exit_codes: DeviceExitCodes) -> int:
    if args.action == "add":
        device, token = accounts.add_device(args.name)
        exit_code = exit_codes.renew(device.id)
        print(f"Registered kiosk {device.id} ({device.name}).")
        print(f"Its exit code, to leave kiosk mode while offline (shown only once): {exit_code}")
        print("Its token (shown only once):")
        print(token)
    elif args.action == "exit-code":
        code = exit_codes.renew(args.device_id)
        print(f"Kiosk {args.device_id}'s new exit code (shown only once): {code}")
    elif args.action == "list":
        for d in accounts.devices():
            print(f"{d.id}\t{d.name}\t{'revoked' if d.revoked else 'active'}")
    else:
        accounts.revoke_device(args.device_id)
        print(f"Revoked kiosk {args.device_id}.")
    return 0


def _holiday(args: argparse.Namespace, service: LocalAttendanceService) -> int:
    if args.action == "add":
        try:
            day = date.fromisoformat(args.day)
        except ValueError as exc:
            raise InvalidDate("The holiday date must look like 2024-12-25.") from exc
        service.add_company_holiday(day, " ".join(args.name))
        print(f"Added company holiday {day.isoformat()}.")
    else:
        service.set_holiday_region(args.country, args.subdivision)
        print(f"Using the public holidays of {args.country} {args.subdivision}".rstrip() + ".")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except AttendanceError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
