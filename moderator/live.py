"""The live feed: what other processes changed in the workspace, as ``Changes``.

A colleague's app, the worker or the CLI write to the same database; the triggers log
which items they touched (``storage.change_repo``) and the watch wakes the feed when
anything committed (``storage.watch``: ``PRAGMA data_version`` on SQLite, ``LISTEN`` on
PostgreSQL). ``next`` blocks for at most its timeout, so a thread can loop on it and stop
between calls. This process's own commands come back too: refreshing a row twice is
cheaper than telling commits apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderator.changes import Changes
from moderator.items import ItemId
from moderator.storage.change_repo import ChangeRepository
from moderator.storage.watch import open_watch

if TYPE_CHECKING:
    from moderator.storage.uow import Database


class LiveFeed:
    """Changes by any connection since the last call, one thread at a time."""

    def __init__(self, db: Database) -> None:
        self._db = db
        with db.read() as s:
            self._mark = ChangeRepository(s).mark()
        self._watch = open_watch(db.engine)

    def next(self, timeout: float = 0.5) -> Changes | None:
        """The changes since the last call, or None when nothing changed within ``timeout``."""
        if not self._watch.wait(timeout):
            return None
        with self._db.read() as s:
            batch = ChangeRepository(s).since(self._mark)
        self._mark = batch.mark
        if not (batch.items or batch.arrived or batch.lost):
            return None
        # outbox stays False: that flag means "this app queued a platform action" (the
        # delivery counts it); another process's queued actions reach the sender itself.
        return Changes(items=frozenset(ItemId(i) for i in batch.items), counts=True,
                       audit=True, arrived=batch.arrived or batch.lost)

    def close(self) -> None:
        """Stop watching (from the thread that calls ``next``)."""
        self._watch.close()
