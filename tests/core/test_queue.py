from __future__ import annotations

import random
from datetime import timedelta
from typing import TYPE_CHECKING

import pytest

from moderator.items import (
    AccountId,
    Evidence,
    FlagInfo,
    ItemId,
    ItemKind,
    ModeratorInfo,
    Platform,
    Role,
    Status,
)
from moderator.query import QueueQuery
from tests.helpers.workspaces import T0, make_item

if TYPE_CHECKING:

    from moderator.workspace import Workspace

SEVERITIES = ["", "low", "high", "critical"]


def _flagger(subjects):  # type: ignore[no-untyped-def]
    """Deterministic flags from the text: 'sev=<name>' marks a rule hit of that severity."""
    out = []
    for s in subjects:
        sev = s.text.split("sev=")[1].split()[0] if "sev=" in s.text else ""
        out.append([FlagInfo("R1", "1", sev, "hide", (Evidence(0, 3),))] if sev else [])
    return out


def _seed(ws: Workspace, n: int = 400) -> None:
    rnd = random.Random(7)
    ws.set_rules(_flagger, ws.actions.rules)
    items = []
    for i in range(n):
        sev = rnd.choice(SEVERITIES)
        # Few distinct timestamps and severities: many ties, so the id tiebreak matters.
        items.append(make_item(
            i, text=f"bericht {i} sev={sev}" if sev else f"bericht {i}",
            minutes=rnd.randrange(5), kind=rnd.choice(list(ItemKind)),
            platform=rnd.choice([Platform.FACEBOOK, Platform.X, Platform.YOUTUBE]),
            account=rnd.choice(["a1", "a2"])))
    ws.ingest.upsert(items)
    ids = [i.id for i in ws.queue.page(QueueQuery(all_statuses=True), limit=1000).items]
    ws.scores.store("m", "v1", [(ItemId(i), {"toxicity": rnd.choice([0.1, 0.5, 0.9])})
                                for i in ids[: n // 2]])


def _walk(ws: Workspace, q: QueueQuery, size: int) -> list[int]:
    out, after = [], None
    while True:
        page = ws.queue.page(q, after, size)
        out += [i.id for i in page.items]
        if page.next_after is None:
            return out
        after = page.next_after


@pytest.mark.parametrize("size", [1, 7, 50])
def test_keyset_pages_equal_offset_pages(any_ws: Workspace, size: int) -> None:
    _seed(any_ws)
    from moderator.storage.queue_repo import QueueRepository

    for q in [QueueQuery(), QueueQuery(all_statuses=True),
              QueueQuery(platforms=frozenset({Platform.X})),
              QueueQuery(kinds=frozenset({ItemKind.DM}), min_toxicity=0.5),
              # several narrowing dimensions: SQLite walks the narrowest one's index
              QueueQuery(account_ids=frozenset({_account(any_ws, "a2")}),
                         platforms=frozenset({Platform.YOUTUBE})),
              QueueQuery(statuses=frozenset({Status.FLAGGED}),
                         kinds=frozenset({ItemKind.REPLY}))]:
        keyset = _walk(any_ws, q, size)
        with any_ws.db.read() as s:
            offset = QueueRepository(s).offset_page(q, 0, 10_000, any_ws.clock())
        assert keyset == offset
        assert len(keyset) == len(set(keyset)) == any_ws.queue.count(q)


def _account(ws: Workspace, external_id: str) -> AccountId:
    return next(a.id for a in ws.accounts.list() if a.external_id == external_id)


@pytest.mark.parametrize(("few", "window"), [(1, 5), (1, 40), (1, 3000), (50_000, 3000)])
def test_search_pages_are_the_same_whichever_side_drives(
    any_ws: Workspace, few: int, window: int, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # SQLite starts from the matches when there are fewer than FEW; else it walks a
    # window of the queue (falling back to the whole queue-order index when the window
    # is short of matches); every way must give the same pages, deep ones included.
    import moderator.storage.queue_plans as plans
    import moderator.storage.queue_repo as repo

    monkeypatch.setattr(plans, "FEW", few)
    monkeypatch.setattr(plans, "WINDOW", window)
    monkeypatch.setattr(plans, "PG_WINDOW", window)
    _seed(any_ws, 300)
    for q in [QueueQuery(text="bericht"), QueueQuery(text="sev=high", all_statuses=True),
              QueueQuery(text="nergens"), QueueQuery(text="bericht", platforms=frozenset(
                  {Platform.X}))]:
        every = [i.id for i in any_ws.queue.page(q.with_(text=""), limit=1000).items]
        with any_ws.db.read() as s:
            expected = [i for i in repo.QueueRepository(s).offset_page(q, 0, 1000,
                                                                        any_ws.clock())]
        assert _walk(any_ws, q, 7) == expected
        assert set(expected) <= set(every)
        assert any_ws.queue.count(q) == len(expected)


def test_worst_first_order(any_ws: Workspace) -> None:
    _seed(any_ws, 200)
    rank = {"": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
    items = any_ws.queue.page(QueueQuery(all_statuses=True), limit=1000).items
    keys = [(-rank[i.severity], -(i.toxicity or 0.0), i.created_at, i.id) for i in items]
    assert keys == sorted(keys)
    assert items[0].severity == "critical"


def test_filters_and_counts(any_ws: Workspace) -> None:
    _seed(any_ws, 300)
    everything = any_ws.queue.page(QueueQuery(all_statuses=True), limit=1000).items
    counts = any_ws.queue.counts({
        "dm": QueueQuery(kinds=frozenset({ItemKind.DM}), all_statuses=True),
        "x": QueueQuery(platforms=frozenset({Platform.X}), all_statuses=True),
        "rule": QueueQuery(rule_id="R1", all_statuses=True),
        "tox": QueueQuery(min_toxicity=0.9, all_statuses=True),
        "flagged": QueueQuery(statuses=frozenset({Status.FLAGGED})),
    })
    assert counts["dm"] == sum(i.kind == ItemKind.DM for i in everything)
    assert counts["x"] == sum(i.platform == Platform.X for i in everything)
    assert counts["rule"] == sum("R1" in i.flags for i in everything)
    assert counts["tox"] == sum((i.toxicity or 0) >= 0.9 for i in everything)
    assert counts["flagged"] == counts["rule"]
    since = T0 + timedelta(minutes=2)
    dated = any_ws.queue.page(QueueQuery(all_statuses=True, since=since), limit=1000).items
    assert dated and all(i.created_at >= since for i in dated)


def test_claim_is_exclusive_until_expiry(any_ws: Workspace) -> None:
    any_ws.ingest.upsert([make_item(1)])
    a = any_ws.moderators.current("Anna")
    b = any_ws.moderators.current("Bram")
    item = any_ws.queue.page(QueueQuery()).items[0].id
    assert any_ws.queue.claim(item, a)
    assert not any_ws.queue.claim(item, b)
    assert any_ws.queue.claim(item, a)  # re-claiming your own item extends it
    assert any_ws.queue.count(QueueQuery(claimed_by=a.id)) == 1
    assert any_ws.queue.count(QueueQuery(unassigned=True)) == 0
    assert not any_ws.queue.release(item, b)
    assert any_ws.queue.release(item, a)
    assert any_ws.queue.claim(item, b, ttl=timedelta(seconds=-1))  # already expired
    assert any_ws.queue.claim(item, a)
    assert any_ws.queue.page(QueueQuery()).items[0].claimed_by == "Anna"


def test_unassigned_counts_match_their_pages(any_ws: Workspace) -> None:
    _seed(any_ws, 120)
    a = any_ws.moderators.current("Anna")
    ids = [i.id for i in any_ws.queue.page(QueueQuery(), limit=1000).items]
    for n, item in enumerate(ids[:30]):  # live claims, expired ones, and released ones
        any_ws.queue.claim(item, a, ttl=timedelta(minutes=5 if n % 3 else -1))
    any_ws.queue.release(ids[1], a)
    for q in [QueueQuery(unassigned=True),
              QueueQuery(unassigned=True, platforms=frozenset({Platform.X})),
              QueueQuery(unassigned=True, all_statuses=True, kinds=frozenset({ItemKind.DM})),
              QueueQuery(unassigned=True, statuses=frozenset({Status.FLAGGED}))]:
        page = any_ws.queue.page(q, limit=1000).items
        assert any_ws.queue.count(q) == len(page)
        assert all(i.claimed_by is None for i in page)
    assert any_ws.queue.count(QueueQuery(unassigned=True)) == len(ids) - 19


def test_external_moderator_sees_only_their_project(any_ws: Workspace) -> None:
    lead = any_ws.moderators.current("Lead")
    any_ws.accounts.add(Platform.FACEBOOK, "A27", "a27", project="A27")
    any_ws.accounts.add(Platform.FACEBOOK, "Gemeente", "gem", project="Markt")
    any_ws.ingest.upsert([make_item(1, account="a27"), make_item(2, account="gem")])
    ext = any_ws.moderators.add(lead, "Extern", Role.EXTERNAL_MODERATOR, ["project:A27"])
    seen = any_ws.queue.page(QueueQuery(), viewer=ext).items
    assert [i.account_name for i in seen] == ["A27"]
    assert any_ws.queue.count(QueueQuery(), viewer=ext) == 1
    hidden = next(i for i in any_ws.queue.page(QueueQuery()).items if i.account_name != "A27")
    with pytest.raises(Exception, match="no item"):
        any_ws.queue.detail(hidden.id, viewer=ext)
    assert isinstance(lead, ModeratorInfo) and lead.role == Role.TEAM_LEAD


def test_counts_table_agrees_with_a_real_count(any_ws: Workspace) -> None:
    from sqlalchemy import func, select

    from moderator.actions import ActionRequest
    from moderator.items import ActionKind
    from moderator.storage.tables import ItemRow

    _seed(any_ws, 200)
    me = any_ws.moderators.current("Sanne")
    page = any_ws.queue.page(QueueQuery(), limit=30).items
    _, failed = any_ws.actions.perform_many(me, [ActionRequest(ActionKind.HIDE, i.id)
                                                 for i in page])
    assert len(failed) < len(page)  # DMs cannot be hidden; the rest are
    any_ws.ingest.upsert([make_item(5, deleted=True)])  # reconciled: removed
    for q in [QueueQuery(), QueueQuery(all_statuses=True),
              QueueQuery(statuses=frozenset({Status.HIDDEN})),
              QueueQuery(kinds=frozenset({ItemKind.DM}), platforms=frozenset({Platform.X})),
              QueueQuery(statuses=frozenset({Status.REMOVED, Status.FLAGGED}))]:
        with any_ws.db.read() as s:
            from moderator.storage.queue_repo import conditions

            real = s.execute(select(func.count()).select_from(ItemRow).where(
                *conditions(q, any_ws.db.dialect, any_ws.clock()))).scalar_one()
        assert any_ws.queue.count(q) == real
