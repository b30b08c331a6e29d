"""Queue reads: keyset pages in worst-first order, counts, item summaries.

Every sort column is ascending (see ``tables.SORT_COLUMNS``), so "after this row" is a
single row-value comparison that the composite indexes answer without a sort; no OFFSET.
The SQLite-only plan steering lives in ``queue_plans``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    and_,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    tuple_,
)

from moderator.items import (
    AccountId,
    ItemId,
    ItemKind,
    ItemSummary,
    Platform,
    Status,
)
from moderator.outbox.entry import OutboxState
from moderator.query import OPEN_STATUSES, Page, QueueQuery, SortKey
from moderator.storage import queue_plans as plans
from moderator.storage.damage import items_guard
from moderator.storage.tables import (
    AccountRow,
    FlagRow,
    ItemCountRow,
    ItemRow,
    ModeratorRow,
    OutboxRow,
    ScoreRow,
)

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import datetime

    from sqlalchemy.orm import Session
    from sqlalchemy.sql import Select

_SORT = plans.SORT


def _past(after: SortKey | None) -> list[ColumnElement[bool]]:
    """The keyset condition: rows after ``after`` in queue order (none for a first page)."""
    if after is None:
        return []
    return [tuple_(*_SORT) > tuple_(after.sort_sev, after.sort_tox, after.created_at,
                                    after.id)]


def _ts_prefixes(words: str) -> str:
    """A PostgreSQL tsquery of word starts, each quoted: ``'windmolen':* & 'lek':*``.

    The words are split as the 'simple' parser splits them (on non-word characters), so
    no user input is read as tsquery syntax; the GIN index on to_tsvector answers ``:*``.
    """
    parts = [w.lower() for w in re.findall(r"\w+", words)]
    return " & ".join("'" + w.replace("'", "''") + "':*" for w in parts)


def _ts_match(text_col: Any, words: str) -> ColumnElement[bool]:
    """PostgreSQL: the text's 'simple' tsvector matches the words as prefixes."""
    terms = _ts_prefixes(words)
    if not terms:
        return false()  # only punctuation: no word can start with it
    return func.to_tsvector(literal_column("'simple'"), text_col).op("@@")(
        func.to_tsquery(literal_column("'simple'"), terms))


def _fts_ids(dialect: str, words: str) -> ColumnElement[bool]:
    if dialect == "sqlite":
        return ItemRow.id.in_(plans.fts_ids(words))
    # Materialized apart from the page's order: the planner cannot size a prefix (it
    # guesses 2% of rows) and would walk the queue order testing every row's tsvector,
    # 20 s for an absent word at 200k items; on its own the match is a GIN bitmap scan.
    matches = (select(ItemRow.id.label("id")).where(_ts_match(ItemRow.text, words))
               .cte("matches").prefix_with("MATERIALIZED"))
    return ItemRow.id.in_(select(matches.c.id))


def conditions(q: QueueQuery, dialect: str, now: datetime,
               plain: frozenset[str] = frozenset()) -> list[ColumnElement[bool]]:
    """The WHERE clauses for a query (shared by pages and counts).

    Columns named in ``plain`` are written ``+items.col`` (SQLite): the same test, but
    one the planner may not answer from that column's index (``queue_plans``).
    """
    def col(column: Any) -> Any:
        if column.key not in plain or dialect != "sqlite":  # PostgreSQL has no unary + here
            return column
        return plans.unindexed(column)

    c: list[ColumnElement[bool]] = []
    if q.statuses:
        c.append(_eq_or_in(col(ItemRow.status), sorted(s.value for s in q.statuses)))
    elif not q.all_statuses:
        c.append(col(ItemRow.is_open).is_(True))
    if q.platforms:
        c.append(_eq_or_in(col(ItemRow.platform), sorted(p.value for p in q.platforms)))
    if q.account_ids:
        c.append(_eq_or_in(col(ItemRow.account_id), sorted(q.account_ids)))
    if q.visible_accounts is not None:
        c.append(col(ItemRow.account_id).in_(sorted(q.visible_accounts)))
    if q.kinds:
        c.append(_eq_or_in(col(ItemRow.kind), sorted(k.value for k in q.kinds)))
    return c + _more_conditions(q, dialect, now)


def _more_conditions(q: QueueQuery, dialect: str, now: datetime) -> list[ColumnElement[bool]]:
    c: list[ColumnElement[bool]] = []
    if q.rule_id:
        c.append(exists().where(FlagRow.item_id == ItemRow.id, FlagRow.rule_id == q.rule_id))
    if q.min_toxicity is not None:
        c.append(ItemRow.sort_tox <= -q.min_toxicity)
    if q.claimed_by is not None:
        c.append(and_(ItemRow.claimed_by == q.claimed_by, ItemRow.claim_expires_at > now))
    if q.assigned_to is not None:
        c.append(or_(ItemRow.assigned_to == q.assigned_to,
                     and_(ItemRow.claimed_by == q.assigned_to, ItemRow.claim_expires_at > now)))
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
    if q.delivery_failed:
        c.append(exists().where(OutboxRow.item_id == ItemRow.id,
                                OutboxRow.state == OutboxState.FAILED.value))
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
        """One page of rows after ``after`` in queue order, in a single query.

        The item's flags (aggregated) and scores come along as a correlated subquery and
        an outer join, so a page costs one round trip and no IN-list of ids. On SQLite
        the plan is steered by ``queue_plans`` (few matches, dense search, ``+col``).

        Raises:
            DamagedRow: A row of the page cannot be read (names the first damaged item).
        """
        with items_guard(self._s):
            return self._page(q, after, limit, now)

    def _page(self, q: QueueQuery, after: SortKey | None, limit: int, now: datetime) -> Page:
        words = q.text.strip()
        sqlite = self._dialect == "sqlite"
        if words:
            # A common word fills the page from the top of the queue; only when it does
            # not is it worth listing the matches (a prefix's list costs a merge).
            window = self.window_select(q, after, now)
            ids = (plans.dense_search(self._s, window, words, limit + 1) if sqlite
                   else plans.dense_search_sql(self._s, window, words, limit + 1,
                                               lambda col: _ts_match(col, words)))
            if ids is not None:  # the page's ids, found in a window of the queue
                found: ColumnElement[bool] = ItemRow.id.in_(ids) if ids else false()
                rows = self._s.execute(self._summary_select(now).where(found)
                                       .order_by(*_SORT)).all()
                return self._page_of(rows, limit)
        few = sqlite and bool(words) and plans.few_matches(self._s, words)
        rows = self._s.execute(self.page_select(q, after, limit + 1, now, few=few)).all()
        return self._page_of(rows, limit)

    def page_select(self, q: QueueQuery, after: SortKey | None, limit: int, now: datetime,
                    *, few: bool = False) -> Select[Any]:
        """The page query without a dense search (``few``: start from the matches)."""
        keep = plans.narrowest(self._s, q) if self._dialect == "sqlite" and not few else None
        plain = plans.DIMENSIONS if few else plans.plain_dimensions(keep)
        stmt = self._summary_select(now).where(*conditions(q, self._dialect, now, plain),
                                               *_past(after))
        order = plans.SORT_UNINDEXED if few else _SORT
        return stmt.order_by(*order).limit(limit)

    def window_select(self, q: QueueQuery, after: SortKey | None, now: datetime,
                      ) -> Select[int, str]:
        """(id, text) of the queue without the search, in queue order: a dense search's walk."""
        base = q.with_(text="")
        keep = plans.narrowest(self._s, base) if self._dialect == "sqlite" else None
        plain = plans.plain_dimensions(keep)
        return (select(ItemRow.id, ItemRow.text)
                .where(*conditions(base, self._dialect, now, plain), *_past(after))
                .order_by(*_SORT))

    @staticmethod
    def _page_of(rows: Sequence[Any], limit: int) -> Page:
        more = len(rows) > limit
        rows = rows[:limit]
        items = [_summary(r[:-3], _split(r[-3]), r[-2]) for r in rows]
        last = rows[-1] if rows else None
        nxt = (SortKey(last[9], last[-1], last[8], last[0])
               if more and last is not None else None)
        return Page(items, nxt)

    def _summary_select(self, now: datetime) -> Select[*tuple[Any, ...]]:
        if self._dialect == "sqlite":
            agg = func.group_concat(FlagRow.rule_id, literal_column("','"))
        else:
            agg = func.string_agg(FlagRow.rule_id, literal_column("','"))
        flags = (select(agg).where(FlagRow.item_id == ItemRow.id)
                 .correlate(ItemRow).scalar_subquery())
        stmt: Select[*tuple[Any, ...]] = (
            select(*_SUMMARY_COLS, AccountRow.name, ModeratorRow.name, flags,
                   ScoreRow.values, ItemRow.sort_tox)
            .join(AccountRow, AccountRow.id == ItemRow.account_id)
            .outerjoin(ModeratorRow, and_(ModeratorRow.id == ItemRow.claimed_by,
                                          ItemRow.claim_expires_at > now))
            .outerjoin(ScoreRow, ScoreRow.item_id == ItemRow.id)
        )
        return stmt

    def offset_page(self, q: QueueQuery, offset: int, limit: int, now: datetime) -> list[int]:
        """Ids by OFFSET: only for tests and benchmarks that check keyset pages."""
        stmt = select(ItemRow.id).where(*conditions(q, self._dialect, now)).order_by(*_SORT)
        return list(self._s.scalars(stmt.offset(offset).limit(limit)).all())

    def count(self, q: QueueQuery, now: datetime) -> int:
        """How many items match (from the trigger-kept counts table where it can)."""
        if _countable(q):
            return self._count_from_table(q)
        if q.unassigned and _countable(q.with_(unassigned=False)):
            # Unassigned = all minus those under a live claim: the claimed few come from
            # the claimed_by index instead of a scan of every open item (4.5 s at 1M).
            held = q.with_(unassigned=False, claimed_by=None)
            stmt = (select(func.count()).select_from(ItemRow)
                    .where(*conditions(held, self._dialect, now, plans.DIMENSIONS),
                           ItemRow.claimed_by > 0,  # a range: the planner takes the index
                           ItemRow.claim_expires_at > now))
            return self._count_from_table(held) - int(self._s.execute(stmt).scalar_one())
        if q.rule_id:
            # Drive from the rule's flags (a few thousand) rather than testing every item.
            rest = conditions(q.with_(rule_id=None), self._dialect, now)
            stmt = (select(func.count()).select_from(FlagRow)
                    .join(ItemRow, ItemRow.id == FlagRow.item_id)
                    .where(FlagRow.rule_id == q.rule_id, *rest))
            return int(self._s.execute(stmt).scalar_one())
        stmt = select(func.count()).select_from(ItemRow).where(*conditions(q, self._dialect, now))
        return int(self._s.execute(stmt).scalar_one())

    def _count_from_table(self, q: QueueQuery) -> int:
        statuses = q.statuses or (frozenset() if q.all_statuses else OPEN_STATUSES)
        c: list[ColumnElement[bool]] = []
        if statuses:
            c.append(ItemCountRow.status.in_(sorted(s.value for s in statuses)))
        if q.platforms:
            c.append(ItemCountRow.platform.in_(sorted(p.value for p in q.platforms)))
        if q.account_ids:
            c.append(ItemCountRow.account_id.in_(sorted(q.account_ids)))
        if q.visible_accounts is not None:
            c.append(ItemCountRow.account_id.in_(sorted(q.visible_accounts)))
        if q.kinds:
            c.append(ItemCountRow.kind.in_(sorted(k.value for k in q.kinds)))
        stmt = select(func.coalesce(func.sum(ItemCountRow.n), 0)).where(*c)
        return int(self._s.execute(stmt).scalar_one())

    def summaries(self, ids: Sequence[ItemId], now: datetime) -> list[ItemSummary]:
        """Queue rows for these ids, in the given order (DamagedRow for a damaged one)."""
        if not ids:
            return []
        with items_guard(self._s):
            return self._summaries(ids, now)

    def _summaries(self, ids: Sequence[ItemId], now: datetime) -> list[ItemSummary]:
        rows = self._s.execute(
            select(*_SUMMARY_COLS, AccountRow.name, ModeratorRow.name)
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
        by_id = {r[0]: _summary(r, flags[r[0]], scores.get(r[0])) for r in rows}
        return [by_id[i] for i in ids if i in by_id]


_SUMMARY_COLS = (ItemRow.id, ItemRow.platform, ItemRow.account_id, ItemRow.kind,
                 ItemRow.status, ItemRow.author_name, ItemRow.author_key, ItemRow.text,
                 ItemRow.created_at, ItemRow.sort_sev, ItemRow.toxicity)
def _countable(q: QueueQuery) -> bool:
    """Whether the query filters only on dimensions the counts table keeps."""
    return not (q.rule_id or q.min_toxicity is not None or q.claimed_by is not None
                or q.assigned_to is not None or q.unassigned or q.text.strip() or q.since
                or q.until or q.author_key or q.delivery_failed)


def _split(flags: str | None) -> list[str]:
    return flags.split(",") if flags else []


_SEVERITY_NAMES = {0: "", -1: "low", -2: "medium", -3: "high", -4: "critical"}


def _summary(r: Any, flags: list[str], scores: dict[str, float] | None) -> ItemSummary:
    (ident, platform, account_id, kind, status, author, key, text_, created, sev, tox,
     account, claimed_by) = r
    if not all(isinstance(v, str) for v in (platform, author, text_, account)):
        raise TypeError(f"item {ident}: a text column holds bytes")  # items_guard names it
    return ItemSummary(
        id=ItemId(ident), platform=Platform(platform), account_id=AccountId(account_id),
        account_name=account, kind=ItemKind(kind), status=Status(status),
        author_name=author, author_key=key, text=text_, created_at=created,
        severity=_SEVERITY_NAMES.get(sev, ""), toxicity=tox, flags=tuple(flags),
        claimed_by=claimed_by, scores=dict(scores or {}),
    )


__all__ = ["OPEN_STATUSES", "QueueRepository", "conditions"]
