"""Everything the item detail pane shows about one item, as frozen DTOs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime, timedelta

    from moderator.items import FlagInfo, ItemSummary
    from moderator.outbox.entry import Delivery


@dataclass(frozen=True, slots=True)
class ActionInfo:
    """An action taken on an item."""

    kind: str
    moderator: str
    at: datetime
    rule_id: str | None
    text: str | None
    platform_result: str | None
    #: Its platform side (None: an internal action, or one from before the outbox).
    delivery: Delivery | None = None


@dataclass(frozen=True, slots=True)
class NoteInfo:
    """An internal note."""

    moderator: str
    at: datetime
    text: str


@dataclass(frozen=True, slots=True)
class Assignment:
    """A named colleague's item: since when, and when they first acted on it."""

    assignee: str
    since: datetime
    first_response: datetime | None

    @property
    def time_to_first_response(self) -> timedelta | None:
        """How long the assignee took to act (None: not yet)."""
        return None if self.first_response is None else self.first_response - self.since


@dataclass(frozen=True, slots=True)
class ItemDetail:
    """The item with its thread, parent, flags, scores, author history, actions, notes."""

    item: ItemSummary
    thread_title: str
    thread_url: str
    permalink: str
    parent: ItemSummary | None
    flags: tuple[FlagInfo, ...]
    scores: dict[str, float]
    score_model: str
    author_items: tuple[ItemSummary, ...]
    author_warnings: int
    actions: tuple[ActionInfo, ...]
    notes: tuple[NoteInfo, ...]
    earlier_texts: tuple[str, ...]
    assignment: Assignment | None = None  # escalated or assigned to a named colleague
