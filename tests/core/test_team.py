"""Team mode you can trust, on the real PostgreSQL server, each test as several logins.

What an external moderator's login may read and write is checked with plain SQL (the
database enforces it, not the app), and through the app.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import psycopg
import pytest

from moderator.actions import ActionRequest
from moderator.audit.filter import AuditFilter
from moderator.errors import PermissionDenied
from moderator.items import ActionKind, ModeratorInfo, Role
from moderator.query import QueueQuery
from tests.helpers.cli import run_cli
from tests.helpers.team import PAST, Team, refused_as, sql_as
from tests.helpers.workspaces import make_item

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.postgres

# Every table with moderation data, and how to tell a row's account.
_BY_ACCOUNT = {"items": "account_id", "threads": "account_id", "outbox": "account_id",
               "item_counts": "account_id", "cursors": "account_id", "accounts": "id"}
_BY_ITEM = ("item_history", "scores", "flags", "actions", "notes")


def _act_on_everything(team: Team) -> None:
    """Give every table rows in both projects: actions, notes, outbox, flags-free."""
    lead = team.lead
    for item in team.ws.queue.page(QueueQuery(), limit=100).items[::5]:
        team.ws.actions.perform(lead, ActionRequest(ActionKind.NOTE, item.id, text="noot"))
        team.ws.actions.perform(lead, ActionRequest(ActionKind.HIDE, item.id))


def test_external_login_reads_only_its_project_with_plainsql_as(team: Team) -> None:
    _act_on_everything(team)
    team.add("ext", Role.EXTERNAL_MODERATOR, ["project:A27"])
    url = team.url("ext")
    a27 = sql_as(team.lead_url, "SELECT id FROM accounts WHERE project = 'A27'")[0][0]
    for table, col in _BY_ACCOUNT.items():
        rows = sql_as(url, f"SELECT {col} FROM {table}")
        assert {r[0] for r in rows} <= {a27}, table
    assert len(sql_as(url, "SELECT id FROM items")) == 30
    for table in _BY_ITEM:
        foreign = sql_as(url, f"SELECT count(*) FROM {table} t JOIN accounts a ON true "
                            f"WHERE t.item_id IN (SELECT id FROM items WHERE account_id <> {a27})")
        assert foreign == [(0,)], table
        total = sql_as(team.lead_url, f"SELECT count(*) FROM {table} t JOIN items i "
                                    f"ON i.id = t.item_id WHERE i.account_id = {a27}")
        assert sql_as(url, f"SELECT count(*) FROM {table}") == total, table
    # Other moderators' scopes would name other projects: an external sees itself only.
    assert [r[0] for r in sql_as(url, "SELECT name FROM moderators")] == [team.names["ext"]]
    # The app shows the same: no foreign account in the sidebar, only A27 in the queue.
    with team.open("ext") as ws:
        assert [a.name for a in ws.accounts.list()] == ["A27"]
        me = ws.moderators.current()
        assert {i.account_name for i in ws.queue.page(QueueQuery(all_statuses=True),
                                                       limit=100).items} == {"A27"}
        assert ws.queue.count(QueueQuery(all_statuses=True), viewer=me) == 30


def test_after_the_end_date_a_login_sees_nothing(team: Team) -> None:
    _act_on_everything(team)
    team.add("old", Role.EXTERNAL_MODERATOR, ["project:A27"], until=PAST)
    team.add("lead2", Role.TEAM_LEAD, until=datetime.now(UTC) - timedelta(minutes=1))
    for who in ("old", "lead2"):
        url = team.url(who)
        for table in (*_BY_ACCOUNT, *_BY_ITEM):
            assert sql_as(url, f"SELECT count(*) FROM {table}") == [(0,)], (who, table)
        with pytest.raises(PermissionDenied, match="verlopen"), team.open(who) as ws:
            ws.moderators.current()


def test_logins_cannot_touch_audit_rows_directly(team: Team) -> None:
    team.ws.actions.perform(team.lead, ActionRequest(
        ActionKind.HANDLE, team.ws.queue.page(QueueQuery()).items[0].id))
    team.add("ext", Role.EXTERNAL_MODERATOR, ["project:A27"])
    team.add("cm", Role.COMMUNITY_MANAGER)
    team.add("lead", Role.TEAM_LEAD)
    for who in ("ext", "cm", "lead"):
        url = team.url(who)
        for stmt in ("UPDATE audit_entries SET action = 'x'", "DELETE FROM audit_entries",
                     "INSERT INTO audit_entries SELECT * FROM audit_entries LIMIT 1",
                     "TRUNCATE audit_entries",
                     "UPDATE settings SET value = '{}' WHERE key = 'audit_head'"):
            refused_as(url, stmt)
    # The one change allowed: a retention purge blanks content; with it nothing else.
    # (Even the owner's login, which bypasses grants and row security, meets the trigger.)
    lead = team.url("lead")
    refused_as(lead, "UPDATE audit_entries SET content = NULL, action = 'x'")
    assert "append-only" in refused_as(team.lead_url, "UPDATE audit_entries SET "
                                                    "content = NULL, action = 'x'")
    sql_as(lead, "UPDATE audit_entries SET content = NULL")
    assert team.ws.audit.verify().ok


def test_an_entry_carries_the_logins_name_whatever_the_client_claims(team: Team) -> None:
    team.add("ext", Role.EXTERNAL_MODERATOR, ["project:A27"])
    with team.open("ext") as ws:
        me = ws.moderators.current()
        with pytest.raises(PermissionDenied):
            ws.moderators.current(team.lead.name)  # cannot become the lead
        item = ws.queue.page(QueueQuery()).items[0].id
        forged = ModeratorInfo(me.id, "Fatima El Amrani", Role.TEAM_LEAD)
        ws.actions.perform(forged, ActionRequest(ActionKind.HANDLE, item))
        entry = ws.audit.entries(AuditFilter())[0]
    assert (entry.moderator, entry.role) == (team.names["ext"], "external_moderator")
    assert team.ws.audit.verify().ok
    # The command line refuses --as in team mode, and logs nothing in another's name.
    r = run_cli("queue", "--database", team.url("ext"), "--as", "Fatima El Amrani")
    assert r.returncode == 2 and "solo-modus" in r.stderr


@pytest.mark.parametrize("argv", [
    ["account", "remove", "{acc}"],
    ["sync"],
    ["outbox", "run"],
    ["import", "{file}", "--account", "{acc}"],
    ["moderator", "add", "indringer", "--role", "team_lead"],
    ["audit", "signoff", "--out", "{file}.signoff"],
    ["audit", "export", "--out", "{file}.csv"],
])
def test_privileged_commands_are_refused_in_dutch_and_logged(team: Team, tmp_path: Path,
                                                             argv: list[str]) -> None:
    team.add("ext", Role.EXTERNAL_MODERATOR, ["project:A27"])
    markt = team.ws.accounts.get("Markt").id
    f = f"{tmp_path}/in.csv"
    with open(f, "w", encoding="utf-8") as out:
        out.write("text;author\nhallo;iemand\n")
    args = [a.format(acc=markt, file=f) for a in argv]
    r = run_cli(*args, "--database", team.url("ext"))
    assert r.returncode == 77, r.stderr
    assert "geweigerd" in r.stderr and "Traceback" not in r.stderr
    assert [a.name for a in team.ws.accounts.list()] == ["A27", "Markt"]
    last = team.ws.audit.entries(AuditFilter(), limit=1)[0]
    assert (last.moderator, last.action) == (team.names["ext"], "refused")
    assert team.ws.audit.verify().ok


def test_the_database_refuses_what_the_app_would_not_ask(team: Team) -> None:
    """A login that copies SQL around the app meets the same walls."""
    team.add("ext", Role.EXTERNAL_MODERATOR, ["project:A27"])
    team.add("cm", Role.COMMUNITY_MANAGER)
    ext, cm = team.url("ext"), team.url("cm")
    for url in (ext, cm):
        for stmt in ("DELETE FROM accounts", "UPDATE accounts SET name = 'x'",
                     "INSERT INTO rulesets (name, version, content, sha256, active, loaded_at) "
                     "VALUES ('x', '1', '', '', true, now())",
                     "UPDATE items SET text = 'overschreven'",
                     "INSERT INTO moderators (name, role, scope, created_at, disabled) "
                     "VALUES ('x', 'team_lead', '[]', now(), false)"):
            refused_as(url, stmt)
    # Out of scope rows cannot be written either, even through a granted column.
    markt = sql_as(team.lead_url, "SELECT id FROM items WHERE account_id = "
                                "(SELECT id FROM accounts WHERE name = 'Markt') LIMIT 1")[0][0]
    with psycopg.connect(ext, autocommit=True) as c:
        assert c.execute(f"UPDATE items SET status = 'handled' WHERE id = {markt}"
                         ).rowcount == 0


def test_account_removal_is_logged_and_the_log_keeps_verifying(team: Team) -> None:
    team.ws.actions.perform(team.lead, ActionRequest(
        ActionKind.HANDLE, team.ws.queue.page(QueueQuery()).items[0].id))
    markt = team.ws.accounts.get("Markt")
    team.ws.accounts.remove(markt.id, by=team.lead)
    last = team.ws.audit.entries(AuditFilter(), limit=1)[0]
    assert last.action == "account_remove" and '"items": 20' in last.detail
    assert team.ws.audit.verify().ok


def test_four_logins_race_through_the_same_items(team: Team) -> None:
    """4 processes, 4 roles, 1,000 items: each item gets exactly one decisive action."""
    import subprocess
    import sys

    from tests.helpers.cli import ROOT

    team.ws.ingest.upsert([make_item(1000 + i, account="a27", thread="race")
                           for i in range(1000 - 30)])
    team.add("lead", Role.TEAM_LEAD)
    team.add("cm1", Role.COMMUNITY_MANAGER)
    team.add("cm2", Role.COMMUNITY_MANAGER, ["project:A27"])
    team.add("ext", Role.EXTERNAL_MODERATOR, ["project:A27"])
    open_a27 = team.ws.queue.count(QueueQuery(account_ids=frozenset(
        {team.ws.accounts.get("A27").id})))
    assert open_a27 == 1000
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    racers = [subprocess.Popen([sys.executable, "-m", "tests.helpers.team_racer",
                                team.url(who), str(n)], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
              for n, who in enumerate(("lead", "cm1", "cm2", "ext"))]
    won = []
    for p in racers:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
        won.append(int(out))
    per_item = sql_as(team.lead_url, "SELECT count(*) FROM actions WHERE kind = 'handle' "
                                   "GROUP BY item_id")
    a27_handled = sql_as(team.lead_url, "SELECT count(DISTINCT a.item_id) FROM actions a JOIN "
                                      "items i ON i.id = a.item_id JOIN accounts c ON "
                                      "c.id = i.account_id WHERE c.name = 'A27'")
    assert {n for (n,) in per_item} == {1}
    assert a27_handled == [(1000,)]
    assert sum(won) == 1000 + _markt_handled(team)
    assert min(won[2:]) > 0  # the scoped logins took part too
    by_login = dict(sql_as(team.lead_url, "SELECT moderator, count(*) FROM audit_entries "
                                        "WHERE action = 'handle' GROUP BY moderator"))
    assert by_login == {team.names[w]: n for w, n in zip(("lead", "cm1", "cm2", "ext"), won,
                                                          strict=True) if n}
    result = team.ws.audit.verify()
    assert result.ok and result.count == sum(won) + 4  # + the four logins created


def _markt_handled(team: Team) -> int:
    """Items outside A27 that the unscoped logins (lead, cm1) handled as well."""
    return int(sql_as(team.lead_url, "SELECT count(*) FROM actions a JOIN items i ON "
                                   "i.id = a.item_id JOIN accounts c ON c.id = i.account_id "
                                   "WHERE c.name = 'Markt' AND a.kind = 'handle'")[0][0])


def test_a_team_lead_login_manages_moderators(team: Team) -> None:
    """A lead's own login adds and disables moderators; re-saving the lead keeps theirs."""
    team.add("lead", Role.TEAM_LEAD)
    name = team.names["new"] = f"{team.prefix}_new"
    r = run_cli("moderator", "add", name, "--role", "external_moderator", "--scope",
                "project:A27", "--until", "2099-01-01", "--password-stdin",
                "--database", team.url("lead"), stdin="geheim\n")
    assert r.returncode == 0, r.stderr
    assert sql_as(team.url("new"), "SELECT count(*) FROM items") == [(30,)]
    team.ws.moderators.add(team.lead, team.names["lead"], Role.TEAM_LEAD,
                           until=datetime(2099, 1, 1, tzinfo=UTC))
    assert sql_as(team.url("new"), "SELECT count(*) FROM items") == [(30,)]
    r = run_cli("moderator", "disable", name, "--database", team.url("lead"))
    assert r.returncode == 0, r.stderr
    with pytest.raises(psycopg.OperationalError, match="not permitted to log in"):
        psycopg.connect(team.url("new"))
    changes = [e.detail for e in team.ws.audit.entries(AuditFilter(action="role_change"))]
    assert any('"change": "disabled"' in d for d in changes)
