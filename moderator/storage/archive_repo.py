"""What an archive package and a transparency report hold besides the log.

Decisions, the organisation's own words as sent, and hidden or removed items within
retention.

Authors appear only by their pseudonymous key; display names stay out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from moderator.storage.ingest_repo import author_key
from moderator.storage.tables import AccountRow, ActionRow, ItemRow, ModeratorRow, OutboxRow

if TYPE_CHECKING:
    from collections.abc import Iterator
    from datetime import datetime

    from sqlalchemy.orm import Session

#: Actions that take something away from public view: each needs a statement of reasons.
RESTRICTING = ("hide", "remove")
#: Actions whose text the organisation sent to the platform.
SENDING = ("reply", "dm_reply", "warn")


def _ref(platform: str, account_id: int, external_id: str) -> str:
    return f"{platform}:{account_id}:{external_id}"


class ArchiveRepository:
    """Read-only queries for the archive package and the transparency report."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def actions(self, kinds: tuple[str, ...], since: datetime | None = None,
                until: datetime | None = None) -> Iterator[dict[str, Any]]:
        """Actions of these kinds, oldest first, with the moderator's role and what was sent."""
        stmt = (select(ActionRow, ModeratorRow.name, ModeratorRow.role, ItemRow.platform,
                       ItemRow.account_id, ItemRow.external_id, ItemRow.kind,
                       ItemRow.author_key, AccountRow.name, OutboxRow.state,
                       OutboxRow.platform_ref)
                .join(ModeratorRow, ModeratorRow.id == ActionRow.moderator_id)
                .join(ItemRow, ItemRow.id == ActionRow.item_id)
                .join(AccountRow, AccountRow.id == ItemRow.account_id)
                .outerjoin(OutboxRow, OutboxRow.action_id == ActionRow.id)
                .where(ActionRow.kind.in_(kinds)).order_by(ActionRow.created_at, ActionRow.id))
        if since is not None:
            stmt = stmt.where(ActionRow.created_at >= since)
        if until is not None:
            stmt = stmt.where(ActionRow.created_at < until)
        for (a, mod, role, platform, acc_id, ext, kind, key, account, state,
             ref) in self._s.execute(stmt):
            yield {"action_id": a.id, "at": a.created_at.isoformat(), "action": a.kind,
                   "item_ref": _ref(platform, acc_id, ext), "item_kind": kind,
                   "platform": platform, "account": account, "author_key": key,
                   "moderator": mod, "role": role, "rule_id": a.rule_id,
                   "ruleset_version": a.ruleset_version, "text": a.text,
                   "from_status": a.from_status, "delivery": state, "platform_ref": ref}

    def own_posts(self, salt: bytes) -> Iterator[dict[str, Any]]:
        """Replies the organisation's own accounts wrote on the platform (as fetched)."""
        accounts = {a.id: (a.platform, a.external_id, a.name)
                    for a in self._s.scalars(select(AccountRow))}
        for acc_id, (platform, ext, name) in accounts.items():
            mine = author_key(salt, platform, ext)
            stmt = (select(ItemRow).where(ItemRow.account_id == acc_id,
                                          ItemRow.author_key == mine)
                    .order_by(ItemRow.created_at, ItemRow.id))
            for r in self._s.scalars(stmt):
                yield {"at": r.created_at.isoformat(), "item_ref": _ref(platform, acc_id,
                                                                        r.external_id),
                       "platform": platform, "account": name, "kind": r.kind,
                       "in_reply_to": r.parent_external_id, "text": r.text,
                       "permalink": r.permalink, "purged": r.purged}

    def restricted_items(self) -> Iterator[dict[str, Any]]:
        """Items hidden or removed (by us or on the platform) that are still within retention."""
        stmt = (select(ItemRow, AccountRow.name).join(AccountRow, AccountRow.id ==
                                                      ItemRow.account_id)
                .where((ItemRow.status.in_(("hidden", "removed")))
                       | ItemRow.hidden_on_platform.is_(True)
                       | ItemRow.deleted_on_platform.is_(True),
                       ItemRow.purged.is_(False))
                .order_by(ItemRow.created_at, ItemRow.id))
        for r, account in self._s.execute(stmt):
            yield {"item_ref": _ref(r.platform, r.account_id, r.external_id),
                   "platform": r.platform, "account": account, "kind": r.kind,
                   "created_at": r.created_at.isoformat(), "status": r.status,
                   "hidden_on_platform": r.hidden_on_platform,
                   "removed_on_platform": r.deleted_on_platform, "author_key": r.author_key,
                   "text": r.text, "permalink": r.permalink}
