"""Queue reads: keyset pages in worst-first order, counts, item summaries.

Every sort column is ascending (see ``tables.SORT_COLUMNS``), so "after this row" is a
single row-value comparison that the composite indexes answer without a sort; no OFFSET.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, exists, func, literal_column, select, text, tuple_

from moderator.items import (
    AccountId,
    ItemId,
    ItemKind,
    ItemSummary,
    Platform,
    Status,
)
from moderator.query import OPEN_STATUSES, Page, QueueQuery, SortKey
from moderator.storage.tables import (
    AccountRow,
    FlagRow,
    ItemRow,
    ModeratorRow,
    ScoreRow,
)

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from sqlalchemy.orm import Session
    from sqlalchemy.sql import Select

_SORT = (ItemRow.sort_sev, ItemRow.sort_tox, ItemRow.created_at, ItemRow.id)


def _fts_ids(dialect: str, words: str) -> ColumnElement[bool]:
    if dialect == "sqlite":
        # Quote each term so user input can never be read as FTS5 query syntax.
        terms = " ".join('"' + w.replace('"', '""') + '"' for w in words.split())
        sub: Select[Any] = select(literal_column("rowid")).select_from(text("items_fts")).where(
            text("items_fts MATCH :q").bindparams(q=terms))
        return ItemRow.id.in_(sub)
    return func.to_tsvector(literal_column("'simple'"), ItemRow.text).op("@@")(
        func.plainto_tsquery(literal_column("'simple'"), words))


def conditions(q: QueueQuery, dialect: str, now: datetime) -> list[ColumnElement[bool]]:
    """The WHERE clauses for a query (shared by pages and counts)."""
    c: list[ColumnElement[bool]] = []
    if q.statuses:
        c.append(_eq_or_in(ItemRow.status, sorted(s.value for s in q.statuses)))
    elif not q.all_statuses:
        c.append(ItemRow.is_open.is_(True))
    if q.platforms:
        c.append(_eq_or_in(ItemRow.platform, sorted(p.value for p in q.platforms)))
    if q.account_ids:
        c.append(_eq_or_in(ItemRow.account_id, sorted(q.account_ids)))
    if q.visible_accounts is not None:
        c.append(ItemRow.account_id.in_(sorted(q.visible_accounts)))
    if q.kinds:
        c.append(_eq_or_in(ItemRow.kind, sorted(k.value for k in q.kinds)))
    return c + _more_conditions(q, dialect, now)


def _more_conditions(q: QueueQuery, dialect: str, now: datetime) -> list[ColumnElement[bool]]:
    c: list[ColumnElement[bool]] = []
    if q.rule_id:
        c.append(exists().where(FlagRow.item_id == ItemRow.id, FlagRow.rule_id == q.rule_id))
    if q.min_toxicity is not None:
        c.append(ItemRow.sort_tox <= -q.min_toxicity)
    if q.claimed_by is not None:
        c.append(and_(ItemRow.claimed_by == q.claimed_by, ItemRow.claim_expires_at > now))
    if q.unassigned:
        c.append((ItemRow.claimed_by.is_(None)) | (ItemRow.claim_expires_at <= now))
    if q.text.strip():
        c.append(_fts_ids(dialect, q.text.strip()))
    if q.since is not None:
        c.append(ItemRow.created_at >= q.since)
    if q.until is not None:
        c.append(ItemRow.created_at < q.until)
    if q.author_key:
        c.append(ItemRow.author_key == q.author_key)
    return c


def _eq_or_in(col: Any, values: Sequence[Any]) -> ColumnElement[bool]:
    # A single value as "=" lets the planner use the (col, sort...) index for order too.
    return col == values[0] if len(values) == 1 else col.in_(values)  # type: ignore[no-any-return]


class QueueRepository:
    """Read-side queries over items, for the queue service."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self._dialect = session.get_bind().dialect.name

    def page(self, q: QueueQuery, after: SortKey | None, limit: int, now: datetime) -> Page:
        """One page of rows after ``after`` in queue order."""
        stmt: Select[Any] = select(ItemRow.id, *_SORT[:3]).where(*conditions(q, self._dialect,
                                                                              now))
        if after is not None:
            stmt = stmt.where(tuple_(*_SORT) > tuple_(
                after.sort_sev, after.sort_tox, after.created_at, after.id))
        rows = self._s.execute(stmt.order_by(*_SORT).limit(limit + 1)).all()
        more = len(rows) > limit
        rows = rows[:limit]
        summaries = self.summaries([ItemId(r[0]) for r in rows], now)
        nxt = SortKey(rows[-1][1], rows[-1][2], rows[-1][3], rows[-1][0]) if more else None
        return Page(summaries, nxt)

    def offset_page(self, q: QueueQuery, offset: int, limit: int, now: datetime) -> list[int]:
        """Ids by OFFSET: only for tests and benchmarks that check keyset pages."""
        stmt = select(ItemRow.id).where(*conditions(q, self._dialect, now)).order_by(*_SORT)
        return list(self._s.scalars(stmt.offset(offset).limit(limit)).all())

    def count(self, q: QueueQuery, now: datetime) -> int:
        """How many items match."""
        stmt = select(func.count()).select_from(ItemRow).where(*conditions(q, self._dialect, now))
        return int(self._s.execute(stmt).scalar_one())

    def summaries(self, ids: Sequence[ItemId], now: datetime) -> list[ItemSummary]:
        """Queue rows for these ids, in the given order."""
        if not ids:
            return []
        rows = self._s.execute(
            select(ItemRow, AccountRow.name, ModeratorRow.name)
            .join(AccountRow, AccountRow.id == ItemRow.account_id)
            .outerjoin(ModeratorRow, and_(ModeratorRow.id == ItemRow.claimed_by,
                                          ItemRow.claim_expires_at > now))
            .where(ItemRow.id.in_(ids))
        ).all()
        flags: dict[int, list[str]] = defaultdict(list)
        for item_id, rule_id in self._s.execute(
            select(FlagRow.item_id, FlagRow.rule_id).where(FlagRow.item_id.in_(ids))
            .order_by(FlagRow.id)
        ):
            flags[item_id].append(rule_id)
        scores: dict[int, dict[str, float]] = dict(self._s.execute(
            select(ScoreRow.item_id, ScoreRow.values).where(ScoreRow.item_id.in_(ids))).all())
        by_id = {r[0].id: _summary(r[0], r[1], r[2], flags[r[0].id], scores.get(r[0].id))
                 for r in rows}
        return [by_id[i] for i in ids if i in by_id]


_SEVERITY_NAMES = {0: "", -1: "low", -2: "medium", -3: "high", -4: "critical"}


def _summary(r: ItemRow, account: str, claimed_by: str | None, flags: list[str],
             scores: dict[str, float] | None) -> ItemSummary:
    return ItemSummary(
        id=ItemId(r.id), platform=Platform(r.platform), account_id=AccountId(r.account_id),
        account_name=account, kind=ItemKind(r.kind), status=Status(r.status),
        author_name=r.author_name, author_key=r.author_key, text=r.text,
        created_at=r.created_at, severity=_SEVERITY_NAMES.get(r.sort_sev, ""),
        toxicity=r.toxicity, flags=tuple(flags), claimed_by=claimed_by,
        scores=dict(scores or {}),
    )


__all__ = ["OPEN_STATUSES", "QueueRepository", "conditions"]
