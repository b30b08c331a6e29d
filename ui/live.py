"""The live queue: another process's changes reach the open window without F5.

A ``QThread`` of its own loops on ``moderator.live.LiveFeed.next`` (it blocks up to
``POLL_S`` waiting on the database: ``PRAGMA data_version`` on SQLite, ``LISTEN`` on
PostgreSQL) and hands each batch of ``Changes`` to the GUI thread as a signal; the window
refreshes the rows in place from there. Nothing here runs a query on the GUI thread.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

from moderator.errors import ModeratorError
from moderator.live import LiveFeed

if TYPE_CHECKING:
    from moderator.workspace import Workspace

POLL_S = 0.3  # the longest a stop waits; changes wake the feed at once (PostgreSQL) or
# within its 0.2 s poll (SQLite)
RETRY_S = 2.0  # after a database error (server gone): try again, quietly


class LiveQueue(QThread):
    """Emits ``changed(Changes)`` for what other connections committed."""

    changed = Signal(object)  # Changes
    failed = Signal(object)  # the first error after things worked (shown once)

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._stopping = False

    def run(self) -> None:
        """Qt override: the feed loop (on this thread only)."""
        feed: LiveFeed | None = None
        told = False
        while not self._stopping:
            try:
                if feed is None:
                    feed = LiveFeed(self._ws.db)
                changes = feed.next(POLL_S)
                told = False
            except ModeratorError as e:
                if not told:
                    self.failed.emit(e)
                    told = True
                time.sleep(RETRY_S)
                continue
            if changes is not None and not self._stopping:
                self.changed.emit(changes)
        if feed is not None:
            feed.close()

    def stop(self) -> None:
        """Ask the loop to end and wait for it (at most a poll and a query)."""
        self._stopping = True
        self.wait(int((POLL_S + RETRY_S) * 1000) + 2000)
