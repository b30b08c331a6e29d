"""Verify a 1,000,000-entry moderation log through AuditLog.verify (SQLite).

    python -m benchmarks.audit_bench [--n 1000000] [--cache /tmp/moderator-bench]

Baseline in the same run: the bare minimum (raw sqlite3 fetch + one SHA-256 per entry of
the same canonical bytes), so the ratio shows what the chain checks and layers add.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

from moderator.audit.chain import GENESIS, content_digest, entry_hash

if TYPE_CHECKING:
    from moderator.workspace import Workspace

_INSERT = ("INSERT INTO audit_entries (seq, at, moderator, role, action, item_ref, account_id, "
           "rule_id, ruleset_version, detail, content_digest, content, prev_hash, hash) "
           "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")


def build(path: Path, n: int) -> Workspace:
    """A workspace whose log holds ``n`` chained entries (generated once, then cached)."""
    # Imported here, not at the top: verify's worker processes re-import this module (as
    # multiprocessing's "spawn" does), and the moderator CLI they stand in for is light.
    from moderator.workspace import Workspace

    ws = Workspace.open(workspace=path)
    if ws.audit.verify().count >= n:
        return ws
    db = sqlite3.connect(path / "moderator.db")
    db.execute("DROP TRIGGER IF EXISTS audit_no_delete")
    db.execute("DELETE FROM audit_entries")
    prev, rows = GENESIS, []
    for seq in range(1, n + 1):
        at = f"2026-01-01T00:00:{seq % 60:02d}.{seq:06d}+00:00"[:32]
        content = json.dumps({"author": f"Persoon {seq % 997}", "text": f"Dank je wel {seq}"})
        digest = content_digest(content)
        fields = dict(at=at, moderator=f"moderator{seq % 7}", role="community_manager",
                      action=("reply", "hide", "warn", "handle")[seq % 4],
                      item_ref=f"facebook:1:c{seq}", account_id=1,
                      rule_id="NL-SCHELDEN" if seq % 4 == 2 else "", ruleset_version="1.0",
                      detail='{"from":"new","to":"handled"}')
        h = entry_hash(seq, digest=digest, prev_hash=prev, **fields)  # type: ignore[arg-type]
        rows.append((seq, *fields.values(), digest, content, prev, h))
        prev = h
        if len(rows) == 50_000:
            db.executemany(_INSERT, rows)
            rows = []
    db.executemany(_INSERT, rows)
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('audit_head', ?)",
               (json.dumps({"seq": n, "hash": prev}),))
    db.commit()
    db.close()
    return ws


def baseline(path: Path) -> float:
    """Raw fetch + one SHA-256 per row, no checks: the floor for any verifier."""
    db = sqlite3.connect(path / "moderator.db")
    start = time.perf_counter()
    for row in db.execute("SELECT * FROM audit_entries ORDER BY seq"):
        hashlib.sha256("\n".join(map(str, row)).encode()).hexdigest()
    db.close()
    return time.perf_counter() - start


def _cpu() -> float:
    # This process and its finished children (verify's worker processes).
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(
        resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    """Print verify time, the baseline and the ratio."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--cache", default="/tmp/moderator-bench")
    args = ap.parse_args()
    path = Path(args.cache) / f"audit-{args.n}"
    t = time.perf_counter()
    ws = build(path, args.n)
    print(f"workspace ready in {time.perf_counter() - t:.1f} s ({path})")
    start, cpu = time.perf_counter(), _cpu()
    result = ws.audit.verify()
    app, cpu = time.perf_counter() - start, _cpu() - cpu
    floor = baseline(path)
    print(f"{'verify (AuditLog.verify)':<34}{app:8.2f} s   ok={result.ok} count={result.count:,}")
    # Shared machines: wall time depends on the neighbours, the CPU time much less.
    print(f"{'  CPU time, all its processes':<34}{cpu:8.2f} s")
    print(f"{'raw fetch + sha256 floor':<34}{floor:8.2f} s   ratio {app / floor:.2f}x")
    print(f"headline: audit verify of {result.count:,} entries in {app:.2f} s (target <= 5 s)")
    ws.close()


if __name__ == "__main__":
    main()
