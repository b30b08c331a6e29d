"""Four eyes on the real PostgreSQL server: an external moderator's reply reaches the
(local fake) platform only once a community manager approved it; a rejected one never."""

from __future__ import annotations

from typing import TYPE_CHECKING

import psycopg
import pytest

from moderator.actions import ActionRequest
from moderator.audit.filter import AuditFilter
from moderator.connectors.facebook import FacebookConnector
from moderator.connectors.http import HttpOptions
from moderator.errors import PermissionDenied
from moderator.items import ActionKind, Platform, Role
from moderator.outbox.executor import OutboxExecutor
from moderator.query import QueueQuery
from moderator.sync import SyncService
from tests.connectors.conftest import TOKEN, populate_graph
from tests.helpers.team import new_team

if TYPE_CHECKING:
    from tests.fakes.graph import GraphApp
    from tests.fakes.server import FakeServer

pytestmark = pytest.mark.postgres


def _replies(app: GraphApp) -> list[str]:
    return [target for (op, target), n in app.applied.items() if op == "reply" for _ in range(n)]


def test_an_external_reply_waits_for_a_second_moderator(pg_url: str,
                                                        graph_server: FakeServer) -> None:
    app: GraphApp = graph_server.app  # type: ignore[assignment]
    populate_graph(app, posts=1, per_post=3)
    team = new_team(pg_url)
    try:
        opts = HttpOptions(timeout=2)
        acc = team.ws.accounts.add(Platform.FACEBOOK, "gem", app.page_id, project="A27",
                                   api_base=graph_server.api_base)  # type: ignore[attr-defined]
        SyncService(team.ws.ingest, team.ws.cursors,
                    lambda a: FacebookConnector(a, TOKEN, opts)).run([acc])
        team.add("ext", Role.EXTERNAL_MODERATOR, ["project:A27"])
        team.add("cm", Role.COMMUNITY_MANAGER)
        with team.open("ext") as ext_ws:
            ext = ext_ws.moderators.current()
            items = ext_ws.queue.page(QueueQuery()).items
            for item, text in zip(items, ("Dank voor uw vraag.", "Niet zo handig."),
                                  strict=False):
                ext_ws.actions.perform(ext, ActionRequest(ActionKind.REPLY, item.id, text=text))
            waiting = ext_ws.approvals.waiting()
            assert [w.text for w in waiting] == ["Dank voor uw vraag.", "Niet zo handig."]
            # The author cannot approve their own text, nor can an external at all.
            with pytest.raises(PermissionDenied):
                ext_ws.approvals.approve(ext, waiting[0].outbox_id)
        conn = FacebookConnector(acc, TOKEN, opts)
        app.applied.clear()

        def deliver() -> None:
            OutboxExecutor(team.ws.outbox, lambda _a: conn, workers=1).drain(idle_wait=0.01)

        deliver()
        assert _replies(app) == []  # nothing leaves before approval
        # Not even the owner's SQL can send it without an approver: the database refuses.
        with pytest.raises(psycopg.errors.CheckViolation), \
                psycopg.connect(team.lead_url, autocommit=True) as c:
            c.execute("UPDATE outbox SET state = 'pending' WHERE state = 'awaiting'")
        for who, stmt in (
                ("ext", "UPDATE outbox SET state = 'pending'"),  # no such grant
                ("cm", f"UPDATE outbox SET approved_by = {ext.id}, state = 'pending'"),  # author
                ("cm", f"UPDATE outbox SET approved_by = {team.lead.id}, state = 'pending'")):
            with pytest.raises(psycopg.Error) as refused, \
                    psycopg.connect(team.url(who), autocommit=True) as c:
                c.execute(stmt)
            assert refused.value.sqlstate == "42501", (who, stmt)
        with team.open("cm") as cm_ws:
            cm = cm_ws.moderators.current()
            cm_ws.approvals.approve(cm, waiting[0].outbox_id, text="Dank voor uw vraag!")
            cm_ws.approvals.reject(cm, waiting[1].outbox_id, note="Toon past niet")
        deliver()
        deliver()
        # The approved one, as edited, once; the rejected one never.
        assert _replies(app) == ["Dank voor uw vraag!"]
        log = [(e.moderator, e.action) for e in team.ws.audit.entries(AuditFilter(), limit=6)]
        assert (team.names["cm"], "approve") in log and (team.names["cm"], "reject") in log
        assert team.ws.audit.verify().ok
        conn.close()
    finally:
        team.close()
