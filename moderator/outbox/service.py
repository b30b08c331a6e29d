"""The outbox rows for the executor and the app: take, hold, finish, retry, cancel, list.

Exactly once, write-ahead: an entry is marked ``sending`` (committed, naming its sender)
before its platform call, and its outcome is committed as soon as the platform answers,
one entry at a time. An entry found ``sending`` by anyone but its live sender may have
been applied, so it is checked on the platform before it is sent again.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING

from moderator.audit.events import AuditAction
from moderator.errors import ModeratorError
from moderator.outbox import owner as owners
from moderator.outbox.entry import OutboxState
from moderator.storage.audit_repo import AuditRepository
from moderator.storage.outbox_repo import OutboxRepository
from moderator.storage.work_repo import WorkRepository

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Iterator
    from datetime import datetime

    from sqlalchemy.orm import Session

    from moderator.outbox.entry import Delivery, OutboxEntry
    from moderator.storage.tables import OutboxRow
    from moderator.storage.uow import Database


@dataclass
class Claim:
    """An entry taken for sending; ``finish`` records the platform's answer at once."""

    entry: OutboxEntry
    _service: OutboxService
    _session: Session | None = None  # PostgreSQL: the session holding the row lock
    done: bool = field(default=False)

    def sent(self, platform_ref: str) -> None:
        """The platform applied it: store its answer on the action and log it."""
        self._service.finish(self, OutboxState.SENT, ref=platform_ref)

    def failed(self, code: str, reason: str) -> None:
        """Permanent failure: keep the code and the platform's reason for the moderator."""
        self._service.finish(self, OutboxState.FAILED, code=code, error=reason)

    def retry(self, code: str, reason: str, not_before: datetime) -> None:
        """Temporary failure: pending again from ``not_before``."""
        self._service.finish(self, OutboxState.PENDING, code=code, error=reason,
                             not_before=not_before)


class OutboxService:
    """The pending platform side of actions."""

    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._now = clock

    # --- sending -------------------------------------------------------------------
    def _orphans(self, repo: OutboxRepository, me: str) -> list[str]:
        now = self._now()
        gone = []
        for owner, at in repo.sending_owners(but=me):
            state = owners.alive(owner)
            if state is False or (state is None and (now - at).total_seconds()
                                  > owners.FOREIGN_STALE_SECONDS):
                gone.append(owner)
        return gone

    @contextmanager
    def claim(self, skip_accounts: Collection[int] = (), *,
              owner: str | None = None) -> Iterator[Claim | None]:
        """Take the oldest sendable entry (None: nothing to send now).

        The ``sending`` mark is committed before the caller calls the platform; on
        PostgreSQL the row stays locked by this session until the block ends.
        """
        me = owner or owners.me()
        with self._db.write() as s:
            repo = OutboxRepository(s)
            orphans = [] if self._db.dialect == "postgresql" else self._orphans(repo, me)
            entry = repo.take(me, self._now(), orphans=orphans, skip_accounts=skip_accounts)
        if entry is None:
            yield None
            return
        if self._db.dialect != "postgresql":
            claim = Claim(entry, self)
            try:
                yield claim
            except BaseException:
                # This process lives on, so no one would take the entry over: hand it back
                # (its attempt was counted, so it is looked up on the platform first).
                if not claim.done:
                    self.finish(claim, OutboxState.PENDING, code="error",
                                error="interrupted before the answer was recorded")
                raise
            return
        with self._db.write() as s:
            if not OutboxRepository(s).hold(entry.id, me, entry.attempts + 1):
                yield None  # another executor took it over in between; it checks first
                return
            yield Claim(entry, self, s)

    def finish(self, claim: Claim, state: OutboxState, *, ref: str | None = None,
               code: str | None = None, error: str | None = None,
               not_before: datetime | None = None) -> None:
        """Record the outcome of a claim (in its held session on PostgreSQL)."""
        if claim.done:
            return
        claim.done = True
        if claim._session is not None:
            self._record(claim._session, claim.entry, state, ref=ref, code=code, error=error,
                         not_before=not_before)
            claim._session.flush()
            return
        with self._db.write() as s:
            self._record(s, claim.entry, state, ref=ref, code=code, error=error,
                         not_before=not_before)

    def _record(self, s: Session, entry: OutboxEntry, state: OutboxState, *, ref: str | None,
                code: str | None, error: str | None, not_before: datetime | None) -> None:
        now = self._now()
        row = OutboxRepository(s).row(entry.id)
        if row.state != OutboxState.SENDING.value:
            return  # taken over (a sender on another machine presumed gone): it records
        row.state, row.updated_at, row.lease_owner = state.value, now, None
        row.error_code, row.last_error = code, error
        if state is OutboxState.PENDING:
            row.not_before = not_before or now
            return
        row.platform_ref = ref
        work = WorkRepository(s)
        action = work.action_row(row.action_id)
        action.platform_result = ref if state is OutboxState.SENT else f"failed: {error}"
        self._log(s, row, AuditAction(f"platform_{state.value}"), error)

    def _log(self, s: Session, row: OutboxRow, event: AuditAction, content: str | None,
             who: tuple[str, str] = ("outbox", "system")) -> None:
        item = WorkRepository(s).item_state(row.item_id)
        AuditRepository(s).append(
            at=self._now(), moderator=who[0], role=who[1], action=event,
            item_ref=item.item_ref if item else "", account_id=row.account_id,
            detail=f'{{"action_id":{row.action_id},"kind":"{row.kind}"}}', content=content)

    # --- the app: retry and cancel ---------------------------------------------------
    def retry(self, entry_id: int, moderator: str, role: str) -> bool:
        """Send a failed entry again (checked on the platform first); False: not failed."""
        return self._move(entry_id, OutboxState.PENDING, (OutboxState.FAILED,),
                          AuditAction.PLATFORM_RETRY, (moderator, role))

    def cancel(self, entry_id: int, moderator: str, role: str) -> bool:
        """Give up a failed or waiting entry; False when it is being sent or done."""
        return self._move(entry_id, OutboxState.CANCELLED,
                          (OutboxState.FAILED, OutboxState.PENDING),
                          AuditAction.PLATFORM_CANCELLED, (moderator, role))

    def _move(self, entry_id: int, state: OutboxState, only_from: tuple[OutboxState, ...],
              event: AuditAction, who: tuple[str, str]) -> bool:
        with self._db.write() as s:
            repo = OutboxRepository(s)
            if not repo.set_state(entry_id, state, self._now(), only_from=only_from):
                return False
            self._log(s, repo.row(entry_id), event, None, who)
            return True

    # --- looking ---------------------------------------------------------------------
    def pending(self, limit: int = 100) -> list[OutboxEntry]:
        """Due pending entries, oldest first (a look; takes nothing)."""
        with self._db.read() as s:
            return OutboxRepository(s).pending(limit, self._now())

    def outstanding(self) -> int:
        """Entries not yet sent, failed or cancelled (due now or later, or being sent)."""
        with self._db.read() as s:
            return OutboxRepository(s).count(OutboxState.PENDING, OutboxState.SENDING)

    def count(self, *states: OutboxState) -> int:
        """How many entries are in one of ``states``."""
        with self._db.read() as s:
            return OutboxRepository(s).count(*states)

    def for_item(self, item_id: int) -> list[Delivery]:
        """An item's platform actions and their states, newest first."""
        with self._db.read() as s:
            return OutboxRepository(s).deliveries(item_id=item_id)

    def failed(self, limit: int = 500) -> list[Delivery]:
        """Failed entries, newest first."""
        return self.deliveries((OutboxState.FAILED,), limit)

    def deliveries(self, states: Collection[OutboxState] = (), limit: int = 500
                   ) -> list[Delivery]:
        """Entries in ``states`` (none given: every entry), newest first."""
        with self._db.read() as s:
            return OutboxRepository(s).deliveries(states=states, limit=limit)

    def failed_items(self) -> list[int]:
        """Items with a failed platform action (the "Mislukt" filter)."""
        with self._db.read() as s:
            return OutboxRepository(s).item_ids(OutboxState.FAILED)


def retry_time(now: datetime, seconds: float) -> datetime:
    """When a waiting entry is due again."""
    return now + timedelta(seconds=seconds)


def error_code(exc: BaseException) -> str:
    """The code stored with a failure (the app words it)."""
    return str(exc.code) if isinstance(exc, ModeratorError) else "error"
