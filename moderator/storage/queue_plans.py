"""SQLite-only query plans for the queue, each a named seam with an EXPLAIN QUERY PLAN test.

SQLite's planner knows no value skew and walks one index per table, so three plans are
steered by hand; PostgreSQL's planner needs none of them (its statistics see the skew).
``tests/core/test_queue_plans.py`` pins each plan's shape, so an SQLite upgrade that
plans differently fails a test instead of silently costing seconds at 1M items.

1. **The ``+col`` trick** (``unindexed``): ``+items.col`` is the same value, but SQLite
   may not answer it from that column's index. Written on every filtered dimension but
   the narrowest one (``narrowest``), it makes the planner walk that dimension's
   (column, sort…) index; written on the sort columns (``SORT_UNINDEXED``) it makes a
   rare search start from its few full-text matches and sort them.
2. **Few matches** (``few_matches``, threshold ``FEW``): whether a search matches so few
   items that the page should start from them.
3. **Dense search** (``dense_search``, window ``WINDOW``): for a common word, walk the
   queue's own order for at most ``WINDOW`` rows and test each text (``word_starts``).

Measured at 1.1M items: 61k matches clustered late in queue order 358 -> 90 ms through
the sort; a common word (360k matches) 65 -> 33 ms through the dense search; a small
account 1.7 s -> 3 ms through its own index (benchmarks/queue_bench.py).
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING, Any

import regex
from sqlalchemy import (
    ColumnElement,
    case,
    func,
    literal_column,
    select,
    text,
)

from moderator.query import OPEN_STATUSES, QueueQuery
from moderator.storage.tables import ItemCountRow, ItemRow

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session
    from sqlalchemy.sql import Select
    from sqlalchemy.sql.elements import TextClause

# Columns with a (column, sort…) index; see ``narrowest``.
DIMENSIONS = frozenset({"status", "is_open", "platform", "account_id", "kind"})
SORT = (ItemRow.sort_sev, ItemRow.sort_tox, ItemRow.created_at, ItemRow.id)
WINDOW = 3000  # rows of queue order a common-word search page may walk (dense_search)
FEW = 200_000  # fewer full-text matches than this: the page starts from them
# PostgreSQL's walk parses each row's text (to_tsvector, tens of microseconds), so it
# walks less: 3,000 rows cost ~500 ms for an absent word at 50k items, 500 about 60 ms.
PG_WINDOW = 500


def unindexed(col: Any) -> Any:
    """``+items.col``: the same test or order, but not answered from col's index."""
    return literal_column(f"+{ItemRow.__tablename__}.{col.key}", type_=col.type)


# The queue order written "+items.col": a rare search's few matches, sorted.
SORT_UNINDEXED: tuple[ColumnElement[Any], ...] = tuple(unindexed(c) for c in SORT)


def fts_terms(words: str) -> str:
    """Each word quoted (user input is never FTS5 syntax) and matched as a word's start.

    "windmolen" finds "windmolens", "dijkversterking" finds "Dijkversterking Lekoever":
    an FTS5 prefix query walks the index's terms from the prefix on (no prefix= index
    needed; benchmarks/queue_bench.py measures it at 1M items).
    """
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words.split())


def fts_match(words: str) -> TextClause:
    """``items_fts MATCH <the words as prefixes>``."""
    return text("items_fts MATCH :q").bindparams(q=fts_terms(words))


def fts_ids(words: str) -> Select[Any]:
    """The rowids of the items whose text matches."""
    return select(literal_column("rowid")).select_from(text("items_fts")).where(
        fts_match(words))


def few_matches_stmt(words: str) -> Select[Any]:
    """How many matches, counted up to ``FEW``."""
    return select(func.count()).select_from(fts_ids(words).limit(FEW).subquery())


def few_matches(s: Session, words: str) -> bool:
    """Whether a search matches so few items that the page should start from them.

    The planner otherwise walks the queue-order index and tests every row against the
    search: quick for a common word (the first page fills early), but a whole-index walk
    for a rare or absent one (120 ms at 1M for no match at all). Counting at most
    ``FEW`` matches in the full-text index is cheap either way.
    """
    return int(s.execute(few_matches_stmt(words)).scalar_one()) < FEW


def folded(text_: str) -> str:
    """Lower case without diacritics, as the full-text index folds (unicode61, level 2)."""
    low = text_.lower()
    return low if low.isascii() else _MARKS.sub("", unicodedata.normalize("NFD", low))


_MARKS = regex.compile(r"\p{Mn}+")
_SEP = r"[\W_]+"  # what separates words: not a letter or digit ("_" included)


def word_starts(words: str) -> Callable[[str], bool]:
    """The search as a test of one text, as ``fts_terms`` asks the index.

    Each search word is a phrase of words whose last one is a prefix ("wind-mol" finds
    "wind molens"); a search word without letters or digits asks nothing, and a search
    of only such words finds nothing, as FTS5 answers them. One regular expression per
    phrase on the folded text: a few microseconds a row (tests/core/test_queue_plans.py
    compares the answers with the index's).
    """
    phrases = [p for w in words.split() if (p := regex.findall(r"[^\W_]+", folded(w)))]
    tests = [regex.compile(r"(?<![^\W_])" + _SEP.join(regex.escape(t) for t in p))
             for p in phrases]

    def test(text_: str) -> bool:
        doc = folded(text_)
        return bool(tests) and all(t.search(doc) for t in tests)

    return test


def dense_search(s: Session, window: Select[int, str], words: str, n: int,
                 ) -> list[int] | None:
    """The first ``n`` matching ids in queue order, found near the top of the queue.

    ``window`` selects (id, text) of the queue's rows without the search, in queue order
    (``QueueRepository.window_select``). The walk reads at most ``WINDOW`` of them and
    tests each text here, stopping at the ``n``-th match: asking the full-text index per
    row would cost a merge of every matching word's list each time for a prefix query
    (2.5 s for one page at 1M items), and listing every match first costs ~65 ms for a
    common word. None when the window does not hold ``n`` matches and there are more
    rows: the caller must look further. Exact, because a match past the window comes
    after every row inside it.
    """
    match = word_starts(words)
    ids: list[int] = []
    seen = 0
    for item_id, text_ in s.execute(window.limit(WINDOW)):
        seen += 1
        if match(text_):
            ids.append(int(item_id))
            if len(ids) == n:
                return ids
    return ids if seen < WINDOW else None  # the window held the whole queue


def dense_search_sql(s: Session, window: Select[int, str], words: str, n: int,
                     match: Callable[[Any], ColumnElement[bool]]) -> list[int] | None:
    """PostgreSQL's dense search: the same bounded walk, the text tested in SQL.

    ``match(text_column)`` is the database's own test (its parser differs from FTS5's),
    so a page found here is the page the full query would give.
    """
    w = window.limit(PG_WINDOW).subquery()
    # The subquery's rows reach the filter in its ORDER BY (a scan of an ordered, limited
    # subquery keeps its order), so the walk stops at the n-th match in queue order.
    ids = [int(i) for i in s.scalars(select(w.c.id).where(match(w.c.text)).limit(n))]
    if len(ids) == n:
        return ids
    size = s.execute(select(func.count()).select_from(w)).scalar_one()
    return ids if size < PG_WINDOW else None


def narrowest(s: Session, q: QueueQuery) -> str | None:
    """The filtered dimension with the fewest rows (None: the planner chooses).

    The page query then walks that dimension's (column, sort…) index, the others written
    ``+col``. For "open items of this account" SQLite would walk the open-items index in
    queue order and skip other accounts' rows: for a small account among a million items
    a near full scan (1.7 s measured); the account's own index gives the same order over
    its few thousand rows. The sizes come from ``item_counts`` (a few hundred rows);
    filters the counts cannot size (search, rule, claims) are left to the planner.
    """
    if q.text.strip() or q.rule_id or q.author_key or q.claimed_by is not None \
            or q.visible_accounts is not None or q.assigned_to is not None:
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
    sizes = s.execute(select(*sums)).one()  # one pass over the counts table
    return str(min(zip(sizes, (key for key, _c in picks), strict=True))[1])


def plain_dimensions(keep: str | None) -> frozenset[str]:
    """The dimensions to write ``+col``: all but the one whose index the page walks."""
    return DIMENSIONS - {keep} if keep else frozenset()
