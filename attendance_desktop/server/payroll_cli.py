"""`attendance-server report month …` and `attendance-server period lock|unlock YYYY-MM`:
payroll from scripts, with the same files and the same lock as the HTTP routes."""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Iterator
from pathlib import Path

from ..core import rules
from ..core.clock import Clock
from ..core.errors import InvalidMonth
from ..core.report_files import csv_chunks, write_xlsx
from ..core.reports import EmployeeMonth
from ..storage.local_service import LocalAttendanceService
from ..storage.month_export import check_month, team_month
from ..storage.period_locks import PeriodLocks


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rep = sub.add_parser("report", help="payroll exports").add_subparsers(
        dest="action", required=True
    )
    month = rep.add_parser("month", help="a month's attendance: a row per employee-day")
    month.add_argument("--year", type=int, required=True)
    month.add_argument("--month", type=int, required=True)
    month.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    month.add_argument("--output", type=Path, required=True, metavar="FILE")
    per = sub.add_parser("period", help="lock a month after payroll").add_subparsers(
        dest="action", required=True
    )
    for verb, text in (("lock", "refuse every change to the month"), ("unlock", "allow again")):
        per.add_parser(verb, help=text).add_argument("period", metavar="YYYY-MM")


def _period(text: str) -> tuple[int, int]:
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}", text):
        raise InvalidMonth("Give the month as YYYY-MM, like 2026-11.")
    year, month = int(text[:4]), int(text[5:])
    if not (1 <= month <= 12 and 1970 <= year <= 9999):
        raise InvalidMonth()
    return year, month


def run(args: argparse.Namespace, service: LocalAttendanceService, clock: Clock) -> int:
    if args.command == "report":
        return _report(args, service, clock)
    year, month = _period(args.period)
    locks = PeriodLocks(service.engine, clock)
    if args.action == "lock":
        today = rules.local_date(clock.now(), service.default_zone)
        locks.lock(year, month, actor_id=None, today=today)
        print(f"Locked {year:04d}-{month:02d}: its attendance can no longer be changed.")
    elif locks.unlock(year, month, actor_id=None):
        print(f"Unlocked {year:04d}-{month:02d}.")
    else:
        print(f"{year:04d}-{month:02d} was not locked.")
    return 0


def _report(args: argparse.Namespace, service: LocalAttendanceService, clock: Clock) -> int:
    if not (1 <= args.month <= 12 and 1970 <= args.year <= 9999):
        raise InvalidMonth()
    check_month(service, clock, args.year, args.month)  # before the file is started
    output: Path = args.output
    partial = output.with_name(output.name + ".part")  # never a half-written file under its name
    people = 0
    with partial.open("wb") as out:
        months = team_month(service, clock, args.year, args.month)

        def counted() -> Iterator[EmployeeMonth]:
            nonlocal people
            for m in months:
                people += 1
                yield m

        if args.format == "csv":
            for chunk in csv_chunks(counted()):
                out.write(chunk)
        else:
            write_xlsx(counted(), out)
    os.replace(partial, output)
    print(f"Wrote {output} ({people} employees).")
    return 0
