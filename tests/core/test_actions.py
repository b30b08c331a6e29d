from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import select

from moderator.actions import ActionRequest, RuleRef
from moderator.errors import PermissionDenied, TransitionError, UsageError
from moderator.items import ActionKind, ItemKind, Platform, Role, Status
from moderator.query import QueueQuery
from moderator.storage.tables import ActionRow, OutboxRow
from tests.helpers.workspaces import make_item

if TYPE_CHECKING:
    from moderator.workspace import Workspace


def _rules(rule_id: str) -> RuleRef | None:
    return RuleRef("R1", "4", "Geen schelden", "Schelden is niet toegestaan.") \
        if rule_id == "R1" else None


@pytest.fixture
def ws(any_ws: Workspace) -> Workspace:
    any_ws.actions.rules = _rules
    any_ws.ingest.upsert([make_item(1), make_item(2), make_item(3, kind=ItemKind.DM)])
    return any_ws


def _ids(ws: Workspace) -> list[int]:
    return [i.id for i in ws.queue.page(QueueQuery(all_statuses=True)).items]


def _status(ws: Workspace, item: int) -> Status:
    return ws.queue.detail(item).item.status  # type: ignore[arg-type]


def test_warn_cites_rule_writes_outbox_and_audit_together(ws: Workspace) -> None:
    me = ws.moderators.current("Sanne")
    item = _ids(ws)[0]
    changes = ws.actions.perform(me, ActionRequest(ActionKind.WARN, item, rule_id="R1",
                                                   text="Let op de spelregels"))
    assert changes.items == {item} and changes.audit and changes.outbox
    assert _status(ws, item) == Status.HANDLED
    with ws.db.read() as s:
        action = s.execute(select(ActionRow.kind, ActionRow.rule_id,
                                  ActionRow.ruleset_version)).one()
        outbox = s.execute(select(OutboxRow.kind, OutboxRow.state, OutboxRow.text)).one()
    assert tuple(action) == ("warn", "R1", "4")
    assert tuple(outbox) == ("warn", "pending", "Let op de spelregels")
    entry = ws.audit.entries(ws_filter())[0]
    assert (entry.moderator, entry.action, entry.rule_id, entry.ruleset_version) == \
        ("Sanne", "warn", "R1", "4")
    assert json.loads(entry.content or "")["text"] == "Let op de spelregels"
    assert ws.audit.verify().ok


def ws_filter():  # type: ignore[no-untyped-def]
    from moderator.audit.filter import AuditFilter

    return AuditFilter()


def test_transitions_are_checked(ws: Workspace) -> None:
    me = ws.moderators.current("Sanne")
    item = _ids(ws)[0]
    with pytest.raises(TransitionError, match="is new"):
        ws.actions.perform(me, ActionRequest(ActionKind.UNHIDE, item))
    ws.actions.perform(me, ActionRequest(ActionKind.HIDE, item))
    assert _status(ws, item) == Status.HIDDEN
    ws.actions.perform(me, ActionRequest(ActionKind.UNHIDE, item))
    assert _status(ws, item) == Status.HANDLED
    ws.actions.perform(me, ActionRequest(ActionKind.REMOVE, item, rule_id="R1"))
    with pytest.raises(TransitionError):
        ws.actions.perform(me, ActionRequest(ActionKind.HIDE, item))
    # A failed command leaves no trace: three actions, three audit entries.
    assert ws.audit.verify().count == 3


def test_warn_and_remove_need_a_known_rule_and_replies_need_text(ws: Workspace) -> None:
    me = ws.moderators.current("Sanne")
    item = _ids(ws)[0]
    with pytest.raises(UsageError, match="cite a house rule"):
        ws.actions.perform(me, ActionRequest(ActionKind.REMOVE, item))
    with pytest.raises(UsageError, match="unknown house rule"):
        ws.actions.perform(me, ActionRequest(ActionKind.REMOVE, item, rule_id="R9"))
    with pytest.raises(UsageError, match="needs a text"):
        ws.actions.perform(me, ActionRequest(ActionKind.REPLY, item, text="  "))
    assert ws.audit.verify().count == 0


def test_dm_reply_only_on_dms_and_notes_keep_status(ws: Workspace) -> None:
    me = ws.moderators.current("Sanne")
    comment, _, dm = sorted(_ids(ws))
    with pytest.raises(TransitionError, match="direct message"):
        ws.actions.perform(me, ActionRequest(ActionKind.DM_REPLY, comment, text="hoi"))
    ws.actions.perform(me, ActionRequest(ActionKind.DM_REPLY, dm, text="Dank je!"))
    ws.actions.perform(me, ActionRequest(ActionKind.NOTE, comment, text="eerder gezien"))
    d = ws.queue.detail(comment)
    assert d.item.status == Status.NEW and [n.text for n in d.notes] == ["eerder gezien"]
    ws.actions.perform(me, ActionRequest(ActionKind.ESCALATE, comment, text="juridisch",
                                         escalate_to="team_lead"))
    assert _status(ws, comment) == Status.ESCALATED


def test_claimed_item_blocks_other_moderators(ws: Workspace) -> None:
    a, b = ws.moderators.current("Anna"), ws.moderators.current("Bram")
    item = _ids(ws)[0]
    ws.queue.claim(item, a)
    with pytest.raises(TransitionError, match="claimed"):
        ws.actions.perform(b, ActionRequest(ActionKind.HANDLE, item))
    ws.actions.perform(a, ActionRequest(ActionKind.HANDLE, item))
    assert ws.queue.detail(item).item.claimed_by is None  # handling releases the claim


def test_capabilities_and_scope_are_enforced(ws: Workspace) -> None:
    lead = ws.moderators.current("Lead")
    ws.actions.capabilities = lambda p, k, a: "no hide API" if a == ActionKind.HIDE else None
    item = _ids(ws)[0]
    with pytest.raises(TransitionError, match="no hide API"):
        ws.actions.perform(lead, ActionRequest(ActionKind.HIDE, item))
    ext = ws.moderators.add(lead, "Extern", Role.EXTERNAL_MODERATOR, ["project:other"])
    with pytest.raises(PermissionDenied):
        ws.actions.perform(ext, ActionRequest(ActionKind.HANDLE, item))


def test_bulk_actions_report_failures_and_apply_the_rest(ws: Workspace) -> None:
    me = ws.moderators.current("Sanne")
    ids = _ids(ws)
    ws.actions.perform(me, ActionRequest(ActionKind.HANDLE, ids[0]))
    changes, failed = ws.actions.perform_many(
        me, [ActionRequest(ActionKind.HANDLE, i) for i in ids])
    assert [f[0] for f in failed] == [ids[0]]
    assert changes.items == set(ids[1:])
    assert ws.queue.count(QueueQuery()) == 0
    assert Platform.FACEBOOK in {i.platform for i in ws.queue.page(
        QueueQuery(all_statuses=True)).items}


def test_outbox_claim_hands_each_entry_to_one_sender_and_records_once(ws: Workspace) -> None:
    from moderator.outbox.entry import OutboxState

    me = ws.moderators.current("Sanne")
    for i in _ids(ws)[:2]:
        ws.actions.perform(me, ActionRequest(ActionKind.REPLY, i, text="Dank je"))
    with ws.outbox.claim() as first:
        assert first is not None and first.entry.attempts == 0
        with ws.outbox.claim() as second:  # the first is "sending" (ours, alive): the next
            assert second is not None and second.entry.id != first.entry.id
            with ws.outbox.claim() as third:
                assert third is None
            second.retry("transient", "502", ws.clock())
        first.sent("platform-ref-1")
        first.sent("platform-ref-1")  # finishing twice logs once
    assert ws.outbox.count(OutboxState.SENT) == 1
    assert ws.audit.verify().count == 3
    with ws.outbox.claim() as again:  # a retry: it may have been applied, so it is checked
        assert again is not None and again.entry.attempts == 1


def test_outbox_entry_of_a_killed_sender_is_taken_over_at_once(ws: Workspace) -> None:
    import subprocess
    import sys

    from moderator.outbox import owner

    me = ws.moderators.current("Sanne")
    ws.actions.perform(me, ActionRequest(ActionKind.HIDE, _ids(ws)[0]))
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        with ws.outbox.claim(owner=owner.of(child.pid)) as c:
            assert c is not None  # the child "sends" it and gets killed before it answers
            with ws.outbox.claim() as other:  # held (row lock / a live pid): nobody takes it
                assert other is None
    finally:
        child.kill()
        child.wait()
    with ws.outbox.claim() as taken:  # the sender is gone: taken over at once, checked first
        assert taken is not None and taken.entry.attempts == 1


def test_failed_platform_action_is_retried_or_cancelled_and_logged(ws: Workspace) -> None:
    from moderator.outbox.entry import OutboxState

    me = ws.moderators.current("Sanne")
    first, second = _ids(ws)[:2]
    for i in (first, second):
        ws.actions.perform(me, ActionRequest(ActionKind.HIDE, i))
    for _ in range(2):
        with ws.outbox.claim() as c:
            assert c is not None
            c.failed("action_not_allowed", "(#368) deemed abusive")
    assert sorted(ws.outbox.failed_items()) == sorted([first, second])
    assert ws.queue.count(QueueQuery(delivery_failed=True, all_statuses=True)) == 2
    failed = {d.item_id: d for d in ws.outbox.failed()}
    assert ws.outbox.retry(failed[first].id, me.name, me.role.value)
    assert ws.outbox.cancel(failed[second].id, me.name, me.role.value)
    assert not ws.outbox.retry(failed[second].id, me.name, me.role.value)  # cancelled stays
    assert [d.state for d in ws.outbox.for_item(first)] == [OutboxState.PENDING]
    assert [d.state for d in ws.outbox.for_item(second)] == [OutboxState.CANCELLED]
    with ws.outbox.claim() as again:  # the retry is checked on the platform first
        assert again is not None and again.entry.item_id == first and again.entry.attempts == 1
    assert ws.audit.verify().ok
    assert ws.queue.count(QueueQuery(delivery_failed=True, all_statuses=True)) == 0


def test_a_sender_that_fails_mid_call_hands_the_entry_back_to_be_checked(ws: Workspace) -> None:
    me = ws.moderators.current("Sanne")
    ws.actions.perform(me, ActionRequest(ActionKind.REPLY, _ids(ws)[0], text="Dank je"))
    with pytest.raises(RuntimeError), ws.outbox.claim() as c:
        assert c is not None
        raise RuntimeError("the call blew up; it may have reached the platform")
    with ws.outbox.claim() as again:
        assert again is not None and again.entry.attempts == 1
