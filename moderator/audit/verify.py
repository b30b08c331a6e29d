"""Verify a SQLite audit log fast: SQLite serialises each entry, Python only hashes.

Reading fourteen columns into Python objects cost more than the hashing itself, so
SQLite builds each entry's canonical bytes in C with ``json_array()`` (the form defined
in ``moderator.audit.chain``) and Python gets six values per entry. A mismatch is never
taken on SQLite's word: the entry is re-read whole and checked by the reference code in
``auditchain``, which also names what broke. A SQLite that serialised differently would
only make verification slower, never wrong.

Large logs are verified in ranges in worker processes: checking an entry needs only its
own row and the previous row's stored hash, so ranges are independent, and the parent
joins them by checking that each range starts where the previous one ended.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import TYPE_CHECKING

from moderator.audit.chain import GENESIS, AuditEntry, Head, VerifyResult, _broken, finish, verify

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

_COLS = ("seq, at, moderator, role, action, item_ref, account_id, rule_id, ruleset_version, "
         "detail, content_digest, content, prev_hash, hash")
_HASHED = ("seq, at, moderator, role, action, item_ref, account_id, rule_id, ruleset_version, "
           "detail, content_digest, prev_hash")
_FAST = (f"SELECT seq, CAST(json_array({_HASHED}) AS BLOB), prev_hash, hash, "
         "CAST(content AS BLOB), content_digest FROM audit_entries "
         "WHERE seq BETWEEN ? AND ? ORDER BY seq")
_BATCH = 20_000


def parallel_min() -> int:
    """Logs shorter than this are verified in one process (spawning costs about a second)."""
    return int(os.environ.get("MODERATOR_VERIFY_PARALLEL_MIN", "300000"))


def walk(con: sqlite3.Connection, first: int, last: int, start: Head) -> VerifyResult:
    """Verify entries ``first..last`` that follow ``start`` (entry ``first - 1``)."""
    # The first range starts below 1, so a row slipped in before entry 1 is seen too.
    lowest = first if first > 1 else -(2**63)
    try:
        cur = con.execute(_FAST, (lowest, last))
    except sqlite3.OperationalError as exc:
        if "no such function" not in str(exc):
            raise  # a damaged row (a BLOB json_array refuses): the caller names it
        return verify(_rows(con, first, last), None, start=start)  # SQLite without JSON
    sha = hashlib.sha256
    prev, count = start.hash, start.seq
    while rows := cur.fetchmany(_BATCH):
        for seq, canonical, prev_hash, h, content, digest in rows:
            count += 1
            if (seq != count or prev_hash != prev or sha(canonical).hexdigest() != h
                    or (content is not None and sha(content).hexdigest() != digest)):
                why = _recheck(con, seq, count, prev)
                if why:
                    cur.close()
                    done = Head(count - 1, prev) if count - 1 > start.seq else None
                    return VerifyResult(False, count - 1 - start.seq, done, count, why)
            prev = h
    return VerifyResult(True, count - start.seq, Head(count, prev) if count > start.seq
                        else None)


def _recheck(con: sqlite3.Connection, seq: int, want: int, prev: str) -> str:
    """Why the entry numbered ``seq`` breaks the chain at ``want`` ("" if it does not)."""
    row = con.execute(f"SELECT {_COLS} FROM audit_entries WHERE seq = ?", (seq,)).fetchone()
    return _broken(AuditEntry._make(row), want, prev)


def verify_sqlite(con: sqlite3.Connection, total: int, expected: Head | None, *,
                  exact: bool = True) -> VerifyResult:
    """Verify ``total`` entries in this process (see ``auditchain.verify`` for ``exact``)."""
    result = walk(con, 1, total, Head(0, GENESIS))
    if not result.ok:
        return result
    return _finish(con, result.count, result.head, expected, exact)


def _finish(con: sqlite3.Connection, count: int, last: Head | None, expected: Head | None,
            exact: bool) -> VerifyResult:
    seen = None
    if expected is not None and not exact and 0 < expected.seq <= count:
        # The walk checked every entry up to ``count``; this one's stored hash is verified.
        seen = con.execute("SELECT hash FROM audit_entries WHERE seq = ?",
                           (expected.seq,)).fetchone()[0]
    return finish(count, last, expected, exact=exact, seen=seen)


def _rows(con: sqlite3.Connection, first: int, last: int) -> Iterator[AuditEntry]:
    cur = con.execute(f"SELECT {_COLS} FROM audit_entries WHERE seq BETWEEN ? AND ? "
                      "ORDER BY seq", (first if first > 1 else -(2**63), last))
    while rows := cur.fetchmany(_BATCH):
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
        return walk(con, first, last, start)
    finally:
        con.close()


def verify_parallel(db: Path, total: int, expected: Head | None, *, exact: bool = True,
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
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return _finish(con, count, last, expected, exact)
    finally:
        con.close()
