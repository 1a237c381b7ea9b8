"""The "Correct…" dialog of a day: what to change, the new times, and always why.

A view: it is given the day's sessions as plain choices and hands back a plain draft (local
times of the day); the controller turns the draft into a correction and sends it. A refusal
comes back in `show_error` and the dialog stays open, with everything the person typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..i18n import QT_TRANSLATE_NOOP
from ..theme import use_style_sheet
from .common import label

# What a person can do to a day, in the order offered; the key travels in the draft. The
# words are marked here and translated when shown (these are made at import).
KINDS = (
    ("change_times", QT_TRANSLATE_NOOP("CorrectionDialog", "Change a session's times")),
    ("add_break", QT_TRANSLATE_NOOP("CorrectionDialog", "Add a break")),
    ("remove_break", QT_TRANSLATE_NOOP("CorrectionDialog", "Remove a break")),
    ("add_session", QT_TRANSLATE_NOOP("CorrectionDialog", "Add a forgotten session")),
    ("remove_session", QT_TRANSLATE_NOOP("CorrectionDialog", "Remove a mistaken session")),
    ("leave", QT_TRANSLATE_NOOP("CorrectionDialog", "Mark the day as leave")),
    ("remove_leave", QT_TRANSLATE_NOOP("CorrectionDialog", "Remove leave")),
)
LEAVE_TYPES = (
    ("vacation", QT_TRANSLATE_NOOP("CorrectionDialog", "Vacation")),
    ("sick", QT_TRANSLATE_NOOP("CorrectionDialog", "Sick")),
    ("other", QT_TRANSLATE_NOOP("CorrectionDialog", "Other leave")),
)
# Which fields each kind asks for.
_FIELDS = {
    "change_times": {"session", "start", "end"},
    "add_break": {"session", "start", "end"},
    "remove_break": {"break"},
    "add_session": {"start", "end"},
    "remove_session": {"session"},
    "leave": {"leave"},
    "remove_leave": set(),
}


@dataclass(frozen=True, slots=True)
class SessionChoice:
    """One session of the day as the dialog offers it (local times)."""

    id: int
    text: str
    start: time
    end: time | None  # None while it is open
    breaks: tuple[tuple[int, str], ...] = ()  # (break id, "12:00 to 12:30")


@dataclass(frozen=True, slots=True)
class CorrectionDraft:
    """What the person asked for, in the day's local times; `start`/`end` are the
    session's times, or the new break's for "add_break"."""

    kind: str
    reason: str
    session_id: int | None = None
    start: time | None = None
    end: time | None = None
    break_id: int | None = None
    leave_type: str | None = None


def _time_edit() -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    # Typed, or moved by the arrow keys and wheel: the themed frame has no room for arrows.
    edit.setButtonSymbols(QTimeEdit.ButtonSymbols.NoButtons)
    return edit


class CorrectionDialog(QDialog):
    submitted = Signal()

    def __init__(
        self,
        title: str,
        sessions: list[SessionChoice],
        *,
        request: bool,
        parent: QWidget | None,
        on_leave: bool = False,
    ) -> None:
        super().__init__(parent)
        use_style_sheet(self)
        self.setWindowTitle(self.tr("Correct a day"))
        self._sessions = sessions
        box = QVBoxLayout(self)
        box.addWidget(label(title, "CardTitle"))
        words = (
            self.tr("An administrator will see your request and approve or reject it.")
            if request
            else self.tr("The change applies at once, and the day keeps a record of it.")
        )
        box.addWidget(label(words, "Muted", wrap=True))
        self.form = QFormLayout()
        self.kind = QComboBox()
        for key, text in KINDS:
            needs_session = key in ("change_times", "add_break", "remove_session")
            if needs_session and not sessions:
                continue
            if key == "remove_break" and not any(s.breaks for s in sessions):
                continue
            if key == "remove_leave" and not on_leave:
                continue
            self.kind.addItem(self.tr(text), key)
        self.session = QComboBox()
        for choice in sessions:
            self.session.addItem(choice.text, choice.id)
        self.brk = QComboBox()
        for choice in sessions:
            for break_id, text in choice.breaks:
                self.brk.addItem(self.tr("Break {span}").format(span=text), break_id)
        self.start, self.end = _time_edit(), _time_edit()
        self.leave_type = QComboBox()
        for key, text in LEAVE_TYPES:
            self.leave_type.addItem(self.tr(text), key)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Required: say what happened"))
        self.form.addRow(self.tr("Change"), self.kind)
        self.form.addRow(self.tr("Session"), self.session)
        self.form.addRow(self.tr("Break"), self.brk)
        self.form.addRow(self.tr("From"), self.start)
        self.form.addRow(self.tr("To"), self.end)
        self.form.addRow(self.tr("Leave"), self.leave_type)
        self.form.addRow(self.tr("Reason"), self.reason)
        box.addLayout(self.form)
        self.error_label = label("", "FormError", wrap=True, selectable=True)
        self.error_label.hide()
        box.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.submit_button = buttons.addButton(
            self.tr("Send request") if request else self.tr("Apply"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.submit_button.setObjectName("PrimaryButton")
        self.submit_button.setDefault(True)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        if on_leave:  # a leave day is most likely opened to take a mistaken leave back
            self.kind.setCurrentIndex(self.kind.findData("remove_leave"))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.session.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def draft(self) -> CorrectionDraft:
        kind = str(self.kind.currentData())
        fields = _FIELDS[kind]
        return CorrectionDraft(
            kind=kind,
            reason=self.reason.text(),
            session_id=self.session.currentData() if "session" in fields else None,
            start=self.start.time().toPython() if "start" in fields else None,  # type: ignore[arg-type]
            end=self.end.time().toPython() if self.form.isRowVisible(self.end) else None,  # type: ignore[arg-type]
            break_id=self.brk.currentData() if "break" in fields else None,
            leave_type=self.leave_type.currentData() if "leave" in fields else None,
        )

    def set_busy(self, busy: bool) -> None:
        self.submit_button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.set_busy(False)

    def _submit(self) -> None:
        self.error_label.hide()
        self.set_busy(True)
        self.submitted.emit()

    def _kind_changed(self) -> None:
        """Show the fields this kind of change needs, filled with the session's times."""
        kind = str(self.kind.currentData())
        fields = _FIELDS[kind]
        for name, widget in (
            ("session", self.session),
            ("break", self.brk),
            ("start", self.start),
            ("end", self.end),
            ("leave", self.leave_type),
        ):
            self.form.setRowVisible(widget, name in fields)
        chosen = next((s for s in self._sessions if s.id == self.session.currentData()), None)
        if kind == "change_times" and chosen is not None:
            self.start.setTime(QTime(chosen.start.hour, chosen.start.minute))
            end = chosen.end or chosen.start
            self.end.setTime(QTime(end.hour, end.minute))
            # An open session is closed by a punch (or the missed clock-out question).
            self.form.setRowVisible(self.end, chosen.end is not None)
        elif kind == "add_break" and chosen is not None:
            self.start.setTime(QTime(12, 0))
            self.end.setTime(QTime(12, 30))
        elif kind == "add_session":
            self.start.setTime(QTime(9, 0))
            self.end.setTime(QTime(17, 0))
        self.adjustSize()
