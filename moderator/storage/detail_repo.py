"""Everything the item detail panel shows about one item, as DTOs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from moderator.detail import ActionInfo, ItemDetail, NoteInfo
from moderator.items import Evidence, FlagInfo, ItemId, ItemSummary
from moderator.storage.damage import items_guard
from moderator.storage.outbox_repo import delivery_of
from moderator.storage.queue_repo import QueueRepository
from moderator.storage.tables import (
    ActionRow,
    FlagRow,
    ItemHistoryRow,
    ItemRow,
    ModeratorRow,
    NoteRow,
    OutboxRow,
    ScoreRow,
    ThreadRow,
)
from moderator.storage.work_repo import WorkRepository

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy.orm import Session


class DetailRepository:
    """Reads for one item."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self._q = QueueRepository(session)

    def detail(self, item_id: ItemId, now: datetime) -> ItemDetail | None:
        """Load an item's full detail, or None if it does not exist.

        Raises:
            DamagedRow: The item, or a row it shows (flags, author's items), is damaged.
        """
        with items_guard(self._s):
            return self._detail(item_id, now)

    def _detail(self, item_id: ItemId, now: datetime) -> ItemDetail | None:
        found = self._q.summaries([item_id], now)
        if not found:
            return None
        row = self._s.get(ItemRow, item_id)
        assert row is not None
        thread = self._s.get(ThreadRow, row.thread_id)
        return ItemDetail(
            item=found[0], thread_title=thread.title if thread else "",
            thread_url=thread.url if thread else "", permalink=row.permalink,
            parent=self._parent(row, now), flags=self._flags(item_id),
            scores=found[0].scores, score_model=self._score_model(item_id),
            author_items=self._author_items(row, now),
            author_warnings=self._author_warnings(row.author_key),
            actions=self._actions(item_id), notes=self._notes(item_id),
            earlier_texts=tuple(self._s.scalars(
                select(ItemHistoryRow.text).where(ItemHistoryRow.item_id == item_id)
                .order_by(ItemHistoryRow.revision)).all()),
            assignment=WorkRepository(self._s).assignment(item_id),
        )

    def _parent(self, row: ItemRow, now: datetime) -> ItemSummary | None:
        if not row.parent_external_id:
            return None
        pid = self._s.scalars(select(ItemRow.id).where(
            ItemRow.account_id == row.account_id,
            ItemRow.external_id == row.parent_external_id)).first()
        found = self._q.summaries([ItemId(pid)], now) if pid else []
        return found[0] if found else None

    def _flags(self, item_id: int) -> tuple[FlagInfo, ...]:
        rows = self._s.scalars(select(FlagRow).where(FlagRow.item_id == item_id)
                               .order_by(FlagRow.id))
        return tuple(FlagInfo(f.rule_id, f.ruleset_version, f.severity, f.action,
                              tuple(Evidence(a, b) for a, b in _spans(f.spans)))
                     for f in rows)

    def _score_model(self, item_id: int) -> str:
        row = self._s.get(ScoreRow, item_id)
        if row is None:
            return ""
        lang = f" ({row.language})" if row.language and row.language != "und" else ""
        return f"{row.model_name} {row.model_version}{lang}"

    def _author_items(self, row: ItemRow, now: datetime) -> tuple[ItemSummary, ...]:
        ids = self._s.scalars(
            select(ItemRow.id).where(ItemRow.author_key == row.author_key, ItemRow.id != row.id)
            .order_by(ItemRow.created_at.desc()).limit(10)).all()
        return tuple(self._q.summaries([ItemId(i) for i in ids], now))

    def _author_warnings(self, key: str) -> int:
        return int(self._s.execute(
            select(func.count()).select_from(ActionRow)
            .join(ItemRow, ItemRow.id == ActionRow.item_id)
            .where(ItemRow.author_key == key, ActionRow.kind.in_(["warn", "remove", "hide"]))
        ).scalar_one())

    def _actions(self, item_id: int) -> tuple[ActionInfo, ...]:
        found = self._s.execute(
            select(ActionRow, ModeratorRow.name, OutboxRow).join(ModeratorRow)
            .outerjoin(OutboxRow, OutboxRow.action_id == ActionRow.id)
            .where(ActionRow.item_id == item_id).order_by(ActionRow.id))
        rows: list[tuple[ActionRow, str, OutboxRow | None]] = [(a, n, o) for a, n, o in found]
        return tuple(ActionInfo(a.kind, name, a.created_at, a.rule_id, a.text,
                                a.platform_result, delivery_of(o) if o is not None else None)
                     for a, name, o in rows)

    def _notes(self, item_id: int) -> tuple[NoteInfo, ...]:
        rows = self._s.execute(
            select(NoteRow, ModeratorRow.name).join(ModeratorRow)
            .where(NoteRow.item_id == item_id).order_by(NoteRow.id)).all()
        return tuple(NoteInfo(name, n.created_at, n.text) for n, name in rows)


def _spans(value: object) -> list[tuple[int, int]]:
    """A flag's evidence spans: a JSON list of [start, end] pairs (TypeError otherwise)."""
    if not isinstance(value, list):
        raise TypeError("spans is not a list")
    pairs = [tuple(p) for p in value if isinstance(p, list) and len(p) == 2
             and all(isinstance(x, int | float) and not isinstance(x, bool) for x in p)]
    if len(pairs) != len(value):
        raise TypeError("spans is not a list of [start, end]")
    return [(int(a), int(b)) for a, b in pairs]
