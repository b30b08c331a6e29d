from __future__ import annotations

from moderator.items import ItemKind, Platform, Status
from moderator.query import QueueQuery
from moderator.workspace import Workspace
from tests.helpers.workspaces import make_item

ALL = QueueQuery(all_statuses=True)


def test_ingest_twice_creates_nothing_new(any_ws: Workspace) -> None:
    items = [make_item(n) for n in range(50)]
    first = any_ws.ingest.upsert(items)
    second = any_ws.ingest.upsert(items)
    assert (first.created, first.updated) == (50, 0)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 50)
    assert any_ws.queue.count(ALL) == 50
    assert {a.external_id for a in any_ws.accounts.list()} == {"page1"}


def test_edited_comment_updates_text_and_keeps_history(any_ws: Workspace) -> None:
    any_ws.ingest.upsert([make_item(1, text="eerste versie")])
    res = any_ws.ingest.upsert([make_item(1, text="tweede versie")])
    assert res.updated == 1
    page = any_ws.queue.page(ALL)
    detail = any_ws.queue.detail(page.items[0].id)
    assert detail.item.text == "tweede versie"
    assert detail.earlier_texts == ("eerste versie",)


def test_same_external_id_on_two_accounts_are_two_items(any_ws: Workspace) -> None:
    any_ws.ingest.upsert([make_item(1, account="a"), make_item(1, account="b"),
                          make_item(1, account="a", platform=Platform.INSTAGRAM)])
    assert any_ws.queue.count(ALL) == 3


def test_platform_hide_and_delete_are_reconciled(any_ws: Workspace) -> None:
    any_ws.ingest.upsert([make_item(1), make_item(2)])
    any_ws.ingest.upsert([make_item(1, hidden=True), make_item(2, deleted=True)])
    statuses = {i.text: i.status for i in any_ws.queue.page(ALL).items}
    assert statuses == {"reactie nummer 1": Status.HIDDEN, "reactie nummer 2": Status.REMOVED}
    assert any_ws.queue.count(QueueQuery()) == 0


def test_full_text_search_finds_word_starts_and_folds_diacritics(any_ws: Workspace) -> None:
    any_ws.ingest.upsert([
        make_item(1, text="De brug bij Lexmond gaat dicht"),
        make_item(2, text="Wanneer opent het café weer?"),
        make_item(3, text="Niets over bruggen hier"),
    ])
    found = {i.text for i in any_ws.queue.page(QueueQuery(text="brug")).items}
    # Prefix search (issue 9): a word finds the words it starts, not words it is inside.
    assert found == {"De brug bij Lexmond gaat dicht", "Niets over bruggen hier"}
    assert any_ws.queue.count(QueueQuery(text="rug")) == 0
    # Quotes and FTS operators in user input are plain words, not syntax.
    assert any_ws.queue.count(QueueQuery(text='cafe" OR "x')) == 0
    if any_ws.db.dialect == "sqlite":
        assert any_ws.queue.count(QueueQuery(text="cafe")) == 1


def test_own_account_replies_are_handled(any_ws: Workspace) -> None:
    own = make_item(1, author="page1")
    own = type(own)(**{**{f: getattr(own, f) for f in own.__slots__},
                       "author_external_id": "page1"})
    any_ws.ingest.upsert([own, make_item(2, kind=ItemKind.REPLY, parent="c1")])
    assert [i.status for i in any_ws.queue.page(ALL).items] == [Status.HANDLED, Status.NEW]


def test_reopening_runs_no_migration_and_keeps_data(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with Workspace.open(workspace=tmp_path / "w") as ws:
        ws.ingest.upsert([make_item(1)])
    with Workspace.open(workspace=tmp_path / "w") as ws:
        assert ws.queue.count(ALL) == 1


def test_scores_that_cross_a_rule_threshold_flag_the_item(any_ws: Workspace) -> None:
    from moderator.items import ItemId

    any_ws.ingest.upsert([make_item(1, text="We zien elkaar morgen bij de brug")])
    item = any_ws.queue.page(ALL).items[0]
    assert (item.status, item.flags) == (Status.NEW, ())
    # The shipped spelregels flag a threat score of 0.6 or more (NL-BEDREIGING).
    any_ws.scores.store("tiny", "1", [(ItemId(item.id), {"threat": 0.9, "toxicity": 0.2})])
    after = any_ws.queue.page(ALL).items[0]
    assert after.status == Status.FLAGGED and "NL-BEDREIGING" in after.flags
    assert after.toxicity == 0.9
    any_ws.scores.store("tiny", "2", [(ItemId(item.id), {"threat": 0.1, "toxicity": 0.1})])
    assert any_ws.queue.page(ALL).items[0].status == Status.NEW
    assert any_ws.scores.count_unscored("2") == 0 and any_ws.scores.count_unscored("3") == 1
