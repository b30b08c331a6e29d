"""Where platform tokens live: the OS keyring, never the database, settings or logs.

``KeyringStore`` uses the ``keyring`` library (service ``moderator``, one entry per
account). When keyring has no usable backend (headless Linux without Secret Service,
or the fail/null backends) it raises :class:`UnavailableError` explaining how to set
one up; there is deliberately no plaintext fallback.
"""

from __future__ import annotations

import threading
from typing import Protocol

import keyring
import keyring.errors

from moderator.errors import ErrorCode, UnavailableError

SERVICE = "moderator"
_HOWTO = (
    "no usable system keyring for platform tokens. On Linux start a Secret Service "
    "(GNOME Keyring or KWallet; headless: 'gnome-keyring-daemon --unlock' inside a D-Bus "
    "session), or install a keyring backend such as 'keyrings.alt' only if you accept its "
    "security model, then select it with PYTHON_KEYRING_BACKEND. Tokens are never stored "
    "in plain text by Moderator."
)


def account_key(account_id: int) -> str:
    """The keyring entry name for one account's token."""
    return f"account:{account_id}"


class CredentialStore(Protocol):
    """Get, set and delete secrets by key."""

    def get(self, key: str) -> str | None:
        """The secret for ``key``, or None."""
        ...

    def set(self, key: str, secret: str) -> None:
        """Store ``secret`` under ``key`` (replacing any previous one)."""
        ...

    def delete(self, key: str) -> None:
        """Forget ``key``; no error when absent."""
        ...


class KeyringStore:
    """The OS keyring through the ``keyring`` library."""

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service

    def _backend(self) -> keyring.backend.KeyringBackend:
        backend = keyring.get_keyring()
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        priority = getattr(backend, "priority", 1)
        if (name.startswith(("keyring.backends.fail", "keyring.backends.null"))
                or (isinstance(priority, int | float) and priority <= 0)
                or (name.endswith("ChainerBackend") and not getattr(backend, "backends", ()))):
            raise UnavailableError(_HOWTO, code=ErrorCode.KEYRING_MISSING)
        return backend

    def get(self, key: str) -> str | None:
        """Read a token from the keyring."""
        try:
            value: str | None = self._backend().get_password(self._service, key)
        except keyring.errors.KeyringError as exc:
            raise UnavailableError(f"{_HOWTO} ({type(exc).__name__})",
                                   code=ErrorCode.KEYRING_MISSING) from None
        return value

    def set(self, key: str, secret: str) -> None:
        """Write a token to the keyring."""
        try:
            self._backend().set_password(self._service, key, secret)
        except keyring.errors.KeyringError as exc:
            raise UnavailableError(f"{_HOWTO} ({type(exc).__name__})",
                                   code=ErrorCode.KEYRING_MISSING) from None

    def delete(self, key: str) -> None:
        """Remove a token from the keyring (absent is fine)."""
        try:
            self._backend().delete_password(self._service, key)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise UnavailableError(f"{_HOWTO} ({type(exc).__name__})",
                                   code=ErrorCode.KEYRING_MISSING) from None


class MemoryStore:
    """An in-memory store for tests and for one-off runs; nothing touches disk."""

    def __init__(self) -> None:
        self._data: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> str | None:
        """The secret for ``key``, or None."""
        with self._lock:
            return self._data.get(key)

    def set(self, key: str, secret: str) -> None:
        """Store ``secret`` under ``key``."""
        with self._lock:
            self._data[key] = secret

    def delete(self, key: str) -> None:
        """Forget ``key``."""
        with self._lock:
            self._data.pop(key, None)
