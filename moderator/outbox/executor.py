"""The outbox executor: send pending platform actions, each exactly once.

Each worker thread takes one entry at a time (:meth:`OutboxService.claim` marks it
``sending`` before the call), calls the platform, and records the answer at once. An entry
that may have reached the platform before (``attempts`` > 0: an earlier try timed out, or
its sender was killed) is first looked up on the platform (:meth:`Connector.check`), so a
lost answer never leads to a second reply. Throttling pauses the whole account until the
platform's retry time; other temporary failures back off exponentially; permanent refusals
are stored with their error code and the platform's reason.
"""

from __future__ import annotations

import logging
import random
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from moderator.connectors.base import (
    ActionRequest,
    AuthExpired,
    ConnectorError,
    MalformedResponse,
    NotFound,
    RateLimited,
    TransientError,
)
from moderator.errors import ErrorCode, ModeratorError
from moderator.items import ActionKind
from moderator.outbox.service import error_code

if TYPE_CHECKING:
    from collections.abc import Callable

    from moderator.connectors.base import Connector
    from moderator.outbox.entry import OutboxEntry
    from moderator.outbox.service import Claim, OutboxService

log = logging.getLogger("moderator.outbox")


@dataclass
class OutboxReport:
    """Counts of one or more rounds."""

    sent: int = 0
    already_applied: int = 0
    retried: int = 0
    failed: int = 0

    def add(self, other: OutboxReport) -> None:
        """Add another report's counts to this one."""
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    @property
    def tried(self) -> int:
        """Entries tried (sent, waiting again or failed)."""
        return self.sent + self.retried + self.failed


@dataclass(frozen=True, slots=True)
class _Outcome:
    state: str  # "sent" | "retry" | "failed"
    detail: str
    code: str = ""
    delay: float = 0.0
    found: bool = False
    pause_account: bool = False


class OutboxExecutor:
    """Sends due outbox entries through the accounts' connectors."""

    def __init__(self, store: OutboxService, connector_for: Callable[[int], Connector], *,
                 workers: int = 4, backoff: float = 2.0, max_backoff: float = 3600.0,
                 max_attempts: int = 10, cancel: threading.Event | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self._store, self._connector_for = store, connector_for
        self._workers, self._backoff, self._max_backoff = workers, backoff, max_backoff
        self._max_attempts = max_attempts
        self.cancel = cancel or threading.Event()
        self._clock = clock
        self._paused: dict[int, datetime] = {}
        self._lock = threading.Lock()

    def run_once(self, limit: int = 200) -> OutboxReport:
        """One round: send up to ``limit`` due entries (none of paused accounts)."""
        report = OutboxReport()
        budget = [limit]

        def work() -> None:
            while not self.cancel.is_set():
                with self._lock:
                    if budget[0] <= 0:
                        return
                    budget[0] -= 1
                    now = self._clock()
                    paused = [a for a, until in self._paused.items() if until > now]
                with self._store.claim(paused) as claim:
                    if claim is None:
                        return
                    self._record(claim, self._attempt(claim.entry), report)

        with ThreadPoolExecutor(max_workers=self._workers) as pool:
            for f in [pool.submit(work) for _ in range(self._workers)]:
                f.result()
        return report

    def drain(self, *, max_rounds: int = 1000, idle_wait: float = 1.0) -> OutboxReport:
        """Run rounds until nothing is pending (or cancelled); waits for retry times."""
        total = OutboxReport()
        for _ in range(max_rounds):
            if self.cancel.is_set():
                break
            report = self.run_once()
            total.add(report)
            # Not "nothing due": an entry waiting for its retry time is still work.
            if self._store.outstanding() == 0:
                break
            if report.sent + report.failed == 0:
                self.cancel.wait(idle_wait)
        return total

    def _record(self, claim: Claim, outcome: _Outcome, report: OutboxReport) -> None:
        entry = claim.entry
        tries = entry.attempts + 1
        if outcome.state == "sent":
            claim.sent(outcome.detail)
            with self._lock:
                report.sent += 1
                report.already_applied += outcome.found
        elif outcome.state == "failed" or tries >= self._max_attempts:
            reason = outcome.detail if outcome.state == "failed" else \
                f"gave up after {tries} attempts: {outcome.detail}"
            claim.failed(outcome.code, reason)
            with self._lock:
                report.failed += 1
        else:
            not_before = self._clock() + timedelta(seconds=outcome.delay)
            with self._lock:
                if outcome.pause_account:
                    self._paused[entry.account_id] = not_before
                report.retried += 1
            claim.retry(outcome.code, outcome.detail, not_before)

    def _delay(self, attempts: int) -> float:
        base = min(self._max_backoff, self._backoff * 2 ** attempts)
        return float(base * (0.5 + random.random() / 2))

    def _attempt(self, entry: OutboxEntry) -> _Outcome:  # noqa: PLR0911 - one per error kind
        req = ActionRequest(entry.action_kind, entry.item_external_id, entry.thread_external_id,
                            entry.text or "", entry.idempotency_key,
                            ban_author=entry.action_kind is ActionKind.BAN)
        try:
            connector = self._connector_for(entry.account_id)
            if entry.attempts > 0:  # an earlier try may have been applied after all
                ref = connector.check(req)
                if ref is not None:
                    return _Outcome("sent", ref, found=True)
            return _Outcome("sent", connector.perform(req))
        except RateLimited as exc:
            return _Outcome("retry", str(exc), exc.code, exc.retry_after, pause_account=True)
        except (TransientError, MalformedResponse) as exc:
            return _Outcome("retry", str(exc), exc.code, self._delay(entry.attempts))
        except AuthExpired as exc:  # a new token fixes it: keep the action, wait long
            return _Outcome("retry", str(exc), exc.code,
                            max(self._delay(entry.attempts), 600.0), pause_account=True)
        except NotFound as exc:
            if req.kind in (ActionKind.REMOVE, ActionKind.BAN):
                return _Outcome("sent", "already deleted on the platform")
            return _Outcome("failed", str(exc), exc.code)
        except ConnectorError as exc:  # permission missing, action not allowed
            return _Outcome("failed", str(exc), exc.code)
        except ModeratorError as exc:  # e.g. no keyring backend: retry later
            return _Outcome("retry", str(exc), error_code(exc), self._delay(entry.attempts))
        except Exception as exc:  # a bug must not leave the entry "sending" for good
            log.exception("outbox entry %s", entry.id)
            return _Outcome("retry", f"{type(exc).__name__}: {exc}", ErrorCode.ERROR.value,
                            self._delay(entry.attempts))
