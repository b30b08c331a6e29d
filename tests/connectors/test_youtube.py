from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import pytest

from moderator import platforms
from moderator.capabilities import Call, Refusal
from moderator.connectors.base import ActionRequest, AuthExpired, PermissionMissing, RateLimited
from moderator.connectors.quota import QuotaLedger
from moderator.connectors.youtube import YouTubeConnector
from moderator.items import ActionKind, ItemKind, Platform, Status
from moderator.ruleset import active_ruleset
from moderator.sync import SyncService
from moderator.workspace import Workspace
from tests.connectors.conftest import T0, TOKEN, account, drain, fast, serve
from tests.connectors.wsutil import stored
from tests.fakes.youtube import YouTubeApp, gerr
from tests.helpers.cli import run_cli

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from tests.fakes.server import FakeServer

PREFIX = "/youtube/v3"


def populate(app: YouTubeApp, videos: int = 3, per_video: int = 10) -> None:
    for v in range(videos):
        vid = app.add_video(f"Raadsvergadering {v}")
        for c in range(per_video):
            when = T0 + timedelta(minutes=v * 60 + c)
            status = {3: "heldForReview", 7: "likelySpam"}.get(c, "published")
            top = app.add_comment(vid, f"reactie {v}.{c}", when, (f"UCu{c}", f"@kijker{c}"),
                                  status=status)
            for r in range(c % 5):  # up to 4 replies: more than the 2 a thread carries inline
                app.add_comment(vid, f"antwoord {v}.{c}.{r}", when + timedelta(seconds=r + 1),
                                (f"UCr{r}", f"@ander{r}"), parent=top)


@pytest.fixture
def yt() -> Iterator[tuple[FakeServer, YouTubeApp]]:
    app = YouTubeApp()
    with serve(app, PREFIX) as server:
        yield server, app


def connector(server: FakeServer, quota: QuotaLedger | None = None) -> YouTubeConnector:
    app: YouTubeApp = server.app  # type: ignore[assignment]
    acc = account(Platform.YOUTUBE, app.channel, server.api_base)  # type: ignore[attr-defined]
    return YouTubeConnector(acc, TOKEN, fast(), quota=quota, page_size=4)


def test_threads_by_status_with_page_tokens_and_all_replies(yt: tuple) -> None:
    server, app = yt
    populate(app)
    ledger = QuotaLedger()
    items, _ = drain(connector(server, ledger))
    assert {i.external_id for i in items} == set(app.comments)
    held = [i for i in items if app.comments[i.external_id]["status"] != "published"]
    assert len({i.external_id for i in held}) == 6
    # held for review / likely spam need a decision: work, not hidden on the platform
    assert not any(i.hidden_on_platform for i in items)
    replies = [i for i in items if i.kind is ItemKind.REPLY]
    assert replies and all(r.parent_external_id and r.external_id.startswith(
        r.parent_external_id + ".") for r in replies)
    assert any("pageToken" in r.query for r in server.log if r.path.endswith("commentThreads"))
    assert any("parentId" in r.query for r in server.log)  # 3-4 replies > 2 inline
    # quota: exactly one unit per list page, counted on our side like on the server
    assert ledger.status().used == app.used == len(server.log)


def test_moderation_maps_to_set_moderation_status_and_costs_50(yt: tuple) -> None:
    server, app = yt
    populate(app, videos=1, per_video=4)
    ledger = QuotaLedger()
    conn = connector(server, ledger)
    held = next(c for c in app.comments if app.comments[c]["status"] == "heldForReview")
    spam = next(c for c, v in app.comments.items() if v["parent"] is None and c != held)
    assert conn.perform(ActionRequest(ActionKind.UNHIDE, held)) == "published"  # approve
    assert app.comments[held]["status"] == "published"
    assert conn.perform(ActionRequest(ActionKind.HIDE, held)) == "heldForReview"
    removed = conn.perform(ActionRequest(ActionKind.REMOVE, spam, ban_author=True))
    assert removed == "rejected" and app.comments[spam]["status"] == "rejected"
    assert app.comments[spam]["author"][0] in app.banned
    reply = ActionRequest(ActionKind.REPLY, held, "", "Dank voor je vraag")
    assert conn.check(reply) is None
    ref = conn.perform(reply)
    assert conn.check(reply) == ref and ref.startswith(held + ".")
    assert ledger.status().used == 4 * 50 + 2  # four writes, two comments.list pages
    assert app.used == ledger.status().used
    sent = [r for r in server.log if r.path.endswith("setModerationStatus")]
    assert [r.query.get("banAuthor") for r in sent] == [None, None, "true"]


def test_daily_budget_is_visible_and_exhaustion_is_a_clear_error(yt: tuple) -> None:
    server, app = yt
    populate(app, videos=1, per_video=2)
    ledger = QuotaLedger(budget=60)
    conn = connector(server, ledger)
    drain(conn)
    before = ledger.status()
    assert before.used == 3 and before.left == 57  # one page per moderation status
    conn.perform(ActionRequest(ActionKind.HIDE, next(iter(app.comments))))
    requests = len(server.log)
    with pytest.raises(RateLimited) as err:
        conn.perform(ActionRequest(ActionKind.UNHIDE, next(iter(app.comments))))
    message = str(err.value)
    assert "needs 50 units" in message and "of the daily 60" in message and "resets" in message
    assert err.value.retry_after > 0 and len(server.log) == requests  # nothing was sent
    # the server's own refusal (another app sharing the project) is understood too
    app.budget = app.used
    with pytest.raises(RateLimited, match="quotaExceeded") as err2:
        drain(connector(server))
    assert err2.value.retry_after >= 3600


def test_expired_token_429_and_permission_errors(yt: tuple) -> None:
    server, app = yt
    populate(app, videos=1, per_video=2)
    server.override("GET", "/commentThreads", gerr(429, "rateLimitExceeded", "slow down",
                                                   {"retry-after": "0.01"}), times=2)
    assert len(drain(connector(server))[0]) == 3
    server.override("POST", "/setModerationStatus", gerr(403, "forbidden", "insufficient"))
    with pytest.raises(PermissionMissing):
        connector(server).perform(ActionRequest(ActionKind.HIDE, next(iter(app.comments))))
    server.expired = True
    with pytest.raises(AuthExpired, match="authError"):
        drain(connector(server))


def test_held_items_reach_the_queue_as_open_work(sqlite_ws: Workspace, yt: tuple) -> None:
    server, app = yt
    populate(app, videos=1, per_video=8)
    acc = sqlite_ws.accounts.add(Platform.YOUTUBE, "kanaal", app.channel,
                                 api_base=server.api_base)  # type: ignore[attr-defined]
    service = SyncService(sqlite_ws.ingest, sqlite_ws.cursors,
                          lambda a: YouTubeConnector(a, TOKEN, fast(), page_size=4))
    assert service.run([acc])[0].error is None
    by_text = {i.text: i for i in stored(sqlite_ws)}
    waiting = [c["text"] for c in app.comments.values() if c["status"] != "published"]
    assert len(waiting) == 2
    assert all(by_text[t].status in (Status.NEW, Status.FLAGGED) for t in waiting)


def test_ban_author_from_the_cli_rejects_and_bans_once_where_only_youtube_offers_it(
        tmp_path: Path, yt: tuple) -> None:
    server, app = yt
    populate(app, videos=1, per_video=4)
    ws_dir = str(tmp_path / "ws")
    env = {"PYTHON_KEYRING_BACKEND": "tests.fakes.keyring_backend.FileKeyring",
           "MODERATOR_TEST_KEYRING": str(tmp_path / "keyring.json")}
    added = run_cli("account", "add", "--workspace", ws_dir, "--platform", "youtube", "--name",
                    "kanaal", "--external-id", app.channel, "--api-base",
                    server.api_base, "--token-stdin", env=env, stdin=TOKEN + "\n")
    assert added.returncode == 0, added.stderr
    assert run_cli("sync", "--workspace", ws_dir, env=env).returncode == 0
    with Workspace.open(workspace=ws_dir) as ws:
        item = next(i for i in stored(ws) if i.text == "reactie 0.1")
        rule = active_ruleset(ws).rules[0].id
    for other in (Platform.FACEBOOK, Platform.INSTAGRAM, Platform.X, Platform.TIKTOK):
        assert platforms.spec(other).capabilities.refusal(Call.BAN, ItemKind.COMMENT) \
            is Refusal.PLATFORM  # YouTube alone can block an author with the removal
    done = run_cli("action", "ban", str(item.id), "--rule", rule, "--workspace", ws_dir, env=env)
    assert done.returncode == 0, done.stderr
    sent = run_cli("outbox", "run", "--workspace", ws_dir, env=env)
    assert "1 sent" in sent.stdout, sent.stderr
    cid = next(k for k, c in app.comments.items() if c["text"] == "reactie 0.1")
    assert app.applied["rejected", cid] == 1
    assert app.comments[cid]["author"][0] in app.banned
    with Workspace.open(workspace=ws_dir) as ws:
        assert ws.queue.detail(item.id).item.status is Status.REMOVED
