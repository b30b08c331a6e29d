"""Build the connector for an account: platform module, token from the credential store.

An account whose API base is ``demo`` or ``demo:PATH`` gets the demo connector (no token,
no network), so the app can feel live offline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderator.connectors.base import AuthExpired, Connector
from moderator.connectors.facebook import FacebookConnector
from moderator.connectors.instagram import InstagramConnector
from moderator.connectors.linkedin import LinkedInConnector
from moderator.connectors.tiktok import TikTokConnector
from moderator.connectors.x import XConnector
from moderator.connectors.youtube import YouTubeConnector
from moderator.items import AccountInfo, Platform
from moderator.secrets import account_key

if TYPE_CHECKING:
    from collections.abc import Callable

    from moderator.connectors.http import HttpOptions
    from moderator.connectors.quota import QuotaLedger
    from moderator.secrets import CredentialStore

_CLASSES: dict[Platform, Callable[[AccountInfo, str, HttpOptions | None], Connector]] = {
    Platform.FACEBOOK: FacebookConnector,
    Platform.INSTAGRAM: InstagramConnector,
    Platform.LINKEDIN: LinkedInConnector,
    Platform.X: XConnector,
    Platform.TIKTOK: TikTokConnector,
}


def is_demo(account: AccountInfo) -> bool:
    """Whether the account is served by the demo connector."""
    return account.api_base == "demo" or account.api_base.startswith("demo:")


def open_connector(account: AccountInfo, token: str, options: HttpOptions | None = None, *,
                   quota: QuotaLedger | None = None) -> Connector:
    """The connector for ``account`` with an explicit token."""
    if is_demo(account):
        from moderator.connectors.demo import DemoConnector

        demo: Connector = DemoConnector(account)
        return demo
    if account.platform is Platform.YOUTUBE:
        return YouTubeConnector(account, token, options, quota=quota)
    return _CLASSES[account.platform](account, token, options)


def connector_for(account: AccountInfo, store: CredentialStore,
                  options: HttpOptions | None = None, *,
                  quota: QuotaLedger | None = None) -> Connector:
    """The connector for ``account`` with its token from ``store``.

    Raises:
        AuthExpired: No token is stored for the account.
    """
    if is_demo(account):
        return open_connector(account, "", options)
    token = store.get(account_key(account.id))
    if not token:
        raise AuthExpired(f"{account.platform.value}/{account.name}: no token stored; run "
                          f"'moderator account add' again with --token-stdin")
    return open_connector(account, token, options, quota=quota)
