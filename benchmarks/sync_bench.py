"""Sync benchmark: 10,000 comments over 100 posts from the local fake Graph API, end to end
(HTTP, parsing, ingest with house rules, cursor) into a fresh SQLite workspace.

Baseline in the same run: ingesting the same items already in memory (no HTTP), so the
ratio shows what the connector adds. Run: ``python -m benchmarks.sync_bench``.
Target (issue 4): <= 10 s for the end-to-end sync.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from moderator.connectors.facebook import FacebookConnector
from moderator.connectors.http import HttpOptions
from moderator.items import Platform
from moderator.sync import SyncService
from moderator.workspace import Workspace
from tests.fakes.graph import GraphApp, V
from tests.fakes.server import FakeServer

TOKEN = "bench-token"
WORDS = ("de", "weg", "is", "te", "druk", "great", "news", "thanks", "waarom", "geen", "fietspad",
         "🚲", "👍", "https://example.nl/a27", "kan", "dit", "niet", "anders", "A27", "Lexmond")


def build(posts: int = 100, per_post: int = 100, seed: int = 7,
          page_id: str = "1000") -> GraphApp:
    rng = random.Random(seed)
    app = GraphApp(page_id)
    t0 = datetime(2026, 11, 1, tzinfo=UTC)
    for p in range(posts):
        pid = app.add_post(f"Update {p} over de verbreding", t0 + timedelta(hours=p))
        tops: list[str] = []
        for c in range(per_post):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 40)))
            parent = rng.choice(tops) if tops and rng.random() < 0.3 else pid
            cid = app.add_comment(parent, text, t0 + timedelta(hours=p, seconds=c),
                                  (f"u{rng.randint(1, 3000)}", f"Inwoner {rng.randint(1, 3000)}"))
            if parent == pid:
                tops.append(cid)
    return app


def main() -> None:
    app = build()
    with FakeServer(app, token=TOKEN) as server, tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(workspace=Path(tmp) / "ws")
        acc = ws.accounts.add(Platform.FACEBOOK, "bench", app.page_id, api_base=f"{server.url}/{V}")
        service = SyncService(ws.ingest, ws.cursors, lambda a: FacebookConnector(
            a, TOKEN, HttpOptions(timeout=30), page_size=100, inbox=False))
        t = time.perf_counter()
        result = service.run([acc])[0]
        e2e = time.perf_counter() - t
        assert result.error is None, result.error
        requests = len(server.log)
        conn = FacebookConnector(acc, TOKEN, HttpOptions(timeout=30), page_size=100, inbox=False)
        items = [i for page in conn.fetch(None) for i in page.items]
        conn.close()
        ws2 = Workspace.open(workspace=Path(tmp) / "ws2")
        acc2 = ws2.accounts.add(Platform.FACEBOOK, "bench", app.page_id)
        t = time.perf_counter()
        ws2.ingest.upsert(items, cursor=(acc2.id, "x"))
        base = time.perf_counter() - t
        ws.close()
        ws2.close()
    print(f"{'step':<34}{'items':>8}{'seconds':>10}{'items/s':>10}")
    print(f"{'ingest only (baseline, no HTTP)':<34}{len(items):>8}{base:>10.2f}"
          f"{len(items) / base:>10.0f}")
    print(f"{'sync end to end (' + str(requests) + ' requests)':<34}{result.items:>8}"
          f"{e2e:>10.2f}{result.items / e2e:>10.0f}")
    print(f"ratio end-to-end / ingest-only: {e2e / base:.2f}")
    print(f"sync_bench: {result.items} comments in {e2e:.2f} s = {result.items / e2e:.0f} items/s"
          f" (target <= 10 s: {'met' if e2e <= 10 else 'MISSED'})")


if __name__ == "__main__":
    main()
