from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import pytest

from moderator.connectors.base import (
    ActionRequest,
    AuthExpired,
    MalformedResponse,
    RateLimited,
)
from moderator.connectors.facebook import FacebookConnector
from moderator.items import ActionKind, ItemKind, Platform
from tests.connectors.conftest import T0, TOKEN, account, fast, populate_graph
from tests.fakes.server import FakeServer, Resp

if TYPE_CHECKING:
    from tests.fakes.graph import GraphApp


def connector(server: FakeServer, **kw: object) -> FacebookConnector:
    app: GraphApp = server.app  # type: ignore[assignment]
    acc = account(Platform.FACEBOOK, app.page_id, server.api_base)  # type: ignore[attr-defined]
    return FacebookConnector(acc, TOKEN, fast(), page_size=10, **kw)  # type: ignore[arg-type]


def all_items(conn: FacebookConnector, cursor: str | None = None) -> tuple[list, str]:
    found, last = [], cursor
    for page in conn.fetch(cursor):
        found += page.items
        last = page.cursor
    return found, last or ""


def test_paginates_posts_and_comments_with_nested_replies(graph_server: FakeServer) -> None:
    app: GraphApp = graph_server.app  # type: ignore[assignment]
    populate_graph(app, posts=12, per_post=25)
    app.add_dm(app.page_id, ("p1", "Piet"), "Wanneer is de inspraakavond?", T0)
    items, _ = all_items(connector(graph_server))
    comments = [i for i in items if i.kind is not ItemKind.DM]
    assert len(comments) == 12 * 25
    assert len({i.external_id for i in items}) == len(items)
    replies = [i for i in comments if i.kind is ItemKind.REPLY]
    assert replies and all(i.parent_external_id for i in replies)
    dms = [i for i in items if i.kind is ItemKind.DM]
    assert [d.text for d in dms] == ["Wanneer is de inspraakavond?"]
    # token never in a URL we sent, although Graph's next links carry it
    assert all("access_token" not in r.query for r in graph_server.log)
    assert sum("after" in r.query for r in graph_server.log) > 12


def test_cursor_resumes_without_rereading_everything(graph_server: FakeServer) -> None:
    app: GraphApp = graph_server.app  # type: ignore[assignment]
    populate_graph(app, posts=3, per_post=5)
    conn = connector(graph_server)
    first, cursor = all_items(conn)
    assert len(first) == 15
    post = app.edges[f"{app.page_id}/posts"][0]
    app.add_comment(post, "nieuw", T0 + timedelta(days=2), ("u9", "Nieuw"))
    again, cursor = all_items(conn, cursor)
    assert "nieuw" in [i.text for i in again]
    third, _ = all_items(conn, cursor)  # watermark moved: only the overlap hour is re-read
    assert [i.text for i in third] == ["nieuw"]


def test_visitor_posts_on_the_page_feed_are_items_with_their_comments(
        graph_server: FakeServer) -> None:
    app: GraphApp = graph_server.app  # type: ignore[assignment]
    populate_graph(app, posts=2, per_post=3)
    visit = app.add_post("Waarom staat de lantaarnpaal in de Dorpsstraat al weken uit?",
                         T0 + timedelta(hours=1), visitor=("v1", "Bezoeker Een"))
    app.add_comment(visit, "Bij ons ook!", T0 + timedelta(hours=2), ("u3", "Buur"))
    quiet = app.add_post("Mooie foto van de markt", T0 + timedelta(hours=3),
                         visitor=("v2", "Bezoeker Twee"))  # no comments yet
    conn = connector(graph_server)
    items, cursor = all_items(conn)
    by_id = {i.external_id: i for i in items}
    assert len(items) == 2 * 3 + 3  # the Page's posts are threads, not items
    post = by_id[visit]
    assert (post.kind, post.author_name, post.thread_external_id) == (
        ItemKind.COMMENT, "Bezoeker Een", visit)
    assert by_id[quiet].text == "Mooie foto van de markt"
    assert [i.text for i in items if i.thread_external_id == visit] == [post.text, "Bij ons ook!"]
    again, _ = all_items(conn, cursor)  # resumed: the visitor posts are not new again
    assert visit not in {i.external_id for i in again}
    assert conn.perform(ActionRequest(ActionKind.HIDE, visit)) == "is_hidden=true"
    assert app.nodes[visit]["hidden"]


def test_expired_token_is_auth_expired_and_scrubbed(graph_server: FakeServer) -> None:
    graph_server.expired = True
    with pytest.raises(AuthExpired) as err:
        all_items(connector(graph_server))
    assert "190" in str(err.value) and TOKEN not in str(err.value)


def test_throttle_then_success(graph_server: FakeServer) -> None:
    populate_graph(graph_server.app, posts=1, per_post=3)  # type: ignore[arg-type]
    graph_server.override("GET", "/feed", Resp(400, {"error": {
        "message": "(#32) Page request limit reached", "code": 32}},
        {"x-business-use-case-usage": '{"1000": [{"estimated_time_to_regain_access": 0}]}',
         "retry-after": "0.01"}), times=2)
    items, _ = all_items(connector(graph_server))
    assert len(items) == 3


def test_throttle_longer_than_max_wait_raises(graph_server: FakeServer) -> None:
    graph_server.override("GET", "/feed", Resp(429, {"error": {
        "message": "limit", "code": 4}}, {"retry-after": "3600"}))
    with pytest.raises(RateLimited) as err:
        all_items(connector(graph_server))
    assert err.value.retry_after > 3000


@pytest.mark.parametrize("resp", [
    Resp(200, b'{"data": [{"id": "1", "mess'),
    Resp(200, "<html><body>Sorry, something went wrong</body></html>",
         {"content-type": "text/html"}),
    Resp(200, {"data": [{"message": "no id", "created_time": "2026-11-20T09:00:00+0000"}]}),
    Resp(200, {"data": [{"id": 5, "message": ["list"], "created_time": "x"}]}),
    Resp(200, {"data": "not a list"}),
    Resp(200, {"data": [{"id": "1", "message": "x" * 10_500_000,
                         "created_time": "2026-11-20T09:00:00+0000"}]}),
])
def test_malformed_answers_are_clear_errors(graph_server: FakeServer, resp: Resp) -> None:
    populate_graph(graph_server.app, posts=1, per_post=1)  # type: ignore[arg-type]
    graph_server.override("GET", "/comments", resp)
    with pytest.raises(MalformedResponse) as err:
        all_items(connector(graph_server))
    assert "facebook/acc" in str(err.value)


def test_actions_hide_delete_reply_private_reply_dm(graph_server: FakeServer) -> None:
    app: GraphApp = graph_server.app  # type: ignore[assignment]
    populate_graph(app, posts=1, per_post=3)
    post = app.edges[f"{app.page_id}/posts"][0]
    c1, c2, c3 = app.edges[f"{post}/comments"][:3]
    mid = app.add_dm(app.page_id, ("p1", "Piet"), "Hallo?", T0)
    conv = f"t_{app.page_id}_p1"
    conn = connector(graph_server)
    hide = ActionRequest(ActionKind.HIDE, c1)
    assert conn.check(hide) is None
    assert conn.perform(hide) == "is_hidden=true" and app.nodes[c1]["hidden"]
    assert conn.check(hide) == "is_hidden=true"
    remove = ActionRequest(ActionKind.REMOVE, c2)
    assert conn.perform(remove) == "deleted" and conn.check(remove) == "deleted"
    reply = ActionRequest(ActionKind.REPLY, c3, post, "Dank voor je reactie!")
    assert conn.check(reply) is None
    ref = conn.perform(reply)
    assert conn.check(reply) == ref
    private = ActionRequest(ActionKind.DM_REPLY, c3, post, "Stuur ons een bericht")
    assert conn.check(private) is None
    conn.perform(private)
    assert conn.check(private) == f"t_{app.page_id}_{app.nodes[c3]['from']['id']}"
    dm = ActionRequest(ActionKind.DM_REPLY, mid, conv, "Om 19:00 uur")
    assert conn.check(dm) is None
    ref = conn.perform(dm)
    assert conn.check(dm) == ref
    assert conn.whoami() == "Gemeente Test"
