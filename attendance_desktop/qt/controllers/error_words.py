# ruff: noqa: E501  (the registry's sentences, kept whole so they read as they do there)
"""The core's error words, marked for translation here (the core knows nothing of Qt).

The registry (`core/errors.py`) keeps the English words, which both APIs send as they are;
the GUI translates them where it shows them (`messages.plain_message`), keyed by the English
text. tests/qt/test_translations.py checks that this table and the registry agree, so a new
error without its entry here fails there.
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP

CONTEXT = "errors"

#: code -> the registry's default words (marked for lupdate).
ERROR_WORDS: dict[str, str] = {
    "ALREADY_CLOCKED_IN": QT_TRANSLATE_NOOP("errors", "Already clocked in. Clock out first."),
    "NO_OPEN_SESSION": QT_TRANSLATE_NOOP("errors", "No clock-in session found. Clock in first."),
    "BREAK_ALREADY_RUNNING": QT_TRANSLATE_NOOP(
        "errors", "A break is already running. End it first."
    ),
    "NO_OPEN_BREAK": QT_TRANSLATE_NOOP("errors", "No break is running."),
    "EMPLOYEE_NOT_FOUND": QT_TRANSLATE_NOOP("errors", "User Does not Exist"),
    "EMPLOYEE_INACTIVE": QT_TRANSLATE_NOOP(
        "errors",
        "This employee has been deactivated and cannot clock in or out. An administrator can reactivate them.",
    ),
    "SESSION_NOT_FOUND": QT_TRANSLATE_NOOP("errors", "Attendance not found."),
    "BREAK_NOT_FOUND": QT_TRANSLATE_NOOP("errors", "Break not found."),
    "FUTURE_MONTH": QT_TRANSLATE_NOOP("errors", "Future Month Requested"),
    "INVALID_MONTH": QT_TRANSLATE_NOOP("errors", "Month must be 1 to 12 and year 1970 to 9999."),
    "INVALID_DATE": QT_TRANSLATE_NOOP(
        "errors", "Dates must look like 2024-01-15 or 2024-01-15T09:00:00Z."
    ),
    "INVALID_INPUT": QT_TRANSLATE_NOOP("errors", "Some of the details entered are not valid."),
    "PUNCH_TIME_OUT_OF_TOLERANCE": QT_TRANSLATE_NOOP(
        "errors",
        "The punch time is too far from the current time, so it was not recorded. Check the date and time of the device that sent it.",
    ),
    "CLOCK_WENT_BACKWARDS": QT_TRANSLATE_NOOP(
        "errors",
        "The current time is earlier than your last recorded punch: the clock that records punches was set back. Check its date and time, then try again. Nothing was changed.",
    ),
    "WRONG_PIN": QT_TRANSLATE_NOOP("errors", "Wrong ID or PIN."),
    "PIN_LOCKED": QT_TRANSLATE_NOOP(
        "errors", "Too many wrong PINs. Ask an administrator to unlock your PIN."
    ),
    "NOT_AUTHENTICATED": QT_TRANSLATE_NOOP("errors", "Please sign in."),
    "TOKEN_EXPIRED": QT_TRANSLATE_NOOP("errors", "Your sign-in has expired. Please sign in again."),
    "FORBIDDEN": QT_TRANSLATE_NOOP("errors", "You can only see and change your own attendance."),
    "UNKNOWN_BADGE": QT_TRANSLATE_NOOP(
        "errors", "This badge is not known. Ask an administrator to register it."
    ),
    "NOT_AN_ADMIN": QT_TRANSLATE_NOOP(
        "errors", "Only an administrator's ID and PIN can leave kiosk mode."
    ),
    "ADMIN_EXISTS": QT_TRANSLATE_NOOP(
        "errors", "This kiosk already has an administrator. Leave kiosk mode with their ID and PIN."
    ),
    "WRONG_EXIT_CODE": QT_TRANSLATE_NOOP("errors", "This is not the kiosk's exit code."),
    "NOTHING_TO_UNDO": QT_TRANSLATE_NOOP(
        "errors", "This punch can no longer be undone: something happened after it."
    ),
    "SEALED_PUNCH_INVALID": QT_TRANSLATE_NOOP(
        "errors", "This offline punch could not be read by the server."
    ),
    "STORAGE_ERROR": QT_TRANSLATE_NOOP("errors", "The attendance data could not be read or saved."),
    "STORE_CORRUPT": QT_TRANSLATE_NOOP(
        "errors",
        "The attendance database is damaged and cannot be opened. It has been left untouched so nothing more is lost.",
    ),
    "STORE_BUSY": QT_TRANSLATE_NOOP(
        "errors",
        "The attendance database is busy (another program holds it). Nothing was changed; please try again.",
    ),
    "STORE_NOT_WRITABLE": QT_TRANSLATE_NOOP(
        "errors", "The data folder cannot be written to. Check its permissions or free space."
    ),
    "STORE_FULL": QT_TRANSLATE_NOOP(
        "errors",
        "The disk that holds the attendance data is full. Nothing was changed. Free some space on it, then try again.",
    ),
    "STORE_TOO_NEW": QT_TRANSLATE_NOOP(
        "errors",
        "This attendance database was written by a newer version of Attendance Desktop. Please update the app.",
    ),
    "SERVICE_UNAVAILABLE": QT_TRANSLATE_NOOP(
        "errors", "The attendance server cannot be reached. Check the network and try again."
    ),
    "STORE_UNAVAILABLE": QT_TRANSLATE_NOOP(
        "errors",
        "The attendance database cannot be reached just now. Nothing was changed; please try again in a moment.",
    ),
    "ALREADY_CHECKED_OUT": QT_TRANSLATE_NOOP("errors", "Already checked out for this date."),
    "ATTENDANCE_EXISTS": QT_TRANSLATE_NOOP(
        "errors", "An attendance record already exists for this user and date."
    ),
    "BREAK_ALREADY_ENDED": QT_TRANSLATE_NOOP("errors", "This break has already ended."),
    "BODY_TOO_LARGE": QT_TRANSLATE_NOOP("errors", "The request body is too large."),
    "TOO_MANY_ATTEMPTS": QT_TRANSLATE_NOOP(
        "errors", "Too many wrong attempts. Wait a moment, then try again."
    ),
    "PUNCH_QUEUED": QT_TRANSLATE_NOOP(
        "errors",
        "The attendance server cannot be reached. Your punch is saved on this computer and will be sent as soon as the server is back.",
    ),
    "SETTINGS_NOT_SAVED": QT_TRANSLATE_NOOP(
        "errors",
        "Your settings could not be saved. Check that the settings folder can be written to and has free space, then press OK again.",
    ),
    "REASON_REQUIRED": QT_TRANSLATE_NOOP("errors", "Say why: every correction needs a reason."),
    "CORRECTION_OVERLAPS": QT_TRANSLATE_NOOP(
        "errors", "This would overlap another session of the same person. Nothing was changed."
    ),
    "BREAK_OUTSIDE_SESSION": QT_TRANSLATE_NOOP(
        "errors", "A break must lie inside its session. Nothing was changed."
    ),
    "CORRECTION_NOT_FOUND": QT_TRANSLATE_NOOP("errors", "Correction request not found."),
    "CORRECTION_ALREADY_DECIDED": QT_TRANSLATE_NOOP(
        "errors", "This correction request has already been approved or rejected."
    ),
    "CORRECTION_ALREADY_APPLIED": QT_TRANSLATE_NOOP(
        "errors",
        "This missed clock-out was closed at the time the employee gave, so it cannot be rejected. Approve it, or edit the attendance to the right time.",
    ),
    "PERIOD_LOCKED": QT_TRANSLATE_NOOP(
        "errors",
        "This month is locked after payroll, so its attendance cannot be changed. Ask an administrator to unlock it. Nothing was changed.",
    ),
    "CLOCK_OUT_MISSING": QT_TRANSLATE_NOOP(
        "errors",
        "This person's clock-out was already missing when this offline punch was made, so the punch was kept for an administrator. Ask them when they left.",
    ),
    "DEVICE_NOT_FOUND": QT_TRANSLATE_NOOP("errors", "There is no kiosk device with this id."),
}
