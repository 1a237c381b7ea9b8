"""Errors a user can cause or meet. Each has a stable code, a plain message and an HTTP status.

The GUI, the seed-000 API (`res_status`) and the seed-004 API (`message`) all show the
same words, so the message is written for a person, not a developer.
"""

from __future__ import annotations

from typing import ClassVar


class AttendanceError(Exception):
    """Base of every domain error. Never carries a traceback to the user."""

    code: ClassVar[str] = "ATTENDANCE_ERROR"
    http_status: ClassVar[int] = 400
    default_message: ClassVar[str] = "The request could not be completed."

    def __init__(self, message: str | None = None) -> None:
        self.message = message or self.default_message
        super().__init__(self.message)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.message,))


class AlreadyClockedIn(AttendanceError):
    code = "ALREADY_CLOCKED_IN"
    http_status = 409
    default_message = "Already clocked in. Clock out first."


class NoOpenSession(AttendanceError):
    code = "NO_OPEN_SESSION"
    http_status = 400
    default_message = "No clock-in session found. Clock in first."


class BreakAlreadyRunning(AttendanceError):
    code = "BREAK_ALREADY_RUNNING"
    http_status = 409
    default_message = "A break is already running. End it first."


class NoOpenBreak(AttendanceError):
    code = "NO_OPEN_BREAK"
    http_status = 400
    default_message = "No break is running."


class EmployeeNotFound(AttendanceError):
    code = "EMPLOYEE_NOT_FOUND"
    http_status = 404
    default_message = "User Does not Exist"


class EmployeeInactive(AttendanceError):
    code = "EMPLOYEE_INACTIVE"
    http_status = 403
    default_message = (
        "This employee has been deactivated and cannot clock in or out. "
        "An administrator can reactivate them."
    )


class SessionNotFound(AttendanceError):
    code = "SESSION_NOT_FOUND"
    http_status = 404
    default_message = "Attendance not found."


class BreakNotFound(AttendanceError):
    code = "BREAK_NOT_FOUND"
    http_status = 404
    default_message = "Break not found."


class FutureMonth(AttendanceError):
    code = "FUTURE_MONTH"
    http_status = 400
    default_message = "Future Month Requested"


class InvalidMonth(AttendanceError):
    code = "INVALID_MONTH"
    http_status = 400
    default_message = "Month must be 1 to 12 and year 1970 to 9999."


class InvalidDate(AttendanceError):
    code = "INVALID_DATE"
    http_status = 400
    default_message = "Dates must look like 2024-01-15 or 2024-01-15T09:00:00Z."


class InvalidInput(AttendanceError):
    code = "INVALID_INPUT"
    http_status = 400
    default_message = "Some of the details entered are not valid."

    def __init__(self, message: str | None = None, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field  # the input it is about ("email"), for a form to point at

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.message,), {"field": self.field})


class PunchTimeOutOfTolerance(AttendanceError):
    code = "PUNCH_TIME_OUT_OF_TOLERANCE"
    http_status = 400
    default_message = (
        "The punch time is too far from the current time, so it was not recorded. "
        "Check the date and time of the device that sent it."
    )


class ClockWentBackwards(AttendanceError):
    code = "CLOCK_WENT_BACKWARDS"
    http_status = 409
    default_message = (
        "The current time is earlier than your last recorded punch: the clock that "
        "records punches was set back. Check its date and time, then try again. "
        "Nothing was changed."
    )


class WrongPin(AttendanceError):
    code = "WRONG_PIN"
    http_status = 401
    default_message = "Wrong ID or PIN."


MAX_PIN_FAILURES = 5  # wrong PINs in a row before a PIN locks (PinLocked)


class PinLocked(AttendanceError):
    code = "PIN_LOCKED"
    http_status = 423
    default_message = "Too many wrong PINs. Ask an administrator to unlock your PIN."


class NotAuthenticated(AttendanceError):
    code = "NOT_AUTHENTICATED"
    http_status = 401
    default_message = "Please sign in."


class TokenExpired(AttendanceError):
    code = "TOKEN_EXPIRED"
    http_status = 401
    default_message = "Your sign-in has expired. Please sign in again."


class Forbidden(AttendanceError):
    code = "FORBIDDEN"
    http_status = 403
    default_message = "You can only see and change your own attendance."


class UnknownBadge(AttendanceError):
    """A badge no employee holds. Its own code, so a kiosk tells it from other refusals by
    the code, never by the words."""

    code = "UNKNOWN_BADGE"
    http_status = 404
    default_message = "This badge is not known. Ask an administrator to register it."


class NotAnAdmin(AttendanceError):
    code = "NOT_AN_ADMIN"
    http_status = 403
    default_message = "Only an administrator's ID and PIN can leave kiosk mode."


class AdminExists(AttendanceError):
    """A standalone kiosk offers to create its first admin only while it has none."""

    code = "ADMIN_EXISTS"
    http_status = 409
    default_message = (
        "This kiosk already has an administrator. Leave kiosk mode with their ID and PIN."
    )


class WrongExitCode(AttendanceError):
    code = "WRONG_EXIT_CODE"
    http_status = 403
    default_message = "This is not the kiosk's exit code."


class NothingToUndo(AttendanceError):
    code = "NOTHING_TO_UNDO"
    http_status = 409
    default_message = "This punch can no longer be undone: something happened after it."


class SealedPunchInvalid(AttendanceError):
    """A kiosk's sealed offline punch that the server cannot open, or whose inside does not
    match its outside (another punch id or time): never recorded, kept for the admin."""

    code = "SEALED_PUNCH_INVALID"
    http_status = 400
    default_message = "This offline punch could not be read by the server."


class StorageError(AttendanceError):
    """The store itself is in trouble: damaged, locked, or not writable."""

    code = "STORAGE_ERROR"
    http_status = 503
    default_message = "The attendance data could not be read or saved."


class StoreCorrupt(StorageError):
    code = "STORE_CORRUPT"
    default_message = (
        "The attendance database is damaged and cannot be opened. "
        "It has been left untouched so nothing more is lost."
    )


class StoreBusy(StorageError):
    code = "STORE_BUSY"
    default_message = (
        "The attendance database is busy (another program holds it). "
        "Nothing was changed; please try again."
    )


class StoreNotWritable(StorageError):
    code = "STORE_NOT_WRITABLE"
    default_message = "The data folder cannot be written to. Check its permissions or free space."


class StoreFull(StorageError):
    code = "STORE_FULL"
    default_message = (
        "The disk that holds the attendance data is full. Nothing was changed. "
        "Free some space on it, then try again."
    )


class StoreTooNew(StorageError):
    code = "STORE_TOO_NEW"
    default_message = (
        "This attendance database was written by a newer version of Attendance Desktop. "
        "Please update the app."
    )


class ServiceUnavailable(AttendanceError):
    code = "SERVICE_UNAVAILABLE"
    http_status = 503
    default_message = "The attendance server cannot be reached. Check the network and try again."


class StoreUnavailable(ServiceUnavailable):
    """The server's database connection was lost (a restart, a network cut). Like a server
    out of reach, it passes: a workstation keeps the punch and sends it again."""

    code = "STORE_UNAVAILABLE"
    default_message = (
        "The attendance database cannot be reached just now. Nothing was changed; "
        "please try again in a moment."
    )


class AlreadyCheckedOut(AttendanceError):
    """Seed 004: a check-out on a day already checked out (rather than never checked in)."""

    code = "ALREADY_CHECKED_OUT"
    http_status = 409
    default_message = "Already checked out for this date."


class AttendanceExists(InvalidInput):
    """Seed 004's "create attendance" on a day that already has a record."""

    code = "ATTENDANCE_EXISTS"
    http_status = 409
    default_message = "An attendance record already exists for this user and date."


class BreakAlreadyEnded(AttendanceError):
    code = "BREAK_ALREADY_ENDED"
    http_status = 409
    default_message = "This break has already ended."


class BodyTooLarge(AttendanceError):
    code = "BODY_TOO_LARGE"
    http_status = 413
    default_message = "The request body is too large."


class TooManyAttempts(AttendanceError):
    """Wrong passwords from one account or one address: wait (a 429, which passes)."""

    code = "TOO_MANY_ATTEMPTS"
    http_status = 429
    default_message = "Too many wrong attempts. Wait a moment, then try again."


class PunchQueued(ServiceUnavailable):
    """A workstation's punch kept in its journal while the server is away."""

    code = "PUNCH_QUEUED"
    default_message = (
        "The attendance server cannot be reached. Your punch is saved on this computer "
        "and will be sent as soon as the server is back."
    )


class SettingsNotSaved(AttendanceError):
    """The desktop's settings file (or its start-at-login entry) could not be written."""

    code = "SETTINGS_NOT_SAVED"
    http_status = 500
    default_message = (
        "Your settings could not be saved. Check that the settings folder can be written "
        "to and has free space, then press OK again."
    )


class ReasonRequired(InvalidInput):
    code = "REASON_REQUIRED"
    default_message = "Say why: every correction needs a reason."


class CorrectionOverlaps(AttendanceError):
    code = "CORRECTION_OVERLAPS"
    http_status = 409
    default_message = "This would overlap another session of the same person. Nothing was changed."


class BreakOutsideSession(AttendanceError):
    code = "BREAK_OUTSIDE_SESSION"
    http_status = 400
    default_message = "A break must lie inside its session. Nothing was changed."


class CorrectionNotFound(AttendanceError):
    code = "CORRECTION_NOT_FOUND"
    http_status = 404
    default_message = "Correction request not found."


class CorrectionAlreadyDecided(AttendanceError):
    code = "CORRECTION_ALREADY_DECIDED"
    http_status = 409
    default_message = "This correction request has already been approved or rejected."


class CorrectionAlreadyApplied(AttendanceError):
    code = "CORRECTION_ALREADY_APPLIED"
    http_status = 409
    default_message = (
        "This missed clock-out was closed at the time the employee gave, so it cannot be "
        "rejected. Approve it, or edit the attendance to the right time."
    )


class PeriodLocked(AttendanceError):
    """The month was closed for payroll: a change to it waits for an admin to unlock it.
    423 Locked: a final 4xx, so a replayed punch refused so stays in the journal as refused
    (`is_final`)."""

    code = "PERIOD_LOCKED"
    http_status = 423
    default_message = (
        "This month is locked after payroll, so its attendance cannot be changed. "
        "Ask an administrator to unlock it. Nothing was changed."
    )


class ClockOutMissing(AttendanceError):
    """A replayed offline punch that would clock out a session whose clock-out was already
    missing when the punch was made: closing it there would be a silent clock-out (a 71 h
    day). 409: a final refusal, so the punch is kept for an administrator (`is_final`)."""

    code = "CLOCK_OUT_MISSING"
    http_status = 409
    default_message = (
        "This person's clock-out was already missing when this offline punch was made, so "
        "the punch was kept for an administrator. Ask them when they left."
    )


class DeviceNotFound(AttendanceError):
    """A kiosk device id that was never registered (a revoked one is still found)."""

    code = "DEVICE_NOT_FOUND"
    http_status = 404
    default_message = "There is no kiosk device with this id."


ALL_ERRORS: tuple[type[AttendanceError], ...] = (
    AlreadyClockedIn,
    NoOpenSession,
    BreakAlreadyRunning,
    NoOpenBreak,
    EmployeeNotFound,
    EmployeeInactive,
    SessionNotFound,
    BreakNotFound,
    FutureMonth,
    InvalidMonth,
    InvalidDate,
    InvalidInput,
    PunchTimeOutOfTolerance,
    ClockWentBackwards,
    WrongPin,
    PinLocked,
    NotAuthenticated,
    TokenExpired,
    Forbidden,
    UnknownBadge,
    NotAnAdmin,
    AdminExists,
    WrongExitCode,
    NothingToUndo,
    SealedPunchInvalid,
    StorageError,
    StoreCorrupt,
    StoreBusy,
    StoreNotWritable,
    StoreFull,
    StoreTooNew,
    ServiceUnavailable,
    StoreUnavailable,
    AlreadyCheckedOut,
    AttendanceExists,
    BreakAlreadyEnded,
    BodyTooLarge,
    TooManyAttempts,
    PunchQueued,
    SettingsNotSaved,
    ReasonRequired,
    CorrectionOverlaps,
    BreakOutsideSession,
    CorrectionNotFound,
    CorrectionAlreadyDecided,
    CorrectionAlreadyApplied,
    PeriodLocked,
    ClockOutMissing,
    DeviceNotFound,
)

ERRORS_BY_CODE: dict[str, type[AttendanceError]] = {cls.code: cls for cls in ALL_ERRORS}


def error_from_code(code: str, message: str | None = None) -> AttendanceError:
    """Rebuild a typed error from its wire code (used by the remote service)."""
    cls = ERRORS_BY_CODE.get(code, AttendanceError)
    return cls(message)


# Statuses that say "not now" rather than "not this": a timeout, a limit on attempts.
NOT_NOW_STATUSES = frozenset({408, 425, 429})
_NOT_NOW_ERRORS: tuple[type[AttendanceError], ...] = (
    ServiceUnavailable,
    TokenExpired,
    NotAuthenticated,
)


def is_final(error: AttendanceError) -> bool:
    """True when a refusal is about the punch itself, so sending it again cannot help (the
    journal keeps it as refused); False for "not now": the server away or in trouble (any
    5xx), a sign-in that ran out, a limit on attempts."""
    if isinstance(error, _NOT_NOW_ERRORS) or error.http_status in NOT_NOW_STATUSES:
        return False
    return 400 <= error.http_status < 500
