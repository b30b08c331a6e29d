"""Escalating to a named colleague in team mode, on the real PostgreSQL server (migration
d4b8e2a7c915): every login may ask which active colleagues can see an item it sees itself,
and an external moderator's named escalation lands in the colleague's "Mij toegewezen".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from moderator.actions import ActionRequest
from moderator.errors import UsageError
from moderator.items import ActionKind, Role
from moderator.query import QueueQuery
from moderator.storage.migrate import HEAD
from tests.helpers.team import PAST, Team, migrate, refused_as, sql_as

if TYPE_CHECKING:
    from moderator.workspace import Workspace

pytestmark = pytest.mark.postgres

_CAN_RUN = "SELECT has_function_privilege({who}, 'mod_colleagues(bigint)', 'EXECUTE')"


def _items(ws: Workspace, account: str) -> list[int]:
    return [i.id for i in ws.queue.page(QueueQuery(all_statuses=True), limit=100).items
            if i.account_name == account]


def _colleagues(team: Team) -> None:
    """A lead, an external and a community manager on A27, a community manager on Markt
    only, one whose end date has passed and one who is disabled (both saw A27)."""
    team.add("lead", Role.TEAM_LEAD)
    team.add("ext", Role.EXTERNAL_MODERATOR, ["project:A27"])
    team.add("cm", Role.COMMUNITY_MANAGER, ["project:A27"])
    team.add("markt", Role.COMMUNITY_MANAGER, ["project:Markt"])
    team.add("gone", Role.COMMUNITY_MANAGER, ["project:A27"], until=PAST)
    team.add("off", Role.COMMUNITY_MANAGER, ["project:A27"])
    team.ws.moderators.disable(team.lead, team.names["off"])


def test_an_external_escalates_to_a_named_team_lead(team: Team) -> None:
    _colleagues(team)
    names = team.names
    with team.open("ext") as ws:
        me = ws.moderators.current()
        a27 = _items(ws, "A27")
        # Its login reads no colleague from the table itself...
        assert sql_as(team.url("ext"), "SELECT name FROM moderators") == [(names["ext"],)]
        # ...and still gets whom it can name: active, seeing the item, itself left out.
        listed = ws.actions.colleagues(me, [a27[0]])
        assert [(c.name, c.role) for c in listed] == sorted(
            [(team.lead.name, Role.TEAM_LEAD), (names["lead"], Role.TEAM_LEAD),
             (names["cm"], Role.COMMUNITY_MANAGER)], key=lambda c: c[0].casefold())
        ws.actions.perform(me, ActionRequest(ActionKind.ESCALATE, a27[0], text="graag",
                                             escalate_to=names["lead"]))
    with team.open("lead") as ws:
        lead = ws.moderators.current()
        mine = ws.queue.page(QueueQuery(assigned_to=lead.id), viewer=lead).items
        assert [i.id for i in mine] == [a27[0]]
        assignment = ws.queue.assignment(a27[0])
        assert assignment is not None and assignment.assignee == names["lead"]


def test_the_function_answers_only_for_items_the_caller_sees(team: Team) -> None:
    _colleagues(team)
    names = team.names
    a27, markt = _items(team.ws, "A27"), _items(team.ws, "Markt")
    query = "SELECT name, role FROM mod_colleagues({item}) ORDER BY name"
    ext, cm_markt = team.url("ext"), team.url("markt")
    assert {n for n, _r in sql_as(ext, query.format(item=a27[0]))} == {
        team.lead.name, names["lead"], names["ext"], names["cm"]}
    # Outside the caller's own scope: nothing, not even that the item exists.
    assert sql_as(ext, query.format(item=markt[0])) == []
    assert sql_as(cm_markt, query.format(item=a27[0])) == []
    assert sql_as(ext, query.format(item=10**12)) == []
    assert {n for n, _r in sql_as(cm_markt, query.format(item=markt[0]))} == {
        team.lead.name, names["lead"], names["markt"]}
    with team.open("ext") as ws:
        me = ws.moderators.current()
        assert ws.actions.colleagues(me, [markt[0]]) == []
        assert ws.actions.colleagues(me, [a27[0], markt[0]]) == []
    # Only moderator logins may call it; a disabled moderator's privileges are gone.
    assert sql_as(team.lead_url, _CAN_RUN.format(who="'public'")) == [(False,)]
    for who, runs in (("ext", True), ("markt", True), ("off", False)):
        assert sql_as(team.lead_url, _CAN_RUN.format(who=f"'{names[who]}'")) == [(runs,)], who
    nobody = f"{team.prefix}_nobody"
    team.names["nobody"] = nobody  # dropped with the others
    sql_as(team.lead_url, f'CREATE ROLE "{nobody}" LOGIN')
    refused_as(team.url("nobody"), f"SELECT * FROM mod_colleagues({a27[0]})")


def test_an_inactive_colleague_is_not_listed_nor_assigned(team: Team) -> None:
    _colleagues(team)
    names = team.names
    a27 = _items(team.ws, "A27")
    listed = {c.name for c in team.ws.actions.colleagues(team.lead, [a27[1]])}
    assert listed == {names["lead"], names["ext"], names["cm"]}
    for who in ("gone", "off"):
        with pytest.raises(UsageError, match="no active moderator"):
            team.ws.actions.perform(team.lead, ActionRequest(
                ActionKind.ESCALATE, a27[1], text="graag", escalate_to=names[who]))
    # An external moderator cannot tell an inactive colleague from a free-text target.
    with team.open("ext") as ws:
        ws.actions.perform(ws.moderators.current(), ActionRequest(
            ActionKind.ESCALATE, a27[1], text="graag", escalate_to=names["gone"]))
    assert team.ws.queue.assignment(a27[1]) is None


def test_logins_made_before_the_migration_may_call_it(team: Team) -> None:
    team.add("ext", Role.EXTERNAL_MODERATOR, ["project:A27"])
    a27 = _items(team.ws, "A27")

    migrate(team.ws, "7c1e5a9d3b20")
    assert sql_as(team.lead_url, "SELECT count(*) FROM pg_proc "
                                 "WHERE proname = 'mod_colleagues'") == [(0,)]
    migrate(team.ws, "head")
    assert sql_as(team.lead_url, "SELECT version_num FROM alembic_version") == [(HEAD,)]
    assert {n for (n,) in sql_as(team.url("ext"), f"SELECT name FROM mod_colleagues({a27[0]})")
            } == {team.lead.name, team.names["ext"]}
