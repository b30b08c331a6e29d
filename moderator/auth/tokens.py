"""A token set as the platform gave it, and how it is kept in the OS keyring.

Only the keyring sees these values (``moderator.secrets``); the database holds just the
account's auth state and the date its login runs out. A keyring entry written by an older
version (a bare access token pasted by hand) reads as a token set without refresh token.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any

from moderator.secrets import account_key

if TYPE_CHECKING:
    from moderator.secrets import CredentialStore

#: Refresh this many seconds before the access token's stated expiry (clock skew, slow calls).
REFRESH_MARGIN = 300.0


@dataclass(frozen=True, slots=True)
class TokenSet:
    """One account's credentials: the access token and what is needed to renew it.

    ``expires_at`` and ``refresh_expires_at`` are epoch seconds (None: no stated expiry).
    ``token_url`` and ``client_id`` record where and for which app registration the
    refresh token was issued: a refresh token only works with the client that got it.
    """

    access_token: str
    refresh_token: str = ""
    expires_at: float | None = None
    refresh_expires_at: float | None = None
    token_url: str = ""
    client_id: str = ""
    scope: str = ""
    flavour: str = "oauth2"  # "oauth2" (RFC 6749 refresh), "tiktok", "meta", "manual"
    subject: str = ""  # the platform's id of who signed in, when the token answer names it

    @property
    def refreshable(self) -> bool:
        """Whether a new access token can be had without the user."""
        return bool(self.refresh_token and self.token_url)

    def expires_soon(self, now: float | None = None, margin: float = REFRESH_MARGIN) -> bool:
        """Whether the access token expires within ``margin`` seconds (or has expired)."""
        if self.expires_at is None:
            return False
        return (time.time() if now is None else now) >= self.expires_at - margin

    def login_expires_at(self) -> float | None:
        """When the login itself runs out: the refresh token, else the access token."""
        if self.refresh_token:
            return self.refresh_expires_at
        return self.expires_at

    def to_secret(self) -> str:
        """The JSON kept in the keyring."""
        return json.dumps({"v": 1, **asdict(self)}, separators=(",", ":"))

    @classmethod
    def from_secret(cls, text: str) -> TokenSet:
        """Read a keyring entry (a JSON token set, or a bare token from ``--token-stdin``)."""
        if not text.startswith("{"):
            return cls(access_token=text, flavour="manual")
        data: dict[str, Any] = json.loads(text)
        known = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        return cls(**known)

    @classmethod
    def from_response(cls, body: dict[str, Any], *, token_url: str, client_id: str,
                      previous: TokenSet | None = None, now: float | None = None,
                      flavour: str = "oauth2") -> TokenSet:
        """Build from a token endpoint's JSON answer (RFC 6749 section 5.1 names).

        A refresh answer may omit the refresh token (Google) or rotate it (X): keep the old
        one only when no new one came.
        """
        at = time.time() if now is None else now
        expires_in = _seconds(body.get("expires_in"))
        refresh_in = _seconds(body.get("refresh_token_expires_in")
                              or body.get("refresh_expires_in"))
        refresh = str(body.get("refresh_token") or (previous.refresh_token if previous else ""))
        refresh_at = at + refresh_in if refresh_in else (
            previous.refresh_expires_at if previous and refresh == previous.refresh_token
            else None)
        return cls(access_token=str(body["access_token"]), refresh_token=refresh,
                   expires_at=at + expires_in if expires_in else None,
                   refresh_expires_at=refresh_at, token_url=token_url, client_id=client_id,
                   scope=str(body.get("scope") or (previous.scope if previous else "")),
                   flavour=flavour,
                   subject=str(body.get("open_id") or (previous.subject if previous else "")))

    def with_access(self, token: str, expires_at: float | None) -> TokenSet:
        """The same set with another access token (a Meta Page token, say)."""
        return replace(self, access_token=token, expires_at=expires_at)


def _seconds(value: Any) -> float | None:
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        return None
    return seconds if seconds > 0 else None


class TokenVault:
    """Token sets per account and app secrets per registration, in a credential store."""

    def __init__(self, store: CredentialStore) -> None:
        self._store = store

    def load(self, account_id: int) -> TokenSet | None:
        """The account's token set, or None when nothing is stored."""
        text = self._store.get(account_key(account_id))
        return TokenSet.from_secret(text) if text else None

    def save(self, account_id: int, tokens: TokenSet) -> None:
        """Replace the account's token set."""
        self._store.set(account_key(account_id), tokens.to_secret())

    def delete(self, account_id: int) -> None:
        """Forget the account's tokens."""
        self._store.delete(account_key(account_id))

    def client_secret(self, platform: str, client_id: str) -> str:
        """The app secret entered for a registration ("" when none is needed or stored)."""
        return self._store.get(secret_key(platform, client_id)) or ""

    def set_client_secret(self, platform: str, client_id: str, secret: str) -> None:
        """Store (or, when empty, forget) an app secret."""
        if secret:
            self._store.set(secret_key(platform, client_id), secret)
        else:
            self._store.delete(secret_key(platform, client_id))


def secret_key(platform: str, client_id: str) -> str:
    """The keyring entry name of an app registration's secret."""
    return f"app:{platform}:{client_id}"
