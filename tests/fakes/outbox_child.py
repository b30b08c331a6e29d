"""Child process for the outbox kill -9 test: deliver a workspace's outbox until killed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderator.connectors.facebook import FacebookConnector
from moderator.connectors.http import HttpOptions
from moderator.outbox.executor import OutboxExecutor
from moderator.workspace import Workspace

if TYPE_CHECKING:
    from multiprocessing.synchronize import Event

#: Imported once by the fork server, so each of the 60+ children starts in milliseconds.
PRELOAD = [__name__]


def deliver(workspace: str, database: str, token: str, started: Event) -> None:
    """Send until nothing is outstanding (the test kills this process long before)."""
    ws = Workspace.open(workspace=workspace or None, database=database or None)
    opts = HttpOptions(timeout=0.15, get_retries=1, max_wait=0.5, backoff=0.01)
    conns = {a.id: FacebookConnector(a, token, opts) for a in ws.accounts.list()}
    started.set()
    OutboxExecutor(ws.outbox, conns.__getitem__, workers=4, backoff=0.01, max_backoff=0.05,
                   max_attempts=10_000).drain(idle_wait=0.02)
