"""The queue: keyset pages worst first, counts per filter, detail, claim and release."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from moderator.audit.events import AuditAction
from moderator.errors import ErrorCode, ModeratorError, PermissionDenied
from moderator.items import AccountId, ItemId, ItemSummary, ModeratorInfo
from moderator.moderators import colleague_for, may_see, visible_accounts
from moderator.storage.admin_repo import AdminRepository
from moderator.storage.audit_repo import AuditRepository
from moderator.storage.detail_repo import DetailRepository
from moderator.storage.queue_repo import QueueRepository
from moderator.storage.work_repo import WorkRepository

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from moderator.detail import Assignment, ItemDetail
    from moderator.query import Page, QueueQuery, SortKey
    from moderator.storage.uow import Database

CLAIM_TTL = timedelta(minutes=15)
MAX_PAGE = 1000


class NotFound(ModeratorError):
    """No such item (or not visible to this moderator)."""

    exit_code = 66
    code = ErrorCode.UNKNOWN_ITEM  # "Dit bericht bestaat niet (meer)."


class QueueService:
    """Read side of the queue, with the viewer's scope applied to every query."""

    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._now = clock

    def scoped(self, query: QueueQuery, viewer: ModeratorInfo | None) -> QueueQuery:
        """Restrict a query to the accounts the viewer may see."""
        if viewer is None:
            return query
        with self._db.read() as s:
            accounts = AdminRepository(s).accounts()
        visible = visible_accounts(viewer, accounts)
        if visible is None:
            return query
        # Only the accounts the query's own filters leave matter. When the scope holds all
        # of them the extra condition only slows the page (the platform index then skips
        # other projects' rows); the database's row security still applies either way.
        wanted = {a.id for a in accounts
                  if (not query.platforms or a.platform in query.platforms)
                  and (not query.account_ids or a.id in query.account_ids)}
        narrowed = frozenset(wanted & visible)
        if narrowed and narrowed == wanted and (query.platforms or query.account_ids):
            return query
        return query.with_(visible_accounts=narrowed)

    def page(self, query: QueueQuery, after: SortKey | None = None, limit: int = 100,
             viewer: ModeratorInfo | None = None) -> Page:
        """One page of the queue after ``after`` (None = first page)."""
        limit = max(1, min(limit, MAX_PAGE))
        q = self.scoped(query, viewer)
        with self._db.read() as s:
            return QueueRepository(s).page(q, after, limit, self._now())

    def count(self, query: QueueQuery, viewer: ModeratorInfo | None = None) -> int:
        """How many items match the query."""
        q = self.scoped(query, viewer)
        with self._db.read() as s:
            return QueueRepository(s).count(q, self._now())

    def counts(self, queries: Mapping[str, QueueQuery],
               viewer: ModeratorInfo | None = None) -> dict[str, int]:
        """Counts for several saved filters in one read transaction."""
        scoped = {k: self.scoped(q, viewer) for k, q in queries.items()}
        now = self._now()
        with self._db.read() as s:
            repo = QueueRepository(s)
            return {k: repo.count(q, now) for k, q in scoped.items()}

    def summaries(self, ids: Sequence[ItemId], viewer: ModeratorInfo | None = None,
                  ) -> list[ItemSummary]:
        """Queue rows for these ids in their order (one query; gone or hidden ids skipped)."""
        with self._db.read() as s:
            found = QueueRepository(s).summaries(ids, self._now())
            visible = (None if viewer is None
                       else visible_accounts(viewer, AdminRepository(s).accounts()))
        return [f for f in found if may_see(visible, f.account_id)]

    def detail(self, item_id: ItemId, viewer: ModeratorInfo | None = None) -> ItemDetail:
        """Everything about one item."""
        with self._db.read() as s:
            d = DetailRepository(s).detail(item_id, self._now())
            visible = (None if viewer is None
                       else visible_accounts(viewer, AdminRepository(s).accounts()))
        if d is None or not may_see(visible, d.item.account_id):
            raise NotFound(f"no item {item_id}")
        return d

    def claim(self, item_id: ItemId, moderator: ModeratorInfo,
              ttl: timedelta = CLAIM_TTL) -> bool:
        """Take an item for ``ttl``; False if someone else holds it."""
        now = self._now()
        self._check_visible(item_id, moderator)
        with self._db.write() as s:
            return WorkRepository(s).claim(item_id, moderator.id, now, now + ttl)

    def release(self, item_id: ItemId, moderator: ModeratorInfo) -> bool:
        """Give an item back; False if the moderator did not hold it."""
        with self._db.write() as s:
            return WorkRepository(s).release(item_id, moderator.id)

    def assign(self, item_id: ItemId, actor: ModeratorInfo, to: str, note: str = "") -> None:
        """Assign an item to a named colleague (who must be able to see it); logged."""
        self._check_visible(item_id, actor)
        now = self._now()
        with self._db.write() as s:
            admin, work = AdminRepository(s), WorkRepository(s)
            state = work.item_state(item_id, lock=True)
            assert state is not None
            target = colleague_for(admin, to, item_id, now)
            assert target is not None  # an unknown name raised
            work.assign(item_id, target.id, now)
            if note.strip():
                work.add_note(item_id, actor.id, note.strip(), now)
            AuditRepository(s).append(
                at=now, moderator=actor.name, role=actor.role.value, action=AuditAction.ASSIGN,
                item_ref=state.item_ref, account_id=state.account_id,
                detail=json.dumps({"assign_to": target.name}, ensure_ascii=False),
                content=note.strip() or None)

    def assignment(self, item_id: ItemId) -> Assignment | None:
        """Who an item is assigned to, since when, and the time to their first response."""
        with self._db.read() as s:
            return WorkRepository(s).assignment(item_id)

    def _check_visible(self, item_id: ItemId, moderator: ModeratorInfo) -> None:
        with self._db.read() as s:
            state = WorkRepository(s).item_state(item_id)
            visible = visible_accounts(moderator, AdminRepository(s).accounts())
        if state is None:
            raise NotFound(f"no item {item_id}")
        if not may_see(visible, AccountId(state.account_id)):
            raise PermissionDenied(f"{moderator.name} may not see item {item_id}")
