"""Queue reads: keyset pages in worst-first order, counts, item summaries.

Every sort column is ascending (see ``tables.SORT_COLUMNS``), so "after this row" is a
single row-value comparison that the composite indexes answer without a sort; no OFFSET.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    column,
    exists,
    false,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
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

# Columns with a (column, sort…) index; see ``QueueRepository._narrowest``.
_DIMENSIONS = frozenset({"status", "is_open", "platform", "account_id", "kind"})
_SORT = (ItemRow.sort_sev, ItemRow.sort_tox, ItemRow.created_at, ItemRow.id)
# The same order written "+items.col": SQLite may not take it from an index, so the plan
# starts from a rare search's few matches and sorts them (see ``_few_matches``).
_SORT_UNINDEXED: tuple[ColumnElement[Any], ...] = tuple(
    literal_column(f"+{ItemRow.__tablename__}.{c.key}") for c in _SORT)
_WINDOW = 3000  # rows of queue order a common-word search page may walk (see _dense_search)
# Measured at 1.1M items: 61k matches clustered late in queue order 358 -> 90 ms through
# the sort; a common word (360k) 33 ms through _dense_search.
_FEW = 200_000


def _past(after: SortKey | None) -> list[ColumnElement[bool]]:
    """The keyset condition: rows after ``after`` in queue order (none for a first page)."""
    if after is None:
        return []
    return [tuple_(*_SORT) > tuple_(after.sort_sev, after.sort_tox, after.created_at,
                                    after.id)]


def _fts_terms(words: str) -> str:
    """Each word quoted, so user input can never be read as FTS5 query syntax."""
    return " ".join('"' + w.replace('"', '""') + '"' for w in words.split())


def _fts_ids(dialect: str, words: str) -> ColumnElement[bool]:
    if dialect == "sqlite":
        sub: Select[Any] = select(literal_column("rowid")).select_from(text("items_fts")).where(
            text("items_fts MATCH :q").bindparams(q=_fts_terms(words)))
        return ItemRow.id.in_(sub)
    return func.to_tsvector(literal_column("'simple'"), ItemRow.text).op("@@")(
        func.plainto_tsquery(literal_column("'simple'"), words))


def conditions(q: QueueQuery, dialect: str, now: datetime,
               plain: frozenset[str] = frozenset()) -> list[ColumnElement[bool]]:
    """The WHERE clauses for a query (shared by pages and counts).

    Columns named in ``plain`` are written ``+items.col`` (SQLite): the same test, but
    one the planner may not answer from that column's index (see ``_narrowest``).
    """
    def col(column: Any) -> Any:
        if column.key not in plain or dialect != "sqlite":  # PostgreSQL has no unary + here
            return column
        return literal_column(f"+{ItemRow.__tablename__}.{column.key}", type_=column.type)

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
        an outer join, so a page costs one round trip and no IN-list of ids.

        Raises:
            DamagedRow: A row of the page cannot be read (names the first damaged item).
        """
        with items_guard(self._s):
            return self._page(q, after, limit, now)

    def _page(self, q: QueueQuery, after: SortKey | None, limit: int, now: datetime) -> Page:
        few = self._few_matches(q)
        if not few and self._dialect == "sqlite" and q.text.strip():
            ids = self._dense_search(q, after, limit + 1, now)
            if ids is not None:  # the page's ids, found in a window of the queue
                found: ColumnElement[bool] = ItemRow.id.in_(ids) if ids else false()
                rows = self._s.execute(self._summary_select(now).where(found)
                                       .order_by(*_SORT)).all()
                return self._page_of(rows, limit)
        keep = None if few else self._narrowest(q)
        plain = _DIMENSIONS if few else _DIMENSIONS - {keep} if keep else frozenset()
        stmt = self._summary_select(now).where(*conditions(q, self._dialect, now, plain),
                                               *_past(after))
        order = _SORT_UNINDEXED if few else _SORT
        rows = self._s.execute(stmt.order_by(*order).limit(limit + 1)).all()
        return self._page_of(rows, limit)

    @staticmethod
    def _page_of(rows: Sequence[Any], limit: int) -> Page:
        more = len(rows) > limit
        rows = rows[:limit]
        items = [_summary(r[:-3], _split(r[-3]), r[-2]) for r in rows]
        last = rows[-1] if rows else None
        nxt = (SortKey(last[9], last[-1], last[8], last[0])
               if more and last is not None else None)
        return Page(items, nxt)

    def _dense_search(self, q: QueueQuery, after: SortKey | None, n: int,
                      now: datetime) -> list[int] | None:
        """The first ``n`` matching ids in queue order, found near the top of the queue.

        None when the first ``_WINDOW`` rows of the queue (without the search) do not
        hold ``n`` matches and there are more rows: the caller must look further.

        For a common word the usual plan first lists every match (360,000 at 1M items:
        ~65 ms). Here the queue's own order is walked for at most ``_WINDOW`` rows and
        each is asked of the full-text index: exact, because a match past the window
        comes after every row inside it.
        """
        base = q.with_(text="")
        keep = self._narrowest(base)
        plain = _DIMENSIONS - {keep} if keep else frozenset()
        window = select(ItemRow.id, *_SORT[:3]).where(
            *conditions(base, self._dialect, now, plain), *_past(after))
        cand = window.order_by(*_SORT).limit(_WINDOW).subquery()
        fts = table("items_fts", column("rowid"))
        hit = exists(select(literal_column("1")).select_from(fts).where(
            text("items_fts MATCH :q").bindparams(q=_fts_terms(q.text.strip())),
            fts.c.rowid == cand.c.id))
        # No ORDER BY outside: SQLite runs the ordered, limited subquery as a co-routine,
        # so rows come in queue order and the walk stops at the n-th match (an outer
        # ORDER BY would test all _WINDOW rows first). The keyset tests pin this order.
        ids = list(self._s.scalars(select(cand.c.id).where(hit).limit(n)))
        if len(ids) == n:
            return ids
        size = self._s.execute(select(func.count()).select_from(cand)).scalar_one()
        return ids if size < _WINDOW else None  # the window held the whole queue

    def _few_matches(self, q: QueueQuery) -> bool:
        """Whether a search matches so few items that the page should start from them.

        SQLite's planner walks the queue-order index and tests every row against the
        search: quick for a common word (the first page fills early), but a whole-index
        walk for a rare or absent one (120 ms at 1M for no match at all). Counting at
        most ``_FEW`` matches in the full-text index is cheap either way; when there are
        fewer, the page is built from them and sorted.
        """
        words = q.text.strip()
        if self._dialect != "sqlite" or not words:
            return False
        hits: Select[Any] = select(literal_column("rowid")).select_from(text("items_fts")).where(
            text("items_fts MATCH :q").bindparams(q=_fts_terms(words))).limit(_FEW)
        n = self._s.execute(select(func.count()).select_from(hits.subquery())).scalar_one()
        return int(n) < _FEW

    def _narrowest(self, q: QueueQuery) -> str | None:
        """The filtered dimension with the fewest rows (None: the planner chooses).

        The SQLite page query then walks that dimension's (column, sort…) index.

        SQLite knows no value skew: for "open items of this account" it walks the
        open-items index in queue order and skips other accounts' rows. For a small
        account among a million items that is a near full scan (1.7 s measured); the
        account's own index gives the same order over its few thousand rows. The sizes
        come from ``item_counts`` (a few hundred rows). PostgreSQL's statistics see the
        skew themselves; filters the counts cannot size (search, rule, claims) are left
        to the planner too.
        """
        if self._dialect != "sqlite" or q.text.strip() or q.rule_id or q.author_key \
                or q.claimed_by is not None or q.visible_accounts is not None \
                or q.assigned_to is not None:
            return None
        picks: list[tuple[str, ColumnElement[bool]]] = []
        if len(q.statuses) == 1:
            (status,) = q.statuses
            picks.append(("status", ItemCountRow.status == status.value))
        elif not q.statuses and not q.all_statuses:
            picks.append(("is_open", ItemCountRow.status.in_(
                sorted(s.value for s in OPEN_STATUSES))))
        if len(q.platforms) == 1:
            picks.append(("platform", ItemCountRow.platform == next(iter(q.platforms)).value))
        if len(q.account_ids) == 1:
            picks.append(("account_id", ItemCountRow.account_id == next(iter(q.account_ids))))
        if len(q.kinds) == 1:
            picks.append(("kind", ItemCountRow.kind == next(iter(q.kinds)).value))
        if len(picks) < 2:
            return None  # one candidate: the planner takes it anyway
        sums = [func.coalesce(func.sum(case((cond, ItemCountRow.n), else_=0)), 0)
                for _key, cond in picks]
        sizes = self._s.execute(select(*sums)).one()  # one pass over the counts table
        return min(zip(sizes, (key for key, _c in picks), strict=True))[1]

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
                    .where(*conditions(held, self._dialect, now, _DIMENSIONS),
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
