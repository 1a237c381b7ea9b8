"""File → Export month… and File → Print month…: the month on screen as CSV, PDF or paper.

The report is made from the very days and metrics the home page shows (no new service
call), so its numbers are the screen's. The file is written on the background helper;
the PDF's text document is laid out there too (QTextDocument and QPdfWriter are
reentrant). Printing stays on the GUI thread, where the print dialog's printer lives.
The file and printer choosers are injected, so tests answer them without a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from .. import formatting
from ..i18n import translate
from ..tasks import TaskRunner
from ..views.main_window import MainWindow
from .home_controller import HomeController

if TYPE_CHECKING:  # typing only; QtPrintSupport loads when printing is first asked for
    from PySide6.QtPrintSupport import QPrinter

    from ..export.month_document import MonthReport

PathChooser = Callable[[QWidget, str], str]
PrinterChooser = Callable[[QWidget], "QPrinter | None"]


def ask_path(parent: QWidget, suggested: str) -> str:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("ExportController", "Export month"),
        suggested,
        translate("ExportController", "CSV spreadsheet (*.csv);;PDF document (*.pdf)"),
    )
    return path


def ask_printer(parent: QWidget) -> QPrinter | None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None


def write_report(report: MonthReport, path: Path) -> Path:
    """CSV for a .csv name, else PDF (a name without .pdf gets it)."""
    from ...core.month_report import report_rows, write_csv
    from ..export.month_document import write_pdf

    if path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8", newline="") as out:
            write_csv(report_rows(report.days, report.zone, report.today, report.daily_target), out)
        return path
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    write_pdf(report, str(path))
    return path


class ExportController(QObject):
    #: A file was written (its path) or printing was sent: the banner says so.
    exported = Signal(str)

    def __init__(
        self,
        window: MainWindow,
        runner: TaskRunner,
        parent: QObject | None = None,
        *,
        choose_path: PathChooser = ask_path,
        choose_printer: PrinterChooser = ask_printer,
    ) -> None:
        super().__init__(parent)
        self._window, self._runner = window, runner
        self._choose_path, self._choose_printer = choose_path, choose_printer
        self._home: HomeController | None = None
        window.export_action.triggered.connect(self.export)
        window.print_action.triggered.connect(self.print_month)

    def attach(self, home: HomeController | None) -> None:
        self._home = home
        self._window.export_action.setEnabled(home is not None)
        self._window.print_action.setEnabled(home is not None)

    def report(self) -> MonthReport | None:
        home = self._home
        shown = home.shown_month if home is not None else None
        if home is None or shown is None or home.status is None:
            return None
        metrics, days = shown
        from ..export.month_document import MonthReport  # the PDF's code: when first asked

        return MonthReport(
            home.employee, metrics, days, home.zone, home.status.today, home.daily_target
        )

    def export(self) -> None:
        report = self.report()
        if report is None or self._home is None:
            return
        m = report.metrics
        suggested = f"attendance-{m.year}-{m.month:02d}.pdf"
        chosen = self._choose_path(self._window, suggested)
        if not chosen:
            return
        home, month = self._home, formatting.month_title(m.year, m.month)

        def written(path: Path) -> None:
            home.show_message(self.tr("{month} exported to {path}.").format(month=month, path=path))
            self.exported.emit(str(path))

        def failed(error: BaseException) -> None:
            why = error.strerror if isinstance(error, OSError) and error.strerror else ""
            words = self.tr("{month} could not be exported to {path}: {why}.")
            home.show_message(words.format(month=month, path=chosen, why=why or self.tr("failed")))

        self._runner.submit(
            lambda: write_report(report, Path(chosen)), written, failed, context=self
        )

    def print_month(self) -> None:
        report = self.report()
        if report is None or self._home is None:
            return
        printer = self._choose_printer(self._window)
        if printer is None:
            return
        from ..export.month_document import print_report

        print_report(report, printer)
        m = report.metrics
        month = formatting.month_title(m.year, m.month)
        self._home.show_message(self.tr("{month} sent to the printer.").format(month=month))
        self.exported.emit("printer")
