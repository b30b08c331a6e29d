"""Seeded generator of large benchmark workspaces (realistic lengths, NL/EN, emoji, links).

    python -m benchmarks.bench_data --items 1000000 --workspace /tmp/moderator-bench-1m

Items go through ``ws.ingest.upsert`` in big batches (the same path a sync takes), so the
workspace has the FTS index, sort columns and author keys a real one has. Generation is
deterministic for a seed; a finished workspace is marked with a ``.complete`` file and
reused by later runs.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from moderator.items import IncomingItem, ItemKind, Platform
from moderator.workspace import Workspace

if TYPE_CHECKING:
    from collections.abc import Iterator

SEED = 1_000_003
END = datetime(2026, 11, 27, 18, 0, tzinfo=UTC)
ACCOUNTS = [(Platform.FACEBOOK, "fb-a27", "Rijkswegen A27 (Facebook)", "Verbreding A27"),
            (Platform.INSTAGRAM, "ig-a27", "rijkswegen.a27 (Instagram)", "Verbreding A27"),
            (Platform.X, "x-zv", "Gemeente Zuiderveen (X)", "Marktplein"),
            (Platform.LINKEDIN, "li-min", "Ministerie WenL (LinkedIn)", "Warmtenetten"),
            (Platform.YOUTUBE, "yt-ll", "Waterschap Lage Landen (YouTube)", "Dijkversterking"),
            (Platform.TIKTOK, "tt-ll", "waterschaplagelanden (TikTok)", "Dijkversterking")]
WORDS_NL = [
    "de", "weg", "het", "plein", "verbreding", "geluid", "overlast", "bewoners", "fiets",
    "dijk", "water", "markt", "gemeente", "vraag", "wanneer", "waarom", "eindelijk", "goed",
    "slecht", "idee", "planning", "kosten", "parkeren", "bus", "trein", "omleiding", "bomen",
    "natuur", "windmolens", "warmtenet", "huur",
]
WORDS_EN = [
    "the", "road", "noise", "question", "when", "why", "great", "bad", "plan", "costs",
    "trees", "bus",
]
EXTRAS = ("👍", "😡", "🙏", "https://www.example.org/info", "#A27", "@gemeente", "?!", "!!!")


def _text(rnd: random.Random) -> str:
    pool = WORDS_EN if rnd.random() < 0.15 else WORDS_NL
    n = int(rnd.expovariate(1 / 18)) + 3
    words = [rnd.choice(pool) for _ in range(min(n, 120))]
    if rnd.random() < 0.3:
        words.insert(rnd.randrange(len(words)), rnd.choice(EXTRAS))
    return " ".join(words).capitalize()


def generate(n: int, seed: int = SEED) -> Iterator[IncomingItem]:
    """``n`` incoming items spread over six accounts and the last 60 days."""
    rnd = random.Random(seed)
    span = 60 * 24 * 3600
    for i in range(n):
        platform, acc, _name, _p = ACCOUNTS[i % len(ACCOUNTS)]
        kind = ItemKind.DM if rnd.random() < 0.08 else (
            ItemKind.REPLY if rnd.random() < 0.2 else ItemKind.COMMENT)
        author = rnd.randrange(40_000)
        yield IncomingItem(
            platform=platform, account_external_id=acc, external_id=f"b{i}", kind=kind,
            text=_text(rnd), author_name=f"Deelnemer {author}",
            author_external_id=f"a{author}",
            created_at=END - timedelta(seconds=rnd.randrange(span)),
            thread_external_id=f"{acc}-t{i // 500}", thread_title=f"Bericht {i // 500}")


def ensure_workspace(path: Path, n: int, *, quiet: bool = False) -> Path:
    """Create (or reuse) a workspace with ``n`` generated items at ``path``."""
    marker = path / ".complete"
    if marker.exists() and marker.read_text().strip() == str(n):
        return path
    if path.exists():
        import shutil

        shutil.rmtree(path)
    t0 = time.perf_counter()
    with Workspace.open(workspace=path) as ws:
        ws.moderators.current("Benchmark Teamleider")
        for platform, acc, name, project in ACCOUNTS:
            ws.accounts.add(platform, name, acc, project)
        done = 0
        it = generate(n)
        while done < n:
            chunk = min(50_000, n - done)
            ws.ingest.upsert((next(it) for _ in range(chunk)), batch_size=10_000)
            done += chunk
            if not quiet:
                rate = done / (time.perf_counter() - t0)
                print(f"  generated {done:>9,} items ({rate:,.0f}/s)", flush=True)
    marker.write_text(str(n))
    return path


def main() -> None:
    """Command line: build a benchmark workspace."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--items", type=int, default=1_000_000)
    p.add_argument("--workspace", type=Path, default=Path("/tmp/moderator-bench-1m"))
    a = p.parse_args()
    ensure_workspace(a.workspace, a.items)


if __name__ == "__main__":
    main()
