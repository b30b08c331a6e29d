"""The organisation's own app registration per platform, entered once in Settings.

The client id is not secret and lives in the workspace settings (the whole team signs in
through the same app); a client secret, where the platform needs one, goes to the OS
keyring of the computer it was entered on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from moderator.auth.endpoints import spec_for

if TYPE_CHECKING:
    from moderator.auth.tokens import TokenVault
    from moderator.items import Platform
    from moderator.settings import WorkspaceSettings


@dataclass(frozen=True, slots=True)
class AppRegistration:
    """Client id (and secret) of the organisation's app on one platform."""

    client_id: str
    client_secret: str = ""

    @property
    def complete(self) -> bool:
        """Whether a client id was entered."""
        return bool(self.client_id)


def _key(platform: Platform) -> str:
    # Facebook and Instagram sign in through the same Meta app.
    name = "meta" if spec_for(platform).flavour == "meta" else platform.value
    return f"oauth.{name}.client_id"


class Registrations:
    """Read and change the app registrations of a workspace."""

    def __init__(self, settings: WorkspaceSettings, vault: TokenVault) -> None:
        self._settings, self._vault = settings, vault

    def get(self, platform: Platform) -> AppRegistration:
        """The registration for ``platform`` (empty client id when none was entered)."""
        client_id = str(self._settings.get(_key(platform), "") or "")
        secret = self._vault.client_secret(secret_scope(platform), client_id) \
            if client_id else ""
        return AppRegistration(client_id, secret)

    def set(self, platform: Platform, client_id: str, client_secret: str | None = None) -> None:
        """Store a client id; ``client_secret`` None keeps the stored secret."""
        client_id = client_id.strip()
        self._settings.set(_key(platform), client_id)
        if client_secret is not None and client_id:
            self._vault.set_client_secret(secret_scope(platform), client_id,
                                          client_secret.strip())

    def has_secret(self, platform: Platform) -> bool:
        """Whether a secret is stored for the current client id."""
        return bool(self.get(platform).client_secret)


def secret_scope(platform: Platform) -> str:
    """Under which name a platform's app secret is kept (Facebook and Instagram share Meta's)."""
    return "meta" if spec_for(platform).flavour == "meta" else platform.value
