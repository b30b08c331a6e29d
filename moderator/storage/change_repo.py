"""The change log read side: which items changed since a mark, and whether items arrived.

``item_changes`` is written by triggers (see its migration), so changes made by any process
(a colleague's app, the worker, the CLI) are seen; new items need no log row: their ids
are past the mark's ``last_item``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from moderator.storage.tables import ItemChangeRow, ItemRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MAX_IDS = 2000  # more changed items than this at once: the reader reloads everything


@dataclass(frozen=True, slots=True)
class ChangeMark:
    """How far a reader has read: the last change seen and the newest item id."""

    seq: int = 0
    last_item: int = 0


@dataclass(frozen=True, slots=True)
class ChangeBatch:
    """What changed after a mark (``lost``: too much, or the log was trimmed past it)."""

    mark: ChangeMark
    items: frozenset[int] = frozenset()
    arrived: bool = False
    lost: bool = False


class ChangeRepository:
    """Reads ``item_changes`` and the newest item id (two index lookups when idle)."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def mark(self) -> ChangeMark:
        """The mark of now: nothing before it counts as a change."""
        seq = self._s.execute(select(func.max(ItemChangeRow.seq))).scalar()
        last = self._s.execute(select(func.max(ItemRow.id))).scalar()
        return ChangeMark(int(seq or 0), int(last or 0))

    def since(self, mark: ChangeMark) -> ChangeBatch:
        """The changes after ``mark``, and the mark to read from next."""
        now = self.mark()
        if now == mark:
            return ChangeBatch(mark)
        arrived = now.last_item > mark.last_item
        if now.seq <= mark.seq:
            return ChangeBatch(now, arrived=arrived, lost=now.seq < mark.seq)  # a new log
        first = self._s.execute(select(func.min(ItemChangeRow.seq))).scalar()
        rows = self._s.execute(
            select(ItemChangeRow.item_id).where(ItemChangeRow.seq > mark.seq,
                                                ItemChangeRow.seq <= now.seq)
            .limit(MAX_IDS + 1)).scalars().all()
        lost = first is None or first > mark.seq + 1 or len(rows) > MAX_IDS
        return ChangeBatch(now, frozenset(rows) if not lost else frozenset(),
                           arrived=arrived, lost=lost)
