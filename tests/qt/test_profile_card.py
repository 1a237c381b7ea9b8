"""The profile card's values fit their column: a long email address beside German captions
("Personalnummer") was cut off at the card's edge, mid-letter."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from attendance_desktop.core.models import Employee
from attendance_desktop.qt.views.profile_card import ProfileCard

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")
LONG = "maya.fischer-oberhausen@example-company.com"


def card_showing(qtbot: QtBot, email: str, width: int) -> ProfileCard:
    card = ProfileCard()
    qtbot.addWidget(card)
    card.set_employee(Employee(7, "Maya", "Fischer", email, department="Design"))
    card.setFixedWidth(width)
    card.show()
    qtbot.waitExposed(card)
    return card


def test_a_value_too_long_for_its_column_ends_in_an_ellipsis(qtbot: QtBot) -> None:
    card = card_showing(qtbot, LONG, 290)
    email = card.values["email"]
    assert email.text().endswith("…") and email.text() != LONG
    assert email.fontMetrics().horizontalAdvance(email.text()) <= email.width()
    assert email.geometry().right() <= card.contentsRect().right()  # inside the card
    assert email.toolTip() == LONG and email.accessibleName() == LONG
    assert email.whole_text() == LONG


def test_a_value_that_fits_is_whole_and_can_be_copied(qtbot: QtBot) -> None:
    card = card_showing(qtbot, "maya@example.com", 290)
    email = card.values["email"]
    assert email.text() == "maya@example.com" and email.toolTip() == ""
    assert email.textInteractionFlags() & email.textInteractionFlags().TextSelectableByMouse


def test_a_wider_card_shows_the_whole_value_again(qtbot: QtBot) -> None:
    card = card_showing(qtbot, LONG, 290)
    card.setFixedWidth(700)
    qtbot.waitUntil(lambda: card.values["email"].text() == LONG)
    assert card.values["email"].toolTip() == ""
