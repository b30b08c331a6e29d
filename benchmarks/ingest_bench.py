"""Ingest rate through the app's IngestService on SQLite (FTS maintained) and PostgreSQL.

    python -m benchmarks.ingest_bench [--n 50000] [--postgres URL]

Baseline in the same run: one ORM object per item, committed per batch (the naive way).
Measured with storage only (no rules) and with the shipped Dutch house rules evaluated.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from benchmarks.corpus import items
from moderator.flagging import no_flags
from moderator.storage.ingest_repo import author_key, text_hash
from moderator.storage.tables import AccountRow, ItemRow, ThreadRow
from moderator.workspace import Workspace


def _app(ws: Workspace, n: int, seed: int = 1) -> float:
    data = list(items(n, seed=seed, start=seed * 10_000_000))  # generated up front
    start, cpu = time.perf_counter(), time.process_time()
    ws.ingest.upsert(data, batch_size=2000)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    # On a shared machine wall time depends on the neighbours; this process's CPU time
    # (SQLite runs in-process; PostgreSQL's server is not counted) much less so.
    print(f"  {n:,} items: {wall:.2f} s wall, {cpu:.2f} s CPU in this process "
          f"({n / cpu:,.0f} items per CPU-second)")
    return n / wall


def _naive(ws: Workspace, n: int) -> float:
    salt = ws.ingest.salt()
    start = time.perf_counter()
    data = list(items(n, seed=9, start=10_000_000))
    for i in range(0, n, 500):
        with ws.db.write() as s:
            for it in data[i:i + 500]:
                acc = s.query(AccountRow).filter_by(platform=it.platform.value,
                                                    external_id=it.account_external_id).first()
                if acc is None:
                    acc = AccountRow(platform=it.platform.value, name=f"n{it.account_external_id}",
                                     external_id=it.account_external_id)
                    s.add(acc)
                    s.flush()
                th = s.query(ThreadRow).filter_by(account_id=acc.id,
                                                  external_id=it.thread_external_id).first()
                if th is None:
                    th = ThreadRow(account_id=acc.id, external_id=it.thread_external_id)
                    s.add(th)
                    s.flush()
                if s.query(ItemRow).filter_by(account_id=acc.id,
                                              external_id=it.external_id).first():
                    continue
                s.add(ItemRow(account_id=acc.id, thread_id=th.id, platform=it.platform.value,
                              external_id=it.external_id, kind=it.kind.value, text=it.text,
                              text_hash=text_hash(it.text), author_name=it.author_name,
                              author_key=author_key(salt, it.platform, it.author_external_id),
                              created_at=it.created_at, status="new", is_open=True))
    return n / (time.perf_counter() - start)


def main() -> None:
    """Print items/s for the app path and the naive path."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=50_000)
    ap.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/postgres")
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as d, Workspace.open(workspace=Path(d)) as ws:
        with_rules = _app(ws, args.n, seed=2)
        rules_on = ws.flagger
        ws.set_rules(no_flags, ws.actions.rules)
        app = _app(ws, args.n)
        naive = _naive(ws, max(2000, args.n // 10))
        rows.append(("SQLite + FTS5, storage only", app, naive))
        ws.set_rules(rules_on, ws.actions.rules)
        rows.append(("SQLite + FTS5 + shipped spelregels", with_rules, naive))
    try:
        args.postgres = _fresh_pg(args.postgres)
        with Workspace.open(database=args.postgres) as ws:
            ws.set_rules(no_flags, ws.actions.rules)
            rows.append(("PostgreSQL, storage only", _app(ws, args.n),
                         _naive(ws, max(2000, args.n // 10))))
    except Exception as e:
        print(f"PostgreSQL skipped: {e}")
    print(f"{'database':<38}{'app items/s':>14}{'naive items/s':>16}{'ratio':>8}")
    for name, app, naive in rows:
        print(f"{name:<38}{app:>14,.0f}{naive:>16,.0f}{app / naive:>7.1f}x")
    print(f"headline: ingest {rows[0][1]:,.0f} items/s on SQLite (target >= 10,000)")


def _fresh_pg(url: str) -> str:
    import psycopg

    with psycopg.connect(url, autocommit=True) as c:
        c.execute("DROP DATABASE IF EXISTS moderator_bench WITH (FORCE)")
        c.execute("CREATE DATABASE moderator_bench")
    return url.rsplit("/", 1)[0] + "/moderator_bench"


if __name__ == "__main__":
    main()
