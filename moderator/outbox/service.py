"""The outbox rows: lease, mark sent/retry/failed (with the audit entry), count."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from moderator.audit.events import AuditAction
from moderator.storage.audit_repo import AuditRepository
from moderator.storage.work_repo import WorkRepository

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from moderator.outbox.entry import OutboxEntry
    from moderator.storage.uow import Database


class OutboxService:
    """The pending platform side of actions, for the outbox executor."""

    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._now = clock

    def pending(self, limit: int = 100) -> list[OutboxEntry]:
        """Due pending entries, oldest first."""
        with self._db.read() as s:
            return WorkRepository(s).pending_outbox(limit, self._now())

    def lease(self, limit: int = 100, ttl: timedelta = timedelta(minutes=2)) -> list[OutboxEntry]:
        """Take due entries for sending: nobody else gets them until ``ttl`` has passed.

        Several executors (team mode) may run at once; each entry goes to one of them. An
        executor that dies leaves its leases to expire, and the entry is tried again (the
        idempotency key and the platform-state check keep that retry exactly-once).
        """
        now = self._now()
        with self._db.write() as s:
            work = WorkRepository(s)
            entries = work.pending_outbox(limit, now, lock=True)
            work.push_back_outbox([e.id for e in entries], now + ttl)
        return entries

    def outstanding(self) -> int:
        """Entries not yet sent or failed (due now or later)."""
        with self._db.read() as s:
            return WorkRepository(s).count_outbox("pending")

    def unlease(self, entry_ids: list[int]) -> None:
        """Make leased entries due again now (taken but not attempted)."""
        with self._db.write() as s:
            WorkRepository(s).push_back_outbox(entry_ids, self._now())

    def mark_sent(self, entry_id: int, platform_ref: str) -> None:
        """The platform applied it: store its answer on the action and log it."""
        self._finish(entry_id, "sent", platform_ref, None)

    def mark_failed(self, entry_id: int, reason: str) -> None:
        """Permanent failure: keep the platform's reason for the moderator."""
        self._finish(entry_id, "failed", None, reason)

    def mark_retry(self, entry_id: int, error: str, not_before: datetime) -> None:
        """Temporary failure: try again after ``not_before``."""
        with self._db.write() as s:
            row = WorkRepository(s).outbox_row(entry_id)
            row.attempts += 1
            row.last_error, row.not_before, row.updated_at = error, not_before, self._now()

    def _finish(self, entry_id: int, state: str, ref: str | None, error: str | None) -> None:
        now = self._now()
        with self._db.write() as s:
            work = WorkRepository(s)
            row = work.outbox_row(entry_id)
            if row.state != "pending":
                return  # already finished: finishing twice must not log twice
            row.state, row.platform_ref, row.last_error = state, ref, error
            row.attempts += 1
            row.updated_at = now
            action = work.action_row(row.action_id)
            action.platform_result = ref if state == "sent" else f"failed: {error}"
            item = work.item_state(row.item_id)
            AuditRepository(s).append(
                at=now, moderator="outbox", role="system", action=AuditAction(f"platform_{state}"),
                item_ref=item.item_ref if item else "", account_id=row.account_id,
                detail=f'{{"action_id":{row.action_id},"kind":"{row.kind}"}}',
                content=error if error else None)
