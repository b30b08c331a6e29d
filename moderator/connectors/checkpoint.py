"""The resume cursor shared by the polling connectors: a watermark plus progress in a run.

A run walks the account's containers (posts, videos, conversations) and reads the children
newer than ``since``. After each container is finished its id goes into ``done``, so a
restart skips it; when the run ends, ``since`` moves up to the newest item seen (minus an
overlap, because items can show up in the API a little after their timestamp). Re-reading
is harmless: ingest is idempotent, so the cursor only has to never run ahead of storage.
The new watermark is never later than the run's start: a container finished early in a
long (or interrupted and resumed) run may have new children by the time the run ends.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from moderator.connectors.base import Page

if TYPE_CHECKING:
    from moderator.items import IncomingItem

#: How far before the watermark the next run starts reading again.
OVERLAP = timedelta(hours=1)


@dataclass
class Checkpoint:
    """Mutable progress of one sync run; ``dump()`` gives the cursor string to store."""

    since: datetime | None = None
    newest: datetime | None = None
    done: set[str] = field(default_factory=set)
    started: datetime | None = None

    @classmethod
    def load(cls, cursor: str | None) -> Checkpoint:
        """Parse a stored cursor; None, empty or unreadable starts a full read."""
        if not cursor:
            return cls()
        try:
            raw = json.loads(cursor)
            since = raw.get("since")
            newest = raw.get("newest")
            started = raw.get("started")
            return cls(
                since=datetime.fromisoformat(since) if since else None,
                newest=datetime.fromisoformat(newest) if newest else None,
                done={str(x) for x in raw.get("done", [])},
                started=datetime.fromisoformat(started) if started else None,
            )
        except (ValueError, TypeError, AttributeError):
            return cls()

    def dump(self) -> str:
        """The cursor string (JSON) for the progress so far."""
        return json.dumps({
            "since": self.since.isoformat() if self.since else None,
            "newest": self.newest.isoformat() if self.newest else None,
            "done": sorted(self.done),
            "started": self.started.isoformat() if self.started else None,
        })

    def begin(self) -> None:
        """Note the start of a run (kept when resuming an interrupted one)."""
        if self.started is None:
            self.started = now()

    def read_from(self) -> datetime | None:
        """Lower time bound for this run's reads (watermark minus :data:`OVERLAP`)."""
        return self.since - OVERLAP if self.since else None

    def is_new(self, created_at: datetime) -> bool:
        """Whether an item falls inside this run's window."""
        start = self.read_from()
        return start is None or created_at >= start

    def page(self, found: list[IncomingItem], *, finished: str | None = None) -> Page:
        """Record ``found`` (and a finished container) and return the page to store."""
        for item in found:
            if self.newest is None or item.created_at > self.newest:
                self.newest = item.created_at
        if finished is not None:
            self.done.add(finished)
        return Page(tuple(found), self.dump())

    def finish(self) -> Page:
        """End the run: move the watermark up and forget the per-run progress."""
        if self.newest is not None:
            self.since = min(self.newest, self.started or self.newest)
        self.done, self.newest, self.started = set(), None, None
        return Page((), self.dump())


def now() -> datetime:
    """The current time in UTC (one place to read the clock)."""
    return datetime.now(UTC)
