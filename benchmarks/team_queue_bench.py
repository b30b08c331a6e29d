"""Queue pages on PostgreSQL with row-level security on, as the logins of team mode.

    python -m benchmarks.team_queue_bench [--size 1000000] [--seed-size 50000] [--keep]

Generates ``--seed-size`` items through the app's ingest (12 accounts on every platform,
in 4 projects), then copies them server-side up to ``--size`` (new external ids, earlier
dates). Measures the same pages through ``QueueService`` as three logins:

* the workspace owner (superuser: row-level security does not apply) - the baseline,
* a team lead's login (policies evaluated; every account visible),
* an external moderator's login scoped to one project (a quarter of the items).

Prints each median and its ratio to the baseline measured in the same run. Target: the
filtered page (X replies) <= 100 ms at 1M items with row-level security on. Uses its own
database and logins (unique names) and drops them unless ``--keep``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
import uuid
from typing import TYPE_CHECKING

import psycopg

from benchmarks.corpus import items
from moderator.items import ItemKind, Platform, Role
from moderator.query import QueueQuery
from moderator.storage.roles_repo import RolesRepository
from moderator.workspace import Workspace

if TYPE_CHECKING:
    from collections.abc import Callable

ADMIN = os.environ.get("MODERATOR_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def timed(fn: Callable[[], object], repeat: int = 15) -> float:
    """Median wall time of ``fn`` in milliseconds (after one warm-up call)."""
    fn()
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t) * 1000)
    return statistics.median(runs)


def _admin(sql: str) -> None:
    with psycopg.connect(ADMIN, autocommit=True) as c:
        c.execute(sql)


def build(url: str, size: int, seed_size: int) -> None:
    """Seed through the app, then copy server-side up to ``size`` items."""
    with Workspace.open(database=url) as ws:
        have = ws.queue.count(QueueQuery(all_statuses=True))
        if have >= size:
            return
        t = time.perf_counter()
        ws.ingest.upsert(items(seed_size, seed=7), batch_size=5000)
        print(f"  ingested {seed_size:,} items through the app in "
              f"{time.perf_counter() - t:.0f} s")
    copies = -(-size // seed_size) - 1
    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as c:
        cols = [r[0] for r in c.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'items' "
            "AND column_name NOT IN ('id', 'external_id', 'created_at') "
            "ORDER BY ordinal_position")]
        listed = ", ".join(cols)
        t = time.perf_counter()
        for g in range(1, copies + 1):
            left = size - seed_size * g
            c.execute(f"INSERT INTO items ({listed}, external_id, created_at) "
                      f"SELECT {listed}, external_id || '-c{g}', created_at - interval "
                      f"'{g} days' FROM items WHERE external_id NOT LIKE '%-c%' "
                      f"ORDER BY id LIMIT {min(seed_size, left)}")
        c.execute("UPDATE accounts SET project = 'P' || (id % 4)")
        c.execute("VACUUM ANALYZE")
        print(f"  copied up to {size:,} items in {time.perf_counter() - t:.0f} s")


def measure(url: str) -> dict[str, float]:
    """Median ms of the pages, through the app, on one login's connection."""
    first = QueueQuery()
    filtered = QueueQuery(platforms=frozenset({Platform.X}), kinds=frozenset({ItemKind.REPLY}))
    with Workspace.open(database=url) as ws:
        me = ws.moderators.current()
        deep = ws.queue.page(first, limit=1000, viewer=me).next_after
        return {
            "filtered page (X replies)": timed(lambda: ws.queue.page(filtered, viewer=me)),
            "first page (open, worst first)": timed(lambda: ws.queue.page(first, viewer=me)),
            "next page after 1,000 rows": timed(lambda: ws.queue.page(first, deep, viewer=me)),
            "count X replies": timed(lambda: ws.queue.count(filtered, viewer=me), 5),
        }


def main() -> None:
    """Build, measure as three logins, print the table and a headline; clean up."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--seed-size", type=int, default=50_000)
    ap.add_argument("--db", default="", help="use (or create) and keep this database")
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    name = args.db or f"team_bench_{uuid.uuid4().hex[:8]}"
    keep = args.keep or bool(args.db)
    prefix = f"tb{uuid.uuid4().hex[:6]}"
    with psycopg.connect(ADMIN, autocommit=True) as c:
        if not c.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            c.execute(f'CREATE DATABASE "{name}"')
    owner = f"{ADMIN.rsplit('/', 1)[0]}/{name}"
    host = owner.split("@", 1)[1].rsplit("/", 1)[0]
    logins = {"lead": f"{prefix}_lead", "ext": f"{prefix}_ext"}
    try:
        print(f"{args.size:,} items in {name}")
        build(owner, args.size, args.seed_size)
        with Workspace.open(database=owner) as ws:
            lead = ws.moderators.current()
            ws.moderators.add(lead, logins["lead"], Role.TEAM_LEAD)
            ws.moderators.add(lead, logins["ext"], Role.EXTERNAL_MODERATOR, ["project:P1"])
        rows = {"owner (no row security)": measure(owner)}
        for label, login in (("team lead login (RLS)", "lead"),
                             ("external login, 1 project (RLS)", "ext")):
            rows[label] = measure(f"postgresql://{logins[login]}@{host}/{name}")
        base = rows["owner (no row security)"]
        for who, times in rows.items():
            print(f"  {who}")
            for what, ms in times.items():
                print(f"    {what:<34}{ms:8.2f} ms   x{ms / base[what]:.2f} of owner")
        worst = max(rows[w]["filtered page (X replies)"] for w in rows if "RLS" in w)
        print(f"headline: filtered page {worst:.1f} ms at {args.size:,} items with row-level "
              f"security on (target <= 100 ms)")
    finally:
        with Workspace.open(database=owner) as ws, ws.db.write() as s:
            roles = RolesRepository(s)
            for login in logins.values():
                roles.drop(login)
        if not keep:
            _admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
