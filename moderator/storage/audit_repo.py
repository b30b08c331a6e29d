"""Append and read the hash-chained audit table; the head is kept in settings too."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import case, func, select, text, tuple_, update
from sqlalchemy.exc import DBAPIError

from moderator.audit.chain import (
    GENESIS,
    AuditEntry,
    Head,
    checked_entry,
    content_digest,
    entry_hash,
)
from moderator.storage.damage import audit_damage
from moderator.storage.tables import AuditEntryRow, ItemRow, SettingRow

if TYPE_CHECKING:
    from collections.abc import Iterator
    from datetime import datetime

    from sqlalchemy.orm import Session

HEAD_KEY = "audit_head"
_COLS = (AuditEntryRow.seq, AuditEntryRow.at, AuditEntryRow.moderator, AuditEntryRow.role,
         AuditEntryRow.action, AuditEntryRow.item_ref, AuditEntryRow.account_id,
         AuditEntryRow.rule_id, AuditEntryRow.ruleset_version, AuditEntryRow.detail,
         AuditEntryRow.content_digest, AuditEntryRow.content, AuditEntryRow.prev_hash,
         AuditEntryRow.hash)


class AuditRepository:
    """Appends inside the caller's transaction, so an action and its entry commit together."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def append(self, *, at: datetime, moderator: str, role: str, action: str,
               item_ref: str = "", account_id: int | None = None, rule_id: str = "",
               ruleset_version: str = "", detail: str = "",
               content: str | None = None) -> AuditEntry:
        """Add one entry after the current head and move the head.

        On PostgreSQL the database does it (``audit_append``, a SECURITY DEFINER function):
        it names the moderator from the login, numbers the entry and computes the hash, and
        logins have no INSERT on the table. ``moderator``, ``role`` and ``at`` are then
        ignored (the login and the database clock) unless the login owns the workspace.
        """
        if self._s.get_bind().dialect.name == "postgresql":
            return self._append_pg(moderator, role, action, item_ref, account_id, rule_id,
                                   ruleset_version, detail, content,
                                   at.isoformat(timespec="microseconds"))
        head = self._lock_head()
        seq, prev = (head.seq + 1, head.hash) if head else (1, GENESIS)
        stamp = at.isoformat(timespec="microseconds")
        digest = content_digest(content)
        h = entry_hash(seq, at=stamp, moderator=moderator, role=role, action=action,
                       item_ref=item_ref, account_id=account_id, rule_id=rule_id,
                       ruleset_version=ruleset_version, detail=detail, digest=digest,
                       prev_hash=prev)
        entry = AuditEntry(seq, stamp, moderator, role, action, item_ref, account_id, rule_id,
                           ruleset_version, detail, digest, content or None, prev, h)
        self._s.add(AuditEntryRow(
            seq=seq, at=stamp, moderator=moderator, role=role, action=action,
            item_ref=item_ref, account_id=account_id, rule_id=rule_id,
            ruleset_version=ruleset_version, detail=detail, content_digest=digest,
            content=content or None, prev_hash=prev, hash=h))
        self._set_head(Head(seq, h))
        return entry

    def _append_pg(  # noqa: PLR0917 - the entry's fields, in order
            self, moderator: str, role: str, action: str, item_ref: str,
            account_id: int | None, rule_id: str, ruleset_version: str, detail: str,
            content: str | None, at: str) -> AuditEntry:
        self._s.flush()
        row = self._s.execute(
            text(f"SELECT {', '.join(c.name for c in _COLS)} FROM audit_append(:action, "
                 ":ref, :acc, :rule, :ver, :detail, :content, :mod, :role, :at)"),
            {"action": action, "ref": item_ref, "acc": account_id, "rule": rule_id,
             "ver": ruleset_version, "detail": detail, "content": content, "mod": moderator,
             "role": role, "at": at}).one()
        return AuditEntry._make(row)

    def items_for_refs(self, refs: list[str]) -> dict[str, tuple[int, str, str]]:
        """The items behind log references ``platform:account:external id``.

        Id, text and author; only the items this login may see (purged texts are blank).
        """
        pairs = set()
        for ref in refs:
            _platform, acc, ext = [*ref.split(":", 2), "", ""][:3]
            if acc.isdecimal() and ext:
                pairs.add((int(acc), ext))
        if not pairs:
            return {}
        rows = self._s.execute(
            select(ItemRow.id, ItemRow.platform, ItemRow.account_id, ItemRow.external_id,
                   ItemRow.text, ItemRow.author_name)
            .where(tuple_(ItemRow.account_id, ItemRow.external_id).in_(sorted(pairs))))
        return {f"{p}:{a}:{x}": (i, t, au) for i, p, a, x, t, au in rows}

    def summary(self, where: list[Any]) -> list[tuple[str, str, int, int]]:
        """(moderator, action, entries, of which undo) for the filtered entries."""
        undo = func.sum(case((AuditEntryRow.detail.like('%"undo":"true"%'), 1), else_=0))
        stmt = (select(AuditEntryRow.moderator, AuditEntryRow.action, func.count(), undo)
                .where(*where).group_by(AuditEntryRow.moderator, AuditEntryRow.action)
                .order_by(AuditEntryRow.moderator, AuditEntryRow.action))
        return [(m, a, int(n), int(u or 0)) for m, a, n, u in self._s.execute(stmt)]

    def hash_at(self, seq: int) -> str | None:
        """The stored hash of entry ``seq`` (None: no such entry)."""
        return self._s.execute(select(AuditEntryRow.hash).where(AuditEntryRow.seq == seq)
                               ).scalar_one_or_none()

    def recorded_head(self) -> Head | None:
        """The head as recorded in settings (outside the table)."""
        row = self._s.get(SettingRow, HEAD_KEY)
        return None if row is None else Head(int(row.value["seq"]), str(row.value["hash"]))

    def entries(self, batch: int = 20_000) -> Iterator[AuditEntry]:
        """Every entry in sequence order, streamed."""
        # Plain DBAPI tuples straight into the NamedTuple: no Row objects or type
        # processing for a million entries (every column is a plain str/int).
        cols = ", ".join(c.name for c in _COLS)
        sql = f"SELECT {cols} FROM audit_entries ORDER BY seq"
        raw = self._s.connection().connection.dbapi_connection
        assert raw is not None
        # PostgreSQL: a named (server-side) cursor streams instead of loading it all.
        pg = self._s.get_bind().dialect.name == "postgresql"
        cur = raw.cursor(name="audit_entries_stream") if pg else raw.cursor()
        if not pg and (found := audit_damage(self._s, utf8=False)) is not None:
            raise found  # a BLOB or number where text belongs (one scan in C)
        try:
            cur.execute(sql)
            make = AuditEntry._make
            while rows := cur.fetchmany(batch):
                yield from map(make, rows)
        except sqlite3.OperationalError:  # text that is not UTF-8
            if (found := audit_damage(self._s)) is None:
                raise
            raise found from None
        finally:
            cur.close()

    def sqlite_connection(self) -> sqlite3.Connection | None:
        """The session's own DBAPI connection when it is SQLite (for the fast verify)."""
        if self._s.get_bind().dialect.name != "sqlite":
            return None
        return cast("sqlite3.Connection", self._s.connection().connection.dbapi_connection)

    def last_seq(self) -> int:
        """The highest entry number in the table (0 when empty)."""
        return int(self._s.execute(select(func.coalesce(func.max(AuditEntryRow.seq), 0)))
                   .scalar_one())

    def query(self, where: list[Any], limit: int, offset: int = 0) -> list[AuditEntry]:
        """Filtered entries, newest first (for the audit panel)."""
        stmt = select(*_COLS).where(*where).order_by(AuditEntryRow.seq.desc())
        try:  # a page of at most a few hundred: each entry's types are checked
            return [checked_entry(tuple(r))
                    for r in self._s.execute(stmt.offset(offset).limit(limit))]
        except (ValueError, DBAPIError):
            if (found := audit_damage(self._s)) is None:
                raise
            raise found from None

    def count(self, where: list[Any]) -> int:
        """How many entries match."""
        stmt = select(func.count()).select_from(AuditEntryRow).where(*where)
        return int(self._s.execute(stmt).scalar_one())

    def purge_content(self, seqs: list[int]) -> int:
        """Blank personal content (retention); the digest and chain stay."""
        if not seqs:
            return 0
        res = self._s.execute(update(AuditEntryRow).where(AuditEntryRow.seq.in_(seqs))
                              .values(content=None))
        return int(getattr(res, "rowcount", 0) or 0)

    def _lock_head(self) -> Head | None:
        stmt = select(SettingRow).where(SettingRow.key == HEAD_KEY)
        if self._s.get_bind().dialect.name == "postgresql":
            # Two moderators acting at once must not both extend the same head.
            stmt = stmt.with_for_update()
        row = self._s.scalars(stmt).first()
        if row is None:
            # First entry: create the head row now so concurrent writers lock the same row.
            self._s.add(SettingRow(key=HEAD_KEY, value={"seq": 0, "hash": GENESIS}))
            self._s.flush()
            return None
        head = Head(int(row.value["seq"]), str(row.value["hash"]))
        return None if head.seq == 0 else head

    def _set_head(self, head: Head) -> None:
        row = self._s.get(SettingRow, HEAD_KEY)
        assert row is not None
        row.value = {"seq": head.seq, "hash": head.hash}
        self._s.flush()
