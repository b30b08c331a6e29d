"""Verify a large SQLite audit log in parallel: ranges of entries in worker processes.

Checking an entry needs only its own row and the previous row's stored hash, so ranges are
independent: each worker walks its range, and the parent joins them by checking that each
range starts where the previous one ended. With two cores a million entries take about
half the time of one walk.
"""

from __future__ import annotations

import os
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import TYPE_CHECKING

from moderator.auditchain import GENESIS, AuditEntry, Head, VerifyResult, _check_head, verify

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

_COLS = ("seq, at, moderator, role, action, item_ref, account_id, rule_id, ruleset_version, "
         "detail, content_digest, content, prev_hash, hash")


def parallel_min() -> int:
    """Logs shorter than this are verified in one process (spawning costs about a second)."""
    return int(os.environ.get("MODERATOR_VERIFY_PARALLEL_MIN", "300000"))


def _rows(con: sqlite3.Connection, first: int, last: int) -> Iterator[AuditEntry]:
    cur = con.execute(f"SELECT {_COLS} FROM audit_entries WHERE seq BETWEEN ? AND ? "
                      "ORDER BY seq", (first, last))
    while rows := cur.fetchmany(20_000):
        yield from map(AuditEntry._make, rows)


def _walk(db: str, first: int, last: int) -> VerifyResult:
    """Verify entries ``first..last``, trusting the stored hash of entry ``first - 1``."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        if first == 1:
            start = Head(0, GENESIS)
        else:
            row = con.execute("SELECT hash FROM audit_entries WHERE seq = ?",
                              (first - 1,)).fetchone()
            if row is None:
                return VerifyResult(False, 0, None, first - 1,
                                    f"entry {first - 1} is missing")
            start = Head(first - 1, row[0])
        return verify(_rows(con, first, last), None, start=start)
    finally:
        con.close()


def verify_parallel(db: Path, total: int, expected: Head | None, *,
                    workers: int = 2) -> VerifyResult:
    """Verify ``total`` entries (by seq) of the SQLite log at ``db`` in ``workers`` processes.

    A range that is cut short (an entry missing inside it) is caught by the next range's
    start check or by the count, so the joined result names the same first broken entry as
    a single walk would.
    """
    size = -(-total // workers)
    bounds = [(1 + k * size, min(total, (k + 1) * size)) for k in range(workers)]
    # "spawn": forking a process that runs Qt or other threads is unsafe.
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        results = list(pool.map(_walk, [str(db)] * workers, *zip(*bounds, strict=True)))
    count, last = 0, None
    for (first, end), r in zip(bounds, results, strict=True):
        if not r.ok:
            return VerifyResult(False, count + r.count, r.head or last, r.broken_seq, r.reason)
        if r.count != end - first + 1:
            missing = first + r.count
            return VerifyResult(False, count + r.count, r.head, missing,
                                f"entry {missing} is missing")
        count, last = count + r.count, r.head
    return _check_head(count, last, expected)
