"""The AVG duties in storage.

Purge after the retention period, erase one author, read everything about one author,
and leave no trace of erased text in the database file.

Purging keeps every row (the log and the counts stay whole) but blanks the personal
fields: item texts and earlier versions, author display names, notes, the texts of
replies and warnings sent about the item, and the personal ``content`` of log entries
(the chain covers only its digest, so ``audit verify`` still passes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select, text, update

from moderator.storage.ingest_repo import text_hash
from moderator.storage.tables import (
    AccountRow,
    ActionRow,
    AuditEntryRow,
    FlagRow,
    InputRow,
    ItemHistoryRow,
    ItemRow,
    ModeratorRow,
    NoteRow,
    OutboxRow,
    ThreadRow,
)

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy import ColumnElement, Engine
    from sqlalchemy.orm import Session

_EMPTY_HASH = text_hash("")
_BATCH = 500  # ids per statement: well under SQLite's bound-parameter limit
ERASED_NAME = "[naam verwijderd]"


def _chunks(ids: list[int]) -> list[list[int]]:
    return [ids[i:i + _BATCH] for i in range(0, len(ids), _BATCH)]


class PrivacyRepository:
    """Purge, erase and read-out; the caller owns the transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self._sqlite = session.get_bind().dialect.name == "sqlite"
        if self._sqlite:
            # Freed and overwritten content is zeroed in the file, not left in free space.
            session.execute(text("PRAGMA secure_delete=ON"))

    def items_before(self, cutoff: datetime) -> list[int]:
        """Items created before ``cutoff`` that still hold personal text."""
        return list(self._s.scalars(select(ItemRow.id).where(
            ItemRow.created_at < cutoff, ItemRow.purged.is_(False))))

    def items_of(self, author_key: str) -> list[int]:
        """Every item by one author."""
        return list(self._s.scalars(select(ItemRow.id).where(ItemRow.author_key == author_key)
                                    .order_by(ItemRow.created_at, ItemRow.id)))

    def names_of(self, author_key: str) -> list[str]:
        """The display names one author used."""
        return sorted(n for n in self._s.scalars(select(ItemRow.author_name).distinct().where(
            ItemRow.author_key == author_key)) if n)

    def blank_items(self, ids: list[int]) -> tuple[int, int]:
        """Blank the personal fields of these items and everything written about them.

        Returns (items blanked, log entries whose personal content was blanked).
        """
        n = logged = 0
        for chunk in _chunks(ids):
            refs = self._refs(chunk)
            res = self._s.execute(update(ItemRow).where(ItemRow.id.in_(chunk)).values(
                text="", author_name="", text_hash=_EMPTY_HASH, purged=True))
            n += int(getattr(res, "rowcount", 0) or 0)
            self._s.execute(delete(ItemHistoryRow).where(ItemHistoryRow.item_id.in_(chunk)))
            self._s.execute(delete(NoteRow).where(NoteRow.item_id.in_(chunk)))
            self._s.execute(update(ActionRow).where(ActionRow.item_id.in_(chunk),
                                                    ActionRow.text.is_not(None))
                            .values(text=None))
            self._s.execute(update(OutboxRow).where(OutboxRow.item_id.in_(chunk),
                                                    OutboxRow.state != "pending",
                                                    OutboxRow.text.is_not(None))
                            .values(text=None))
            logged += self._blank_log(AuditEntryRow.item_ref.in_(refs))
        return n, logged

    def blank_log_before(self, stamp: str) -> int:
        """Blank the personal content of log entries written before ``stamp`` (ISO)."""
        return self._blank_log(AuditEntryRow.at < stamp)

    def scrub_name(self, name: str) -> int:
        """Replace a display name in other people's texts and in sent replies."""
        if len(name) < 5:  # a short name would hit ordinary words
            return 0
        like = f"%{_escape(name)}%"
        n = 0
        for row in (ItemRow, ActionRow, OutboxRow):
            col = row.text
            res = self._s.execute(update(row).where(col.like(like, escape="\\")).values(
                text=func.replace(col, name, ERASED_NAME)))
            n += int(getattr(res, "rowcount", 0) or 0)
        # The same display name under another key (another platform): the same person's name.
        res = self._s.execute(update(ItemRow).where(ItemRow.author_name == name)
                              .values(author_name=ERASED_NAME))
        n += int(getattr(res, "rowcount", 0) or 0)
        self._blank_log(AuditEntryRow.content.like(like, escape="\\"))
        return n

    def _blank_log(self, where: ColumnElement[bool]) -> int:
        res = self._s.execute(update(AuditEntryRow).where(
            where, AuditEntryRow.content.is_not(None)).values(content=None))
        return int(getattr(res, "rowcount", 0) or 0)

    def _refs(self, ids: list[int]) -> list[str]:
        rows = self._s.execute(select(ItemRow.platform, ItemRow.account_id, ItemRow.external_id)
                               .where(ItemRow.id.in_(ids)))
        return [f"{p}:{a}:{e}" for p, a, e in rows]

    def report(self, author_key: str) -> dict[str, Any]:
        """Everything stored about one author, as plain JSON-ready data."""
        ids = self.items_of(author_key)
        items = []
        for chunk in _chunks(ids):
            stmt = (select(ItemRow, AccountRow.name, ThreadRow.title, ThreadRow.url)
                    .join(AccountRow, AccountRow.id == ItemRow.account_id)
                    .join(ThreadRow, ThreadRow.id == ItemRow.thread_id)
                    .where(ItemRow.id.in_(chunk)).order_by(ItemRow.created_at, ItemRow.id))
            for r, account, title, url in self._s.execute(stmt):
                items.append({
                    "id": r.id, "platform": r.platform, "account": account, "kind": r.kind,
                    "created_at": r.created_at.isoformat(), "author_name": r.author_name,
                    "text": r.text, "status": r.status, "permalink": r.permalink,
                    "post": {"title": title, "url": url}, "erased_or_purged": r.purged,
                    "hidden_on_platform": r.hidden_on_platform,
                    "removed_on_platform": r.deleted_on_platform, "toxicity": r.toxicity})
        return {"items": items, "names": self.names_of(author_key),
                "earlier_versions": self._rows(ItemHistoryRow, ids, ("item_id", "revision",
                                                                       "text", "replaced_at")),
                "flags": self._rows(FlagRow, ids, ("item_id", "rule_id", "ruleset_version",
                                                   "severity", "action")),
                "actions": self._actions(ids), "notes": self._notes(ids),
                "register": self._rows(InputRow, ids, (
                    "item_id", "project", "marked_at", "feedback", "feedback_on",
                    "feedback_link")),
                "log": self._log(ids)}

    def _rows(self, row: Any, ids: list[int], cols: tuple[str, ...]) -> list[dict[str, Any]]:
        out = []
        for chunk in _chunks(ids):
            for r in self._s.scalars(select(row).where(row.item_id.in_(chunk))):
                out.append({c: _plain(getattr(r, c)) for c in cols})
        return out

    def _actions(self, ids: list[int]) -> list[dict[str, Any]]:
        out = []
        for chunk in _chunks(ids):
            stmt = (select(ActionRow, ModeratorRow.role).join(
                ModeratorRow, ModeratorRow.id == ActionRow.moderator_id)
                .where(ActionRow.item_id.in_(chunk)).order_by(ActionRow.created_at))
            out += [{"item_id": a.item_id, "action": a.kind, "at": a.created_at.isoformat(),
                     "by_role": role, "rule_id": a.rule_id, "ruleset_version": a.ruleset_version,
                     "text_sent": a.text} for a, role in self._s.execute(stmt)]
        return out

    def _notes(self, ids: list[int]) -> list[dict[str, Any]]:
        out = []
        for chunk in _chunks(ids):
            stmt = select(NoteRow).where(NoteRow.item_id.in_(chunk)).order_by(NoteRow.created_at)
            out += [{"item_id": n.item_id, "at": n.created_at.isoformat(), "text": n.text}
                    for n in self._s.scalars(stmt)]
        return out

    def _log(self, ids: list[int]) -> list[dict[str, Any]]:
        out = []
        for chunk in _chunks(ids):
            refs = self._refs(chunk)
            stmt = (select(AuditEntryRow).where(AuditEntryRow.item_ref.in_(refs))
                    .order_by(AuditEntryRow.seq))
            out += [{"seq": e.seq, "at": e.at, "action": e.action, "role": e.role,
                     "item_ref": e.item_ref, "rule_id": e.rule_id, "detail": e.detail,
                     "content": e.content} for e in self._s.scalars(stmt)]
        return out


def _plain(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _escape(text_: str) -> str:
    return text_.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def compact(engine: Engine) -> str:
    """Rewrite the database so erased content is gone from its files, not just unlinked.

    SQLite: the full-text index merged (deleted terms dropped), the write-ahead log
    checkpointed and truncated, VACUUM, and truncated again. PostgreSQL: VACUUM FULL of
    the tables that held the text (needs the tables' owner; anything else is reported).
    """
    if engine.dialect.name == "sqlite":
        raw = engine.raw_connection()
        try:
            cur = raw.cursor()
            cur.execute("PRAGMA secure_delete=ON")
            cur.execute("INSERT INTO items_fts(items_fts) VALUES('optimize')")
            cur.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            cur.execute("VACUUM")
            busy = cur.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            cur.close()
        finally:
            raw.close()
        return "vacuumed" if not busy else "vacuumed; the log file is in use by another process"
    tables = "items, item_history, notes, actions, outbox, audit_entries"
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql(f"VACUUM FULL {tables}")
    except Exception as e:
        first = str(getattr(e, "orig", e)).strip().splitlines()[:1]
        return f"VACUUM FULL not done ({first[0] if first else type(e).__name__})"
    return "vacuumed"

