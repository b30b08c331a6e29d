"""Named escalation and assignment: "Mij toegewezen" and the time to first response."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from moderator.actions import ActionRequest
from moderator.audit.filter import AuditFilter
from moderator.errors import UsageError
from moderator.items import ActionKind, ItemId, ModeratorInfo, Platform, Role
from moderator.query import QueueQuery
from tests.helpers.team import PAST
from tests.helpers.workspaces import make_item

if TYPE_CHECKING:
    from moderator.workspace import Workspace


def test_assign_and_escalate_to_a_named_colleague(any_ws: Workspace) -> None:
    lead = any_ws.moderators.current("Lead")
    any_ws.accounts.add(Platform.FACEBOOK, "A27", "a27", project="A27")
    any_ws.accounts.add(Platform.FACEBOOK, "Markt", "markt", project="Markt")
    any_ws.ingest.upsert([make_item(i, account="a27") for i in range(3)]
                         + [make_item(10, account="markt", thread="p2")])
    sanne = any_ws.moderators.add(lead, "Sanne", Role.COMMUNITY_MANAGER, login=False)
    ext = any_ws.moderators.add(lead, "Extern", Role.EXTERNAL_MODERATOR, ["project:A27"],
                                login=False)
    a27 = [i.id for i in any_ws.queue.page(QueueQuery(), viewer=ext).items]
    markt = next(i.id for i in any_ws.queue.page(QueueQuery()).items if i.id not in a27)
    any_ws.queue.assign(a27[0], lead, "Sanne", "Kun jij deze nemen?")
    any_ws.actions.perform(lead, ActionRequest(ActionKind.ESCALATE, a27[1], text="graag",
                                               escalate_to="Extern"))
    with pytest.raises(UsageError, match="outside their scope"):
        any_ws.queue.assign(markt, lead, "Extern")
    assert [i.id for i in any_ws.queue.page(QueueQuery(assigned_to=sanne.id)).items] == [a27[0]]
    assert [i.id for i in any_ws.queue.page(QueueQuery(assigned_to=ext.id),
                                            viewer=ext).items] == [a27[1]]
    before = any_ws.queue.detail(a27[0]).assignment
    assert before is not None and before.assignee == "Sanne" and before.first_response is None
    any_ws.actions.perform(sanne, ActionRequest(ActionKind.HANDLE, a27[0]))
    after = any_ws.queue.assignment(a27[0])
    assert after is not None and after.time_to_first_response is not None
    last = any_ws.audit.entries(AuditFilter(action="assign"))[0]
    assert '"assign_to": "Sanne"' in last.detail
    assert any_ws.audit.verify().ok


def test_colleagues_an_escalation_can_name(any_ws: Workspace) -> None:
    lead = any_ws.moderators.current("Lead")
    any_ws.accounts.add(Platform.FACEBOOK, "A27", "a27", project="A27")
    any_ws.accounts.add(Platform.FACEBOOK, "Markt", "markt", project="Markt")
    any_ws.ingest.upsert([make_item(i, account="a27") for i in range(3)]
                         + [make_item(10, account="markt", thread="p2")])
    any_ws.moderators.add(lead, "Sanne", Role.COMMUNITY_MANAGER, login=False)
    ext = any_ws.moderators.add(lead, "Extern", Role.EXTERNAL_MODERATOR, ["project:A27"],
                                login=False)
    any_ws.moderators.add(lead, "Marktmens", Role.EXTERNAL_MODERATOR, ["project:Markt"],
                          login=False)
    any_ws.moderators.add(lead, "Oud", Role.COMMUNITY_MANAGER, until=PAST, login=False)
    any_ws.moderators.add(lead, "Uit", Role.COMMUNITY_MANAGER, login=False)
    any_ws.moderators.disable(lead, "Uit")
    a27 = [i.id for i in any_ws.queue.page(QueueQuery(), viewer=ext).items]
    markt = next(i.id for i in any_ws.queue.page(QueueQuery()).items if i.id not in a27)

    def names(who: ModeratorInfo, items: list[ItemId]) -> list[tuple[str, Role]]:
        return [(c.name, c.role) for c in any_ws.actions.colleagues(who, items)]

    # Active, seeing the item, the asker left out; for a selection, those who see them all.
    assert names(lead, [a27[0]]) == [("Extern", Role.EXTERNAL_MODERATOR),
                                     ("Sanne", Role.COMMUNITY_MANAGER)]
    assert names(lead, [markt]) == [("Marktmens", Role.EXTERNAL_MODERATOR),
                                    ("Sanne", Role.COMMUNITY_MANAGER)]
    assert names(lead, [a27[0], markt]) == [("Sanne", Role.COMMUNITY_MANAGER)]
    assert names(ext, a27) == [("Lead", Role.TEAM_LEAD), ("Sanne", Role.COMMUNITY_MANAGER)]
    # Not for an item outside the asker's own scope (nor one that does not exist).
    assert names(ext, [markt]) == []
    assert names(ext, [a27[0], markt]) == []
    assert names(lead, [ItemId(999_999)]) == []
    # An external's named escalation assigns the item; an inactive colleague is refused.
    any_ws.actions.perform(ext, ActionRequest(ActionKind.ESCALATE, a27[0], text="graag",
                                              escalate_to="Lead"))
    assert [i.id for i in any_ws.queue.page(QueueQuery(assigned_to=lead.id)).items] == [a27[0]]
    for gone in ("Oud", "Uit"):
        with pytest.raises(UsageError, match="no active moderator"):
            any_ws.actions.perform(lead, ActionRequest(ActionKind.ESCALATE, a27[1],
                                                       text="graag", escalate_to=gone))
    with pytest.raises(UsageError, match="outside their scope"):
        any_ws.actions.perform(lead, ActionRequest(ActionKind.ESCALATE, markt, text="graag",
                                                   escalate_to="Extern"))
