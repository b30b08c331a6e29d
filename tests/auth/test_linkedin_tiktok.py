"""LinkedIn (native-app flow: loopback + PKCE, 60-day tokens, partner refresh tokens) and
TikTok (Business API token calls with the secret, JSON answers, 24-hour tokens) signed in
against fake authorization servers, then synced through an expiring token and
reconnected after a refused refresh."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from moderator.auth.connect import loopback_sign_in
from moderator.items import Platform
from tests.connectors.test_cli import tiktok_app
from tests.connectors.test_linkedin_tiktok import populate_li
from tests.fakes.linkedin import LinkedInApp
from tests.fakes.oauth import Hosted, OAuthApp
from tests.fakes.server import FakeServer
from tests.helpers.signin import consent_in_background

if TYPE_CHECKING:
    from tests.helpers.signin import Desk


@pytest.mark.parametrize("platform", [Platform.LINKEDIN, Platform.TIKTOK])
def test_sign_in_sync_refresh_and_reconnect(desk: Desk, platform: Platform) -> None:
    if platform is Platform.LINKEDIN:
        api_app: object = LinkedInApp()
        populate_li(api_app)  # type: ignore[arg-type]
        auth, prefix, secret = OAuthApp("linkedin"), "/rest", ""
    else:
        api_app = tiktok_app()
        auth, prefix = OAuthApp("tiktok"), "/open_api/v1.3"
        secret = auth.client_secret
    with FakeServer(Hosted(auth, api_app), token="unused") as server:
        api = server.url + prefix
        desk.registrations.set(platform, auth.client_id, secret)

        def sign_in() -> object:
            flow = desk.connect.sign_in(platform, auth_base=server.url, api_base=api)
            return loopback_sign_in(flow, consent_in_background, timeout=20)

        tokens = sign_in()
        [choice] = desk.connect.choices(platform, tokens, api)
        assert choice.name == "Gemeente Test"
        account = desk.connect.connect(choice, tokens, api_base=api)
        assert account.auth_expires_at is not None  # the 365-day refresh token's end
        auth.expire_after_calls = auth.api_calls + 2  # in the middle of the sync
        [result] = desk.sync()
        assert result.error is None, result.error
        items = len(desk.items())
        assert items > 0
        assert any(name in ("token", "tt_refresh") and p.get("grant_type") == "refresh_token"
                   for name, p in auth.log)
        auth.revoke_refresh()
        auth.expire_all()
        [result] = desk.sync()
        assert result.needs_reconnect
        tokens = sign_in()
        [choice] = desk.connect.choices(platform, tokens, api)
        again = desk.connect.connect(choice, tokens, account=desk.ws.accounts.get(account.id))
        assert again.id == account.id and not again.needs_reconnect
        assert len(desk.items()) == items
        [result] = desk.sync()
        assert result.error is None
