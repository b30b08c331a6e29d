"""Connecting and reconnecting accounts: sign in, pick, store, and keep everything.

The CLI (``moderator account connect``) and the app's connect dialog both go through
:class:`ConnectService`. Reconnecting renews the credentials of an existing account in
place: its id, items, threads, cursor and moderation log are untouched.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from moderator.auth.discover import Connectable, discover
from moderator.auth.endpoints import Redirect, spec_for
from moderator.auth.flow import AuthorizationRequest, SignIn, SignInError
from moderator.auth.loopback import LoopbackListener
from moderator.connectors.registry import connector_for
from moderator.errors import UsageError

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable

    import httpx

    from moderator.accounts import AccountService
    from moderator.auth.registration import AppRegistration, Registrations
    from moderator.auth.tokens import TokenSet, TokenVault
    from moderator.connectors.base import Connector
    from moderator.connectors.http import HttpOptions
    from moderator.items import AccountInfo, Platform
    from moderator.secrets import CredentialStore

#: How long a sign-in waits for the browser (the issue asks for up to five minutes).
LOGIN_TIMEOUT = 300.0


def login_expiry(tokens: TokenSet) -> datetime | None:
    """When the login runs out, as a datetime (None: no stated end)."""
    at = tokens.login_expires_at()
    return None if at is None else datetime.fromtimestamp(at, UTC)


def loopback_sign_in(sign_in: SignIn, open_browser: Callable[[str], None], *,
                     timeout: float = LOGIN_TIMEOUT, cancel: threading.Event | None = None,
                     port: int | None = None) -> TokenSet:
    """Run a sign-in through the system browser and a loopback listener (RFC 8252).

    ``port`` overrides the platform's registered port (X matches it exactly; Google and
    LinkedIn accept any port, so a free one is chosen per sign-in).
    """
    if sign_in.spec.redirect is not Redirect.LOOPBACK:
        raise SignInError("registration", f"{sign_in.spec.platform.value} does not allow a "
                          "loopback redirect; use the embedded login window or paste the "
                          "address of the success page")
    with LoopbackListener(port=sign_in.spec.fixed_port if port is None else port) as listener:
        request = sign_in.start(listener.redirect_uri)
        open_browser(request.url)
        answer = listener.wait(timeout, cancel)
    return sign_in.finish(request, answer)


class ConnectService:
    """Sign-in, discovery and storing of platform logins for one workspace."""

    def __init__(self, accounts: AccountService, registrations: Registrations,
                 vault: TokenVault, *, transport: httpx.BaseTransport | None = None,
                 options: HttpOptions | None = None) -> None:
        self._accounts, self._registrations, self._vault = accounts, registrations, vault
        self._transport, self._options = transport, options

    def sign_in(self, platform: Platform, *, auth_base: str = "", api_base: str = "",
                app: AppRegistration | None = None) -> SignIn:
        """A sign-in for ``platform`` with the workspace's (or the given) registration."""
        return SignIn(spec_for(platform), app or self._registrations.get(platform),
                      auth_base=auth_base, api_base=api_base, transport=self._transport)

    def finish_pasted(self, sign_in: SignIn, request: AuthorizationRequest,
                      pasted: str) -> TokenSet:
        """Finish a sign-in from the address the browser ended on (Meta without webview)."""
        return sign_in.finish(request, pasted.strip())

    def choices(self, platform: Platform, tokens: TokenSet,
                api_base: str = "") -> list[Connectable]:
        """What the login can connect; for a Meta login, Pages and Instagram accounts."""
        return discover(platform, tokens, api_base, self._options)

    def connect(self, choice: Connectable, tokens: TokenSet, *, name: str = "",
                project: str = "", api_base: str = "",
                account: AccountInfo | None = None) -> AccountInfo:
        """Store the login for ``choice``: a new account, or ``account`` renewed in place.

        Raises:
            UsageError: Reconnecting with a login that does not reach ``account``.
        """
        own = tokens.with_access(choice.access_token, None) if choice.access_token else tokens
        if account is not None:
            if (account.platform, account.external_id) != (choice.platform, choice.external_id):
                raise UsageError(f"this login does not give access to {account.name} "
                                 f"({account.external_id}); sign in as someone who manages it")
            self._vault.save(account.id, own)
            return self._accounts.renewed(account.id, login_expiry(own),
                                          api_base=api_base or None)
        info = self._accounts.add(choice.platform, name or choice.name, choice.external_id,
                                  project, api_base)
        try:
            self._vault.save(info.id, own)
        except Exception:
            self._accounts.remove(info.id)  # no account without its login
            raise
        return self._accounts.renewed(info.id, login_expiry(own))

    def replace_token(self, account: AccountInfo, token: str) -> AccountInfo:
        """Put a token obtained elsewhere in place of the stored login (headless renewal)."""
        from moderator.auth.tokens import TokenSet

        self._vault.save(account.id, TokenSet(access_token=token, flavour="manual"))
        return self._accounts.renewed(account.id, None)


def live_connectors(accounts: AccountService, store: CredentialStore,
                    options: HttpOptions | None = None) -> Callable[[AccountInfo], Connector]:
    """Open connectors whose token refreshes record the login's new expiry date."""

    def open_one(account: AccountInfo) -> Connector:
        def renewed(tokens: TokenSet) -> None:
            accounts.renewed(account.id, login_expiry(tokens))

        return connector_for(account, store, options, on_renewed=renewed)

    return open_one
