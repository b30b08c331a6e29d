"""Four eyes in a solo workspace: per role (external moderators) and per account."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from moderator.actions import ActionRequest
from moderator.audit.filter import AuditFilter
from moderator.errors import PermissionDenied, UsageError
from moderator.items import ActionKind, Platform, Role
from moderator.query import QueueQuery
from tests.helpers.workspaces import make_item

if TYPE_CHECKING:
    from moderator.workspace import Workspace


def test_replies_wait_per_role_and_per_account(sqlite_ws: Workspace) -> None:
    ws = sqlite_ws
    lead = ws.moderators.current("Lead")
    acc = ws.accounts.add(Platform.FACEBOOK, "A27", "a27", project="A27")
    ws.ingest.upsert([make_item(i, account="a27") for i in range(4)])
    ext = ws.moderators.add(lead, "Extern", Role.EXTERNAL_MODERATOR, ["project:A27"])
    cm = ws.moderators.add(lead, "Sanne", Role.COMMUNITY_MANAGER)
    items = [i.id for i in ws.queue.page(QueueQuery()).items]
    ws.actions.perform(ext, ActionRequest(ActionKind.REPLY, items[0], text="Dank!"))
    ws.actions.perform(cm, ActionRequest(ActionKind.REPLY, items[1], text="Dank ook!"))
    assert [w.author for w in ws.approvals.waiting()] == ["Extern"]
    assert len(ws.outbox.pending()) == 1  # the community manager's reply goes at once
    with pytest.raises(PermissionDenied):
        ws.approvals.require_for_account(cm, acc.id, True)
    ws.approvals.require_for_account(lead, acc.id, True)
    ws.actions.perform(cm, ActionRequest(ActionKind.REPLY, items[2], text="Nog een"))
    waiting = ws.approvals.waiting()
    assert [w.author for w in waiting] == ["Extern", "Sanne"]
    with pytest.raises(PermissionDenied):  # not one's own
        ws.approvals.approve(cm, waiting[1].outbox_id)
    with pytest.raises(UsageError):  # a rejection needs a note
        ws.approvals.reject(lead, waiting[1].outbox_id, " ")
    ws.approvals.approve(cm, waiting[0].outbox_id, text="Dank voor uw reactie!")
    ws.approvals.reject(lead, waiting[1].outbox_id, "Eerst overleggen")
    texts = sorted(e.text or "" for e in ws.outbox.pending())
    assert texts == ["Dank ook!", "Dank voor uw reactie!"]
    assert ws.approvals.waiting() == []
    log = [e.action for e in ws.audit.entries(AuditFilter())]
    assert "approve" in log and "reject" in log and "refused" in log
    assert ws.audit.verify().ok
