"""Writes around moderation work: item status, actions, outbox rows, notes, claims."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from sqlalchemy import and_, func, or_, select, update

from moderator.detail import Assignment
from moderator.items import ActionKind, ItemKind, ItemState, Platform, Status
from moderator.query import OPEN_STATUSES
from moderator.storage.base import utcnow
from moderator.storage.tables import (
    AccountRow,
    ActionRow,
    ItemRow,
    ModeratorRow,
    NoteRow,
    OutboxRow,
    ThreadRow,
)

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy.orm import Session


class WorkRepository:
    """Item state changes and the rows an action writes; the caller owns the transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def item_state(self, item_id: int, *, lock: bool = False) -> ItemState | None:
        """Load an item's state (row-locked on PostgreSQL when ``lock``)."""
        stmt = (select(ItemRow, AccountRow.name, ThreadRow.external_id)
                .join(AccountRow, AccountRow.id == ItemRow.account_id)
                .join(ThreadRow, ThreadRow.id == ItemRow.thread_id)
                .where(ItemRow.id == item_id))
        if lock and self._s.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(of=ItemRow)
        row = self._s.execute(stmt).first()
        if row is None:
            return None
        r = row[0]
        return ItemState(r.id, Platform(r.platform), r.account_id, row[1], ItemKind(r.kind),
                         Status(r.status), r.external_id, row[2], r.author_name,
                         r.author_key, r.claimed_by, r.claim_expires_at)

    def set_status(self, item_id: int, status: Status) -> None:
        """Move an item to a new status (and in or out of the open queue)."""
        self._s.execute(update(ItemRow).where(ItemRow.id == item_id).values(
            status=status.value, is_open=status in OPEN_STATUSES))

    def add_action(self, *, item_id: int, moderator_id: int, kind: ActionKind, at: datetime,
                   rule_id: str | None, ruleset_version: str | None,
                   text: str | None, from_status: Status | None = None) -> int:
        """Record a moderator command (and the status it found the item in); returns its id."""
        row = ActionRow(item_id=item_id, moderator_id=moderator_id, kind=kind.value,
                        rule_id=rule_id, ruleset_version=ruleset_version, text=text,
                        created_at=at, from_status=from_status.value if from_status else None)
        self._s.add(row)
        self._s.flush()
        return row.id

    def status_before(self, item_id: int, kind: ActionKind) -> Status | None:
        """The status the item had before its latest ``kind`` action (None: unknown)."""
        found = self._s.execute(
            select(ActionRow.from_status)
            .where(ActionRow.item_id == item_id, ActionRow.kind == kind.value)
            .order_by(ActionRow.id.desc()).limit(1)).scalar()
        return Status(found) if found else None

    def last_actor(self, item_id: int) -> tuple[int, str] | None:
        """The moderator (id, name) of the item's latest action (None: no action yet)."""
        found = self._s.execute(
            select(ActionRow.moderator_id, ModeratorRow.name)
            .join(ModeratorRow, ModeratorRow.id == ActionRow.moderator_id)
            .where(ActionRow.item_id == item_id)
            .order_by(ActionRow.id.desc()).limit(1)).first()
        return (int(found[0]), str(found[1])) if found is not None else None

    def add_outbox(self, *, action_id: int, item_id: int, account_id: int, kind: ActionKind,
                   text: str | None, at: datetime, needs_approval: bool = False) -> str:
        """Queue the platform side of an action; returns its idempotency key.

        With ``needs_approval`` it waits (``awaiting``) for a second moderator.
        """
        key = uuid.uuid4().hex
        self._s.add(OutboxRow(action_id=action_id, item_id=item_id, account_id=account_id,
                              kind=kind.value, text=text, idempotency_key=key,
                              state="awaiting" if needs_approval else "pending",
                              needs_approval=needs_approval, attempts=0, not_before=at,
                              created_at=at, updated_at=at))
        self._s.flush()
        return key

    def add_note(self, item_id: int, moderator_id: int, text: str, at: datetime) -> None:
        """Attach an internal note."""
        self._s.add(NoteRow(item_id=item_id, moderator_id=moderator_id, text=text,
                            created_at=at))

    def claim(self, item_id: int, moderator_id: int, now: datetime, until: datetime) -> bool:
        """Atomic compare-and-set: take the item if free, expired, or already ours."""
        res = self._s.execute(
            update(ItemRow)
            .where(ItemRow.id == item_id,
                   or_(ItemRow.claimed_by.is_(None), ItemRow.claim_expires_at <= now,
                       ItemRow.claimed_by == moderator_id))
            .values(claimed_by=moderator_id, claim_expires_at=until))
        return bool(getattr(res, "rowcount", 0))

    def assign(self, item_id: int, moderator_id: int, at: datetime) -> None:
        """Name the colleague an item is escalated or assigned to."""
        self._s.execute(update(ItemRow).where(ItemRow.id == item_id)
                        .values(assigned_to=moderator_id, assigned_at=at))

    def assignment(self, item_id: int) -> Assignment | None:
        """Who an item is assigned to, since when, and their first response after that."""
        row = self._s.execute(
            select(ModeratorRow.name, ItemRow.assigned_to, ItemRow.assigned_at)
            .join(ModeratorRow, ModeratorRow.id == ItemRow.assigned_to)
            .where(ItemRow.id == item_id, ItemRow.assigned_at.is_not(None))).first()
        if row is None or row[1] is None or row[2] is None:
            return None
        return Assignment(row[0], row[2], self.first_response(item_id, row[1], row[2]))

    def first_response(self, item_id: int, moderator_id: int, since: datetime,
                       ) -> datetime | None:
        """When the assignee first acted on the item after ``since`` (None: not yet)."""
        return self._s.execute(
            select(func.min(ActionRow.created_at))
            .where(ActionRow.item_id == item_id, ActionRow.moderator_id == moderator_id,
                   ActionRow.created_at >= since)).scalar()

    def release(self, item_id: int, moderator_id: int, *, force: bool = False) -> bool:
        """Give an item back (only the holder may, unless ``force``)."""
        cond = [ItemRow.id == item_id]
        if not force:
            cond.append(ItemRow.claimed_by == moderator_id)
        res = self._s.execute(update(ItemRow).where(and_(*cond))
                              .values(claimed_by=None, claim_expires_at=None))
        return bool(getattr(res, "rowcount", 0))

    def action_row(self, action_id: int) -> ActionRow:
        """The action row (to store the platform's answer)."""
        row = self._s.get(ActionRow, action_id)
        if row is None:
            raise KeyError(action_id)
        return row


def now_utc() -> datetime:
    """Current UTC time (one place, so services can take a clock instead)."""
    return utcnow()
