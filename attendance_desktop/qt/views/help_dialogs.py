"""Help → About (the version and where the files are) and Help → Keyboard shortcuts.

Both show plain data they are given; the paths are selectable, so a person can copy the
log file's path into a bug report.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..i18n import translate
from ..theme import use_style_sheet


def _value(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class _Closable(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        use_style_sheet(self)
        self.setWindowTitle(title)
        self.box = QVBoxLayout(self)
        self.form = QFormLayout()
        self.box.addLayout(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.box.addWidget(buttons)


class AboutDialog(_Closable):
    def __init__(
        self, version: str, data_folder: str, log_file: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(translate("AboutDialog", "About Attendance Desktop"), parent)
        heading = QLabel(self.tr("Attendance Desktop"))
        heading.setObjectName("CardTitle")
        self.box.insertWidget(0, heading)
        intro = QLabel(self.tr("The time clock people trust. Open source, under the MIT licence."))
        intro.setWordWrap(True)
        self.box.insertWidget(1, intro)
        self.version = _value(version)
        self.data_folder = _value(data_folder)
        self.log_file = _value(log_file)
        self.form.addRow(self.tr("Version"), self.version)
        self.form.addRow(self.tr("Data folder"), self.data_folder)
        self.form.addRow(self.tr("Log file"), self.log_file)
        self.setMinimumWidth(440)


class ShortcutsDialog(_Closable):
    def __init__(self, shortcuts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(translate("ShortcutsDialog", "Keyboard shortcuts"), parent)
        self.rows = shortcuts
        intro = QLabel(self.tr("These keys work in the main window."))
        intro.setObjectName("Muted")
        self.box.insertWidget(0, intro)
        self.form.setHorizontalSpacing(24)
        self.setMinimumWidth(320)
        for name, keys in shortcuts:
            self.form.addRow(_value(keys), QLabel(name))


def shortcuts_of(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what it does, its keys) for every action with a shortcut, in the given order; read
    from the actions themselves, so the list cannot drift from what the keys do."""
    rows: list[tuple[str, str]] = []
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        name = action.text().replace("&", "").rstrip("…").strip()
        if keys and (name, keys) not in rows:
            rows.append((name, keys))
    return rows
