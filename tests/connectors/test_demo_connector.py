"""The demo workspace's accounts sync through the demo connector: new items, no token."""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderator.connectors.registry import connector_for, is_demo
from moderator.demo import create_demo
from moderator.query import QueueQuery
from moderator.secrets import KeyringStore
from moderator.sync import SyncService
from moderator.workspace import Workspace

if TYPE_CHECKING:
    from pathlib import Path


def test_demo_accounts_sync_new_items_without_a_keyring(tmp_path: Path) -> None:
    with Workspace.open(workspace=tmp_path / "ws") as ws:
        create_demo(ws)
        accounts = ws.accounts.list()
        assert accounts and all(is_demo(a) for a in accounts)
        every = QueueQuery(all_statuses=True)
        before = ws.queue.count(every)
        # A store with no backend at all: the demo never asks it for a token.
        service = SyncService(ws.ingest, ws.cursors,
                              lambda a: connector_for(a, KeyringStore()), index=ws.ingest)
        first = service.run(accounts)
        assert [r.error for r in first] == [None] * len(accounts)
        assert all(r.created >= 1 for r in first)  # each account releases at least one
        after_first = ws.queue.count(every)
        assert after_first == before + sum(r.created for r in first)
        second = service.run(accounts)
        assert ws.queue.count(every) == after_first + sum(r.created for r in second)
        assert all(r.created >= 1 for r in second)  # fresh ids: nothing repeats
