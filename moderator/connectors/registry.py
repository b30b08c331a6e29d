"""Build the connector for an account: platform module, token from the credential store.

An account that signed in with OAuth gets a :class:`~moderator.auth.provider.TokenProvider`
(refresh before expiry, renew once when refused); a token pasted by hand is used as it is.
An account whose API base is ``demo`` or ``demo:PATH`` gets the demo connector (no token,
no network), so the app can feel live offline.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from moderator.auth.endpoints import spec_for
from moderator.auth.provider import ReconnectNeeded, TokenProvider, refresh_tokens
from moderator.auth.registration import secret_scope
from moderator.auth.tokens import TokenSet, TokenVault
from moderator.connectors.facebook import FacebookConnector
from moderator.connectors.instagram import InstagramConnector
from moderator.connectors.linkedin import LinkedInConnector
from moderator.connectors.quota import QuotaLedger
from moderator.connectors.tiktok import TikTokConnector
from moderator.connectors.x import XConnector
from moderator.connectors.youtube import YouTubeConnector
from moderator.items import AccountInfo, Platform

if TYPE_CHECKING:
    from collections.abc import Callable

    from moderator.connectors.base import Connector
    from moderator.connectors.http import HttpOptions, TokenSource
    from moderator.secrets import CredentialStore

_CLASSES: dict[Platform, Callable[[AccountInfo, str | TokenSource, HttpOptions | None],
                                  Connector]] = {
    Platform.FACEBOOK: FacebookConnector,
    Platform.INSTAGRAM: InstagramConnector,
    Platform.LINKEDIN: LinkedInConnector,
    Platform.X: XConnector,
    Platform.TIKTOK: TikTokConnector,
}


_LEDGERS: dict[int, QuotaLedger] = {}
_LEDGERS_LOCK = threading.Lock()


def quota_for(account: AccountInfo) -> QuotaLedger:
    """The process-wide YouTube quota ledger of an account.

    Every connector opened for the account shares it, so repeated syncs, the outbox and
    ``sync --loop`` count against one daily budget.
    """
    with _LEDGERS_LOCK:
        return _LEDGERS.setdefault(account.id, QuotaLedger())


def is_demo(account: AccountInfo) -> bool:
    """Whether the account is served by the demo connector."""
    return account.api_base == "demo" or account.api_base.startswith("demo:")


def open_connector(account: AccountInfo, token: str | TokenSource,
                   options: HttpOptions | None = None, *,
                   quota: QuotaLedger | None = None) -> Connector:
    """The connector for ``account`` with an explicit token."""
    if is_demo(account):
        from moderator.connectors.demo import DemoConnector

        demo: Connector = DemoConnector(account)
        return demo
    if account.platform is Platform.YOUTUBE:
        return YouTubeConnector(account, token, options, quota=quota or quota_for(account))
    return _CLASSES[account.platform](account, token, options)


def token_source(account: AccountInfo, store: CredentialStore, *,
                 on_renewed: Callable[[TokenSet], None] | None = None) -> str | TokenSource:
    """The account's token: a refreshing provider for OAuth logins, else the stored string.

    Raises:
        ReconnectNeeded: The account is marked *opnieuw koppelen nodig*, or holds no token.
    """
    label = f"{account.platform.value}/{account.name}"
    if account.needs_reconnect:
        raise ReconnectNeeded(f"{label}: opnieuw koppelen nodig (the login expired or was "
                              "revoked); connect the account again")
    vault = TokenVault(store)
    tokens = vault.load(account.id)
    if tokens is None or not tokens.access_token:
        raise ReconnectNeeded(f"{label}: no token stored; connect the account "
                              "('moderator account connect') or add a token "
                              "('moderator account token NAME --token-stdin')")
    if not tokens.refreshable:
        return tokens.access_token
    secret = vault.client_secret(secret_scope(account.platform), tokens.client_id)
    client_auth = spec_for(account.platform).client_auth
    return TokenProvider(account, vault, on_renewed=on_renewed,
                         refresh=lambda t: refresh_tokens(t, secret, client_auth=client_auth))


def connector_for(account: AccountInfo, store: CredentialStore,
                  options: HttpOptions | None = None, *,
                  quota: QuotaLedger | None = None,
                  on_renewed: Callable[[TokenSet], None] | None = None) -> Connector:
    """The connector for ``account`` with its token (source) from ``store``.

    Raises:
        ReconnectNeeded: No usable login is stored for the account.
    """
    if is_demo(account):
        return open_connector(account, "", options)
    token = token_source(account, store, on_renewed=on_renewed)
    return open_connector(account, token, options, quota=quota)
