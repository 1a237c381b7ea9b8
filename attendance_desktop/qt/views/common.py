"""Small building blocks shared by the views: cards, styled labels, the form card.

They take their look from `page_style` (Python), not from a style sheet: the home page has
none above it. Inside a window that has the theme's sheet (dialogs, forms), the sheet's
rules say the same and win.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .. import page_style
from ..theme import styled_size_hint


def label(
    text: str = "", name: str = "", *, wrap: bool = False, selectable: bool = False
) -> QLabel:
    """A styled label. `selectable` for what a user may want to copy (an email, a message):
    a selectable label keeps a text document behind it, which makes every new text cost
    several times more to lay out and paint, so labels that change as months and days are
    shown stay plain."""
    widget = QLabel(text)
    if name:
        widget.setObjectName(name)
        if name in page_style.ROLES:
            page_style.style_label(widget, name)
    widget.setWordWrap(wrap)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class ElidedLabel(QLabel):
    """One line that ends in "…" when its column is too narrow (a long email address beside
    German captions, which are longer), with the whole text in its tooltip and accessible
    name. It can be selected and copied while it fits; a shortened text is not offered for
    copying (it would copy the "…")."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._whole = ""
        self.setObjectName(name)
        if name in page_style.ROLES:
            page_style.style_label(self, name)
        # Its width comes from the column, never from its text: elided, it fits any.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_whole_text(self, text: str) -> None:
        self._whole = text
        self.setAccessibleName(text)
        self._fit()

    def whole_text(self) -> str:
        return self._whole

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._whole, Qt.TextElideMode.ElideRight, self.width()
        )
        cut = shown != self._whole
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(self._whole if cut else "")
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.NoTextInteraction
            if cut
            else Qt.TextInteractionFlag.TextSelectableByMouse
        )


def _sheet_styled(widget: QWidget) -> bool:
    return widget.testAttribute(Qt.WidgetAttribute.WA_StyleSheet)


class Panel(QFrame):
    """A frame painted as a rounded panel: `FILL`, `BORDER` (1 px, or none), `RADIUS`, as
    theme.qss's rule for its objectName. A bordered panel keeps a 1 px frame, so that its
    contents sit where the sheet's border put them."""

    FILL: str = "base"
    BORDER: str | None = "border"
    RADIUS: float = 12.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if self.BORDER is not None:
            self.setFrameShape(QFrame.Shape.Box)
            self.setFrameShadow(QFrame.Shadow.Plain)
            self.setLineWidth(1)
        else:
            self.setFrameShape(QFrame.Shape.NoFrame)

    def paintEvent(self, event: QPaintEvent) -> None:
        if _sheet_styled(self):
            super().paintEvent(event)  # a form's card inside a window with the sheet
            return
        page_style.paint_panel(self, self.FILL, self.RADIUS, self.BORDER)


class Separator(Panel):
    FILL, BORDER, RADIUS = "border", None, 0.0

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("Separator")
        self.setFixedHeight(1)


def separator() -> QFrame:
    return Separator()


class Pill(QLabel):
    """A label on a rounded background coloured by its `state` (the clock's status)."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setObjectName("StatusPill")
        self.setContentsMargins(10, 3, 10, 3)
        page_style.style_label(self, "StatusPill")

    def sizeHint(self) -> QSize:
        # As the sheet's framed label: its text indented by half an "x" (page_style sets
        # the indent), its width grown by a whole one.
        hint = super().sizeHint()
        x = self.fontMetrics().horizontalAdvance("x")
        return QSize(hint.width() + x - x // 2, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not _sheet_styled(self):
            page_style.paint_panel(self, page_style.pill_fill(self), 11.0)
        super().paintEvent(event)


class Card(Panel):
    """A rounded panel with an optional title; children go into `body`."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 14, 16, 14)
        self.body.setSpacing(10)
        self.title_label: QLabel | None = None
        if title:
            self.title_label = label(title, "CardTitle")
            self.body.addWidget(self.title_label)


def repolish(widget: QWidget) -> None:
    """Re-apply the look after a dynamic property used by it changed."""
    if page_style.restyle(widget):
        return
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class FormCard(Card):
    """A card centred in `page` for a short form: heading, intro, fields, an inline error
    (`error_label`) and one primary button (`submit_button`) on the right."""

    def __init__(self, page: QWidget, heading: str, width: int, button_text: str) -> None:
        super().__init__("")
        self.setFixedWidth(width)
        self.body.setContentsMargins(28, 24, 28, 24)
        self.body.addWidget(label(heading, "Heading"))
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.form.setVerticalSpacing(10)
        self.error_label = label("", "FormError", wrap=True, selectable=True)
        self.error_label.hide()
        self.submit_button = QPushButton(button_text)
        self.submit_button.setObjectName("PrimaryButton")
        self.submit_button.setDefault(True)
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def complete(self, *extras: QWidget) -> None:
        """After any intro text and the fields: the error line, `extras`, then the button."""
        self.body.addLayout(self.form)
        self.body.addWidget(self.error_label)
        for widget in extras:
            self.body.addWidget(widget)
        self.body.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignRight)


def form_caption(text: str, field: QWidget) -> QLabel:
    """A form's label for `field`, as tall as the field so that it sits level with it (a
    form puts a shorter label at the top of its row)."""
    caption = QLabel(text)
    caption.setBuddy(field)
    # The sheet's padding is part of the field's height, and its form's window has the sheet.
    caption.setMinimumHeight(styled_size_hint(field).height())
    caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return caption
