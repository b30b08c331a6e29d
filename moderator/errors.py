"""Errors that reach the user as one clear line (the CLI prints them without a traceback).

Every error carries a stable ``code`` (an :class:`ErrorCode`) and the named values its
sentence needs (``params``): the UI words the code in the user's language, the CLI and the
logs print the English message.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    """Stable codes for what went wrong; the UI maps each to a sentence (ui/errors.py)."""

    ERROR = "error"
    USAGE = "usage"
    DATA = "data"
    UNAVAILABLE = "unavailable"
    CANNOT_CREATE = "cannot_create"
    BUSY = "busy"
    INTEGRITY = "integrity"
    PERMISSION_DENIED = "permission_denied"
    TRANSITION = "transition"
    # the workspace and this computer
    DB_CORRUPT = "db_corrupt"
    KEYRING_MISSING = "keyring_missing"
    RULE_FILE = "rule_file"  # params: line, column, problems (how many)
    # moderator commands (params: action, item, status, kind, platform, refusal, rule)
    UNKNOWN_ITEM = "unknown_item"
    NOT_AN_ACTION = "not_an_action"
    NEEDS_TEXT = "needs_text"
    NEEDS_RULE = "needs_rule"
    UNKNOWN_RULE = "unknown_rule"
    WRONG_STATUS = "wrong_status"
    WRONG_KIND = "wrong_kind"
    PLATFORM_REFUSES = "platform_refuses"
    CLAIMED = "claimed"
    OVERTAKEN = "overtaken"  # a colleague changed the item first (params: by, status)
    NOTHING_TO_UNDO = "nothing_to_undo"
    NOT_VISIBLE = "not_visible"
    UNKNOWN_PLATFORM = "unknown_platform"
    UNKNOWN_MODERATOR = "unknown_moderator"
    # platform calls (connector errors)
    CONNECTOR = "connector"
    AUTH_EXPIRED = "auth_expired"
    PERMISSION_MISSING = "permission_missing"
    RATE_LIMITED = "rate_limited"
    NOT_FOUND = "not_found"
    ACTION_NOT_ALLOWED = "action_not_allowed"
    MALFORMED_RESPONSE = "malformed_response"
    TRANSIENT = "transient"
    RECONNECT_NEEDED = "reconnect_needed"
    # outside input (moderator.untrusted, archive packages, workspace rows; params: table, row)
    UNREADABLE = "unreadable"
    INPUT_LIMIT = "input_limit"
    BAD_ARCHIVE = "bad_archive"
    DAMAGED_ROW = "damaged_row"
    # signing in on a platform (moderator.auth)
    SIGN_IN_REGISTRATION = "sign_in_registration"
    SIGN_IN_DENIED = "sign_in_denied"
    SIGN_IN_STATE = "sign_in_state"
    SIGN_IN_NO_CODE = "sign_in_no_code"
    SIGN_IN_EXCHANGE = "sign_in_exchange"
    SIGN_IN_NETWORK = "sign_in_network"
    SIGN_IN_TIMEOUT = "sign_in_timeout"
    SIGN_IN_CANCELLED = "sign_in_cancelled"


class ModeratorError(Exception):
    """Base for every error the user should see as a plain message.

    ``exit_code`` follows sysexits loosely: 2 usage, 65 bad data, 69 unavailable,
    73 cannot create, 74 I/O, 75 temporary failure (try again). ``code`` defaults to the
    class's code; a raise may name a more precise one, with ``params`` for its sentence.
    """

    exit_code = 1
    code: ErrorCode = ErrorCode.ERROR

    def __init__(self, message: str = "", *, code: ErrorCode | None = None,
                 **params: str | int) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self.params = params


class UsageError(ModeratorError):
    """The command was called wrongly (bad option value, unknown URL scheme)."""

    exit_code = 2
    code = ErrorCode.USAGE


class DataError(ModeratorError):
    """Input data is malformed (corrupt database, bad file)."""

    exit_code = 65
    code = ErrorCode.DATA


class UnavailableError(ModeratorError):
    """A needed service is not there (database server, keyring backend, model)."""

    exit_code = 69
    code = ErrorCode.UNAVAILABLE


class CannotCreateError(ModeratorError):
    """A file or directory could not be created (unwritable data directory)."""

    exit_code = 73
    code = ErrorCode.CANNOT_CREATE


class BusyError(ModeratorError):
    """A resource is temporarily held by someone else (locked database); try again."""

    exit_code = 75
    code = ErrorCode.BUSY


class IntegrityError(ModeratorError):
    """A tamper-evidence check failed (audit chain broken, archive checksum mismatch)."""

    exit_code = 3
    code = ErrorCode.INTEGRITY


class PermissionDenied(ModeratorError):
    """The moderator's role or scope does not allow this."""

    exit_code = 77
    code = ErrorCode.PERMISSION_DENIED
    logged = False  # set once the refusal is in the moderation log


class TransitionError(ModeratorError):
    """The item's status does not allow this action (e.g. unhide an item that is not hidden)."""

    exit_code = 4
    code = ErrorCode.TRANSITION


class DamagedRow(DataError):
    """A stored row another tool wrote or a disk damaged (params: ``table``, ``row``).

    Reading it would crash or show garbage; the command stops and names the row, so the
    rest of the workspace is left as it is and support knows where to look.
    """

    code = ErrorCode.DAMAGED_ROW

    def __init__(self, table: str, row: int, why: str) -> None:
        super().__init__(f"{table} row {row} is damaged ({why})", table=table, row=row)
        self.row, self.why = row, why
