"""Queue queries and pages as plain data (shared by the queue service and storage)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from moderator.items import AccountId, ItemKind, ItemSummary, ModeratorId, Platform, Status

OPEN_STATUSES = frozenset({Status.NEW, Status.FLAGGED, Status.ESCALATED})


@dataclass(frozen=True, slots=True)
class QueueQuery:
    """What the moderator is looking at; empty fields mean "no filter".

    ``statuses`` empty means the open queue (new, flagged, escalated).
    """

    statuses: frozenset[Status] = frozenset()
    platforms: frozenset[Platform] = frozenset()
    account_ids: frozenset[AccountId] = frozenset()
    kinds: frozenset[ItemKind] = frozenset()
    rule_id: str | None = None
    min_toxicity: float | None = None
    claimed_by: ModeratorId | None = None
    #: "Mij toegewezen": assigned to this moderator by name, or claimed by them now.
    assigned_to: ModeratorId | None = None
    unassigned: bool = False
    text: str = ""
    since: datetime | None = None
    until: datetime | None = None
    author_key: str | None = None
    all_statuses: bool = False
    #: Only items with a platform action that failed (the "Mislukt" filter).
    delivery_failed: bool = False
    visible_accounts: frozenset[AccountId] | None = field(default=None, compare=True)

    def with_(self, **changes: object) -> QueueQuery:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class SortKey:
    """Position of a row in the queue order; the keyset cursor of a page."""

    sort_sev: int
    sort_tox: float
    created_at: datetime
    id: int

    def encode(self) -> str:
        """A compact string a caller can hand back for the next page."""
        return f"{self.sort_sev}|{self.sort_tox!r}|{self.created_at.isoformat()}|{self.id}"

    @classmethod
    def decode(cls, text: str) -> SortKey:
        """Parse a cursor made by ``encode``."""
        sev, tox, created, ident = text.split("|")
        return cls(int(sev), float(tox), datetime.fromisoformat(created), int(ident))


@dataclass(frozen=True, slots=True)
class Page:
    """One page of the queue and the cursor after its last row (None at the end)."""

    items: list[ItemSummary]
    next_after: SortKey | None
