from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from moderator.connectors.base import ActionNotAllowed, ActionRequest, AuthExpired, RateLimited
from moderator.connectors.x import XConnector
from moderator.items import ActionKind, ItemKind, Platform
from tests.connectors.conftest import TOKEN, account, drain, fast, serve
from tests.fakes.server import Resp
from tests.fakes.x import XApp

if TYPE_CHECKING:
    from collections.abc import Iterator

    from tests.fakes.server import FakeServer


@pytest.fixture
def xs() -> Iterator[tuple[FakeServer, XApp, XConnector]]:
    app = XApp()
    app.page_size = 5
    with serve(app, "/2") as server:
        conn = XConnector(account(Platform.X, app.me, server.api_base),  # type: ignore[attr-defined]
                          TOKEN, fast(), own_posts=5)
        yield server, app, conn
        conn.close()


def populate(app: XApp) -> tuple[str, str]:
    now = datetime.now(UTC) - timedelta(days=1)  # recent search covers the last 7 days
    root = app.add_tweet(app.me, "Wegwerkzaamheden A27 vanaf maandag", now)
    other = app.add_tweet("900", "Iets anders", now)
    for n in range(12):
        uid = str(400 + n % 4)
        app.add_user(uid, f"Inwoner {n % 4}")
        parent = app.add_tweet(uid, f"reactie {n}", now + timedelta(minutes=n), reply_to=root)
        if n % 3 == 0:
            app.add_tweet("401", f"antwoord op {n}", now + timedelta(minutes=n, seconds=30),
                          reply_to=parent)
    for n in range(7):
        app.add_user(str(500 + n), f"Melder {n}")
        app.add_tweet(str(500 + n), f"@gemeente kuil in de weg {n}", now + timedelta(hours=n))
    app.add_dm("944", "Mijn container is niet geleegd", now)
    app.add_dm("945", "Wanneer is de markt?", now + timedelta(minutes=5))
    return root, other


def test_replies_mentions_and_dms_with_tokens_and_includes(xs: tuple) -> None:
    server, app, conn = xs
    root, _ = populate(app)
    items, _ = drain(conn)
    replies = [i for i in items if i.thread_external_id == root and i.kind is ItemKind.REPLY]
    assert len(replies) == 16 and all(r.parent_external_id for r in replies)
    assert {r.author_name for r in replies} >= {"Inwoner 0", "Inwoner 3"}  # includes.users
    mentions = [i for i in items if i.text.startswith("@gemeente")]
    assert len(mentions) == 7 and mentions[0].author_name.startswith("Melder")
    dms = [i for i in items if i.kind is ItemKind.DM]
    assert sorted(d.text for d in dms) == ["Mijn container is niet geleegd",
                                           "Wanneer is de markt?"]
    assert any("next_token" in r.query for r in server.log)  # search paging
    assert any("pagination_token" in r.query for r in server.log)  # mentions paging
    searches = [r.query["query"] for r in server.log if r.path.endswith("search/recent")]
    assert searches and all(q == f"conversation_id:{root}" for q in searches)


def test_mentions_in_others_threads_are_not_offered_hiding(xs: tuple) -> None:
    from moderator.platforms import allows

    _server, app, conn = xs
    root, other = populate(app)
    app.add_user("402", "Inwoner 2")
    elsewhere = app.add_tweet("402", "@gemeente kijk eens hier", datetime.now(UTC),
                              reply_to=other)  # a reply in someone else's conversation
    ours = app.add_tweet("403", "@gemeente en bij ons?", datetime.now(UTC), reply_to=root)
    items = {i.external_id: i for i in drain(conn)[0]}
    assert items[elsewhere].kind is ItemKind.MENTION
    assert items[ours].kind is ItemKind.REPLY  # a mention inside our own conversation
    assert not allows(Platform.X, ItemKind.MENTION, ActionKind.HIDE)
    assert allows(Platform.X, ItemKind.MENTION, ActionKind.REPLY)
    assert allows(Platform.X, ItemKind.REPLY, ActionKind.HIDE)


def test_hide_unhide_reply_and_dm(xs: tuple) -> None:
    _server, app, conn = xs
    root, other = populate(app)
    reply = next(t for t in app.tweets.values() if t["reply_to"] == root)["id"]
    assert conn.perform(ActionRequest(ActionKind.HIDE, reply)) == "hidden=true"
    assert app.tweets[reply]["hidden"]
    assert conn.perform(ActionRequest(ActionKind.UNHIDE, reply)) == "hidden=false"
    foreign = app.add_tweet("402", "antwoord elders", datetime.now(UTC), reply_to=other)
    with pytest.raises(ActionNotAllowed, match="conversations you started"):
        conn.perform(ActionRequest(ActionKind.HIDE, foreign))
    with pytest.raises(ActionNotAllowed):
        conn.perform(ActionRequest(ActionKind.REMOVE, reply))
    answer = ActionRequest(ActionKind.REPLY, reply, root, "Dank, we kijken ernaar")
    assert conn.check(answer) is None
    ref = conn.perform(answer)
    assert conn.check(answer) == ref
    conv = app.dms[0]["dm_conversation_id"]
    dm = ActionRequest(ActionKind.DM_REPLY, app.dms[0]["id"], conv, "We sturen iemand")
    assert conn.check(dm) is None
    ref = conn.perform(dm)
    assert conn.check(dm) == ref and app.applied[("dm", "We sturen iemand")] == 1
    assert conn.whoami() == "@gemeente"


def test_429_with_rate_limit_reset_and_expired_token(xs: tuple) -> None:
    server, app, conn = xs
    populate(app)
    soon = str(int(time.time()))  # reset is now: wait ~0 s and retry
    server.override("GET", "/mentions", Resp(429, {"errors": [
        {"code": 88, "message": "Rate limit exceeded"}]}, {"x-rate-limit-reset": soon}), times=1)
    assert len(drain(conn)[0]) > 20
    later = str(int(time.time()) + 900)
    server.override("GET", "/mentions", Resp(429, {"errors": [
        {"code": 88, "message": "Rate limit exceeded"}]}, {"x-rate-limit-reset": later}))
    with pytest.raises(RateLimited, match="Rate limit exceeded") as err:
        drain(conn)
    assert 800 < err.value.retry_after <= 900
    server.overrides.clear()
    server.expired = True
    with pytest.raises(AuthExpired):
        drain(conn)
