"""The SQLite side of batch ingest: rows straight to the driver, one statement per batch.

After one executemany, the full-text index and the item counts get the whole batch in
one INSERT ... SELECT each. As per-row AFTER INSERT triggers, the counts alone cost
about a quarter of an insert with the queue's indexes, and the FTS trigger more. Rows
are passed in the form the column types would produce: SQLAlchemy's per-row parameter
processing cost about as much as the insert itself.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection

# Columns a new item is inserted with, in the order ``IngestRepository`` builds its rows,
# and the columns every new item starts with the same value in.
NEW_COLUMNS = ("account_id", "thread_id", "platform", "external_id", "parent_external_id",
               "kind", "text", "text_hash", "author_name", "author_key", "created_at",
               "permalink", "status", "is_open", "sort_sev", "hidden_on_platform",
               "deleted_on_platform")
NEW_FIXED: dict[str, object] = {"sort_tox": 0.0, "toxicity": None, "claimed_by": None,
                                "claim_expires_at": None, "revision": 1, "purged": False}
_INSERT = (  # the fixed values inline: fewer parameters to bind per row
    f"INSERT INTO items (id, {', '.join(NEW_COLUMNS)}, {', '.join(NEW_FIXED)}) "
    f"VALUES (?, {', '.join('?' * len(NEW_COLUMNS))}, 0.0, NULL, NULL, NULL, 1, 0)")
_FTS = "INSERT INTO items_fts(rowid, text) SELECT id, text FROM items WHERE id BETWEEN ? AND ?"
_KEY = "status, platform, account_id, kind"
_COUNTS = (
    f"INSERT INTO item_counts ({_KEY}, n) SELECT {_KEY}, count(*) FROM items "
    f"WHERE id BETWEEN ? AND ? GROUP BY {_KEY} "
    f"ON CONFLICT ({_KEY}) DO UPDATE SET n = item_counts.n + excluded.n")


def insert_items_sqlite(conn: Connection, first: int,
                        rows: list[tuple[object, ...]]) -> list[int]:
    """Insert ``rows`` (``NEW_COLUMNS`` order, times as ``sqlite_time``) as ids ``first..``.

    The caller holds the write lock, so ``first`` (max id + 1) stays free until commit.
    """
    last = first + len(rows) - 1
    conn.exec_driver_sql(_INSERT, [(n, *r) for n, r in enumerate(rows, first)])
    conn.exec_driver_sql(_FTS, (first, last))
    conn.exec_driver_sql(_COUNTS, (first, last))
    return list(range(first, last + 1))


def sqlite_time(v: datetime) -> str:
    """What ``UtcDateTime`` stores on SQLite: naive UTC as ``YYYY-MM-DD HH:MM:SS.ffffff``."""
    if v.tzinfo is None:
        raise ValueError("naive datetime given; use an aware datetime")
    if v.tzinfo is not UTC:
        v = v.astimezone(UTC)
    return v.replace(tzinfo=None).isoformat(" ", "microseconds")
