"""The outbox executor: send pending platform actions, each exactly once.

Every entry is tried by one worker at a time, one entry per item per round (so "hide"
then "unhide" keep their order). A retry first asks the platform whether the action is
already applied (:meth:`Connector.check`), so an answer lost to a timeout or a 5xx never
leads to a second reply. Throttling pauses the whole account until the platform's retry
time; other failures back off exponentially; permanent refusals are stored with the
platform's reason (the outbox service also writes the audit log).
"""

from __future__ import annotations

import logging
import random
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from moderator.connectors.base import (
    ActionRequest,
    AuthExpired,
    ConnectorError,
    MalformedResponse,
    NotFound,
    RateLimited,
    TransientError,
)
from moderator.errors import ModeratorError
from moderator.items import ActionKind

if TYPE_CHECKING:
    from collections.abc import Callable

    from moderator.connectors.base import Connector
    from moderator.outbox.entry import OutboxEntry

log = logging.getLogger("moderator.outbox")


class OutboxStore(Protocol):
    """The workspace's outbox service."""

    def pending(self, limit: int = 100) -> list[OutboxEntry]:
        """Due pending entries, oldest first (a look; takes nothing)."""
        ...

    def lease(self, limit: int = 100) -> list[OutboxEntry]:
        """Take due entries: no other executor gets them for a while (team mode)."""
        ...

    def unlease(self, entry_ids: list[int]) -> None:
        """Hand back entries taken but not attempted."""
        ...

    def outstanding(self) -> int:
        """Entries not yet sent or failed, due or not (retries, leases)."""
        ...

    def mark_sent(self, entry_id: int, platform_ref: str) -> None:
        """Record success."""
        ...

    def mark_retry(self, entry_id: int, error: str, not_before: datetime) -> None:
        """Record a temporary failure."""
        ...

    def mark_failed(self, entry_id: int, reason: str) -> None:
        """Record a permanent failure with the platform's reason."""
        ...


@dataclass
class OutboxReport:
    """Counts of one or more rounds."""

    sent: int = 0
    already_applied: int = 0
    retried: int = 0
    failed: int = 0


@dataclass(frozen=True, slots=True)
class _Outcome:
    state: str  # "sent" | "retry" | "failed"
    detail: str
    delay: float = 0.0
    found: bool = False
    pause_account: bool = False


class OutboxExecutor:
    """Sends due outbox entries through the accounts' connectors."""

    def __init__(self, store: OutboxStore, connector_for: Callable[[int], Connector], *,
                 workers: int = 4, backoff: float = 2.0, max_backoff: float = 3600.0,
                 max_attempts: int = 10, cancel: threading.Event | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._store, self._connector_for = store, connector_for
        self._workers, self._backoff, self._max_backoff = workers, backoff, max_backoff
        self._max_attempts = max_attempts
        self.cancel = cancel or threading.Event()
        self._clock = clock
        self._paused: dict[int, datetime] = {}

    def run_once(self, limit: int = 200) -> OutboxReport:
        """One round: try each due entry once (one per item, none for paused accounts)."""
        report = OutboxReport()
        now = self._clock()
        batch, items, skipped = [], set(), []
        for entry in self._store.lease(limit):
            if self._paused.get(entry.account_id, now) > now or entry.item_id in items:
                skipped.append(entry.id)  # later, in order: one action per item per round
                continue
            items.add(entry.item_id)
            batch.append(entry)
        self._store.unlease(skipped)
        with ThreadPoolExecutor(max_workers=self._workers) as pool:
            outcomes = list(pool.map(self._attempt, batch))
        for entry, outcome in zip(batch, outcomes, strict=True):
            self._record(entry, outcome, report)
        return report

    def drain(self, *, max_rounds: int = 1000, idle_wait: float = 1.0) -> OutboxReport:
        """Run rounds until nothing is pending (or cancelled); waits for retry times."""
        total = OutboxReport()
        for _ in range(max_rounds):
            if self.cancel.is_set():
                break
            report = self.run_once()
            for name in ("sent", "already_applied", "retried", "failed"):
                setattr(total, name, getattr(total, name) + getattr(report, name))
            # Not "nothing due": an entry waiting for its retry time is still work.
            if self._store.outstanding() == 0:
                break
            if report.sent + report.failed == 0:
                self.cancel.wait(idle_wait)
        return total

    def _record(self, entry: OutboxEntry, outcome: _Outcome, report: OutboxReport) -> None:
        if outcome.state == "sent":
            self._store.mark_sent(entry.id, outcome.detail)
            report.sent += 1
            report.already_applied += outcome.found
        elif outcome.state == "failed" or entry.attempts + 1 >= self._max_attempts:
            reason = outcome.detail if outcome.state == "failed" else \
                f"gave up after {entry.attempts + 1} attempts: {outcome.detail}"
            self._store.mark_failed(entry.id, reason)
            report.failed += 1
        else:
            not_before = self._clock() + timedelta(seconds=outcome.delay)
            if outcome.pause_account:
                self._paused[entry.account_id] = not_before
            self._store.mark_retry(entry.id, outcome.detail, not_before)
            report.retried += 1

    def _delay(self, attempts: int) -> float:
        base = min(self._max_backoff, self._backoff * 2 ** attempts)
        return float(base * (0.5 + random.random() / 2))

    def _attempt(self, entry: OutboxEntry) -> _Outcome:  # noqa: PLR0911 - one per error kind
        req = ActionRequest(entry.action_kind, entry.item_external_id, entry.thread_external_id,
                            entry.text or "", entry.idempotency_key)
        try:
            connector = self._connector_for(entry.account_id)
            if entry.attempts > 0:  # an earlier try may have been applied after all
                ref = connector.check(req)
                if ref is not None:
                    return _Outcome("sent", ref, found=True)
            return _Outcome("sent", connector.perform(req))
        except RateLimited as exc:
            return _Outcome("retry", str(exc), exc.retry_after, pause_account=True)
        except (TransientError, MalformedResponse) as exc:
            return _Outcome("retry", str(exc), self._delay(entry.attempts))
        except AuthExpired as exc:  # a new token fixes it: keep the action, wait long
            return _Outcome("retry", str(exc), max(self._delay(entry.attempts), 600.0),
                            pause_account=True)
        except NotFound as exc:
            if req.kind is ActionKind.REMOVE:
                return _Outcome("sent", "already deleted on the platform")
            return _Outcome("failed", str(exc))
        except ConnectorError as exc:  # permission missing, action not allowed
            return _Outcome("failed", str(exc))
        except ModeratorError as exc:  # e.g. no keyring backend: retry later
            return _Outcome("retry", str(exc), self._delay(entry.attempts))
