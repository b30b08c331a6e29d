"""Errors that reach the user as one clear line (the CLI prints them without a traceback)."""

from __future__ import annotations


class ModeratorError(Exception):
    """Base for every error the user should see as a plain message.

    ``exit_code`` follows sysexits loosely: 2 usage, 65 bad data, 69 unavailable,
    73 cannot create, 74 I/O, 75 temporary failure (try again).
    """

    exit_code = 1


class UsageError(ModeratorError):
    """The command was called wrongly (bad option value, unknown URL scheme)."""

    exit_code = 2


class DataError(ModeratorError):
    """Input data is malformed (corrupt database, bad file)."""

    exit_code = 65


class UnavailableError(ModeratorError):
    """A needed service is not there (database server, keyring backend, model)."""

    exit_code = 69


class CannotCreateError(ModeratorError):
    """A file or directory could not be created (unwritable data directory)."""

    exit_code = 73


class BusyError(ModeratorError):
    """A resource is temporarily held by someone else (locked database); try again."""

    exit_code = 75


class IntegrityError(ModeratorError):
    """A tamper-evidence check failed (audit chain broken, archive checksum mismatch)."""

    exit_code = 3


class PermissionDenied(ModeratorError):
    """The moderator's role or scope does not allow this."""

    exit_code = 77


class TransitionError(ModeratorError):
    """The item's status does not allow this action (e.g. unhide an item that is not hidden)."""

    exit_code = 4
