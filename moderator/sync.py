"""The sync pipeline: fetch pages from each account's connector and store them.

Each page is upserted together with its resume cursor in one transaction (the ingest
service applies the house rules; unscored items form the scoring queue). Rate limits are
waited out inside the connector up to a limit; beyond it the account is skipped until the
platform's retry time. One failing account never stops the others. An account whose login
is gone (the refresh was refused, or the platform keeps refusing the token) is reported to
``on_auth_lost`` (the workspace marks it *opnieuw koppelen nodig*) and is skipped quietly
from then on, until it is connected again: no error per run piles up. Progress goes to a
plain callback; a ``threading.Event`` cancels between pages and during waits.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from moderator.connectors.base import AuthExpired, ConnectorError, RateLimited
from moderator.connectors.http import Cancelled
from moderator.errors import ModeratorError

if TYPE_CHECKING:
    from moderator.connectors.base import Connector, Page
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


@runtime_checkable
class ThreadIndex(Protocol):
    """What storage knows about one thread, for reconciling deletions done elsewhere.

    Wanted from ``moderator.storage`` (IngestService); until it exists, sync runs without
    it and reconciles only what platforms report as hidden/deleted in their listings.
    """

    def live_items(self, account_id: AccountId, thread_external_id: str) -> Sequence[IncomingItem]:
        """The thread's stored items not yet deleted on the platform, as last ingested.

        Text and ids as stored, so re-ingesting one unchanged is a no-op; fields storage
        does not keep (the author's platform id) may be empty.
        """
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
    code: str = ""  # the error's ErrorCode, for the UI's sentence


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
    gone: int = 0
    needs_reconnect: bool = False
    code: str = ""  # the error's ErrorCode, for the UI's sentence


Progress = Callable[[SyncProgress], None]
OpenConnector = Callable[["AccountInfo"], "Connector"]


class SyncService:
    """Runs syncs for a set of accounts against one workspace."""

    def __init__(self, ingest: Ingest, cursors: Cursors, open_connector: OpenConnector, *,
                 progress: Progress | None = None, cancel: threading.Event | None = None,
                 index: ThreadIndex | None = None,
                 on_auth_lost: Callable[[AccountInfo], None] | None = None) -> None:
        self._ingest, self._cursors, self._open = ingest, cursors, open_connector
        self._index = index
        self._on_auth_lost = on_auth_lost
        #: Pages are stored together until this many items or seconds have gathered
        #: (fewer, larger transactions); the cursor always goes with its items.
        self.batch_items, self.batch_seconds = 1000, 2.0
        self._progress = progress or (lambda _p: None)
        self.cancel = cancel or threading.Event()
        self._not_before: dict[int, float] = {}

    def run(self, accounts: Iterable[AccountInfo], *, full: bool = False) -> list[AccountResult]:
        """Sync each account once; ``full`` ignores stored cursors (re-reads and reconciles)."""
        results = []
        for account in accounts:
            if self.cancel.is_set():
                break
            if account.needs_reconnect:
                results.append(AccountResult(account.name, 0, 0, 0, 0, needs_reconnect=True))
                continue
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

    def sync_account(self, account: AccountInfo, *,  # noqa: PLR0911 - one per outcome
                     full: bool = False) -> AccountResult:
        """Fetch and store every page for one account; errors end only this account."""
        label = f"{account.platform.value}/{account.name}"
        try:
            connector = self._open(account)
        except AuthExpired as exc:
            self._auth_lost(account)
            return replace(self._failed(label, _Tally(), exc), needs_reconnect=True)
        except ModeratorError as exc:
            return self._failed(label, _Tally(), exc)
        tally, batch = _Tally(), _Batch()
        try:
            cursor = None if full else self._cursors.get(account.id)
            for page in connector.fetch(cursor):
                missing = self._missing(account.id, page)
                batch.add(page, missing)
                tally.pages, tally.items = tally.pages + 1, tally.items + len(page.items)
                tally.gone += len(missing)
                if batch.due(self.batch_items, self.batch_seconds):
                    self._store(account.id, batch, tally)
                self._progress(tally.progress(label))
                if self.cancel.is_set():
                    raise Cancelled(f"{label}: cancelled")
            self._store(account.id, batch, tally)
        except RateLimited as exc:
            self._not_before[account.id] = time.monotonic() + exc.retry_after
            return self._failed(label, tally, exc, retry_after=exc.retry_after,
                                account_id=account.id, batch=batch)
        except AuthExpired as exc:
            result = self._failed(label, tally, exc, account_id=account.id, batch=batch)
            self._auth_lost(account)
            return replace(result, needs_reconnect=True)
        except ModeratorError as exc:
            return self._failed(label, tally, exc, account_id=account.id, batch=batch)
        except Exception as exc:
            log.error("%s: unexpected %s during sync", label, type(exc).__name__)
            err = ConnectorError(f"{label}: unexpected {type(exc).__name__} (see log)")
            return self._failed(label, tally, err, account_id=account.id, batch=batch)
        finally:
            connector.close()
        self._progress(tally.progress(label, finished=True))
        return tally.result(label)

    def _auth_lost(self, account: AccountInfo) -> None:
        if self._on_auth_lost is not None:
            try:
                self._on_auth_lost(account)
            except ModeratorError as exc:
                log.warning("%s: could not mark for reconnecting: %s", account.name, exc)

    def _store(self, account_id: AccountId, batch: _Batch, tally: _Tally) -> None:
        """Upsert the buffered pages with the last page's cursor, in one transaction."""
        if batch.cursor is None:
            return
        counts = self._ingest.upsert(batch.items, cursor=(account_id, batch.cursor))
        tally.created += counts.created
        tally.updated += counts.updated
        batch.clear()

    def _missing(self, account_id: AccountId, page: Page) -> list[IncomingItem]:
        """Stored items absent from a thread's full listing: deleted on the platform."""
        if self._index is None:
            return []
        out: list[IncomingItem] = []
        for listing in page.complete:
            out += [replace(item, deleted_on_platform=True)
                    for item in self._index.live_items(account_id, listing.thread_external_id)
                    if item.external_id not in listing.seen]
        return out

    def _failed(self, label: str, tally: _Tally, exc: Exception, *,
                retry_after: float | None = None, account_id: AccountId | None = None,
                batch: _Batch | None = None) -> AccountResult:
        if batch is not None and account_id is not None:
            try:  # the pages fetched before the failure are complete: keep them
                self._store(account_id, batch, tally)
            except ModeratorError as store_exc:
                log.warning("%s: could not store the last pages: %s", label, store_exc)
                tally.items -= len(batch.items)
        message = str(exc) if str(exc).startswith(label) else f"{label}: {exc}"
        log.warning("%s", message)
        code = exc.code.value if isinstance(exc, ModeratorError) else ""
        self._progress(replace(tally.progress(label, finished=True, error=message), code=code))
        return replace(tally.result(label, message, retry_after), code=code)


@dataclass
class _Tally:
    pages: int = 0
    items: int = 0
    created: int = 0
    updated: int = 0
    gone: int = 0

    def progress(self, label: str, *, finished: bool = False,
                 error: str | None = None) -> SyncProgress:
        return SyncProgress(label, self.pages, self.items, self.created, self.updated,
                            finished, error)

    def result(self, label: str, error: str | None = None,
               retry_after: float | None = None) -> AccountResult:
        return AccountResult(label, self.pages, self.items, self.created, self.updated, error,
                             retry_after, self.gone)


@dataclass
class _Batch:
    """Pages fetched but not yet stored; stored together with the newest page's cursor."""

    items: list[IncomingItem] = field(default_factory=list)
    cursor: str | None = None
    since: float = field(default_factory=time.monotonic)

    def add(self, page: Page, missing: list[IncomingItem]) -> None:
        self.items += page.items
        self.items += missing
        self.cursor = page.cursor

    def due(self, max_items: int, max_seconds: float) -> bool:
        return len(self.items) >= max_items or time.monotonic() - self.since >= max_seconds

    def clear(self) -> None:
        self.items, self.cursor, self.since = [], None, time.monotonic()
