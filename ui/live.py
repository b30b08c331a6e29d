"""The live queue: another process's changes reach the open window without F5.

A thread of its own loops on ``moderator.live.LiveFeed.next`` (it blocks up to ``POLL_S``
waiting on the database: ``PRAGMA data_version`` on SQLite, ``LISTEN`` on PostgreSQL) and
hands each batch of ``Changes`` to the GUI thread as a queued signal; the window refreshes
the rows in place from there. Nothing here runs a query on the GUI thread.

A plain Python thread rather than a ``QThread``: a window that is deleted without being
closed (a close the moderator cancelled, a test's teardown) must not abort the process
the way a running ``QThread`` does when its owner deletes it; the loop ends by itself
once its ``LiveQueue`` is gone.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal

from moderator.errors import ModeratorError
from moderator.live import LiveFeed

if TYPE_CHECKING:
    from moderator.workspace import Workspace

POLL_S = 0.3  # the longest a stop waits; changes wake the feed at once (PostgreSQL) or
# within its 0.2 s poll (SQLite)
RETRY_S = 2.0  # after a database error (server gone): try again, quietly


class LiveQueue(QObject):
    """Emits ``changed(Changes)`` for what other connections committed."""

    changed = Signal(object)  # Changes
    failed = Signal(object)  # the first error after things worked (shown once)

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start listening (once)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="live-queue", daemon=True)
            self._thread.start()

    def _alive(self) -> bool:
        return not self._stopping.is_set() and shiboken6.isValid(self)

    def _run(self) -> None:
        feed: LiveFeed | None = None
        told = False
        try:
            while self._alive():
                try:
                    if feed is None:
                        feed = LiveFeed(self._ws.db)
                    changes = feed.next(POLL_S)
                    told = False
                except ModeratorError as e:
                    if not told and self._alive():
                        self.failed.emit(e)
                        told = True
                    self._stopping.wait(RETRY_S)
                    continue
                if changes is not None and self._alive():
                    self.changed.emit(changes)
        except RuntimeError:
            pass  # the window went between the check and the signal: nobody to tell
        finally:
            if feed is not None:
                feed.close()

    def stop(self) -> None:
        """End the loop and wait for it (at most a poll and a query)."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(POLL_S + RETRY_S + 2)
