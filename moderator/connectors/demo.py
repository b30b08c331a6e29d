"""The demo connector: new items appear over time from ``resources/demo/items.jsonl``.

No network and no token. Each fetch releases the items due since the last one (at
``per_minute``, at least one per fetch), re-stamped as just posted and with a fresh id per
round through the file, so the queue keeps moving in a demo without ever repeating an id.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from moderator.connectors.base import ActionNotAllowed, ActionRequest, Page, ThreadContext
from moderator.connectors.checkpoint import now
from moderator.connectors.file_import import item_from_json
from moderator.errors import DataError

if TYPE_CHECKING:
    from collections.abc import Iterator

    from moderator.items import AccountInfo, IncomingItem

DEFAULT_FILE = Path(__file__).resolve().parents[2] / "resources" / "demo" / "items.jsonl"


class DemoConnector:
    """Replays the demo items of one account (matched by platform and external id)."""

    def __init__(self, account: AccountInfo, *, per_minute: float = 2.0,
                 path: Path | None = None) -> None:
        self.platform = account.platform
        spec = account.api_base.partition(":")[2]
        self._path = path or (Path(spec) if spec else DEFAULT_FILE)
        self._account = account
        self._per_minute = per_minute
        self._items: list[IncomingItem] | None = None

    def _pool(self) -> list[IncomingItem]:
        if self._items is None:
            found = []
            with self._path.open(encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        try:
                            item = item_from_json(json.loads(line))
                        except (DataError, ValueError):
                            continue
                        if item.platform == self.platform and \
                                item.account_external_id == self._account.external_id:
                            found.append(item)
            self._items = sorted(found, key=lambda i: i.created_at)
        return self._items

    def fetch(self, cursor: str | None) -> Iterator[Page]:
        """Release the items due since the cursor's time, as one page."""
        pool = self._pool()
        state = json.loads(cursor) if cursor else {}
        # Round 0 is what ``moderator demo`` imported; the first sync starts after it.
        done = int(state.get("n", len(pool)))
        since = datetime.fromisoformat(str(state.get("at", now().isoformat())))
        elapsed = (now() - since).total_seconds()
        due = max(1, int(elapsed / 60 * self._per_minute)) if pool else 0
        released = []
        for k in range(done, done + due):
            rnd, src = divmod(k, len(pool))
            item = pool[src]
            suffix = f"-demo{rnd}" if rnd else ""
            parent = item.parent_external_id
            released.append(replace(
                item, external_id=item.external_id + suffix, created_at=now(),
                parent_external_id=parent + suffix if parent else None))
        yield Page(tuple(released), json.dumps({"n": done + due, "at": now().isoformat()}))

    def thread(self, thread_external_id: str) -> ThreadContext:
        """The thread title as the demo file has it."""
        for item in self._pool():
            if item.thread_external_id == thread_external_id:
                return ThreadContext(thread_external_id, item.thread_title, item.thread_url)
        return ThreadContext(thread_external_id, thread_external_id)

    def perform(self, action: ActionRequest) -> str:
        """Pretend the platform applied it."""
        if not action.item_external_id:
            raise ActionNotAllowed("demo: no item")
        return f"demo:{action.kind.value}"

    def check(self, action: ActionRequest) -> str | None:
        """Nothing is ever applied twice in the demo."""
        return None

    def whoami(self) -> str:
        """The account name."""
        return f"{self._account.name} (demo)"

    def close(self) -> None:
        """Nothing to release."""
