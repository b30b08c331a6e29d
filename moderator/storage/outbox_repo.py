"""The outbox rows: take one for sending (write-ahead), hold it, finish it, list states."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import and_, exists, func, or_, select, update
from sqlalchemy.orm import aliased

from moderator.items import ActionKind, Platform
from moderator.outbox.entry import Delivery, OutboxEntry, OutboxState
from moderator.storage.tables import ItemRow, OutboxRow, ThreadRow

if TYPE_CHECKING:
    from collections.abc import Collection
    from datetime import datetime

    from sqlalchemy.orm import Session

_OPEN = (OutboxState.PENDING.value, OutboxState.SENDING.value)


def delivery_of(o: OutboxRow) -> Delivery:
    """The DTO of an outbox row."""
    return Delivery(o.id, o.action_id, o.item_id, o.account_id, ActionKind(o.kind),
                    OutboxState(o.state), o.attempts, o.not_before, o.updated_at,
                    o.platform_ref, o.error_code, o.last_error, o.text)


class OutboxRepository:
    """Outbox reads and writes; the caller owns the transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self._pg = session.get_bind().dialect.name == "postgresql"

    def sending_owners(self, but: str) -> list[tuple[str, datetime]]:
        """Other senders with entries in state ``sending`` (and their latest update)."""
        rows = self._s.execute(
            select(OutboxRow.lease_owner, func.max(OutboxRow.updated_at))
            .where(OutboxRow.state == OutboxState.SENDING.value,
                   OutboxRow.lease_owner != but)
            .group_by(OutboxRow.lease_owner)).all()
        return [(str(owner), at) for owner, at in rows if owner]

    def take(self, owner: str, now: datetime, *, orphans: Collection[str],
             skip_accounts: Collection[int]) -> OutboxEntry | None:
        """Mark the oldest sendable entry ``sending`` for ``owner`` and return it.

        Sendable: due and pending, or ``sending`` for a sender that is gone (``orphans``;
        on PostgreSQL any ``sending`` row nobody holds a lock on), with no earlier open
        entry on the same item (a hide and its undo keep their order).
        """
        earlier = aliased(OutboxRow)
        blocked = exists().where(earlier.item_id == OutboxRow.item_id,
                                 earlier.id < OutboxRow.id, earlier.state.in_(_OPEN))
        sendable = and_(OutboxRow.state == OutboxState.PENDING.value,
                        OutboxRow.not_before <= now)
        if self._pg:
            sendable = or_(sendable, OutboxRow.state == OutboxState.SENDING.value)
        elif orphans:
            sendable = or_(sendable, and_(OutboxRow.state == OutboxState.SENDING.value,
                                          OutboxRow.lease_owner.in_(list(orphans))))
        stmt = select(OutboxRow).where(sendable, ~blocked)
        if skip_accounts:
            stmt = stmt.where(OutboxRow.account_id.not_in(list(skip_accounts)))
        stmt = stmt.order_by(OutboxRow.id).limit(1)
        if self._pg:
            stmt = stmt.with_for_update(of=OutboxRow, skip_locked=True)
        row = self._s.scalars(stmt).first()
        if row is None:
            return None
        before = row.attempts
        row.state, row.lease_owner, row.updated_at = OutboxState.SENDING.value, owner, now
        row.attempts = before + 1
        self._s.flush()
        return self._entry(row, before)

    def hold(self, entry_id: int, owner: str, attempts: int) -> bool:
        """PostgreSQL: lock our taken row for the length of the call (False: taken over)."""
        found = self._s.execute(
            select(OutboxRow.id).where(OutboxRow.id == entry_id, OutboxRow.lease_owner == owner,
                                       OutboxRow.attempts == attempts,
                                       OutboxRow.state == OutboxState.SENDING.value)
            .with_for_update(skip_locked=True)).first()
        return found is not None

    def _entry(self, row: OutboxRow, attempts: int) -> OutboxEntry:
        platform, ext, thread = self._s.execute(
            select(ItemRow.platform, ItemRow.external_id, ThreadRow.external_id)
            .join(ThreadRow, ThreadRow.id == ItemRow.thread_id)
            .where(ItemRow.id == row.item_id)).one()
        return OutboxEntry(row.id, row.action_id, ActionKind(row.kind), row.item_id,
                           row.account_id, Platform(platform), ext, thread, row.text,
                           row.idempotency_key, attempts)

    def row(self, entry_id: int) -> OutboxRow:
        """The outbox row (for the service that updates it)."""
        found = self._s.get(OutboxRow, entry_id)
        if found is None:
            raise KeyError(entry_id)
        return found

    def pending(self, limit: int, now: datetime) -> list[OutboxEntry]:
        """Due pending entries, oldest first (a look)."""
        rows = self._s.scalars(
            select(OutboxRow).where(OutboxRow.state == OutboxState.PENDING.value,
                                    OutboxRow.not_before <= now)
            .order_by(OutboxRow.id).limit(limit)).all()
        return [self._entry(r, r.attempts) for r in rows]

    def count(self, *states: OutboxState) -> int:
        """How many entries are in one of ``states``."""
        return int(self._s.execute(
            select(func.count()).select_from(OutboxRow)
            .where(OutboxRow.state.in_([s.value for s in states]))).scalar_one())

    def deliveries(self, *, item_id: int | None = None, states: Collection[OutboxState] = (),
                   limit: int = 500) -> list[Delivery]:
        """Entries of one item, or in some states, newest first."""
        stmt = select(OutboxRow)
        if item_id is not None:
            stmt = stmt.where(OutboxRow.item_id == item_id)
        if states:
            stmt = stmt.where(OutboxRow.state.in_([s.value for s in states]))
        rows = self._s.scalars(stmt.order_by(OutboxRow.id.desc()).limit(limit)).all()
        return [delivery_of(r) for r in rows]

    def item_ids(self, state: OutboxState) -> list[int]:
        """Items with an entry in ``state`` (the "Mislukt" filter)."""
        return list(self._s.scalars(select(OutboxRow.item_id).where(OutboxRow.state == state.value)
                                    .distinct()).all())

    def set_state(self, entry_id: int, state: OutboxState, now: datetime, *,
                  only_from: Collection[OutboxState]) -> bool:
        """Move an entry (retry, cancel) when it is in one of ``only_from``."""
        res = self._s.execute(
            update(OutboxRow)
            .where(OutboxRow.id == entry_id, OutboxRow.state.in_([s.value for s in only_from]))
            .values(state=state.value, not_before=now, updated_at=now, lease_owner=None))
        return bool(getattr(res, "rowcount", 0))
