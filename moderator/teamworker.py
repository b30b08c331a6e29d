"""The long-running worker: scheduled sync per account, continuous delivery, scoring.

``moderator worker`` runs it headless for a team database (the only process that needs
the platform tokens); the app runs the same loop in its child process when it holds the
tokens itself (``python -m moderator.worker serve``). One round: sync the accounts that are
due (each on its own interval; exponential back-off after errors; a rate limit or the
YouTube quota waits for the platform's retry time), send what the outbox holds (one entry
at a time, exactly once: :mod:`moderator.outbox`), score new items when a model is
installed, and store the worker's health for the apps to show. SIGTERM or Ctrl+C stops
it at the next safe point; ``kill -9`` loses nothing (sync is resumable, the outbox
write-ahead).
"""

from __future__ import annotations

import os
import socket
import threading
import time
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from moderator import platforms
from moderator.connectors.registry import is_demo
from moderator.items import AccountId
from moderator.outbox.executor import OutboxExecutor
from moderator.settings import WorkspaceSettings
from moderator.sync import SyncService

if TYPE_CHECKING:
    from collections.abc import Callable

    from moderator.connectors.base import Connector
    from moderator.items import AccountInfo
    from moderator.sync import AccountResult
    from moderator.workspace import Workspace

HEALTH_KEY = "worker.health"
INTERVALS_KEY = "worker.intervals"  # {account id: seconds}, set per account
MAX_BACKOFF = 3600.0
#: A worker whose heartbeat is older than this is shown as stopped.
STALE_SECONDS = 60.0


@dataclass
class AccountHealth:
    """One account as the worker last saw it."""

    last_sync: str = ""  # ISO time of the last successful sync
    last_error: str = ""
    failures: int = 0
    next_sync: float = 0.0  # time.time() of the next sync


@dataclass
class Health:
    """What the apps show about the worker (stored as JSON under ``HEALTH_KEY``)."""

    worker: str = ""  # host:pid
    beat: str = ""  # ISO time of the last round
    backlog: int = 0  # outbox entries not yet sent
    failed: int = 0  # outbox entries that failed
    last_error: str = ""
    accounts: dict[str, AccountHealth] = field(default_factory=dict)

    @classmethod
    def load(cls, ws: Workspace) -> Health | None:
        """The stored health (None: no worker ever ran on this workspace)."""
        raw = WorkspaceSettings(ws.db).get(HEALTH_KEY)
        if not isinstance(raw, dict):
            return None
        accounts = {k: AccountHealth(**v) for k, v in (raw.get("accounts") or {}).items()}
        return cls(**{**raw, "accounts": accounts})

    def alive(self, now: datetime) -> bool:
        """Whether the worker beat within the last minute."""
        try:
            beat = datetime.fromisoformat(self.beat)
        except ValueError:
            return False
        return (now - beat).total_seconds() < STALE_SECONDS


@dataclass(frozen=True, slots=True)
class Sending:
    """Who sends this workspace's platform actions, as the app decides at start.

    ``here``: this computer holds a token (or the account is a demo): the app runs the
    worker loop itself. Otherwise the team worker sends and the app shows its health.
    """

    here: bool
    live_accounts: bool  # accounts with a token here that are not demos (scheduled sync)
    outstanding: int


def sending(ws: Workspace, has_token: Callable[[int], bool]) -> Sending:
    """Decide where delivery happens (reads the keyring: call off the GUI thread)."""
    accounts = ws.accounts.list()
    live = [a for a in accounts if not is_demo(a) and has_token(a.id)]
    demo = any(is_demo(a) for a in accounts)
    return Sending(bool(live) or demo, bool(live), ws.outbox.outstanding())


class TeamWorker:
    """One workspace's sync, delivery and scoring loop."""

    def __init__(self, ws: Workspace, open_connector: Callable[[AccountInfo], Connector], *,
                 cancel: threading.Event | None = None, interval: float | None = None,
                 log: Callable[[str], None] = print, score: bool = True,
                 poll: float = 1.0, sync_demos: bool = True) -> None:
        self.ws, self._open = ws, open_connector
        self._sync_demos = sync_demos
        self.cancel = cancel or threading.Event()
        self._interval, self._log, self._score, self._poll = interval, log, score, poll
        self._connectors: dict[int, Connector] = {}
        self.health = Health(worker=f"{socket.gethostname()}:{os.getpid()}")
        # sync opens (and closes) its own connector per run; delivery keeps one per account
        self._sync = SyncService(ws.ingest, ws.cursors, open_connector, cancel=self.cancel,
                                 index=ws.ingest,
                                 on_auth_lost=lambda a: ws.accounts.mark_reconnect(a.id))
        accounts = {a.id: a for a in ws.accounts.list()}
        self._accounts = accounts
        self._outbox = OutboxExecutor(ws.outbox, self._connector_by_id, workers=2,
                                      cancel=self.cancel)
        self._new_items = 0
        self._retention_day: date | None = None

    # --- delivery's connectors, opened once per account --------------------------------
    def _connector(self, account: AccountInfo) -> Connector:
        if account.id not in self._connectors:
            self._connectors[account.id] = self._open(account)
        return self._connectors[account.id]

    def _connector_by_id(self, account_id: int) -> Connector:
        if account_id not in self._accounts:
            self._accounts = {a.id: a for a in self.ws.accounts.list()}
        return self._connector(self._accounts[AccountId(account_id)])

    # --- the loop ----------------------------------------------------------------------
    def run(self) -> None:
        """Rounds until cancelled; the connectors are closed at the end."""
        self._log(f"worker started on {self.ws.label}")
        try:
            while not self.cancel.is_set():
                busy = self.round()
                if not busy:
                    self.cancel.wait(self._poll)
        finally:
            for conn in self._connectors.values():
                conn.close()
            self._log("worker stopped")

    def round(self) -> bool:
        """Sync what is due, send what is pending, score what is new; True if work was done."""
        busy = False
        self._accounts = {a.id: a for a in self.ws.accounts.list()}
        intervals = WorkspaceSettings(self.ws.db).get(INTERVALS_KEY, {}) or {}
        for account in self._accounts.values():
            if self.cancel.is_set():
                break
            if not self._sync_demos and is_demo(account):
                continue  # the app: a demo's queue moves on "Nu synchroniseren" only
            h = self.health.accounts.setdefault(str(account.id), AccountHealth())
            if h.next_sync <= time.time():
                self._sync_one(account, h, intervals.get(str(account.id)))
                busy = True
        if not self.cancel.is_set():
            report = self._outbox.run_once(limit=50)
            if report.tried:
                busy = True
                self._log(f"delivery: {report.sent} sent ({report.already_applied} found "
                          f"already applied), {report.retried} to retry, {report.failed} failed")
        if self._score and self._new_items and not self.cancel.is_set():
            self._score_new()
        self._daily_retention()
        self._store_health()
        return busy

    def _daily_retention(self) -> None:
        """The AVG purge after the retention period, once a day (participation.privacy)."""
        today = datetime.now(UTC).date()
        if self._retention_day != today:
            self._retention_day = today
            done = self.ws.privacy.daily()
            if done is not None and done.items:
                self._log(f"retention: {done.items} items purged")

    def _sync_one(self, account: AccountInfo, h: AccountHealth, own: float | None) -> None:
        every = float(own or self._interval or platforms.spec(account.platform).sync_every)
        result: AccountResult = self._sync.sync_account(account)
        now = time.time()
        if result.error is None:
            h.failures, h.last_error = 0, ""
            h.last_sync = datetime.now(UTC).isoformat()
            h.next_sync = now + every
            self._new_items += result.created
        else:
            h.failures += 1
            h.last_error = self.health.last_error = result.error
            backoff = min(MAX_BACKOFF, every * 2 ** (h.failures - 1))
            h.next_sync = now + max(backoff, result.retry_after or 0.0)
        self._log(f"sync {result.account}: {result.items} items ({result.created} new, "
                  f"{result.updated} changed)" + (f"; error: {result.error}, next try in "
                                                   f"{h.next_sync - now:.0f} s"
                                                   if result.error else ""))

    def _score_new(self) -> None:
        from moderator.scoring.background import score_unscored

        result = score_unscored(self.ws, lambda *_: None, cancel=self.cancel)
        self._new_items = 0
        if result.scored:
            self._log(f"scoring: {result.scored} items scored")

    def _store_health(self) -> None:
        from moderator.outbox.entry import OutboxState

        self.health.beat = datetime.now(UTC).isoformat()
        self.health.backlog = self.ws.outbox.outstanding()
        self.health.failed = self.ws.outbox.count(OutboxState.FAILED)
        WorkspaceSettings(self.ws.db).set(HEALTH_KEY, _plain(self.health))


def _plain(health: Health) -> dict[str, Any]:
    return asdict(health)
