"""Bulk idempotent upsert of incoming items, keyed by (account, external id).

Works in batches with executemany inserts, because one ORM object per item would cap
ingest far below the 10k items/s target. On SQLite each batch also fills the full-text
index and the item counts with one statement each (no per-row insert triggers); on
PostgreSQL the GIN index and the counts trigger do that.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, literal_column, select, tuple_, update

from moderator.flagging import Flagger, FlagSubject, no_flags
from moderator.items import SEVERITY_RANK, FlagInfo, IncomingItem, ItemKind, Platform, Status
from moderator.query import OPEN_STATUSES
from moderator.storage.base import utcnow
from moderator.storage.ingest_sqlite import (
    NEW_COLUMNS,
    NEW_FIXED,
    insert_items_sqlite,
    sqlite_time,
)
from moderator.storage.tables import (
    AccountRow,
    CursorRow,
    FlagRow,
    ItemHistoryRow,
    ItemRow,
    ThreadRow,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.orm import Session

HISTORY_WINDOW = timedelta(days=1)
HISTORY_LIMIT = 20


@dataclass(frozen=True, slots=True)
class IngestResult:
    """How many items a batch created, updated (edited or reconciled) or left alone."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def __add__(self, other: IngestResult) -> IngestResult:
        return IngestResult(self.created + other.created, self.updated + other.updated,
                            self.unchanged + other.unchanged)


def author_key(salt: bytes, platform: str, author_external_id: str) -> str:
    """Pseudonymous, stable key for an author (keyed hash: not reversible without the salt)."""
    msg = f"{platform}:{author_external_id}".encode()
    return hmac.new(salt, msg, hashlib.sha256).hexdigest()[:20]


def text_hash(text: str) -> str:
    """SHA-256 of an item text (score cache key, spam-wave detection)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def status_for(flags: Sequence[FlagInfo], incoming: IncomingItem) -> Status:
    """Initial status of a new item: removed/hidden on the platform wins, else flagged/new."""
    if incoming.deleted_on_platform:
        return Status.REMOVED
    if incoming.hidden_on_platform:
        return Status.HIDDEN
    if incoming.author_external_id == incoming.account_external_id:
        return Status.HANDLED  # the organisation's own reply needs no moderation
    return Status.FLAGGED if flags else Status.NEW


def sort_severity(flags: Sequence[FlagInfo]) -> int:
    """The ascending sort column for the worst flag (more negative = worse)."""
    return -max((SEVERITY_RANK.get(f.severity, 0) for f in flags), default=0)


class IngestRepository:
    """Upserts batches of ``IncomingItem``s inside one caller-owned transaction."""

    def __init__(self, session: Session, salt: bytes, flagger: Flagger) -> None:
        self._s = session
        self._salt = salt
        self._flag = flagger
        self._sqlite = session.get_bind().dialect.name == "sqlite"
        self._keys: dict[tuple[str, str], str] = {}

    def upsert(self, batch: Sequence[IncomingItem]) -> IngestResult:
        """Store the batch; the caller commits (with the cursor, if any)."""
        batch = _dedupe(batch)
        accounts = self._account_ids(batch)
        threads = self._thread_ids(batch, accounts)
        keys = [(accounts[(i.platform, i.account_external_id)], i.external_id) for i in batch]
        existing = self._existing(keys)
        new = [(k, i) for k, i in zip(keys, batch, strict=True) if k not in existing]
        changed = [(existing[k], i) for k, i in zip(keys, batch, strict=True) if k in existing]
        created = self._insert_new(new, accounts, threads)
        updated = self._apply_changes(changed, accounts)
        return IngestResult(created, updated, len(batch) - created - updated)

    def set_cursor(self, account_id: int, cursor: str) -> None:
        """Record how far an account's sync got (same transaction as its items)."""
        row = self._s.get(CursorRow, account_id)
        if row is None:
            self._s.add(CursorRow(account_id=account_id, cursor=cursor))
        else:
            row.cursor, row.updated_at = cursor, utcnow()
        self._s.flush()

    def _account_ids(self, batch: Sequence[IncomingItem]) -> dict[tuple[str, str], int]:
        wanted = {(i.platform.value, i.account_external_id) for i in batch}
        rows = self._s.execute(
            select(AccountRow.platform, AccountRow.external_id, AccountRow.id).where(
                tuple_(AccountRow.platform, AccountRow.external_id).in_(wanted))
        ).all()
        found = {(p, e): i for p, e, i in rows}
        for platform, ext in sorted(wanted - found.keys()):
            # Items for an account nobody added (a file import): register it by its id.
            row = AccountRow(platform=platform, name=f"{platform}:{ext}", external_id=ext)
            self._s.add(row)
            self._s.flush()
            found[(platform, ext)] = row.id
        return found

    def _thread_ids(self, batch: Sequence[IncomingItem],
                    accounts: dict[tuple[str, str], int]) -> dict[tuple[int, str], int]:
        wanted: dict[tuple[int, str], IncomingItem] = {}
        for i in batch:
            wanted.setdefault((accounts[(i.platform, i.account_external_id)],
                               i.thread_external_id), i)
        rows = self._s.execute(
            select(ThreadRow.account_id, ThreadRow.external_id, ThreadRow.id).where(
                tuple_(ThreadRow.account_id, ThreadRow.external_id).in_(list(wanted)))
        ).all()
        found = {(a, e): i for a, e, i in rows}
        missing = [k for k in wanted if k not in found]
        if missing:
            values: list[dict[str, object]] = [
                {"account_id": a, "external_id": e, "title": wanted[(a, e)].thread_title,
                 "url": wanted[(a, e)].thread_url} for a, e in missing]
            ids = self._insert_threads(values)
            found.update(zip(missing, ids, strict=True))
        return found

    def _existing(self, keys: list[tuple[int, str]]) -> dict[tuple[int, str], ItemRow]:
        by_account: dict[int, list[str]] = defaultdict(list)
        for account_id, external_id in keys:
            by_account[account_id].append(external_id)
        found: dict[tuple[int, str], ItemRow] = {}
        for account_id, external_ids in by_account.items():
            # "account_id = ? AND external_id IN (...)" walks the unique index directly.
            wanted: Any = external_ids
            if self._sqlite:
                # One JSON parameter instead of an IN list of thousands of bound values.
                wanted = select(literal_column("value")).select_from(
                    func.json_each(json.dumps(external_ids)))
            rows = self._s.scalars(select(ItemRow).where(
                ItemRow.account_id == account_id, ItemRow.external_id.in_(wanted))).all()
            found.update({(r.account_id, r.external_id): r for r in rows})
        return found

    def _author_key(self, platform: str, author_external_id: str) -> str:
        # Authors recur within a batch: hash each once (same value as ``author_key``).
        k = (platform, author_external_id)
        key = self._keys.get(k)
        if key is None:
            msg = f"{platform}:{author_external_id}".encode()
            key = self._keys[k] = hmac.digest(self._salt, msg, "sha256").hex()[:20]
        return key

    def _insert_new(self, new: list[tuple[tuple[int, str], IncomingItem]],
                    accounts: dict[tuple[str, str], int],
                    threads: dict[tuple[int, str], int]) -> int:
        if not new:
            return 0
        items = [i for _, i in new]
        keys = [self._author_key(i.platform, i.author_external_id) for i in items]
        flags = self._flags(items, keys, accounts)
        when = sqlite_time if self._sqlite else _same
        open_, sha = OPEN_STATUSES, hashlib.sha256
        rows: list[tuple[object, ...]] = []
        for ((account_id, _), item), akey, fl in zip(new, keys, flags, strict=True):
            status = status_for(fl, item)
            text = item.text
            try:
                digest = sha(text.encode()).hexdigest()
            except UnicodeEncodeError:
                digest = text_hash(text)
            rows.append((  # in the order of NEW_COLUMNS
                account_id, threads[(account_id, item.thread_external_id)],
                item.platform.value, item.external_id, item.parent_external_id,
                item.kind.value, text, digest, item.author_name, akey,
                when(item.created_at), item.permalink, status.value, status in open_,
                sort_severity(fl) if fl else 0, item.hidden_on_platform,
                item.deleted_on_platform))
        ids = self._insert_items(rows)
        self._insert_flags(ids, flags)
        return len(ids)

    def _insert_items(self, rows: list[tuple[object, ...]]) -> list[int]:
        first = self._next_id(ItemRow) if self._sqlite else 0
        if self._sqlite:
            # The write transaction holds SQLite's lock (BEGIN IMMEDIATE), so numbering
            # rows ourselves is safe.
            return insert_items_sqlite(self._s.connection(), first, rows)
        values = [dict(zip(NEW_COLUMNS, r, strict=True)) | NEW_FIXED for r in rows]
        return self._insert_returning(ItemRow, values)

    def _insert_threads(self, values: list[dict[str, object]]) -> list[int]:
        if self._sqlite:
            # Ordered RETURNING is one row per statement on SQLite: number rows ourselves
            # (the write transaction holds the lock) and use a plain executemany.
            first = self._next_id(ThreadRow)
            ids = list(range(first, first + len(values)))
            self._s.execute(insert(ThreadRow), [v | {"id": i} for v, i in
                                                zip(values, ids, strict=True)])
            return ids
        return self._insert_returning(ThreadRow, values)

    def _next_id(self, table: type[ItemRow] | type[ThreadRow]) -> int:
        return int(self._s.execute(select(func.coalesce(func.max(table.id), 0)))
                   .scalar_one()) + 1

    def _insert_returning(self, table: type[ItemRow] | type[ThreadRow],
                          values: list[dict[str, object]]) -> list[int]:
        return list(self._s.execute(
            insert(table).returning(table.id, sort_by_parameter_order=True), values
        ).scalars().all())

    def _apply_changes(self, changed: list[tuple[ItemRow, IncomingItem]],
                       accounts: dict[tuple[str, str], int]) -> int:
        edited = [(r, i) for r, i in changed if r.text != i.text and not r.purged]
        count = len(edited)
        if edited:
            keys = [r.author_key for r, _ in edited]
            flags = self._flags([i for _, i in edited], keys, accounts)
            self._s.execute(insert(ItemHistoryRow), [
                {"item_id": r.id, "revision": r.revision, "text": r.text,
                 "replaced_at": utcnow()} for r, _ in edited])
            self._s.execute(delete(FlagRow).where(FlagRow.item_id.in_([r.id for r, _ in edited])))
            for (row, item), fl in zip(edited, flags, strict=True):
                row.text, row.text_hash = item.text, text_hash(item.text)
                row.revision += 1
                row.sort_sev = sort_severity(fl)
                if row.status in (Status.NEW, Status.FLAGGED):
                    row.status = (Status.FLAGGED if fl else Status.NEW).value
            self._insert_flags([r.id for r, _ in edited], flags)
        edited_ids = {r.id for r, _ in edited}
        for row, item in changed:
            if _reconcile(row, item) and row.id not in edited_ids:
                count += 1
        self._s.flush()
        return count

    def _flags(self, items: Sequence[IncomingItem], keys: Sequence[str],
               accounts: dict[tuple[str, str], int]) -> list[list[FlagInfo]]:
        if self._flag is no_flags:
            return [[] for _ in items]  # no rule set: no author history to gather
        history = self._history(items, keys)
        subjects = [
            FlagSubject(text=i.text, author_key=k, platform=i.platform.value,
                        account=i.account_external_id, kind=i.kind.value,
                        history=_ages(history.get(k, []), i.created_at))
            for i, k in zip(items, keys, strict=True)
        ]
        # Items earlier in the same batch count as history too (a spam burst in one page).
        return self._flag(_with_batch_history(subjects, items))

    def _history(self, items: Sequence[IncomingItem],
                 keys: Sequence[str]) -> dict[str, list[tuple[str, datetime]]]:
        since = min(i.created_at for i in items) - HISTORY_WINDOW
        # The latest HISTORY_LIMIT per author, chosen by the database: an author with
        # thousands of items in the window (an import without author ids) would otherwise
        # bring every one of them into Python for each batch.
        latest = (select(ItemRow.author_key, ItemRow.text, ItemRow.created_at,
                         func.row_number().over(partition_by=ItemRow.author_key,
                                                order_by=ItemRow.created_at.desc())
                         .label("n"))
                  .where(ItemRow.author_key.in_(set(keys)), ItemRow.created_at >= since)
                  .subquery())
        rows = self._s.execute(
            select(latest.c.author_key, latest.c.text, latest.c.created_at)
            .where(latest.c.n <= HISTORY_LIMIT).order_by(latest.c.created_at.desc())
        ).all()
        out: dict[str, list[tuple[str, datetime]]] = defaultdict(list)
        for key, text, created in rows:
            out[key].append((text, created))
        return out

    def _insert_flags(self, ids: Sequence[int], flags: Sequence[Sequence[FlagInfo]]) -> None:
        rows = [{"item_id": i, "rule_id": f.rule_id, "ruleset_version": f.ruleset_version,
                 "severity": f.severity, "action": f.suggested_action,
                 "spans": [[s.start, s.end] for s in f.spans]}
                for i, fl in zip(ids, flags, strict=True) for f in fl]
        if rows:
            self._s.execute(insert(FlagRow.__table__), rows)  # type: ignore[arg-type]


def _same(v: datetime) -> datetime:
    return v


def _dedupe(batch: Sequence[IncomingItem]) -> list[IncomingItem]:
    # The same item twice in one batch: keep the last version seen.
    seen: dict[tuple[str, str, str], IncomingItem] = {}
    for i in batch:
        seen[(i.platform, i.account_external_id, i.external_id)] = i
    return list(seen.values())


def _ages(history: list[tuple[str, datetime]], at: datetime) -> list[tuple[str, float]]:
    return [(t, (at - c).total_seconds()) for t, c in history if c < at]


def _with_batch_history(subjects: list[FlagSubject],
                        items: Sequence[IncomingItem]) -> list[FlagSubject]:
    by_author: dict[str, list[int]] = defaultdict(list)
    for n, s in enumerate(subjects):
        by_author[s.author_key].append(n)
    out = list(subjects)
    for idxs in by_author.values():
        if len(idxs) < 2:
            continue
        # Each item sees the author's latest HISTORY_LIMIT earlier items of the batch, as
        # it sees at most that many stored ones: linear in a batch that is all one author.
        idxs.sort(key=lambda m: items[m].created_at)
        times = [items[m].created_at for m in idxs]
        for n in idxs:
            at = items[n].created_at
            earlier = bisect_left(times, at)  # those strictly before this one
            extra = [(items[m].text, (at - items[m].created_at).total_seconds())
                     for m in reversed(idxs[max(0, earlier - HISTORY_LIMIT):earlier])
                     if at - items[m].created_at <= HISTORY_WINDOW]
            if extra:
                s = subjects[n]
                out[n] = FlagSubject(s.text, s.author_key, s.platform, s.account, s.kind,
                                     s.scores, [*s.history, *extra])
    return out


def _reconcile(row: ItemRow, item: IncomingItem) -> bool:
    """Reflect a hide or delete done on the platform by someone else."""
    changed = False
    if item.deleted_on_platform and not row.deleted_on_platform:
        row.deleted_on_platform, row.status, row.is_open = True, Status.REMOVED.value, False
        changed = True
    if item.hidden_on_platform != row.hidden_on_platform and not row.deleted_on_platform:
        row.hidden_on_platform = item.hidden_on_platform
        if item.hidden_on_platform and row.status != Status.REMOVED:
            row.status, row.is_open = Status.HIDDEN.value, False
        elif not item.hidden_on_platform and row.status == Status.HIDDEN:
            row.status, row.is_open = Status.NEW.value, True
        changed = True
    return changed


def set_flags(session: Session, item_id: int, flags: Sequence[FlagInfo]) -> None:
    """Replace an item's flags (after rescoring or a rule-set change)."""
    session.execute(delete(FlagRow).where(FlagRow.item_id == item_id))
    rows = [{"item_id": item_id, "rule_id": f.rule_id, "ruleset_version": f.ruleset_version,
             "severity": f.severity, "action": f.suggested_action,
             "spans": [[s.start, s.end] for s in f.spans]} for f in flags]
    if rows:
        session.execute(insert(FlagRow), rows)
    session.execute(update(ItemRow).where(ItemRow.id == item_id).values(
        sort_sev=sort_severity(flags)))
    # A rule that fires only now (a toxicity threshold, after scoring) flags the item;
    # one that no longer fires un-flags it. Items a moderator already moved keep theirs.
    session.execute(update(ItemRow).where(
        ItemRow.id == item_id, ItemRow.status.in_([Status.NEW.value, Status.FLAGGED.value]))
        .values(status=(Status.FLAGGED if flags else Status.NEW).value))


def live_items(session: Session, account_id: int,
               thread_external_id: str) -> list[IncomingItem]:
    """A thread's stored items not yet deleted on the platform, as last ingested.

    For reconciliation: sync compares them with a full listing of the thread. The
    author's platform id is not stored (only the pseudonymous key), so it is empty.
    """
    rows = session.execute(
        select(ItemRow.platform, AccountRow.external_id, ItemRow.external_id, ItemRow.kind,
               ItemRow.text, ItemRow.author_name, ItemRow.created_at,
               ItemRow.parent_external_id, ItemRow.permalink, ItemRow.hidden_on_platform)
        .join(ThreadRow, ThreadRow.id == ItemRow.thread_id)
        .join(AccountRow, AccountRow.id == ItemRow.account_id)
        .where(ItemRow.account_id == account_id, ThreadRow.external_id == thread_external_id,
               ItemRow.deleted_on_platform.is_(False))).all()
    return [IncomingItem(platform=Platform(p), account_external_id=acc, external_id=ext,
                         kind=ItemKind(k), text=t, author_name=a, author_external_id="",
                         created_at=c, thread_external_id=thread_external_id,
                         parent_external_id=par, permalink=link, hidden_on_platform=hidden)
            for p, acc, ext, k, t, a, c, par, link, hidden in rows]
