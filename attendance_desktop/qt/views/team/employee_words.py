"""The core's refusals of an employee's details (`core/employee_words.py`), marked for
translation here, where the GUI shows them (the core knows nothing of Qt).

They go into the "errors" context, keyed by their English text, so the same sentence is
German whether the form caught the mistake or the store did (`messages.plain_message`
translates the store's refusals by that context). tests/qt/test_team_german.py checks that
this table and the core's words agree.
"""

from __future__ import annotations

from ....core import employee_words as words
from ...i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "errors"

#: The core's words, one for one (marked for lupdate).
REFUSALS: dict[str, str] = {
    words.NAMES_REQUIRED: QT_TRANSLATE_NOOP("errors", "Please enter a first and a last name."),
    words.BAD_EMAIL: QT_TRANSLATE_NOOP(
        "errors", "Please enter a valid email address, like name@example.com."
    ),
    words.BAD_PIN: QT_TRANSLATE_NOOP("errors", "A PIN is 4 to 12 digits."),
    words.BAD_PASSWORD: QT_TRANSLATE_NOOP("errors", "A password needs 8 to 256 characters."),
    words.BAD_BADGE: QT_TRANSLATE_NOOP("errors", "A badge code is 1 to 128 characters."),
}


def refusal(text: str) -> str:
    """One of the core's refusals in the app's language."""
    return translate(CONTEXT, text)
