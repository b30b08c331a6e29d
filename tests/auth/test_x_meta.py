"""X (OAuth 2.0 with PKCE, rotating refresh tokens) and Meta (Facebook Login for desktop:
success-page redirect, long-lived user token, Page tokens, linked Instagram account)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from moderator.auth.connect import loopback_sign_in
from moderator.auth.endpoints import spec_for
from moderator.items import AuthState, Platform
from tests.connectors.conftest import T0, populate_graph
from tests.fakes.graph import GraphApp, V
from tests.fakes.oauth import Hosted, OAuthApp, browser_consent, query_of
from tests.fakes.server import FakeServer
from tests.fakes.x import XApp
from tests.helpers.signin import consent_in_background

if TYPE_CHECKING:
    from tests.helpers.signin import Desk


def x_app() -> XApp:
    app = XApp()
    app.page_size = 5
    now = datetime.now(UTC) - timedelta(days=1)
    root = app.add_tweet(app.me, "Wegwerkzaamheden A27 vanaf maandag", now)
    for n in range(30):
        uid = str(400 + n % 4)
        app.add_user(uid, f"Inwoner {n % 4}")
        app.add_tweet(uid, f"reactie {n}", now + timedelta(minutes=n), reply_to=root)
    return app


def test_x_pkce_sign_in_rotating_refresh_and_reconnect(desk: Desk) -> None:
    auth, app = OAuthApp("x"), x_app()
    with FakeServer(Hosted(auth, app), token="unused") as server:
        api = f"{server.url}/2"
        desk.registrations.set(Platform.X, auth.client_id, auth.client_secret)

        def sign_in() -> object:
            flow = desk.connect.sign_in(Platform.X, auth_base=server.url, api_base=api)
            # X matches the registered callback exactly; tests use a free port instead
            return loopback_sign_in(flow, consent_in_background, timeout=20, port=0)

        tokens = sign_in()
        authorize = next(p for name, p in auth.log if name == "authorize")
        assert authorize["code_challenge_method"] == "S256"
        assert "offline.access" in authorize["scope"].split()
        assert spec_for(Platform.X).fixed_port == 53682
        [choice] = desk.connect.choices(Platform.X, tokens, api)
        assert (choice.external_id, choice.detail) == (app.me, "@gemeente")
        account = desk.connect.connect(choice, tokens, api_base=api)

        auth.expire_after_calls = 3  # the two-hour token runs out in the middle
        [result] = desk.sync()
        assert result.error is None, result.error
        assert len(desk.items()) == 30
        refreshes = [p for name, p in auth.log if name == "token"
                     and p.get("grant_type") == "refresh_token"]
        assert len(refreshes) == 1
        # X rotates refresh tokens: the keyring holds the new one, the old is spent
        assert desk.vault.load(account.id).refresh_token in auth.refresh_tokens  # type: ignore[union-attr]

        auth.revoke_refresh()
        auth.expire_all()
        [result] = desk.sync()
        assert result.needs_reconnect
        items = len(desk.items())
        tokens = sign_in()
        [choice] = desk.connect.choices(Platform.X, tokens, api)
        again = desk.connect.connect(choice, tokens, account=desk.ws.accounts.get(account.id))
        assert again.id == account.id and again.auth_state is AuthState.OK
        assert len(desk.items()) == items
        [result] = desk.sync()
        assert result.error is None


@pytest.fixture
def meta() -> tuple[OAuthApp, GraphApp]:
    graph = GraphApp()
    populate_graph(graph, posts=3, per_post=8)
    populate_graph(graph, posts=2, per_post=5, owner=graph.ig_id)
    auth = OAuthApp("meta", pages=[{"id": graph.page_id, "name": "Gemeente Test",
                                    "ig": graph.ig_id, "ig_name": "gemeente.test"}])
    return auth, graph


def test_meta_success_page_long_lived_token_pages_and_instagram(
        desk: Desk, meta: tuple[OAuthApp, GraphApp]) -> None:
    auth, graph = meta
    with FakeServer(Hosted(auth, graph), token="unused") as server:
        api = f"{server.url}/{V}"
        desk.registrations.set(Platform.FACEBOOK, auth.client_id, auth.client_secret)
        flow = desk.connect.sign_in(Platform.FACEBOOK, auth_base=server.url, api_base=api)
        request = flow.start()
        sent = query_of(request.url)
        assert sent["response_type"] == "token"
        assert sent["redirect_uri"] == f"{server.url}/connect/login_success.html"
        landed = browser_consent(request.url)  # what the embedded window catches
        assert landed.startswith(flow.meta_success_url() + "#access_token=")
        tokens = flow.finish(request, landed)
        exchange = next(p for name, p in auth.log if name == "meta_exchange")
        assert exchange["grant_type"] == "fb_exchange_token"
        assert tokens.expires_at and tokens.expires_at > T0.timestamp()

        choices = desk.connect.choices(Platform.FACEBOOK, tokens, api)
        assert [(c.platform, c.external_id) for c in choices] == [
            (Platform.FACEBOOK, graph.page_id), (Platform.INSTAGRAM, graph.ig_id)]
        assert all(c.access_token and c.access_token != tokens.access_token for c in choices)
        page = desk.connect.connect(choices[0], tokens, api_base=api)
        insta = desk.connect.connect(choices[1], tokens, api_base=api)
        stored = desk.vault.load(page.id)
        assert stored is not None and stored.access_token == choices[0].access_token
        assert page.auth_expires_at is None  # Page tokens from a long-lived token: no end

        results = desk.sync()
        assert [r.error for r in results] == [None, None]
        items = len(desk.items())
        assert items == 3 * 8 + 2 * 5

        # The Page role is removed / the password changed: Graph answers 190 for the token.
        auth.issued.clear()
        results = desk.sync()
        assert all(r.needs_reconnect for r in results)
        assert desk.ws.accounts.get(page.id).needs_reconnect

        request = flow.start()
        tokens = flow.finish(request, browser_consent(request.url))
        choices = desk.connect.choices(Platform.FACEBOOK, tokens, api)
        desk.connect.connect(choices[0], tokens, account=desk.ws.accounts.get(page.id))
        desk.connect.connect(choices[1], tokens, account=desk.ws.accounts.get(insta.id))
        assert len(desk.items()) == items
        assert [r.error for r in desk.sync()] == [None, None]


def test_meta_refuses_forged_state(desk: Desk, meta: tuple[OAuthApp, GraphApp]) -> None:
    from moderator.auth.flow import SignInError

    auth, graph = meta
    with FakeServer(Hosted(auth, graph), token="unused") as server:
        desk.registrations.set(Platform.INSTAGRAM, auth.client_id, auth.client_secret)
        flow = desk.connect.sign_in(Platform.INSTAGRAM, auth_base=server.url,
                                    api_base=f"{server.url}/{V}")
        request = flow.start()
        landed = browser_consent(request.url).replace(request.state, "forged")
        with pytest.raises(SignInError) as err:
            flow.finish(request, landed)
        assert err.value.code == "state"
