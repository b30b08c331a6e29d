"""Fixtures for sign-in tests: a workspace with a memory keyring, app registrations and the
connect service, as the app and the CLI hold them (registered in tests/conftest.py)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import keyring
import pytest

from moderator.audit.filter import AuditFilter
from moderator.auth.connect import ConnectService, live_connectors
from moderator.auth.registration import Registrations
from moderator.auth.tokens import TokenVault
from moderator.secrets import KeyringStore
from moderator.settings import WorkspaceSettings
from moderator.sync import SyncService
from tests.connectors.wsutil import stored
from tests.fakes.keyring_backend import MemoryKeyring
from tests.fakes.oauth import browser_consent

if TYPE_CHECKING:
    from collections.abc import Iterator

    from moderator.workspace import Workspace


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    old = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(old)


@dataclass
class Desk:
    """What the app holds for one workspace: the services a person's clicks reach."""

    ws: Workspace
    store: KeyringStore
    vault: TokenVault
    registrations: Registrations
    connect: ConnectService

    def sync(self, **kw: Any) -> list[Any]:
        service = SyncService(self.ws.ingest, self.ws.cursors,
                              live_connectors(self.ws.accounts, self.store),
                              index=self.ws.ingest,
                              on_auth_lost=lambda a: self.ws.accounts.mark_reconnect(a.id))
        return service.run(self.ws.accounts.list(), **kw)

    def items(self) -> list[Any]:
        return stored(self.ws)

    def log_size(self) -> int:
        return self.ws.audit.count(AuditFilter())


@pytest.fixture
def desk(sqlite_ws: Workspace, memory_keyring: MemoryKeyring) -> Desk:
    store = KeyringStore()
    vault = TokenVault(store)
    regs = Registrations(WorkspaceSettings(sqlite_ws.db), vault)
    return Desk(sqlite_ws, store, vault, regs, ConnectService(sqlite_ws.accounts, regs, vault))


def consent_in_background(url: str) -> None:
    """The user's browser: log in and consent, in its own thread (as a real browser is)."""
    threading.Thread(target=browser_consent, args=(url,), daemon=True).start()
