"""Malformed answers on more platforms, and reconciliation of hides/deletions done elsewhere."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import pytest

from moderator.connectors.linkedin import LinkedInConnector
from moderator.connectors.tiktok import TikTokConnector
from moderator.connectors.x import XConnector
from moderator.connectors.youtube import YouTubeConnector
from moderator.items import Platform, Status
from moderator.sync import SyncService
from tests.connectors.conftest import T0, TOKEN, fast, serve
from tests.connectors.wsutil import stored
from tests.fakes.linkedin import LinkedInApp
from tests.fakes.server import Resp
from tests.fakes.tiktok import TikTokApp
from tests.fakes.x import XApp
from tests.fakes.youtube import YouTubeApp

if TYPE_CHECKING:
    from collections.abc import Callable

    from moderator.workspace import Workspace

HTML = Resp(200, "<!DOCTYPE html><html><body>Er ging iets mis</body></html>",
            {"content-type": "text/html"})


def _yt() -> tuple[Any, str, str, str, Callable[..., Any]]:
    app = YouTubeApp()
    vid = app.add_video("Raad")
    app.add_comment(vid, "hallo", T0, ("UCa", "@a"))
    return app, "/youtube/v3", app.channel, "/commentThreads", YouTubeConnector


def _tk() -> tuple[Any, str, str, str, Callable[..., Any]]:
    app = TikTokApp()
    vid = app.add_video("Afval", T0)
    app.add_comment(vid, "hallo", T0, "u1")
    return app, "/open_api/v1.3", app.business, "comment/list/", TikTokConnector


def _x() -> tuple[Any, str, str, str, Callable[..., Any]]:
    app = XApp()
    app.add_user("400", "Inwoner")
    app.add_tweet("400", "@gemeente hallo", datetime.now(UTC))
    return app, "/2", app.me, "/mentions", XConnector


def _li() -> tuple[Any, str, str, str, Callable[..., Any]]:
    app = LinkedInApp()
    post = app.add_post("Vacature")
    app.add_comment(post, "hallo", T0, "urn:li:person:A")
    return app, "/rest", "5550001", "/comments", LinkedInConnector


BAD = {
    "truncated": Resp(200, b'{"items": [{"id": "1", "snip'),
    "html": HTML,
    "html_502": Resp(502, "<html><h1>502 Bad Gateway</h1></html>", {"content-type": "text/html"}),
    "missing": {"youtube": {"items": [{"snippet": {}}]},
                "tiktok": {"code": 0, "data": {"comments": [{"text": "geen id"}]}},
                "x": {"data": [{"text": "geen id", "created_at": "2026-11-20T12:00:00.000Z"}]},
                "linkedin": {"elements": [{"message": {"text": "geen urn"}}]}},
    "wrong_type": {"youtube": {"items": "veel"},
                   "tiktok": {"code": 0, "data": {"comments": [{"comment_id": ["7"],
                                                                "create_time": "gisteren"}]}},
                   "x": {"data": [{"id": 5, "text": 7, "created_at": 1}]},
                   "linkedin": {"elements": [{"commentUrn": "u", "actor": "a",
                                              "created": {"time": "vandaag"}}]}},
}


@pytest.mark.parametrize("kind", list(BAD))
@pytest.mark.parametrize("platform", ["youtube", "tiktok", "x", "linkedin"])
def test_malformed_answer_is_a_clear_per_account_error(sqlite_ws: Workspace, platform: str,
                                                       kind: str) -> None:
    app, prefix, ext, path, cls = {"youtube": _yt, "tiktok": _tk, "x": _x,
                                   "linkedin": _li}[platform]()
    bad = BAD[kind]
    resp = bad if isinstance(bad, Resp) else Resp(200, bad[platform])
    good = YouTubeApp(channel="UCgoed")
    good.add_comment(good.add_video("v"), "werkt", T0, ("UCb", "@b"))
    with serve(app, prefix) as server, serve(good, "/youtube/v3") as ok:
        server.override("GET", path, resp)
        broken = sqlite_ws.accounts.add(Platform(platform), "kapot", ext,
                                        api_base=server.api_base)  # type: ignore[attr-defined]
        fine = sqlite_ws.accounts.add(Platform.YOUTUBE, "goed", good.channel,
                                      api_base=ok.api_base)  # type: ignore[attr-defined]
        opened = {broken.id: cls, fine.id: YouTubeConnector}
        service = SyncService(sqlite_ws.ingest, sqlite_ws.cursors,
                              lambda a: opened[a.id](a, TOKEN, fast()))
        r1, r2 = service.run([broken, fine])
    assert r1.error and r1.error.startswith(f"{platform}/kapot:"), r1.error
    assert "unexpected" not in r1.error  # a MalformedResponse/HTTP error, not a crash
    assert any(w in r1.error for w in ("not valid JSON", "missing", "should be", "expected",
                                       "not a valid time", "HTTP 502")), r1.error
    assert r2.error is None and [i.text for i in stored(sqlite_ws)] == ["werkt"]


# --- reconciliation -----------------------------------------------------------------------
def _status(ws: Workspace) -> dict[str, Status]:
    return {i.text: i.status for i in stored(ws)}


def test_tiktok_hidden_and_deleted_elsewhere_are_reflected_on_next_sync(
        sqlite_ws: Workspace) -> None:
    app = TikTokApp()
    vid = app.add_video("Afval", T0)
    ids = [app.add_comment(vid, f"reactie {n}", T0 + timedelta(seconds=n), f"u{n}")
           for n in range(40)]
    with serve(app, "/open_api/v1.3") as server:
        acc = sqlite_ws.accounts.add(Platform.TIKTOK, "tt", app.business,
                                     api_base=server.api_base)  # type: ignore[attr-defined]
        service = SyncService(sqlite_ws.ingest, sqlite_ws.cursors,
                              lambda a: TikTokConnector(a, TOKEN, fast()),
                              index=sqlite_ws.ingest)
        assert service.run([acc])[0].error is None
        assert set(_status(sqlite_ws).values()) == {Status.NEW}
        app.comments_[ids[3]]["status"] = "HIDDEN"  # hidden in the TikTok app by a colleague
        del app.comments_[ids[35]]  # deleted by its author, on the second page
        result = service.run([acc])[0]
    assert result.error is None and result.gone == 1
    status = _status(sqlite_ws)
    assert status["reactie 3"] is Status.HIDDEN and status["reactie 35"] is Status.REMOVED
    assert sum(s is Status.NEW for s in status.values()) == 38


def test_youtube_rejected_elsewhere_disappears_and_is_reconciled_on_full_sync(
        sqlite_ws: Workspace) -> None:
    app = YouTubeApp()
    vid = app.add_video("Raad")
    top = app.add_comment(vid, "vraag", T0, ("UCa", "@a"))
    reply = app.add_comment(vid, "spam", T0 + timedelta(seconds=1), ("UCs", "@s"), parent=top,
                            status="likelySpam")
    app.add_comment(vid, "ander", T0 + timedelta(seconds=2), ("UCb", "@b"))
    with serve(app, "/youtube/v3") as server:
        acc = sqlite_ws.accounts.add(Platform.YOUTUBE, "yt", app.channel,
                                     api_base=server.api_base)  # type: ignore[attr-defined]
        service = SyncService(sqlite_ws.ingest, sqlite_ws.cursors,
                              lambda a: YouTubeConnector(a, TOKEN, fast()),
                              index=sqlite_ws.ingest)
        assert service.run([acc])[0].gone == 0
        assert _status(sqlite_ws)["spam"] is Status.NEW  # likely spam: work for a moderator
        app.comments[reply]["status"] = "rejected"  # rejected in YouTube Studio
        assert service.run([acc])[0].gone == 0  # incremental: no full listing, no guess
        assert service.run([acc], full=True)[0].gone == 1
    status = _status(sqlite_ws)
    assert status == {"vraag": Status.NEW, "spam": Status.REMOVED, "ander": Status.NEW}


def test_without_index_nothing_is_guessed(sqlite_ws: Workspace) -> None:
    app = LinkedInApp()
    post = app.add_post("Vacature")
    urn = app.add_comment(post, "vraag", T0, "urn:li:person:A")
    with serve(app, "/rest") as server:
        acc = sqlite_ws.accounts.add(Platform.LINKEDIN, "li", "5550001",
                                     api_base=server.api_base)  # type: ignore[attr-defined]
        service = SyncService(sqlite_ws.ingest, sqlite_ws.cursors,
                              lambda a: LinkedInConnector(a, TOKEN, fast()))
        service.run([acc])
        del app.comments_[urn]
        assert service.run([acc])[0].gone == 0
    assert _status(sqlite_ws) == {"vraag": Status.NEW}
