"""Team → Requests: the pending corrections, and the chosen one's day before and after.

A view: it shows rows and lines it is given and emits what the admin asks for; the
controller loads, decides and feeds it back. Reject needs a comment (the person deserves
to read why), so the page refuses one without, by the comment box.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...i18n import QT_TRANSLATE_NOOP
from ..common import Card, label, repolish
from .inbox_model import InboxModel, InboxRow
from .row_table import row_table

COMMENT_NEEDED = QT_TRANSLATE_NOOP(
    "InboxPage", "Please say why you reject this request: the person will read it."
)
EMPTY = QT_TRANSLATE_NOOP("InboxPage", "No requests wait for a decision.")


class InboxPage(QWidget):
    #: A request was chosen: its id (the controller fetches its day).
    request_selected = Signal(int)
    #: Approve or Reject pressed: (request id, approve, comment).
    decided = Signal(int, bool, str)
    #: How many requests wait, for the tab's badge.
    pending_count_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InboxPage")
        page = QVBoxLayout(self)
        page.setContentsMargins(16, 12, 16, 12)
        self.model = InboxModel()
        self.table = row_table(self.tr("Pending correction requests"))
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        page.addWidget(self.table, 1)
        self.empty_label = label(self.tr(EMPTY), "Muted")
        page.addWidget(self.empty_label)
        self.error_label = label("", "FormError", wrap=True, selectable=True)
        self.error_label.hide()
        page.addWidget(self.error_label)

        self.detail = Card("")
        self.title_label = label("", "CardTitle")
        self.reason_label = label("", wrap=True, selectable=True)
        self.detail.body.addWidget(self.title_label)
        self.detail.body.addWidget(self.reason_label)
        grid = QGridLayout()
        grid.addWidget(label(self.tr("Now"), "Muted"), 0, 0)
        grid.addWidget(label(self.tr("If approved"), "Muted"), 0, 1)
        self.before_label = label("")
        self.after_label = label("")
        for column, widget in enumerate((self.before_label, self.after_label)):
            widget.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(widget, 1, column)
        self.detail.body.addLayout(grid)
        self.comment = QPlainTextEdit()
        self.comment.setAccessibleName(self.tr("Comment for the person"))
        self.comment.setPlaceholderText(self.tr("Comment (needed to reject)"))
        self.comment.setFixedHeight(64)
        self.comment.textChanged.connect(self._comment_changed)
        self.detail.body.addWidget(self.comment)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.reject_button = QPushButton(self.tr("Reject"))
        self.reject_button.setObjectName("SecondaryButton")
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("PrimaryButton")
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.approve_button)
        self.detail.body.addLayout(buttons)
        page.addWidget(self.detail)

        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.approve_button.clicked.connect(lambda: self._decide(True))
        self.reject_button.clicked.connect(lambda: self._decide(False))
        self._busy = False
        self._update()

    # -- what the controller calls ------------------------------------------------------

    def set_requests(self, rows: Sequence[InboxRow]) -> None:
        """Show these rows; the one chosen before stays chosen if it is still there."""
        chosen = self.current_request()
        self.model.set_rows(rows)
        self.pending_count_changed.emit(len(rows))
        row = self.model.row_of(chosen) if chosen is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.show_day([], [])
        self._update()

    def show_day(self, before: Sequence[str], after: Sequence[str]) -> None:
        self.before_label.setText("\n".join(before))
        self.after_label.setText("\n".join(after))

    def current_request(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()).request_id if index.isValid() else None

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update()

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # -- inside -------------------------------------------------------------------------

    def _row_changed(self, current: object, _previous: object) -> None:
        self.comment.clear()
        self.error_label.hide()
        self.show_day([], [])
        request_id = self.current_request()
        if request_id is not None:
            row = self.model.row(self.table.currentIndex().row())
            self.title_label.setText(f"{row.person} · {row.day} · {row.kind}")
            self.reason_label.setText(self.tr("Why: {reason}").format(reason=row.reason))
            self.request_selected.emit(request_id)
        self._update()

    def _decide(self, approve: bool) -> None:
        request_id = self.current_request()
        if request_id is None or self._busy:
            return
        comment = self.comment.toPlainText().strip()
        if not approve and not comment:
            self.comment.setProperty("invalid", True)
            repolish(self.comment)
            self.show_error(self.tr(COMMENT_NEEDED))
            self.comment.setFocus()
            return
        self.decided.emit(request_id, approve, comment)

    def _comment_changed(self) -> None:
        if self.comment.property("invalid"):
            self.comment.setProperty("invalid", False)
            repolish(self.comment)
            self.error_label.hide()

    def _update(self) -> None:
        chosen = self.current_request() is not None
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self.detail.setVisible(chosen)
        for widget in (self.approve_button, self.reject_button, self.comment):
            widget.setEnabled(chosen and not self._busy)
