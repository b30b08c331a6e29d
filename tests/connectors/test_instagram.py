from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import pytest

from moderator.connectors.base import ActionRequest, AuthExpired, RateLimited
from moderator.connectors.instagram import InstagramConnector
from moderator.items import ActionKind, ItemKind, Platform
from tests.connectors.conftest import T0, TOKEN, account, drain, fast, populate_graph
from tests.fakes.graph import GraphApp, V
from tests.fakes.server import Resp

if TYPE_CHECKING:
    from collections.abc import Iterator

    from tests.fakes.server import FakeServer


@pytest.fixture
def ig(graph_server: FakeServer) -> Iterator[tuple[FakeServer, GraphApp, InstagramConnector]]:
    app: GraphApp = graph_server.app  # type: ignore[assignment]
    app.me = app.ig_id
    acc = account(Platform.INSTAGRAM, app.ig_id, f"{graph_server.url}/{V}")
    conn = InstagramConnector(acc, TOKEN, fast(), page_size=7)
    yield graph_server, app, conn
    conn.close()


def test_media_comments_replies_and_dms_with_paging(ig: tuple) -> None:
    server, app, conn = ig
    populate_graph(app, posts=9, per_post=12, owner=app.ig_id)
    media = app.edges[f"{app.ig_id}/posts"][0]
    top = app.edges[f"{media}/comments"][0]
    app.nodes[top]["hidden"] = True
    app.add_comment(top, "bedankt!", T0 + timedelta(hours=1), (app.ig_id, "gemeente.test"))
    app.add_dm(app.ig_id, ("p7", "Piet"), "Is het gemeentehuis open?", T0)
    items, _ = drain(conn)
    comments = [i for i in items if i.kind is not ItemKind.DM]
    assert len(comments) == 9 * 12  # the account's own reply is not moderation work
    replies = [i for i in comments if i.kind is ItemKind.REPLY]
    assert replies and all(r.parent_external_id for r in replies)
    assert [i.external_id for i in comments if i.hidden_on_platform] == [top]
    assert [i.text for i in items if i.kind is ItemKind.DM] == ["Is het gemeentehuis open?"]
    assert sum("after" in r.query for r in server.log) >= 9  # media and comment pages
    assert all("access_token" not in r.query for r in server.log)


def test_hide_unhide_delete_reply_and_dm_reply(ig: tuple) -> None:
    _server, app, conn = ig
    populate_graph(app, posts=1, per_post=3, owner=app.ig_id)
    media = app.edges[f"{app.ig_id}/posts"][0]
    c1, c2, c3 = app.edges[f"{media}/comments"][:3]
    hide = ActionRequest(ActionKind.HIDE, c1)
    assert conn.check(hide) is None
    assert conn.perform(hide) == "hidden=true" and app.nodes[c1]["hidden"]
    assert conn.check(hide) == "hidden=true"
    unhide = ActionRequest(ActionKind.UNHIDE, c1)
    assert conn.perform(unhide) == "hidden=false" and not app.nodes[c1]["hidden"]
    remove = ActionRequest(ActionKind.REMOVE, c2)
    assert conn.perform(remove) == "deleted" and c2 not in app.nodes
    assert conn.check(remove) == "deleted"
    reply = ActionRequest(ActionKind.REPLY, c3, media, "Dank je!")
    assert conn.check(reply) is None
    ref = conn.perform(reply)
    assert conn.check(reply) == ref and app.nodes[ref]["parent"] == c3
    mid = app.add_dm(app.ig_id, ("p7", "Piet"), "Hallo?", T0)
    dm = ActionRequest(ActionKind.DM_REPLY, mid, f"t_{app.ig_id}_p7", "Ja, tot 17:00")
    assert conn.check(dm) is None
    ref = conn.perform(dm)
    assert conn.check(dm) == ref
    assert app.applied[("dm", "Ja, tot 17:00")] == 1
    assert conn.whoami() == "gemeente.test"


def test_expired_token_and_throttling(ig: tuple) -> None:
    server, app, conn = ig
    populate_graph(app, posts=1, per_post=2, owner=app.ig_id)
    server.override("GET", "/comments", Resp(403, {"error": {
        "message": "Application request limit reached", "code": 4}}, {"retry-after": "0.01"}),
        times=2)
    assert len(drain(conn)[0]) == 2
    server.override("GET", "/media", Resp(429, {"error": {"message": "limit", "code": 17}},
                                          {"retry-after": "7200"}))
    with pytest.raises(RateLimited) as throttled:
        drain(conn)
    assert throttled.value.retry_after > 7000
    server.overrides.clear()
    server.expired = True
    with pytest.raises(AuthExpired, match="190") as err:
        drain(conn)
    assert TOKEN not in str(err.value)
