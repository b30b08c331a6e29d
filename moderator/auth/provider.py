"""Access tokens that stay alive: refresh before expiry, renew once when refused.

A :class:`TokenProvider` is the :class:`~moderator.connectors.http.TokenSource` of one
account. It refreshes the access token shortly before its stated expiry and, when a
platform refuses a token anyway, refreshes once more. A refresh the platform refuses
(``invalid_grant``: revoked, expired, or the password changed) ends in
:class:`ReconnectNeeded`; sync then marks the account *opnieuw koppelen nodig*.

Two processes (the app and ``moderator worker``) may hold the same account. Before it
refreshes, the provider reads the keyring again: when the other process already stored a
newer token, that one is used, so a rotating refresh token (X) is spent only once.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

import httpx
from authlib.common.errors import AuthlibBaseError
from authlib.integrations.httpx_client import OAuth2Client

from moderator.auth.flow import SignInError, tiktok_tokens
from moderator.auth.tokens import REFRESH_MARGIN, TokenSet
from moderator.connectors.base import AuthExpired, TransientError

if TYPE_CHECKING:
    from collections.abc import Callable

    from moderator.auth.tokens import TokenVault
    from moderator.items import AccountInfo

log = logging.getLogger("moderator.auth")
#: Token endpoint answers that mean the grant is gone for good (RFC 6749 section 5.2).
_DEAD = {"invalid_grant", "invalid_client", "unauthorized_client", "invalid_scope"}


class ReconnectNeeded(AuthExpired):
    """The login can no longer be renewed without the user: *opnieuw koppelen nodig*."""


def refresh_tokens(tokens: TokenSet, client_secret: str = "", *,
                   client_auth: str = "client_secret_post",
                   transport: httpx.BaseTransport | None = None,
                   timeout: float = 30.0) -> TokenSet:
    """Redeem the refresh token at the endpoint it came from.

    Raises:
        ReconnectNeeded: The platform refused the refresh token.
        TransientError: The token endpoint could not be reached or failed (5xx).
    """
    if not tokens.refreshable:
        raise ReconnectNeeded("the login cannot be renewed automatically; connect again")
    if tokens.flavour == "tiktok":
        return _refresh_tiktok(tokens, client_secret, transport, timeout)
    client = OAuth2Client(client_id=tokens.client_id, client_secret=client_secret or None,
                          token_endpoint_auth_method=client_auth if client_secret else "none",
                          transport=transport, timeout=timeout)
    try:
        with client:
            body: Any = client.refresh_token(tokens.token_url, refresh_token=tokens.refresh_token)
    except AuthlibBaseError as exc:
        error = str(getattr(exc, "error", "") or "")
        if error in _DEAD:
            raise ReconnectNeeded(f"the platform refused to renew the login ({error}); "
                                  "connect again") from None
        raise TransientError(f"token refresh failed ({error or type(exc).__name__})") from None
    except (httpx.HTTPError, ValueError) as exc:
        raise TransientError(f"token endpoint unreachable or failing "
                             f"({type(exc).__name__})") from None
    return TokenSet.from_response(dict(body), token_url=tokens.token_url,
                                  client_id=tokens.client_id, previous=tokens)


def _refresh_tiktok(tokens: TokenSet, secret: str, transport: httpx.BaseTransport | None,
                    timeout: float) -> TokenSet:
    url = tokens.token_url.replace("/oauth2/token/", "/oauth2/refresh_token/")
    try:
        with httpx.Client(transport=transport, timeout=timeout) as client:
            resp = client.post(url, json={"client_id": tokens.client_id,
                                          "client_secret": secret,
                                          "grant_type": "refresh_token",
                                          "refresh_token": tokens.refresh_token})
        body = resp.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise TransientError(f"TikTok token endpoint unreachable ({type(exc).__name__})") \
            from None
    try:
        return tiktok_tokens(body if isinstance(body, dict) else {}, tokens.token_url,
                             tokens.client_id, previous=tokens)
    except SignInError as exc:
        raise ReconnectNeeded(f"TikTok refused to renew the login ({exc}); connect again") \
            from None


class TokenProvider:
    """The live access token of one account (a connector's token source)."""

    def __init__(self, account: AccountInfo, vault: TokenVault, *,
                 refresh: Callable[[TokenSet], TokenSet],
                 on_renewed: Callable[[TokenSet], None] | None = None,
                 margin: float = REFRESH_MARGIN, clock: Callable[[], float] | None = None) -> None:
        self._account, self._vault = account, vault
        self._refresh, self._on_renewed = refresh, on_renewed
        self._margin = margin
        self._clock = clock
        self._lock = threading.Lock()
        tokens = vault.load(account.id)
        if tokens is None:
            raise ReconnectNeeded(f"{account.platform.value}/{account.name}: no login stored; "
                                  "connect the account again")
        self._tokens = tokens

    @property
    def tokens(self) -> TokenSet:
        """The current token set."""
        return self._tokens

    def _now(self) -> float | None:
        return self._clock() if self._clock else None

    def token(self) -> str:
        """The access token, refreshed first when it is about to expire."""
        with self._lock:
            if self._tokens.refreshable and self._tokens.expires_soon(self._now(), self._margin):
                self._renew_locked(self._tokens.access_token)
            return self._tokens.access_token

    def renew(self, rejected: str) -> str | None:
        """A new access token after the platform refused ``rejected`` (None: cannot)."""
        with self._lock:
            if self._tokens.access_token != rejected:
                return self._tokens.access_token  # another request renewed it meanwhile
            if not self._tokens.refreshable:
                return None
            self._renew_locked(rejected)
            return self._tokens.access_token

    def _renew_locked(self, rejected: str) -> None:
        stored = self._vault.load(self._account.id)
        if (stored is not None and stored.access_token != rejected
                and not stored.expires_soon(self._now(), self._margin)):
            self._tokens = stored  # the other process refreshed already
            return
        if stored is not None:
            self._tokens = stored
        fresh = self._refresh(self._tokens)
        self._vault.save(self._account.id, fresh)
        self._tokens = fresh
        log.info("%s/%s: access token renewed", self._account.platform.value,
                 self._account.name)
        if self._on_renewed is not None:
            self._on_renewed(fresh)
