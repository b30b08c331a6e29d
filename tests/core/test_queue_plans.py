"""Each SQLite plan of ``moderator/storage/queue_plans.py`` has the shape it was tuned for.

If an SQLite upgrade plans one of these differently, a test here fails instead of a page
silently costing seconds at 1M items (the figures are in benchmarks/queue_bench.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import text

from moderator.items import AccountId
from moderator.query import QueueQuery
from moderator.storage import queue_plans as plans
from moderator.storage.queue_repo import QueueRepository
from moderator.workspace import Workspace
from tests.helpers.workspaces import make_item

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from sqlalchemy.orm import Session


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    with Workspace.open(workspace=tmp_path_factory.mktemp("plans") / "ws") as ws:
        ws.ingest.upsert([make_item(i, account="big") for i in range(300)]
                         + [make_item(1000 + i, account="small") for i in range(3)])
        yield ws


@pytest.fixture
def session(ws: Workspace) -> Iterator[Session]:
    with ws.db.read() as s:
        yield s


def plan(s: Session, stmt: Any) -> list[str]:
    """The EXPLAIN QUERY PLAN lines of a statement (its bound values written in)."""
    sql = str(stmt.compile(s.get_bind(), compile_kwargs={"literal_binds": True}))
    return [str(r[-1]) for r in s.execute(text("EXPLAIN QUERY PLAN " + sql))]


def _account(ws: Workspace, external_id: str) -> AccountId:
    return next(a.id for a in ws.accounts.list() if a.external_id == external_id)


def test_a_plain_page_walks_the_open_items_index_in_queue_order(
    ws: Workspace, session: Session,
) -> None:
    lines = plan(session, QueueRepository(session).page_select(QueueQuery(), None, 61,
                                                               ws.clock()))
    assert lines[0] == "SEARCH items USING INDEX ix_items_open_sort (is_open=?)"
    assert not any("TEMP B-TREE" in line for line in lines)  # no sort: the index's order


def test_plus_col_makes_a_small_account_walk_its_own_index(
    ws: Workspace, session: Session,
) -> None:
    small = QueueQuery(account_ids=frozenset({_account(ws, "small")}))
    assert plans.narrowest(session, small) == "account_id"  # 3 rows against 303 open ones
    assert plans.narrowest(session, small.with_(all_statuses=True)) is None  # one candidate
    lines = plan(session, QueueRepository(session).page_select(small, None, 61, ws.clock()))
    assert "SEARCH items USING INDEX ix_items_account_sort (account_id=?)" in lines
    assert not any("TEMP B-TREE" in line for line in lines)
    assert [i.id for i in ws.queue.page(small, limit=10).items] == \
        [i.id for i in ws.queue.page(small.with_(all_statuses=True), limit=10).items]


def test_few_matches_start_from_the_full_text_index_and_sort(
    ws: Workspace, session: Session,
) -> None:
    lines = plan(session, QueueRepository(session).page_select(
        QueueQuery(text="reactie"), None, 61, ws.clock(), few=True))
    assert lines[0] == "SEARCH items USING INTEGER PRIMARY KEY (rowid=?)"  # by match id
    assert "SCAN items_fts VIRTUAL TABLE INDEX 0:M1" in lines
    assert lines[-1] == "USE TEMP B-TREE FOR ORDER BY"  # the +col order: no index walk
    assert not any("ix_items_open_sort" in line for line in lines)


def test_counting_matches_reads_only_the_full_text_index(session: Session) -> None:
    assert plan(session, plans.few_matches_stmt("reactie")) == [
        "CO-ROUTINE anon_1", "SCAN items_fts VIRTUAL TABLE INDEX 0:M1", "SCAN anon_1"]


def test_dense_search_walks_queue_order_without_a_sort(
    ws: Workspace, session: Session,
) -> None:
    window = QueueRepository(session).window_select(QueueQuery(), None, ws.clock())
    lines = plan(session, window.limit(plans.WINDOW))
    assert lines == ["SEARCH items USING INDEX ix_items_open_sort (is_open=?)"]


TEXTS = ["Wanneer komen de windmolens?", "Dijkversterking Lekoever duurt te lang",
         "Réactie_x op de wind-molen", "prijs: 100% 'echt' \"zo\"", "ÉÉN ding: Één ding",
         "dijk... dijkje? DIJKEN!", "co2-uitstoot en CO₂", "emoji 👍🏽 naïef café"]
SEARCHES = ["windmolen", "wind", "wind-mol", "dijkversterking lekoever", "dijk", "reactie",
            "x", "op", "100", "echt'", "één", "een", "?!", "zo ?!", "co2", "uitstoot",
            "naief", "cafe", "molen", "lekoever dijkv", "👍"]


def test_the_dense_walk_tests_a_text_as_the_full_text_index_does(tmp_path: Path) -> None:
    with Workspace.open(workspace=tmp_path / "ws") as ws:
        ws.ingest.upsert([make_item(n, text=t) for n, t in enumerate(TEXTS)])
        with ws.db.read() as s:
            for words in SEARCHES:
                by_index = {t for (t,) in s.execute(text(
                    "SELECT text FROM items WHERE id IN (SELECT rowid FROM items_fts "
                    "WHERE items_fts MATCH :q)"), {"q": plans.fts_terms(words)})}
                by_walk = {t for t in TEXTS if plans.word_starts(words)(t)}
                assert by_walk == by_index, words


def test_search_words_are_quoted_prefixes() -> None:
    assert plans.fts_terms('wind "molen" OR') == '"wind"* """molen"""* "OR"*'
