"""Build the connector for an account: the platform's row, token from the credential store.

An account whose API base is ``demo`` or ``demo:PATH`` gets the demo connector (no token,
no network), so the app can feel live offline.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from moderator.connectors.base import AuthExpired, Connector
from moderator.connectors.quota import QuotaLedger
from moderator.platforms import ConnectorArgs, spec
from moderator.secrets import account_key

if TYPE_CHECKING:
    from moderator.connectors.http import HttpOptions
    from moderator.items import AccountInfo
    from moderator.secrets import CredentialStore


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


def open_connector(account: AccountInfo, token: str, options: HttpOptions | None = None, *,
                   quota: QuotaLedger | None = None) -> Connector:
    """The connector for ``account`` with an explicit token."""
    if is_demo(account):
        from moderator.connectors.demo import DemoConnector

        demo: Connector = DemoConnector(account)
        return demo
    return spec(account.platform).connect(
        ConnectorArgs(account, token, options, quota or quota_for(account)))


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
