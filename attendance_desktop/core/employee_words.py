"""The words every place that takes an employee's details refuses a bad one with.

The store checks each field (`storage/directory.py`, `storage/accounts.py`); a form checks
the same ones before it sends anything (the team console's employee dialog), so a person
reads the same sentence whichever of them caught the mistake.
"""

from __future__ import annotations

import re

EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
NAMES_REQUIRED = "Please enter a first and a last name."
BAD_EMAIL = "Please enter a valid email address, like name@example.com."
BAD_PIN = "A PIN is 4 to 12 digits."
BAD_PASSWORD = "A password needs 8 to 256 characters."
BAD_BADGE = "A badge code is 1 to 128 characters."


def pin_ok(pin: str) -> bool:
    return pin.isdigit() and 4 <= len(pin) <= 12


def password_ok(password: str) -> bool:
    return 8 <= len(password) <= 256
