"""YouTube through Google's installed-app OAuth: loopback + PKCE + state, pick, sync,
refresh in the middle of a sync, revoked refresh token, reconnect keeping everything."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from moderator.actions import ActionRequest
from moderator.auth.connect import loopback_sign_in
from moderator.items import ActionKind, AuthState, Platform
from tests.connectors.conftest import T0
from tests.fakes.oauth import Hosted, OAuthApp, query_of
from tests.fakes.server import FakeServer
from tests.fakes.youtube import YouTubeApp
from tests.helpers.signin import consent_in_background

if TYPE_CHECKING:
    from collections.abc import Iterator

    from tests.helpers.signin import Desk

import pytest


def channel(threads: int = 240) -> YouTubeApp:
    app = YouTubeApp()
    vid = app.add_video("Inloopavond A27")
    for n in range(threads):
        top = app.add_comment(vid, f"vraag {n}", T0 + timedelta(minutes=n),
                              (f"UC{n}", f"Kijker {n}"))
        for r in range(n % 5):  # more than two replies: the connector pages comments.list
            app.add_comment(vid, f"antwoord {n}.{r}", T0 + timedelta(minutes=n, seconds=r + 1),
                            (f"UCr{r}", f"Reageerder {r}"), parent=top)
    return app


@pytest.fixture
def google() -> Iterator[tuple[FakeServer, OAuthApp, YouTubeApp]]:
    auth, yt = OAuthApp("google"), channel()
    with FakeServer(Hosted(auth, yt), token="unused") as server:
        yield server, auth, yt


def sign_in(desk: Desk, server: FakeServer) -> tuple[object, str]:
    api = f"{server.url}/youtube/v3"
    flow = desk.connect.sign_in(Platform.YOUTUBE, auth_base=server.url, api_base=api)
    return loopback_sign_in(flow, consent_in_background, timeout=20), api


def test_sign_in_pick_sync_refresh_revoke_reconnect(
        desk: Desk, google: tuple[FakeServer, OAuthApp, YouTubeApp]) -> None:
    server, auth, yt = google
    desk.registrations.set(Platform.YOUTUBE, auth.client_id, auth.client_secret)

    tokens, api = sign_in(desk, server)
    authorize = next(p for name, p in auth.log if name == "authorize")
    assert authorize["code_challenge_method"] == "S256" and authorize["state"]
    assert authorize["redirect_uri"].startswith("http://127.0.0.1:")
    assert authorize["redirect_uri"].endswith("/callback")
    assert "youtube.force-ssl" in authorize["scope"]

    [choice] = desk.connect.choices(Platform.YOUTUBE, tokens, api)
    assert (choice.external_id, choice.name) == (yt.channel, "Gemeente Test")
    account = desk.connect.connect(choice, tokens, name="YouTube gemeente", api_base=api)
    assert account.external_id == yt.channel and account.auth_state is AuthState.OK

    # The access token dies after the 4th API call, in the middle of the first sync.
    auth.expire_after_calls = 4
    [result] = desk.sync()
    assert result.error is None, result.error
    want = {c["text"] for c in yt.comments.values()}
    assert {i.text for i in desk.items()} == want and len(want) > 500
    assert [p["grant_type"] for name, p in auth.log if name == "token"] == \
        ["authorization_code", "refresh_token"]
    assert desk.ws.accounts.get(account.id).auth_state is AuthState.OK

    # A moderator acts: the log grows; these must survive the reconnect.
    me = desk.ws.moderators.current("cm")
    first = desk.items()[0]
    desk.ws.actions.perform(me, ActionRequest(ActionKind.HIDE, first.id))
    items, log = len(desk.items()), desk.log_size()
    assert log > 0

    # The user revokes the app: the next refresh fails -> opnieuw koppelen nodig.
    auth.revoke_refresh()
    auth.expire_all()
    [result] = desk.sync()
    assert result.needs_reconnect and result.error
    assert desk.ws.accounts.get(account.id).needs_reconnect
    calls = len(server.log)
    [result] = desk.sync()  # skipped quietly: no request, no new error
    assert result.needs_reconnect and result.error is None and len(server.log) == calls

    # Reconnect: a new sign-in renews the same account in place.
    tokens2, _ = sign_in(desk, server)
    [choice] = desk.connect.choices(Platform.YOUTUBE, tokens2, api)
    again = desk.connect.connect(choice, tokens2, account=desk.ws.accounts.get(account.id))
    assert again.id == account.id and again.auth_state is AuthState.OK
    assert len(desk.items()) == items and desk.log_size() == log
    [result] = desk.sync()
    assert result.error is None and not result.needs_reconnect


def test_state_mismatch_and_refusal_are_clear(
        desk: Desk, google: tuple[FakeServer, OAuthApp, YouTubeApp]) -> None:
    from moderator.auth.flow import SignInError

    server, auth, _yt = google
    desk.registrations.set(Platform.YOUTUBE, auth.client_id, auth.client_secret)
    flow = desk.connect.sign_in(Platform.YOUTUBE, auth_base=server.url)
    request = flow.start("http://127.0.0.1:9/callback")
    assert query_of(request.url)["code_challenge"]
    with pytest.raises(SignInError) as err:
        flow.finish(request, "http://127.0.0.1:9/callback?code=x&state=forged")
    assert err.value.code == "state"
    with pytest.raises(SignInError) as err:
        flow.finish(request, f"http://127.0.0.1:9/callback?error=access_denied&state={request.state}")
    assert err.value.code == "denied"
