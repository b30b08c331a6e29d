from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import pytest

from moderator.connectors.base import (
    ActionNotAllowed,
    ActionRequest,
    AuthExpired,
    PermissionMissing,
    RateLimited,
)
from moderator.connectors.linkedin import LinkedInConnector
from moderator.connectors.tiktok import TikTokConnector
from moderator.items import ActionKind, ItemKind, Platform
from tests.connectors.conftest import T0, TOKEN, account, drain, fast, serve
from tests.fakes.linkedin import LinkedInApp, restli
from tests.fakes.server import Resp
from tests.fakes.tiktok import TikTokApp, tt

if TYPE_CHECKING:
    from collections.abc import Iterator

    from tests.fakes.server import FakeServer


# --- LinkedIn -----------------------------------------------------------------------------
@pytest.fixture
def li() -> Iterator[tuple[FakeServer, LinkedInApp, LinkedInConnector]]:
    app = LinkedInApp()
    with serve(app, "/rest") as server:
        acc = account(Platform.LINKEDIN, "5550001", server.api_base)  # type: ignore[attr-defined]
        conn = LinkedInConnector(acc, TOKEN, fast(), page_size=4)
        yield server, app, conn
        conn.close()


def populate_li(app: LinkedInApp) -> str:
    post = ""
    for p in range(3):
        post = app.add_post(f"Vacature {p}: beleidsmedewerker")
        for c in range(6):
            top = app.add_comment(post, f"vraag {p}.{c}", T0 + timedelta(minutes=c),
                                  f"urn:li:person:P{c}")
            if c % 2 == 0:
                app.add_comment(top, f"aanvulling {p}.{c}", T0 + timedelta(minutes=c, seconds=5),
                                f"urn:li:person:Q{c}")
    return post


def test_linkedin_comments_and_replies_with_offset_paging(li: tuple) -> None:
    server, app, conn = li
    populate_li(app)
    items, _ = drain(conn)
    assert len(items) == 3 * 9
    replies = [i for i in items if i.kind is ItemKind.REPLY]
    assert len(replies) == 9 and all(r.parent_external_id for r in replies)
    assert items[0].author_external_id.startswith("urn:li:person:")
    assert any(r.query.get("start") == "4" for r in server.log)  # second page of comments
    assert all(r.headers.get("linkedin-version") for r in server.log)
    assert all("%3A" in r.path or ":" not in r.path for r in server.log)  # URNs encoded
    assert conn.whoami() == "Gemeente Test"


def test_linkedin_reply_and_delete_own_only(li: tuple) -> None:
    _server, app, conn = li
    post = populate_li(app)
    theirs = next(u for u, c in app.comments_.items() if c["object"] == post)
    reply = ActionRequest(ActionKind.REPLY, theirs, post, "Solliciteren kan tot 1 december")
    assert conn.check(reply) is None
    ours = conn.perform(reply)
    assert conn.check(reply) == ours and app.comments_[ours]["actor"] == app.org
    with pytest.raises(ActionNotAllowed, match="only its own"):
        conn.perform(ActionRequest(ActionKind.REMOVE, theirs, post))
    assert conn.perform(ActionRequest(ActionKind.REMOVE, ours, post)) == "deleted"
    assert ours not in app.comments_ and theirs in app.comments_
    with pytest.raises(ActionNotAllowed, match="reply only"):
        conn.perform(ActionRequest(ActionKind.HIDE, theirs, post))


def test_linkedin_401_403_429(li: tuple) -> None:
    server, app, conn = li
    populate_li(app)
    server.override("GET", "/comments", restli(403, "ACCESS_DENIED", "Not enough permissions "
                                               "to access: socialActions.GET"), times=1)
    with pytest.raises(PermissionMissing, match="ACCESS_DENIED"):
        drain(conn)
    server.override("GET", "/posts", restli(429, "TOO_MANY_REQUESTS", "APPLICATION DAY limit"))
    with pytest.raises(RateLimited) as err:
        drain(conn)
    assert err.value.retry_after > 0  # no Retry-After: wait for midnight UTC
    server.overrides.clear()
    server.expired = True
    with pytest.raises(AuthExpired, match="EXPIRED_ACCESS_TOKEN") as auth:
        drain(conn)
    assert TOKEN not in str(auth.value)


# --- TikTok -------------------------------------------------------------------------------
@pytest.fixture
def tk() -> Iterator[tuple[FakeServer, TikTokApp, TikTokConnector]]:
    app = TikTokApp()
    with serve(app, "/open_api/v1.3") as server:
        acc = account(Platform.TIKTOK, app.business, server.api_base)  # type: ignore[attr-defined]
        conn = TikTokConnector(acc, TOKEN, fast())
        yield server, app, conn
        conn.close()


def populate_tk(app: TikTokApp, videos: int = 22, per_video: int = 35) -> None:
    for v in range(videos):
        vid = app.add_video(f"Afvalkalender {v}", T0 + timedelta(hours=v))
        for c in range(per_video):
            when = T0 + timedelta(hours=v, seconds=c)
            top = app.add_comment(vid, f"reactie {v}.{c}", when, f"user{c}", hidden=c == 5)
            if c % 10 == 0:
                app.add_comment(vid, f"antwoord {v}.{c}", when + timedelta(seconds=1),
                                "user99", parent=top)


def test_tiktok_videos_comments_replies_with_cursor_and_has_more(tk: tuple) -> None:
    server, app, conn = tk
    populate_tk(app)
    items, _ = drain(conn)
    assert len(items) == len(app.comments_) == 22 * 39
    assert sum(i.hidden_on_platform for i in items) == 22  # status=ALL includes hidden ones
    assert all(i.parent_external_id for i in items if i.kind is ItemKind.REPLY)
    cursors = [r.query.get("cursor") for r in server.log if r.path.endswith("video/list/")]
    assert cursors == ["0", "20"]  # max 20 videos per page
    assert any(r.query.get("cursor") == "30" for r in server.log
               if r.path.endswith("comment/list/"))
    assert all(r.headers.get("access-token") == TOKEN for r in server.log)


def test_tiktok_hide_unhide_reply(tk: tuple) -> None:
    _server, app, conn = tk
    populate_tk(app, videos=1, per_video=3)
    cid, c = next(iter(app.comments_.items()))
    hide = ActionRequest(ActionKind.HIDE, cid, c["video_id"])
    assert conn.check(hide) is None
    assert conn.perform(hide) == "hide" and c["status"] == "HIDDEN"
    assert conn.check(hide) == "hidden"
    assert conn.perform(ActionRequest(ActionKind.UNHIDE, cid, c["video_id"])) == "unhide"
    reply = ActionRequest(ActionKind.REPLY, cid, c["video_id"], "Ophalen is op dinsdag")
    assert conn.check(reply) is None
    ref = conn.perform(reply)
    assert conn.check(reply) == ref
    with pytest.raises(ActionNotAllowed, match="150"):
        conn.perform(ActionRequest(ActionKind.REPLY, cid, c["video_id"], "x" * 151))
    with pytest.raises(ActionNotAllowed):
        conn.perform(ActionRequest(ActionKind.REMOVE, cid, c["video_id"]))
    assert conn.whoami() == "Gemeente Test"


def test_tiktok_code_errors_in_http_200_and_429(tk: tuple) -> None:
    server, app, conn = tk
    populate_tk(app, videos=1, per_video=3)
    server.override("GET", "comment/list/", Resp(429, {"code": 40100, "message": "Too many"},
                                                 {"retry-after": "0.01"}), times=2)
    assert len(drain(conn)[0]) == 4
    server.override("GET", "comment/list/", tt(40100, "Too many requests"))
    with pytest.raises(RateLimited, match="40100"):
        drain(conn)
    server.overrides.clear()
    server.override("POST", "comment/hide/", tt(40001, "No permission"), times=1)
    with pytest.raises(PermissionMissing, match="40001"):
        conn.perform(ActionRequest(ActionKind.HIDE, next(iter(app.comments_)), "v"))
    server.expired = True
    with pytest.raises(AuthExpired, match="40105"):
        drain(conn)
