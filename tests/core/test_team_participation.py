"""Participation work in team mode, on the real PostgreSQL server (migration 4b7d9e1f2a6c).

The register and the polls are scoped like the items they are about: a community manager
keeps them for the accounts in its scope, an external moderator reads its own projects',
and the database refuses the rest whatever the client asks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from moderator.errors import PermissionDenied, UsageError
from moderator.items import Role
from moderator.participation.polls import PollOption
from moderator.query import QueueQuery
from moderator.storage.migrate import HEAD
from tests.helpers.team import Team, migrate, refused_as, sql_as

if TYPE_CHECKING:
    from moderator.workspace import Workspace

pytestmark = pytest.mark.postgres

_TABLES = ("register_topics", "register_inputs", "register_input_topics", "polls",
           "poll_threads")


def _items(ws: Workspace, account: str) -> list[int]:
    return [i.id for i in ws.queue.page(QueueQuery(all_statuses=True), limit=100).items
            if i.account_name == account]


def _both_projects(team: Team) -> tuple[list[int], list[int]]:
    """The lead registers input and defines a poll in both projects."""
    lead, ws = team.lead, team.ws
    a27, markt = _items(ws, "A27"), _items(ws, "Markt")
    for project, items in (("A27", a27), ("Markt", markt)):
        ws.register.add_topic(project, "Geluid")
        ws.register.mark(lead, items[0], ["Geluid"])
        ws.polls.define(lead, items[1], [PollOption("A"), PollOption("B")])
    return a27, markt


def test_a_community_manager_keeps_the_register_and_polls_of_its_scope(team: Team) -> None:
    a27, markt = _both_projects(team)
    team.add("cm", Role.COMMUNITY_MANAGER, ["project:A27"])
    with team.open("cm") as ws:
        me = ws.moderators.current()
        assert ws.register.projects() == ["A27"]
        assert ws.register.add_topic("A27", "Veiligheid")
        ws.register.mark(me, a27[2], ["Geluid", "Veiligheid"])
        ws.register.feedback(me, a27[2], "Meegenomen in het ontwerp.")
        assert {e.item_id for e in ws.register.view("A27").entries} == {a27[0], a27[2]}
        assert ws.register.unmark(a27[0])
        with pytest.raises(UsageError, match="no item"):  # not in its world at all
            ws.register.mark(me, markt[2], ["Geluid"])
        ws.polls.define(me, a27[3], [PollOption("Ja"), PollOption("Nee")])
        assert sorted(p.item_id for p in ws.polls.polls()) == [a27[1], a27[3]]
        assert ws.polls.result(a27[3]).as_json()["item"] == a27[3]
    # The lead still sees both projects, and the community manager's work in A27.
    assert sorted(team.ws.register.projects()) == ["A27", "Markt"]
    assert {e.item_id for e in team.ws.register.entries("A27")} == {a27[2]}


def test_the_database_scopes_participation_rows_whatever_the_client_asks(team: Team) -> None:
    a27, markt = _both_projects(team)
    team.add("cm", Role.COMMUNITY_MANAGER, ["project:A27"])
    team.add("ext", Role.EXTERNAL_MODERATOR, ["project:A27"])
    for who in ("cm", "ext"):
        url = team.url(who)
        assert sql_as(url, "SELECT item_id FROM register_inputs") == [(a27[0],)], who
        assert sql_as(url, "SELECT item_id FROM polls") == [(a27[1],)], who
        assert sql_as(url, "SELECT DISTINCT project FROM register_topics") == [("A27",)], who
        for table in ("register_input_topics", "poll_threads"):
            assert sql_as(url, f"SELECT count(*) FROM {table}") == [(1,)], (who, table)
    cm, ext = team.url("cm"), team.url("ext")
    # Out of scope: another project's item, or a topic of another project.
    refused_as(cm, f"INSERT INTO register_inputs (item_id, project, marked_by, marked_at) "
                 f"VALUES ({markt[3]}, 'Markt', 'x', now())")
    refused_as(cm, "INSERT INTO register_topics (project, name, created_at) "
                 "VALUES ('Markt', 'Sneaky', now())")
    assert sql_as(cm, f"DELETE FROM polls WHERE item_id = {markt[1]} RETURNING id") == []
    # An external moderator reads, and changes nothing.
    refused_as(ext, f"INSERT INTO register_inputs (item_id, project, marked_by, marked_at) "
                  f"VALUES ({a27[4]}, 'A27', 'x', now())")
    refused_as(ext, "UPDATE register_inputs SET feedback = 'x'")
    refused_as(ext, "DELETE FROM polls")
    with team.open("ext") as ws, pytest.raises(PermissionDenied, match="database"):
        ws.register.mark(ws.moderators.current(), a27[4], ["Geluid"])
    assert len(sql_as(team.lead_url, "SELECT id FROM polls")) == 2


def test_logins_made_before_the_migration_get_its_privileges(team: Team) -> None:
    _both_projects(team)
    team.add("cm", Role.COMMUNITY_MANAGER, ["project:A27"])

    migrate(team.ws, "8e2f4a6c1b3d")
    for table in _TABLES:
        refused_as(team.url("cm"), f"SELECT count(*) FROM {table}")
    migrate(team.ws, "head")
    assert sql_as(team.lead_url, "SELECT version_num FROM alembic_version") == [(HEAD,)]
    assert sql_as(team.url("cm"), "SELECT count(*) FROM register_inputs") == [(1,)]
    with team.open("cm") as ws:  # and the app works for it again
        assert ws.register.projects() == ["A27"]
