"""The sync pipeline: fetch pages from each account's connector and store them.

Each page is upserted together with its resume cursor in one transaction (the ingest
service applies the house rules; unscored items form the scoring queue). Rate limits are
waited out inside the connector up to a limit; beyond it the account is skipped until the
platform's retry time. One failing account never stops the others. Progress goes to a
plain callback; a ``threading.Event`` cancels between pages and during waits.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from moderator.connectors.base import ConnectorError, RateLimited
from moderator.connectors.http import Cancelled
from moderator.errors import ModeratorError

if TYPE_CHECKING:
    from moderator.connectors.base import Connector
    from moderator.items import AccountId, AccountInfo, IncomingItem

log = logging.getLogger("moderator.sync")


class IngestCounts(Protocol):
    """What an upsert reports (``moderator.storage`` IngestResult)."""

    @property
    def created(self) -> int:
        """Items that were new."""
        ...

    @property
    def updated(self) -> int:
        """Items whose text or platform state changed."""
        ...


class Ingest(Protocol):
    """The part of the workspace's ingest service that sync uses."""

    def upsert(self, items: Iterable[IncomingItem], *,
               cursor: tuple[AccountId, str] | None = None) -> IngestCounts:
        """Store items and the cursor in one transaction."""
        ...


class Cursors(Protocol):
    """Stored resume cursors per account."""

    def get(self, account_id: int) -> str | None:
        """The account's cursor, or None before the first sync."""
        ...


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """One report to the progress callback (after each page, and at the end)."""

    account: str
    pages: int
    items: int
    created: int
    updated: int
    finished: bool = False
    error: str | None = None


@dataclass(frozen=True, slots=True)
class AccountResult:
    """The outcome of syncing one account."""

    account: str
    pages: int
    items: int
    created: int
    updated: int
    error: str | None = None
    retry_after: float | None = None


Progress = Callable[[SyncProgress], None]
OpenConnector = Callable[["AccountInfo"], "Connector"]


class SyncService:
    """Runs syncs for a set of accounts against one workspace."""

    def __init__(self, ingest: Ingest, cursors: Cursors, open_connector: OpenConnector, *,
                 progress: Progress | None = None,
                 cancel: threading.Event | None = None) -> None:
        self._ingest, self._cursors, self._open = ingest, cursors, open_connector
        self._progress = progress or (lambda _p: None)
        self.cancel = cancel or threading.Event()
        self._not_before: dict[int, float] = {}

    def run(self, accounts: Iterable[AccountInfo], *, full: bool = False) -> list[AccountResult]:
        """Sync each account once; ``full`` ignores stored cursors (re-reads and reconciles)."""
        results = []
        for account in accounts:
            if self.cancel.is_set():
                break
            wait = self._not_before.get(account.id, 0.0) - time.monotonic()
            if wait > 0:
                results.append(AccountResult(account.name, 0, 0, 0, 0,
                                             f"rate limited, next try in {wait:.0f} s", wait))
                continue
            results.append(self.sync_account(account, full=full))
        return results

    def loop(self, accounts: Callable[[], list[AccountInfo]], interval: float = 300.0) -> None:
        """Sync every ``interval`` seconds until cancelled."""
        while not self.cancel.is_set():
            self.run(accounts())
            self.cancel.wait(interval)

    def sync_account(self, account: AccountInfo, *, full: bool = False) -> AccountResult:
        """Fetch and store every page for one account; errors end only this account."""
        pages = items = created = updated = 0
        label = f"{account.platform.value}/{account.name}"
        try:
            connector = self._open(account)
        except ModeratorError as exc:
            return self._failed(label, 0, 0, 0, 0, exc)
        try:
            cursor = None if full else self._cursors.get(account.id)
            for page in connector.fetch(cursor):
                counts = self._ingest.upsert(page.items, cursor=(account.id, page.cursor))
                pages, items = pages + 1, items + len(page.items)
                created, updated = created + counts.created, updated + counts.updated
                self._progress(SyncProgress(label, pages, items, created, updated))
                if self.cancel.is_set():
                    raise Cancelled(f"{label}: cancelled")
        except RateLimited as exc:
            self._not_before[account.id] = time.monotonic() + exc.retry_after
            return self._failed(label, pages, items, created, updated, exc, exc.retry_after)
        except ModeratorError as exc:
            return self._failed(label, pages, items, created, updated, exc)
        except Exception as exc:
            log.error("%s: unexpected %s during sync", label, type(exc).__name__)
            err = ConnectorError(f"{label}: unexpected {type(exc).__name__} (see log)")
            return self._failed(label, pages, items, created, updated, err)
        finally:
            connector.close()
        self._progress(SyncProgress(label, pages, items, created, updated, finished=True))
        return AccountResult(label, pages, items, created, updated)

    def _failed(self, label: str,  # noqa: PLR0917
                pages: int, items: int, created: int, updated: int,
                exc: Exception, retry_after: float | None = None) -> AccountResult:
        message = str(exc) if str(exc).startswith(label) else f"{label}: {exc}"
        log.warning("%s", message)
        self._progress(SyncProgress(label, pages, items, created, updated, True, message))
        return AccountResult(label, pages, items, created, updated, message, retry_after)
