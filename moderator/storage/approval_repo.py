"""Replies waiting for four eyes: list them, approve (perhaps edited) or reject them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from moderator.items import ActionKind, ItemId, Status
from moderator.storage.tables import AccountRow, ActionRow, ItemRow, ModeratorRow, OutboxRow

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy.orm import Session

AWAITING = "awaiting"
REJECTED = "rejected"


@dataclass(frozen=True, slots=True)
class WaitingReply:
    """One reply, DM reply or warning waiting for a second moderator."""

    outbox_id: int
    item_id: ItemId
    account_name: str
    kind: ActionKind
    text: str
    item_text: str
    author: str  # the moderator who wrote it
    author_id: int
    created_at: datetime
    from_status: Status | None
    item_ref: str  # as the log names the item (platform:account:external id)
    account_id: int


class ApprovalRepository:
    """The caller owns the transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def waiting(self, limit: int = 500, outbox_id: int | None = None, *,
                lock: bool = False) -> list[WaitingReply]:
        """Replies in the ``ter goedkeuring`` queue (row security limits them to scope)."""
        stmt = (select(OutboxRow, ItemRow.text, AccountRow.name, ModeratorRow.name,
                       ActionRow.moderator_id, ActionRow.from_status, ItemRow.platform,
                       ItemRow.external_id)
                .join(ActionRow, ActionRow.id == OutboxRow.action_id)
                .join(ItemRow, ItemRow.id == OutboxRow.item_id)
                .join(AccountRow, AccountRow.id == OutboxRow.account_id)
                .outerjoin(ModeratorRow, ModeratorRow.id == ActionRow.moderator_id)
                .where(OutboxRow.state == AWAITING).order_by(OutboxRow.id).limit(limit))
        if outbox_id is not None:
            stmt = stmt.where(OutboxRow.id == outbox_id)
        if lock and self._s.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(of=OutboxRow)
        return [WaitingReply(o.id, ItemId(o.item_id), acc, ActionKind(o.kind), o.text or "",
                             item_text, author or "?", author_id, o.created_at,
                             Status(before) if before else None,
                             f"{platform}:{o.account_id}:{ext}", o.account_id)
                for o, item_text, acc, author, author_id, before, platform, ext
                in self._s.execute(stmt)]

    def decide(self, outbox_id: int, *, approver: int | None, text: str | None,
               note: str | None, now: datetime) -> None:
        """Approve (``approver`` set: the row becomes due) or reject (``approver`` None)."""
        row = self._s.get(OutboxRow, outbox_id)
        assert row is not None
        if text is not None:
            row.text = text
        row.review_note = note
        row.updated_at = now
        if approver is None:
            row.state = REJECTED
        else:
            row.approved_by, row.state, row.not_before = approver, "pending", now
        self._s.flush()
