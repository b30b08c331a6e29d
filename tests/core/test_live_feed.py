"""The live feed sees what another connection (a colleague, the worker, the CLI) changed."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import func, insert, select

from moderator.actions import ActionRequest, RuleRef
from moderator.errors import ErrorCode, TransitionError
from moderator.items import ActionKind, Role
from moderator.live import LiveFeed
from moderator.query import QueueQuery
from moderator.storage.tables import ItemChangeRow
from moderator.workspace import Workspace
from tests.helpers.workspaces import make_item

if TYPE_CHECKING:
    from moderator.changes import Changes


def _other(ws: Workspace) -> Workspace:
    """The same database through a second engine: another process as far as it can tell."""
    return Workspace.open(database=str(ws.db.engine.url.render_as_string(hide_password=False)))


def _next(feed: LiveFeed, within: float = 3.0) -> Changes:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if (changes := feed.next(0.2)) is not None:
            return changes
    raise AssertionError("no change seen")


def test_a_colleagues_claim_hide_and_new_items_reach_the_feed(any_ws: Workspace) -> None:
    any_ws.ingest.upsert([make_item(1), make_item(2)])
    ids = [s.id for s in any_ws.queue.page(QueueQuery()).items]
    feed = LiveFeed(any_ws.db)
    colleague = _other(any_ws)
    try:
        assert feed.next(0.3) is None  # nothing yet
        me = colleague.moderators.current("Sanne")
        assert colleague.queue.claim(ids[0], me)
        changes = _next(feed)
        assert changes.items == {ids[0]} and changes.counts and not changes.arrived
        colleague.actions.perform(me, ActionRequest(ActionKind.HIDE, ids[1]))
        assert ids[1] in _next(feed).items
        colleague.ingest.upsert([make_item(3)])
        assert _next(feed).arrived
        assert feed.next(0.3) is None  # each change once
    finally:
        feed.close()
        colleague.close()


def test_an_assignment_reaches_the_feed_without_a_note(any_ws: Workspace) -> None:
    # The assignee finds the item under "Mij toegewezen" at once (migration 7c1e5a9d3b20).
    any_ws.ingest.upsert([make_item(1)])
    item = any_ws.queue.page(QueueQuery()).items[0].id
    lead = any_ws.moderators.current("Lead")
    sanne = any_ws.moderators.add(lead, "Sanne", Role.COMMUNITY_MANAGER, login=False)
    feed = LiveFeed(any_ws.db)
    colleague = _other(any_ws)
    try:
        colleague.queue.assign(item, colleague.moderators.get("Lead"), "Sanne")
        assert item in _next(feed).items
        assert [i.id for i in any_ws.queue.page(QueueQuery(assigned_to=sanne.id)).items] == [
            item]
    finally:
        feed.close()
        colleague.close()


def test_a_reader_behind_the_trimmed_log_reloads_everything(any_ws: Workspace) -> None:
    any_ws.ingest.upsert([make_item(n) for n in range(1, 4)])
    ids = [s.id for s in any_ws.queue.page(QueueQuery()).items]
    feed = LiveFeed(any_ws.db)
    try:
        with any_ws.db.write() as s:  # as 11,000 changes would log them (the trigger trims)
            for _ in range(11):
                s.execute(insert(ItemChangeRow), [{"item_id": ids[0]}] * 1000)
        with any_ws.db.read() as s:
            kept = s.execute(select(func.count()).select_from(ItemChangeRow)).scalar_one()
        assert kept <= 10_000
        any_ws.queue.claim(ids[1], any_ws.moderators.current("Sanne"))  # a real change, heard
        changes = _next(feed)
        assert changes.arrived and not changes.items  # lost track: reload in place
    finally:
        feed.close()


def test_acting_on_an_item_a_colleague_just_removed_names_the_colleague(
    any_ws: Workspace,
) -> None:
    any_ws.actions.rules = lambda rid: RuleRef("R1", "1", "Geen schelden", "")
    any_ws.ingest.upsert([make_item(1)])
    (item,) = [s.id for s in any_ws.queue.page(QueueQuery()).items]
    fatima = any_ws.moderators.current("Fatima El Amrani")
    any_ws.actions.perform(fatima, ActionRequest(ActionKind.REMOVE, item, rule_id="R1"))
    sanne = any_ws.moderators.current("Sanne")
    with pytest.raises(TransitionError) as caught:
        any_ws.actions.perform(sanne, ActionRequest(ActionKind.HIDE, item))
    assert caught.value.code == ErrorCode.OVERTAKEN
    assert caught.value.params == {"action": "hide", "status": "removed", "item": item,
                                   "by": "Fatima El Amrani"}
    with pytest.raises(TransitionError) as again:  # her own second try: the plain refusal
        any_ws.actions.perform(fatima, ActionRequest(ActionKind.HIDE, item))
    assert again.value.code == ErrorCode.WRONG_STATUS
