"""Outbox DTOs (no ORM): an entry as the executor sends it, and its state as the app shows it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    from moderator.items import ActionKind, Platform


class OutboxState(StrEnum):
    """Where a platform action is: the write-ahead states of exactly-once delivery."""

    PENDING = "pending"  # waiting (a first try, or a retry after ``not_before``)
    SENDING = "sending"  # a sender took it: the call may have reached the platform
    SENT = "sent"  # the platform applied it (its answer is stored)
    FAILED = "failed"  # the platform refused it for good, or we gave up: retry or cancel
    CANCELLED = "cancelled"  # a moderator cancelled it before it was sent

    @property
    def open(self) -> bool:
        """Still to be sent (quitting the app with such entries asks whether to wait)."""
        return self in (OutboxState.PENDING, OutboxState.SENDING)


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """A platform action taken for sending.

    ``attempts`` counts the earlier tries that may have reached the platform: when it is
    above 0 the executor asks the platform first whether the action is already applied.
    """

    id: int
    action_id: int
    action_kind: ActionKind
    item_id: int
    account_id: int
    platform: Platform
    item_external_id: str
    thread_external_id: str
    text: str | None
    idempotency_key: str
    attempts: int


@dataclass(frozen=True, slots=True)
class Delivery:
    """One platform action's state, for the item detail, the log and the "Mislukt" list.

    ``error_code`` is an ``ErrorCode`` value (the app words it); ``not_before`` is when a
    waiting entry is tried again (a rate limit: "nieuwe poging om HH:MM").
    """

    id: int
    action_id: int
    item_id: int
    account_id: int
    kind: ActionKind
    state: OutboxState
    attempts: int
    not_before: datetime
    updated_at: datetime
    platform_ref: str | None
    error_code: str | None
    error: str | None
    text: str | None
