"""Queue pages and counts through QueueService at 100k and 1M items (SQLite).

    python -m benchmarks.queue_bench [--sizes 100000,1000000] [--cache /tmp/moderator-bench]
        [--postgres postgresql://postgres@127.0.0.1:5432/postgres --postgres-items 100000]

Baseline in the same run: the same keyset query in raw sqlite3 on the same file, so the
ratio shows what the service layers add. Generated workspaces are cached between runs.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from pathlib import Path
from typing import TYPE_CHECKING

from benchmarks.corpus import items
from moderator.items import Evidence, FlagInfo, ItemKind, Platform
from moderator.query import QueueQuery
from moderator.workspace import Workspace

if TYPE_CHECKING:
    from collections.abc import Callable

    from moderator.flagging import FlagSubject

RAW_WORD = "SELECT count(*) FROM (SELECT rowid FROM items_fts WHERE items_fts MATCH ? LIMIT 200000)"
RAW_FIRST_PAGE = (
    "SELECT id, sort_sev, sort_tox, created_at FROM items WHERE is_open = 1 "
    "ORDER BY sort_sev, sort_tox, created_at, id LIMIT 101")


def _flags(subjects: list[FlagSubject]) -> list[list[FlagInfo]]:
    # About 8% flagged with mixed severities, cheaply: the benchmark measures the queue.
    out: list[list[FlagInfo]] = []
    for s in subjects:
        h = hash(s.text) % 100
        sev = "critical" if h < 1 else "high" if h < 4 else "low" if h < 8 else ""
        out.append([FlagInfo(f"R{h % 5}", "1", sev, "hide", (Evidence(0, 2),))] if sev else [])
    return out


def build(path: Path, n: int) -> Workspace:
    """Open (or generate) a workspace with ``n`` items."""
    ws = Workspace.open(workspace=path)
    ws.set_rules(_flags, ws.actions.rules)  # type: ignore[arg-type]
    have = ws.queue.count(QueueQuery(all_statuses=True))
    if have < n:
        start = time.perf_counter()
        ws.ingest.upsert(items(n - have, seed=n, start=have), batch_size=5000)
        print(f"  generated {n - have:,} items in {time.perf_counter() - start:.0f} s")
    return ws


def timed(fn: Callable[[], object], repeat: int = 15) -> float:
    """Median wall time of ``fn`` in milliseconds (after one warm-up call)."""
    fn()
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t) * 1000)
    return statistics.median(runs)


def measure(ws: Workspace, path: Path) -> list[tuple[str, float, float | None]]:
    """(what, app ms, raw ms) rows."""
    raw = sqlite3.connect(path / "moderator.db")
    first = QueueQuery()
    filtered = QueueQuery(platforms=frozenset({Platform.X}), kinds=frozenset({ItemKind.REPLY}))
    deep = ws.queue.page(first, limit=1000).next_after
    rows: list[tuple[str, float, float | None]] = [
        ("first page (100, open, worst first)", timed(lambda: ws.queue.page(first)),
         timed(lambda: raw.execute(RAW_FIRST_PAGE).fetchall())),
        ("filtered page (X replies)", timed(lambda: ws.queue.page(filtered)), None),
        ("next page after 1,000 rows", timed(lambda: ws.queue.page(first, deep)), None),
        ("rule filter page (R1)", timed(lambda: ws.queue.page(QueueQuery(rule_id="R1"))), None),
        ("search page ('brug')", timed(lambda: ws.queue.page(QueueQuery(text="brug")), 5), None),
        *_prefix_rows(ws, raw),
        ("count open", timed(lambda: ws.queue.count(first), 5), None),
        ("count X replies", timed(lambda: ws.queue.count(filtered), 5), None),
        ("count DMs", timed(lambda: ws.queue.count(QueueQuery(kinds=frozenset({ItemKind.DM}))),
                            5), None),
    ]
    raw.close()
    return rows


def _prefix_rows(ws: Workspace, raw: sqlite3.Connection,
                 ) -> list[tuple[str, float, float | None]]:
    """Searches that match word starts; the raw figure counts a whole word's matches (up
    to 200,000) in the full-text index alone, the cost the dense walk avoids."""
    rows: list[tuple[str, float, float | None]] = []
    for prefix, word in (("bewoner", "bewoners"), ("kind", "kinderen"), ("w", "water"),
                         ("windmolen", "windmolen"), ("bewoner kind", "bewoners")):
        q = QueueQuery(text=prefix)
        rows.append((f"prefix search page ('{prefix}')", timed(lambda q=q: ws.queue.page(q), 5),
                     timed(lambda w=word: raw.execute(RAW_WORD, (f'"{w}"',)).fetchall(), 5)))
    q = QueueQuery(text="bewoner")
    rows.append(("prefix search count ('bewoner')", timed(lambda: ws.queue.count(q), 3), None))
    return rows


RAW_PG_SEARCH = (
    "SELECT id FROM items WHERE is_open AND to_tsvector('simple', text) @@ "
    "plainto_tsquery('simple', %s) ORDER BY sort_sev, sort_tox, created_at, id LIMIT 101")


def postgres(server: str, n: int) -> None:
    """Search pages on PostgreSQL (a scratch database of ``n`` items, dropped after).

    Baseline: the whole-word search as it was (plainto_tsquery), raw, on the same data.
    """
    import uuid

    import psycopg

    name = f"modqb_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = f"{server.rsplit('/', 1)[0]}/{name}"
    try:
        with Workspace.open(database=url) as ws, psycopg.connect(url) as raw:
            ws.ingest.upsert(items(n, seed=n), batch_size=5000)
            raw.execute("ANALYZE")
            print(f"PostgreSQL, {n:,} items")
            for words in ("brug", "bewoner", "kind", "w", "windmolen", "bewoner kind"):
                q = QueueQuery(text=words)
                app = timed(lambda q=q: ws.queue.page(q), 5)
                base = timed(lambda w=words: raw.execute(RAW_PG_SEARCH, (w,)).fetchall(), 5)
                print(f"  prefix search page ('{words}'){'':<{20 - len(words)}}{app:8.2f} ms"
                      f"   raw whole-word page {base:.2f} ms")
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    """Print the table per size and a headline for the largest."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="100000,1000000")
    ap.add_argument("--cache", default="/tmp/moderator-bench")
    ap.add_argument("--postgres", metavar="SERVER_URL",
                    help="also search pages on PostgreSQL, e.g. "
                    "postgresql://postgres@127.0.0.1:5432/postgres")
    ap.add_argument("--postgres-items", type=int, default=100_000)
    args = ap.parse_args()
    if args.postgres:
        postgres(args.postgres, args.postgres_items)
    headline = ""
    for n in [int(x) for x in args.sizes.split(",")]:
        path = Path(args.cache) / f"queue-{n}"
        print(f"{n:,} items ({path})")
        with build(path, n) as ws:
            for what, app, raw in measure(ws, path):
                extra = f"   raw sqlite {raw:.2f} ms" if raw is not None else ""
                print(f"  {what:<38}{app:8.2f} ms{extra}")
                if what.startswith("first page"):
                    headline = f"first page {app:.1f} ms at {n:,} items (target <= 10 ms)"
    print(f"headline: {headline}")


if __name__ == "__main__":
    main()
