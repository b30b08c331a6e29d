"""The token provider on its own: refresh before expiry, use another process's refresh,
and a refused refresh ending in ReconnectNeeded."""

from __future__ import annotations

import time

import pytest

from moderator.auth.provider import ReconnectNeeded, TokenProvider, refresh_tokens
from moderator.auth.tokens import TokenSet, TokenVault
from moderator.items import AccountId, AccountInfo, Platform
from moderator.secrets import MemoryStore
from tests.fakes.oauth import Hosted, OAuthApp
from tests.fakes.server import FakeServer
from tests.fakes.youtube import YouTubeApp

ACCOUNT = AccountInfo(AccountId(7), Platform.YOUTUBE, "yt", "UCgemeente")


def issued(auth: OAuthApp, server: FakeServer) -> TokenSet:
    """A token set as a sign-in leaves it (one access token, one refresh token)."""
    body = auth._token_body(refresh=True)
    return TokenSet.from_response(body, token_url=f"{server.url}/token",
                                  client_id=auth.client_id)


def test_refreshes_shortly_before_expiry_and_records_it() -> None:
    auth = OAuthApp("google")
    with FakeServer(Hosted(auth, YouTubeApp()), token="unused") as server:
        vault = TokenVault(MemoryStore())
        first = issued(auth, server)
        vault.save(ACCOUNT.id, first)
        now = [time.time()]
        renewed: list[TokenSet] = []
        provider = TokenProvider(ACCOUNT, vault, on_renewed=renewed.append,
                                 refresh=lambda t: refresh_tokens(t, auth.client_secret),
                                 clock=lambda: now[0])
        assert provider.token() == first.access_token  # an hour left: no refresh
        now[0] += 3600 - 200  # 200 s left, within the 5-minute margin
        fresh = provider.token()
        assert fresh != first.access_token and auth.valid(fresh)
        assert [t.access_token for t in renewed] == [fresh]
        stored = vault.load(ACCOUNT.id)
        assert stored is not None and stored.access_token == fresh
        assert stored.refresh_token == first.refresh_token  # Google keeps the refresh token
        now[0] = time.time()
        assert provider.token() == fresh  # not again


def test_uses_a_token_another_process_refreshed() -> None:
    vault = TokenVault(MemoryStore())
    old = TokenSet("OLD", "RT", time.time() + 3600, token_url="http://127.0.0.1:9/token",
                   client_id="c")
    vault.save(ACCOUNT.id, old)
    calls: list[TokenSet] = []
    provider = TokenProvider(ACCOUNT, vault, refresh=lambda t: calls.append(t) or t)  # type: ignore[func-returns-value]
    vault.save(ACCOUNT.id, TokenSet("NEW", "RT2", time.time() + 3600,
                                    token_url=old.token_url, client_id="c"))
    assert provider.renew("OLD") == "NEW" and calls == []  # no refresh spent


def test_refused_refresh_needs_a_reconnect() -> None:
    auth = OAuthApp("google")
    with FakeServer(Hosted(auth, YouTubeApp()), token="unused") as server:
        tokens = issued(auth, server)
        auth.revoke_refresh()
        with pytest.raises(ReconnectNeeded, match="invalid_grant"):
            refresh_tokens(tokens, auth.client_secret)
    assert not TokenSet("bare").refreshable
    with pytest.raises(ReconnectNeeded):
        refresh_tokens(TokenSet("bare"))


def test_keyring_entry_round_trip_and_legacy_tokens() -> None:
    t = TokenSet("A", "R", 100.0, 200.0, "https://t", "cid", "s", subject="open-1")
    assert TokenSet.from_secret(t.to_secret()) == t
    legacy = TokenSet.from_secret("EAAB-pasted-token")
    assert (legacy.access_token, legacy.refreshable, legacy.flavour) == (
        "EAAB-pasted-token", False, "manual")
