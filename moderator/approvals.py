"""Four eyes: replies by external moderators wait until a second moderator approves them.

Replies, DM replies and warnings by external moderators (or on accounts that require it)
wait in the *ter goedkeuring* queue until a community manager or team lead other than the
author approves, edits-and-approves or rejects them with a note.

The outbox executor sends only ``pending`` rows; in team mode the database refuses to move
a row that needs approval out of ``awaiting`` without a second moderator
(migration 8e2f4a6c1b3d: a CHECK constraint and the ``outbox_four_eyes`` trigger).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from moderator.audit.events import AuditAction
from moderator.errors import ErrorCode, UsageError
from moderator.items import ActionKind, Role
from moderator.moderators import Permission, can
from moderator.storage.admin_repo import AdminRepository
from moderator.storage.approval_repo import ApprovalRepository, WaitingReply
from moderator.storage.audit_repo import AuditRepository
from moderator.storage.work_repo import WorkRepository

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from moderator.items import ModeratorInfo
    from moderator.moderators import ModeratorService
    from moderator.storage.uow import Database

__all__ = ["ApprovalService", "WaitingReply", "needs_four_eyes"]

#: What a second pair of eyes checks: text that goes out in the organisation's name.
FOUR_EYES_KINDS = frozenset({ActionKind.REPLY, ActionKind.DM_REPLY, ActionKind.WARN})
#: Workspace setting: accounts where every role's replies wait for approval.
ACCOUNTS_SETTING = "four_eyes_accounts"


def needs_four_eyes(moderator: ModeratorInfo, kind: ActionKind, account_id: int,
                    accounts: list[int]) -> bool:
    """Whether this action's text must wait for a second moderator."""
    if kind not in FOUR_EYES_KINDS:
        return False
    return moderator.role == Role.EXTERNAL_MODERATOR or account_id in accounts


class ApprovalService:
    """The *ter goedkeuring* queue."""

    def __init__(self, db: Database, clock: Callable[[], datetime],
                 moderators: ModeratorService) -> None:
        self._db = db
        self._now = clock
        self._moderators = moderators

    def waiting(self, limit: int = 500) -> list[WaitingReply]:
        """Replies waiting for approval (within the viewer's scope)."""
        with self._db.read() as s:
            return ApprovalRepository(s).waiting(limit)

    def require_for_account(self, actor: ModeratorInfo, account_id: int, on: bool) -> None:
        """Make every role's replies on an account wait for approval (or not); team lead."""
        self._moderators.require(actor, Permission.MODERATORS_MANAGE, "four eyes setting")
        with self._db.write() as s:
            admin = AdminRepository(s)
            ids = set(admin.get_setting(ACCOUNTS_SETTING, []))
            ids = ids | {account_id} if on else ids - {account_id}
            admin.set_setting(ACCOUNTS_SETTING, sorted(ids))

    def approve(self, actor: ModeratorInfo, outbox_id: int, text: str | None = None,
                note: str | None = None) -> WaitingReply:
        """Let the reply go out (with ``text`` instead, when edited); logged."""
        return self._decide(actor, outbox_id, approve=True, text=text, note=note)

    def reject(self, actor: ModeratorInfo, outbox_id: int, note: str) -> WaitingReply:
        """The reply never goes out; the item returns to its earlier status; logged."""
        if not note.strip():
            raise UsageError("een afwijzing heeft een toelichting nodig",
                             code=ErrorCode.NEEDS_TEXT, action="reject")
        return self._decide(actor, outbox_id, approve=False, text=None, note=note)

    def _decide(self, actor: ModeratorInfo, outbox_id: int, *, approve: bool,
                text: str | None, note: str | None) -> WaitingReply:
        what = "approve" if approve else "reject"
        self._moderators.require(actor, Permission.REPLIES_APPROVE, f"{what} reply")
        text = text.strip() if text is not None else None
        if text == "":
            raise UsageError("een goedgekeurd antwoord kan niet leeg zijn",
                             code=ErrorCode.NEEDS_TEXT, action=what)
        with self._db.write() as s:
            repo = ApprovalRepository(s)
            found = repo.waiting(1, outbox_id, lock=True)
            if not found:
                raise UsageError(f"nothing waits for approval as {outbox_id}",
                                 code=ErrorCode.UNKNOWN_ITEM, item=outbox_id)
            reply = found[0]
            if reply.author_id == actor.id:
                own = True
            else:
                own = False
                edited = text is not None and text != reply.text
                repo.decide(outbox_id, approver=actor.id if approve else None,
                            text=text if edited else None, note=note, now=self._now())
                if not approve and reply.from_status is not None:
                    WorkRepository(s).set_status(reply.item_id, reply.from_status)
                detail = {"outbox": outbox_id, "kind": reply.kind.value, "author": reply.author,
                          "edited": edited}
                AuditRepository(s).append(
                    at=self._now(), moderator=actor.name, role=actor.role.value,
                    action=AuditAction.APPROVE if approve else AuditAction.REJECT,
                    item_ref=reply.item_ref, account_id=reply.account_id,
                    detail=json.dumps(detail, ensure_ascii=False),
                    content=(text if edited else None) if approve else note)
        if own:
            # Four eyes means two people: the author cannot approve their own text.
            raise self._moderators.refuse(actor, f"{what} own reply")
        return reply


def approver(moderator: ModeratorInfo) -> bool:
    """Whether the moderator may approve others' replies."""
    return can(moderator, Permission.REPLIES_APPROVE)
