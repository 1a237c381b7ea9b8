"""The profile card: who is signed in, with an initials avatar."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from ...core.models import Employee
from ..i18n import QT_TRANSLATE_NOOP
from .common import Card, ElidedLabel, label, separator

AVATAR_COLOURS = ("#1a73e8", "#188038", "#a142f4", "#e37400", "#d01884", "#129eaf")


class InitialsAvatar(QWidget):
    def __init__(self, size: int = 56, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._initials = ""
        self._colour = QColor(AVATAR_COLOURS[0])
        self.setFixedSize(QSize(size, size))

    def set_person(self, initials: str, seed: int) -> None:
        self._initials = initials
        self._colour = QColor(AVATAR_COLOURS[seed % len(AVATAR_COLOURS)])
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._colour)
        painter.drawEllipse(QRectF(self.rect()))
        font = QFont(self.font())
        font.setPixelSize(round(self.height() * 0.38))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._initials)
        painter.end()


class ProfileCard(Card):
    FIELDS = (  # marked here, translated when shown (made at import, before the language)
        ("email", QT_TRANSLATE_NOOP("ProfileCard", "Email")),
        ("phone_number", QT_TRANSLATE_NOOP("ProfileCard", "Phone")),
        ("department", QT_TRANSLATE_NOOP("ProfileCard", "Department")),
        ("employee_id", QT_TRANSLATE_NOOP("ProfileCard", "Employee ID")),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        head = QHBoxLayout()
        head.setSpacing(14)
        self.avatar = InitialsAvatar()
        head.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(2)
        self.name_label = label("", "Heading", selectable=True)
        self.job_label = label("", "Muted")
        names.addWidget(self.name_label)
        names.addWidget(self.job_label)
        names.addStretch(1)
        head.addLayout(names, 1)
        self.body.addLayout(head)
        self.body.addWidget(separator())

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        self.values: dict[str, ElidedLabel] = {}
        for row, (key, caption) in enumerate(self.FIELDS):
            grid.addWidget(
                label(self.tr(caption), "FieldLabel"), row, 0, Qt.AlignmentFlag.AlignLeft
            )
            value = ElidedLabel("FieldValue")
            grid.addWidget(value, row, 1)
            self.values[key] = value
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)

    def set_employee(self, employee: Employee) -> None:
        self.avatar.set_person(employee.initials, employee.id)
        self.name_label.setText(employee.full_name)
        self.job_label.setText(
            " · ".join(part for part in (employee.job_title, employee.department) if part)
            or self.tr("No job title")
        )
        shown = {
            "email": employee.email,
            "phone_number": employee.phone_number or "—",
            "department": employee.department or "—",
            "employee_id": str(employee.id),
        }
        for key, text in shown.items():
            self.values[key].set_whole_text(text)
