"""Rows another tool damaged (issue 16): find the first one and name it, never crash.

SQLite stores whatever it is given: a BLOB or bytes that are not UTF-8 in a text column,
``zombie`` as a status, ``not a date`` as a time. Reading such a row fails deep inside
the driver (or later, in JSON or Qt) without saying which row. The readers of items and
of the log call :func:`items_guard` / :func:`audit_damage`, which look for the first
damaged row only after something went wrong (or, for the log, with one scan in C), so a
healthy workspace pays nothing, and raise :class:`~moderator.errors.DamagedRow`.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from moderator.errors import DamagedRow
from moderator.items import ItemKind, Status

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from sqlalchemy.orm import Session

# (column, SQLite storage classes it may hold); the enum columns are checked by value.
_ITEM_COLUMNS = (("platform", "text"), ("kind", "text"), ("status", "text"),
                 ("author_name", "text"), ("author_key", "text"), ("text", "text"),
                 ("created_at", "text"))
_AUDIT_COLUMNS = (("at", "text"), ("moderator", "text"), ("role", "text"), ("action", "text"),
                  ("item_ref", "text"), ("account_id", "integer", "null"),
                  ("rule_id", "text"), ("ruleset_version", "text"), ("detail", "text"),
                  ("content_digest", "text"), ("content", "text", "null"),
                  ("prev_hash", "text"), ("hash", "text"))
_ENUMS = {"status": Status, "kind": ItemKind}


@contextmanager
def items_guard(s: Session) -> Iterator[None]:
    """Turn a failure while reading items into DamagedRow naming the first damaged item."""
    try:
        yield
    except (ValueError, TypeError, sa_exc.DBAPIError) as exc:
        found = item_damage(s)
        if found is None:
            raise
        raise found from exc


def item_damage(s: Session) -> DamagedRow | None:
    """The first item (or flag of one) whose stored values cannot be read, or None."""
    return _item_row_damage(s) or _flag_damage(s)


def _flag_damage(s: Session) -> DamagedRow | None:
    if s.get_bind().dialect.name != "sqlite":
        return None
    row = s.execute(text(
        "SELECT id FROM flags WHERE json_valid(spans) = 0 OR json_type(spans) != 'array' "
        "OR EXISTS (SELECT 1 FROM json_each(spans) WHERE type != 'array' "
        "OR json_array_length(value) != 2) ORDER BY id LIMIT 1")).first()
    return None if row is None else DamagedRow("flags", row[0], "spans is not a JSON list")


def _item_row_damage(s: Session) -> DamagedRow | None:
    enums = " OR ".join(f"{c} NOT IN ({', '.join(repr(v.value) for v in e)})"
                        for c, e in _ENUMS.items())
    if s.get_bind().dialect.name != "sqlite":
        row = s.execute(text(f"SELECT id, status, kind FROM items WHERE {enums} "
                             "ORDER BY id LIMIT 1")).first()
        return None if row is None else DamagedRow("items", row[0], _enum_why(row[1], row[2]))
    found = _typeof_damage(s, "items", "id", _ITEM_COLUMNS,
                           extra=f"{enums} OR julianday(created_at) IS NULL")
    if found is not None:
        return found
    return _utf8_damage(s, "items", "id", [c[0] for c in _ITEM_COLUMNS])


def audit_damage(s: Session, *, utf8: bool = True) -> DamagedRow | None:
    """The first log entry whose stored values are not of their column's type (SQLite)."""
    if s.get_bind().dialect.name != "sqlite":
        return None
    found = _typeof_damage(s, "audit_entries", "seq", _AUDIT_COLUMNS)
    if found is not None or not utf8:
        return found
    return _utf8_damage(s, "audit_entries", "seq",
                        [c[0] for c in _AUDIT_COLUMNS if "text" in c[1:]])


def _typeof_damage(s: Session, table: str, key: str, columns: Sequence[tuple[str, ...]],
                   extra: str = "") -> DamagedRow | None:
    checks = [f"typeof({c[0]}) NOT IN ({', '.join(repr(t) for t in c[1:])})" for c in columns]
    where = " OR ".join(checks + ([extra] if extra else []))
    names = ", ".join(f"typeof({c[0]})" for c in columns)
    row = s.execute(text(f"SELECT {key}, {names} FROM {table} WHERE {where} "
                         f"ORDER BY {key} LIMIT 1")).first()
    if row is None:
        return None
    for (name, *allowed), kind in zip(columns, row[1:], strict=True):
        if kind not in allowed:
            return DamagedRow(table, row[0], f"{name} holds a {kind.upper()}")
    values = s.execute(text(f"SELECT {', '.join(_ENUMS)}, created_at FROM {table} "
                            f"WHERE {key} = :k"), {"k": row[0]}).first() if table == "items" \
        else None
    return DamagedRow(table, row[0], _enum_why(*values) if values else "unreadable value")


def _enum_why(*values: Any) -> str:
    status, kind = values[0], values[1]
    if status not in {v.value for v in Status}:
        return f"status {str(status)[:20]!r} is unknown"
    if kind not in {v.value for v in ItemKind}:
        return f"kind {str(kind)[:20]!r} is unknown"
    return f"created_at {str(values[2])[:30]!r} is not a time" if len(values) > 2 else "unknown"


def _utf8_damage(s: Session, table: str, key: str, columns: Sequence[str]) -> DamagedRow | None:
    blobs = ", ".join(f"CAST({c} AS BLOB)" for c in columns)
    for row in s.execute(text(f"SELECT {key}, {blobs} FROM {table} ORDER BY {key}")):
        for name, raw in zip(columns, row[1:], strict=True):
            try:
                if raw is not None:
                    bytes(raw).decode("utf-8")
            except UnicodeDecodeError:
                return DamagedRow(table, row[0], f"{name} is not UTF-8 text")
    return None
