"""Polls: their definition, the threads they run on, and the comments that may be votes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from moderator.items import ItemId
from moderator.participation.votes import Ballot
from moderator.storage.ingest_repo import author_key
from moderator.storage.tables import AccountRow, ItemRow, PollRow, PollThreadRow, ThreadRow

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy.orm import Session


class PollRepository:
    """Reads and writes of polls; the caller owns the transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def thread_of(self, item_id: int) -> tuple[int, str] | None:
        """The item's thread id and title (None: no such item)."""
        row = self._s.execute(select(ThreadRow.id, ThreadRow.title).join(
            ItemRow, ItemRow.thread_id == ThreadRow.id).where(ItemRow.id == item_id)).first()
        return None if row is None else (int(row[0]), str(row[1] or ""))

    def first_item_on(self, title_words: str) -> int | None:
        """The first item on a post whose title contains these words."""
        return self._s.scalars(select(ItemRow.id).join(ThreadRow, ThreadRow.id ==
                                                       ItemRow.thread_id)
                               .where(ThreadRow.title.contains(title_words, autoescape=True))
                               .order_by(ItemRow.created_at, ItemRow.id).limit(1)).first()

    def define(self, item_id: int, *, title: str, options: list[dict[str, Any]],
               closes_at: datetime | None, by: str, at: datetime,
               thread_ids: list[int]) -> int:
        """Create or redefine the poll on ``item_id``'s post (and other posts)."""
        row = self._s.scalars(select(PollRow).where(PollRow.item_id == item_id)).first()
        if row is None:
            row = PollRow(item_id=item_id)
            self._s.add(row)
        row.title, row.options, row.closes_at = title, options, closes_at
        row.defined_by, row.defined_at = by, at
        self._s.flush()
        have = set(self._s.scalars(select(PollThreadRow.thread_id)
                                   .where(PollThreadRow.poll_id == row.id)))
        self._s.add_all(PollThreadRow(poll_id=row.id, thread_id=t)
                        for t in dict.fromkeys(thread_ids) if t not in have)
        self._s.flush()
        return row.id

    def poll_for(self, item_id: int) -> PollRow | None:
        """The poll defined on this item, or on its thread."""
        row = self._s.scalars(select(PollRow).where(PollRow.item_id == item_id)).first()
        if row is not None:
            return row
        return self._s.scalars(select(PollRow).join(
            PollThreadRow, PollThreadRow.poll_id == PollRow.id).join(
            ItemRow, ItemRow.thread_id == PollThreadRow.thread_id)
            .where(ItemRow.id == item_id)).first()

    def polls_with_items(self, item_ids: list[int]) -> list[tuple[PollRow, list[int]]]:
        """The polls whose posts hold any of these items, with those items."""
        out: dict[int, tuple[PollRow, list[int]]] = {}
        for i in range(0, len(item_ids), 500):
            stmt = (select(PollRow, ItemRow.id).join(
                PollThreadRow, PollThreadRow.poll_id == PollRow.id).join(
                ItemRow, ItemRow.thread_id == PollThreadRow.thread_id)
                .where(ItemRow.id.in_(item_ids[i:i + 500])))
            for row, iid in self._s.execute(stmt):
                out.setdefault(row.id, (row, []))[1].append(int(iid))
        return list(out.values())

    def texts(self, item_ids: list[int]) -> dict[int, tuple[str, datetime]]:
        """Text and time of these items."""
        stmt = select(ItemRow.id, ItemRow.text, ItemRow.created_at).where(
            ItemRow.id.in_(item_ids))
        return {int(i): (t, c) for i, t, c in self._s.execute(stmt)}

    def polls(self) -> list[PollRow]:
        """Every poll, newest first."""
        return list(self._s.scalars(select(PollRow).order_by(PollRow.defined_at.desc())))

    def ballots(self, poll_id: int, salt: bytes) -> list[Ballot]:
        """Every comment on the poll's posts, except those of the organisation's own account."""
        threads = list(self._s.scalars(select(PollThreadRow.thread_id)
                                       .where(PollThreadRow.poll_id == poll_id)))
        if not threads:
            return []
        stmt = (select(ItemRow.id, ItemRow.author_key, ItemRow.author_name, ItemRow.platform,
                       ItemRow.created_at, ItemRow.text, AccountRow.external_id)
                .join(AccountRow, AccountRow.id == ItemRow.account_id)
                .where(ItemRow.thread_id.in_(threads)))
        out = []
        own: dict[tuple[str, str], str] = {}
        for iid, key, name, platform, created, text, account_ext in self._s.execute(stmt):
            mine = own.setdefault((platform, account_ext), author_key(salt, platform,
                                                                      account_ext))
            if key != mine:
                out.append(Ballot(ItemId(iid), key, name, platform, created, text))
        return out

    def platforms(self, poll_id: int) -> list[str]:
        """The platforms the poll runs on."""
        stmt = (select(AccountRow.platform).distinct()
                .join(ThreadRow, ThreadRow.account_id == AccountRow.id)
                .join(PollThreadRow, PollThreadRow.thread_id == ThreadRow.id)
                .where(PollThreadRow.poll_id == poll_id))
        return sorted(self._s.scalars(stmt))
