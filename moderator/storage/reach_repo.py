"""Who is heard: per-author counts for the representativeness figures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, or_, select

from moderator.storage.ingest_repo import author_key
from moderator.storage.stats_repo import aware
from moderator.storage.tables import AccountRow, ItemRow

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy import ColumnElement
    from sqlalchemy.orm import Session


class ReachRepository:
    """Aggregates over citizens' items (the organisation's own accounts left out)."""

    def __init__(self, session: Session, salt: bytes,
                 accounts: frozenset[int] | None = None) -> None:
        self._s = session
        self._salt = salt
        self._accounts = accounts  # None: every account (else what the viewer may see)

    def projects(self) -> list[str]:
        """Projects named on accounts."""
        return sorted(p for p in self._s.scalars(select(AccountRow.project).distinct()) if p)

    def _where(self, since: datetime, until: datetime,
               project: str | None) -> list[ColumnElement[bool]]:
        """Citizens' items in the period, project and visible accounts."""
        accounts = list(self._s.execute(select(AccountRow.id, AccountRow.platform,
                                               AccountRow.external_id, AccountRow.project)))
        own = [author_key(self._salt, p, e) for _, p, e, _ in accounts]
        where = [ItemRow.created_at >= since, ItemRow.created_at < until,
                 ItemRow.author_key.not_in(own)]
        chosen = [i for i, _, _, p in accounts if (project is None or p == project)
                  and (self._accounts is None or i in self._accounts)]
        if project is not None or self._accounts is not None:
            where.append(ItemRow.account_id.in_(chosen))
        return where

    def per_author(self, since: datetime, until: datetime,
                   project: str | None) -> list[tuple[str, int]]:
        """(author key, items) in the period, most active first."""
        n = func.count()
        stmt = (select(ItemRow.author_key, n).where(*self._where(since, until, project))
                .group_by(ItemRow.author_key).order_by(n.desc(), ItemRow.author_key))
        return [(str(k), int(c)) for k, c in self._s.execute(stmt)]

    def first_seen(self, since: datetime, until: datetime,
                   project: str | None) -> list[datetime]:
        """When each author of the period first wrote anything (in this workspace)."""
        inner = select(ItemRow.author_key).where(*self._where(since, until, project)).distinct()
        stmt = (select(func.min(ItemRow.created_at)).where(ItemRow.author_key.in_(inner))
                .group_by(ItemRow.author_key))
        return [aware(v) for (v,) in self._s.execute(stmt)]

    def per_platform(self, since: datetime, until: datetime,
                     project: str | None) -> dict[str, tuple[int, int]]:
        """Platform -> (items, authors)."""
        stmt = (select(ItemRow.platform, func.count(), func.count(ItemRow.author_key.distinct()))
                .where(*self._where(since, until, project)).group_by(ItemRow.platform))
        return {str(p): (int(i), int(a)) for p, i, a in self._s.execute(stmt)}

    def restricted(self, since: datetime, until: datetime, project: str | None) -> int:
        """Items hidden or removed (by us or on the platform)."""
        stmt = select(func.count()).where(*self._where(since, until, project), or_(
            ItemRow.status.in_(("hidden", "removed")), ItemRow.hidden_on_platform.is_(True),
            ItemRow.deleted_on_platform.is_(True)))
        return int(self._s.execute(stmt).scalar_one())
