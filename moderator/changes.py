"""What a command touched, so the UI refreshes only what it must (Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from moderator.items import ItemId


@dataclass(frozen=True, slots=True)
class Changes:
    """Items whose row changed, whether queue counts moved, whether the log grew.

    ``arrived``: items may have come in (or too much changed to list), so the queue reads
    its rows again in place (another process's sync, or the live feed losing track).
    """

    items: frozenset[ItemId] = frozenset()
    counts: bool = False
    audit: bool = False
    outbox: bool = False
    rules: bool = False
    arrived: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.items | other.items, self.counts or other.counts,
                       self.audit or other.audit, self.outbox or other.outbox,
                       self.rules or other.rules, self.arrived or other.arrived)
