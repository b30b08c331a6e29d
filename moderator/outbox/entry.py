"""One pending platform action as the outbox executor sees it (a DTO, no ORM)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from moderator.items import ActionKind, Platform


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """A pending platform action, as the outbox executor sees it."""

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
