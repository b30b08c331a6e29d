"""What every connector offers: the protocol, the page/action DTOs and the error taxonomy.

A connector turns one platform's API into pages of :class:`~moderator.items.IncomingItem`
plus a resume cursor, and turns outbox entries into platform calls. Connectors never
touch storage; :mod:`moderator.sync` and :mod:`moderator.outbox` drive them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from moderator.errors import ModeratorError
from moderator.items import ActionKind, IncomingItem, ItemKind, Platform

if TYPE_CHECKING:
    from collections.abc import Iterator
    from datetime import datetime


class ConnectorError(ModeratorError):
    """A platform call failed; the message is safe to show (tokens are scrubbed).

    ``retryable`` says whether trying again later may succeed; ``ambiguous`` says the
    request may have been applied on the platform although no answer came back.
    """

    exit_code = 75
    retryable = False
    ambiguous = False


class AuthExpired(ConnectorError):
    """The token expired or was revoked: the account needs a new token."""

    exit_code = 77


class PermissionMissing(ConnectorError):
    """The token lacks a permission, role or product tier for this call."""

    exit_code = 77


class RateLimited(ConnectorError):
    """The platform throttled us; try again after ``retry_after`` seconds."""

    retryable = True

    def __init__(self, message: str, retry_after: float = 60.0) -> None:
        super().__init__(message)
        self.retry_after = max(0.0, retry_after)


class NotFound(ConnectorError):
    """The object does not exist (any more): deleted on the platform."""

    exit_code = 65


class ActionNotAllowed(ConnectorError):
    """The platform refuses this action on this object (policy, window, capability)."""

    exit_code = 4


class MalformedResponse(ConnectorError):
    """The answer was not what the platform documents (not JSON, missing or wrong fields)."""

    exit_code = 65


class TransientError(ConnectorError):
    """A 5xx answer, a timeout or a dropped connection; worth retrying.

    ``ambiguous`` is true when the request was sent and may have been applied.
    """

    retryable = True

    def __init__(self, message: str, *, ambiguous: bool = False) -> None:
        super().__init__(message)
        self.ambiguous = ambiguous


@dataclass(frozen=True, slots=True)
class Page:
    """One batch of items and the cursor to store with them (in the same transaction)."""

    items: tuple[IncomingItem, ...]
    cursor: str


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


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What a moderator can do on one platform through its API (reference section 0)."""

    hide: bool = False
    delete: bool = False
    reply: bool = False
    reply_to_replies: bool = True
    private_reply: bool = False
    ban: bool = False
    read_dms: bool = False
    send_dm: bool = False
    held_for_review: bool = False
    dm_window_hours: int | None = None
    private_reply_window_days: int | None = None
    notes: tuple[str, ...] = field(default=())

    @property
    def actions(self) -> frozenset[ActionKind]:
        """The outbox action kinds this platform accepts."""
        kinds: set[ActionKind] = set()
        if self.hide:
            kinds |= {ActionKind.HIDE, ActionKind.UNHIDE}
        if self.delete:
            kinds.add(ActionKind.REMOVE)
        if self.reply:
            kinds |= {ActionKind.REPLY, ActionKind.WARN}
        if self.send_dm or self.private_reply:
            kinds.add(ActionKind.DM_REPLY)
        return frozenset(kinds)

    def supports(self, kind: ActionKind) -> bool:
        """Whether ``kind`` can be sent to the platform (local-only kinds return False)."""
        return kind in self.actions


def capability_check(platform: Platform, item_kind: ItemKind, action: ActionKind) -> str | None:
    """The workspace's capability hook; see :func:`capabilities.capability_check`."""
    from moderator.connectors.capabilities import capability_check as check

    return check(platform, item_kind, action)


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
