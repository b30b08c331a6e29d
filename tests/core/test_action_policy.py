"""The action table's rules as the actions service enforces them, and the bugs they fixed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from moderator.action_policy import POLICIES, policy
from moderator.actions import ActionRequest
from moderator.errors import ErrorCode, TransitionError, UsageError
from moderator.items import ActionKind, ItemId, ItemKind, Platform, Status
from moderator.query import QueueQuery
from tests.helpers.workspaces import make_item

if TYPE_CHECKING:
    from moderator.workspace import Workspace


@pytest.fixture
def ws(sqlite_ws: Workspace) -> Workspace:
    sqlite_ws.ingest.upsert([make_item(1), make_item(2), make_item(3, kind=ItemKind.DM),
                             make_item(4, platform=Platform.X, account="x1",
                                       kind=ItemKind.MENTION)])
    return sqlite_ws


def _ids(ws: Workspace) -> list[ItemId]:
    return sorted(ItemId(i.id) for i in ws.queue.page(QueueQuery(all_statuses=True)).items)


def _status(ws: Workspace, item: ItemId) -> Status:
    return ws.queue.detail(item).item.status


def test_a_reply_keeps_a_hidden_item_hidden(ws: Workspace) -> None:
    # Regression: the reply used to make it "afgehandeld", and Verbergen was offered again.
    me = ws.moderators.current("Sanne")
    item = _ids(ws)[0]
    ws.actions.perform(me, ActionRequest(ActionKind.HIDE, item))
    ws.actions.perform(me, ActionRequest(ActionKind.REPLY, item, text="We hebben het verborgen"))
    assert _status(ws, item) == Status.HIDDEN
    with pytest.raises(TransitionError) as again:
        ws.actions.perform(me, ActionRequest(ActionKind.HIDE, item))
    assert again.value.code is ErrorCode.WRONG_STATUS
    ws.actions.perform(me, ActionRequest(ActionKind.REPLY, _ids(ws)[1], text="Dank je"))
    assert _status(ws, _ids(ws)[1]) == Status.HANDLED  # a visible item: handled, as before


@pytest.mark.parametrize("before", [Status.NEW, Status.ESCALATED, Status.HANDLED])
def test_undo_after_hide_puts_the_item_back(ws: Workspace, before: Status) -> None:
    # Regression: undo (unhide) made every item "afgehandeld", whatever it was before.
    me = ws.moderators.current("Sanne")
    item = _ids(ws)[0]
    if before is Status.ESCALATED:
        ws.actions.perform(me, ActionRequest(ActionKind.ESCALATE, item, text="juridisch"))
    elif before is Status.HANDLED:
        ws.actions.perform(me, ActionRequest(ActionKind.HANDLE, item))
    ws.actions.perform(me, ActionRequest(ActionKind.HIDE, item))
    ws.actions.perform(me, ActionRequest(ActionKind.UNHIDE, item, undo=True))
    assert _status(ws, item) == before


def test_a_plain_unhide_still_means_handled(ws: Workspace) -> None:
    me = ws.moderators.current("Sanne")
    item = _ids(ws)[0]
    ws.actions.perform(me, ActionRequest(ActionKind.HIDE, item))
    ws.actions.perform(me, ActionRequest(ActionKind.UNHIDE, item))
    assert _status(ws, item) == Status.HANDLED
    with pytest.raises(UsageError) as nothing:
        ws.actions.perform(me, ActionRequest(ActionKind.HANDLE, _ids(ws)[1], undo=True))
    assert nothing.value.code is ErrorCode.NOTHING_TO_UNDO


def test_refusals_carry_codes_and_the_names_the_ui_needs(ws: Workspace) -> None:
    me = ws.moderators.current("Sanne")
    comment, _other, dm, x_post = _ids(ws)
    with pytest.raises(TransitionError) as dm_hide:
        ws.actions.perform(me, ActionRequest(ActionKind.HIDE, dm))
    assert dm_hide.value.code is ErrorCode.WRONG_KIND
    assert dm_hide.value.params == {"action": "hide", "kind": "dm"}
    with pytest.raises(TransitionError) as x_hide:  # X hides in own conversations only
        ws.actions.perform(me, ActionRequest(ActionKind.HIDE, x_post))
    assert x_hide.value.code is ErrorCode.PLATFORM_REFUSES
    assert x_hide.value.params["refusal"] == "platform_kind"
    with pytest.raises(UsageError) as no_text:
        ws.actions.perform(me, ActionRequest(ActionKind.REPLY, comment, text=" "))
    assert no_text.value.code is ErrorCode.NEEDS_TEXT
    with pytest.raises(UsageError) as no_rule:
        ws.actions.perform(me, ActionRequest(ActionKind.REMOVE, comment))
    assert no_rule.value.code is ErrorCode.NEEDS_RULE
    other = ws.moderators.current("Fatima")
    ws.queue.claim(comment, other)
    with pytest.raises(TransitionError) as claimed:
        ws.actions.perform(me, ActionRequest(ActionKind.HANDLE, comment))
    assert claimed.value.code is ErrorCode.CLAIMED


def test_claims_are_not_actions() -> None:
    assert ActionKind.CLAIM not in POLICIES and ActionKind.RELEASE not in POLICIES
    with pytest.raises(UsageError) as claim:
        policy(ActionKind.CLAIM)
    assert claim.value.code is ErrorCode.NOT_AN_ACTION


def test_rows_agree_with_themselves() -> None:
    for p in POLICIES.values():
        assert p.result is None or p.result not in p.keeps
        assert not p.sends_text or p.composed
        assert p.undoes is None or POLICIES[p.undoes].call == p.call  # its own inverse call
