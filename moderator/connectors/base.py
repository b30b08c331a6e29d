"""What every connector offers: the protocol, the page/action DTOs and the error taxonomy.

A connector turns one platform's API into pages of :class:`~moderator.items.IncomingItem`
plus a resume cursor, and turns outbox entries into platform calls. Connectors never
touch storage; :mod:`moderator.sync` and :mod:`moderator.outbox` drive them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from moderator.errors import ErrorCode, ModeratorError

if TYPE_CHECKING:
    from collections.abc import Iterator
    from datetime import datetime

    from moderator.items import ActionKind, IncomingItem, Platform


class ConnectorError(ModeratorError):
    """A platform call failed; the message is safe to show (tokens are scrubbed).

    ``retryable`` says whether trying again later may succeed; ``ambiguous`` says the
    request may have been applied on the platform although no answer came back.
    """

    code = ErrorCode.CONNECTOR
    exit_code = 75
    retryable = False
    ambiguous = False


class AuthExpired(ConnectorError):
    """The token expired or was revoked: the account needs a new token."""

    code = ErrorCode.AUTH_EXPIRED
    exit_code = 77


class PermissionMissing(ConnectorError):
    """The token lacks a permission, role or product tier for this call."""

    code = ErrorCode.PERMISSION_MISSING
    exit_code = 77


class RateLimited(ConnectorError):
    """The platform throttled us; try again after ``retry_after`` seconds."""

    code = ErrorCode.RATE_LIMITED
    retryable = True

    def __init__(self, message: str, retry_after: float = 60.0) -> None:
        super().__init__(message)
        self.retry_after = max(0.0, retry_after)


class NotFound(ConnectorError):
    """The object does not exist (any more): deleted on the platform."""

    code = ErrorCode.NOT_FOUND
    exit_code = 65


class ActionNotAllowed(ConnectorError):
    """The platform refuses this action on this object (policy, window, capability)."""

    code = ErrorCode.ACTION_NOT_ALLOWED
    exit_code = 4


class MalformedResponse(ConnectorError):
    """The answer was not what the platform documents (not JSON, missing or wrong fields)."""

    code = ErrorCode.MALFORMED_RESPONSE
    exit_code = 65


class TransientError(ConnectorError):
    """A 5xx answer, a timeout or a dropped connection; worth retrying.

    ``ambiguous`` is true when the request was sent and may have been applied.
    """

    code = ErrorCode.TRANSIENT
    retryable = True

    def __init__(self, message: str, *, ambiguous: bool = False) -> None:
        super().__init__(message)
        self.ambiguous = ambiguous


@dataclass(frozen=True, slots=True)
class Listing:
    """Every item id a thread has on the platform now, read in full during this run.

    Includes ids the connector does not store (the account's own replies), so that a
    stored item missing from ``seen`` was deleted (or rejected) on the platform.
    """

    thread_external_id: str
    seen: frozenset[str]


@dataclass(frozen=True, slots=True)
class Page:
    """One batch of items and the cursor to store with them (in the same transaction).

    ``complete`` names threads whose full listing ended on this page (reconciliation of
    items deleted on the platform; see :mod:`moderator.sync`).
    """

    items: tuple[IncomingItem, ...]
    cursor: str
    complete: tuple[Listing, ...] = ()


@dataclass(frozen=True, slots=True)
class ThreadContext:
    """The post, video or conversation an item belongs to."""

    external_id: str
    title: str
    url: str = ""
    text: str = ""
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class ActionRequest:
    """One platform action as the outbox hands it to a connector."""

    kind: ActionKind
    item_external_id: str
    thread_external_id: str = ""
    text: str = ""
    idempotency_key: str = ""
    ban_author: bool = False


@runtime_checkable
class Connector(Protocol):
    """One account on one platform, reached over its API (or a file/demo source)."""

    platform: Platform

    def fetch(self, cursor: str | None) -> Iterator[Page]:
        """Yield pages of items newer than ``cursor``; each page carries its resume cursor."""
        ...

    def thread(self, thread_external_id: str) -> ThreadContext:
        """Fetch the post, video or conversation for context."""
        ...

    def perform(self, action: ActionRequest) -> str:
        """Apply ``action`` on the platform and return the platform's reference for it."""
        ...

    def check(self, action: ActionRequest) -> str | None:
        """Return a reference if ``action`` is already applied on the platform, else None.

        Used before re-sending after an ambiguous failure (timeout, 5xx).
        """
        ...

    def whoami(self) -> str:
        """Check the token with a cheap call; return the account's display name."""
        ...

    def close(self) -> None:
        """Release network resources."""
        ...
