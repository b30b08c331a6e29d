"""Helpers for tests that run connectors into a real workspace."""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderator.items import ItemSummary, Status
from moderator.query import QueueQuery

if TYPE_CHECKING:
    from moderator.workspace import Workspace


def stored(ws: Workspace) -> list[ItemSummary]:
    query = QueueQuery(statuses=frozenset(Status))
    out: list[ItemSummary] = []
    after = None
    while True:
        page = ws.queue.page(query, after, 500)
        out += page.items
        if page.next_after is None:
            return out
        after = page.next_after
