"""Toxicity scores: which items still need scoring, and storing results."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete, func, insert, or_, select, update

from moderator.items import ItemId, Status
from moderator.storage.tables import ItemRow, ScoreRow

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.orm import Session


class ScoresRepository:
    """Unscored work lists and score writes; the caller owns the transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def unscored(self, model_version: str, limit: int) -> list[tuple[ItemId, str]]:
        """Items with no score from this model version: unhandled first, newest first."""
        stmt = (
            select(ItemRow.id, ItemRow.text)
            .outerjoin(ScoreRow, ScoreRow.item_id == ItemRow.id)
            .where(or_(ScoreRow.item_id.is_(None), ScoreRow.model_version != model_version),
                   ItemRow.purged.is_(False))
            .order_by(ItemRow.is_open.desc(), ItemRow.created_at.desc(), ItemRow.id.desc())
            .limit(limit)
        )
        return [(ItemId(i), t) for i, t in self._s.execute(stmt)]

    def count_unscored(self, model_version: str) -> int:
        """How many items still need this model's score."""
        stmt = (select(func.count()).select_from(ItemRow)
                .outerjoin(ScoreRow, ScoreRow.item_id == ItemRow.id)
                .where(or_(ScoreRow.item_id.is_(None), ScoreRow.model_version != model_version)))
        return int(self._s.execute(stmt).scalar_one())

    def store(self, model_name: str, model_version: str,
              rows: Sequence[tuple[ItemId, dict[str, float]]]) -> None:
        """Replace the scores of these items and update their queue sort column."""
        if not rows:
            return
        ids = [i for i, _ in rows]
        self._s.execute(delete(ScoreRow).where(ScoreRow.item_id.in_(ids)))
        self._s.execute(insert(ScoreRow), [
            {"item_id": i, "model_name": model_name, "model_version": model_version,
             "values": {k: float(v) for k, v in s.items()}} for i, s in rows])
        for item_id, s in rows:
            worst = max(s.values(), default=0.0)
            self._s.execute(update(ItemRow).where(ItemRow.id == item_id)
                            .values(toxicity=worst, sort_tox=-worst))

    def texts(self, ids: Sequence[ItemId]) -> dict[ItemId, tuple[str, str, str, str, str]]:
        """Text, author key, platform, account id and kind of items (for re-flagging)."""
        rows = self._s.execute(select(ItemRow.id, ItemRow.text, ItemRow.author_key,
                                      ItemRow.platform, ItemRow.account_id, ItemRow.kind,
                                      ItemRow.status)
                               .where(ItemRow.id.in_(ids)))
        return {ItemId(r[0]): (r[1], r[2], r[3], str(r[4]), r[5]) for r in rows
                if r[6] in (Status.NEW, Status.FLAGGED)}
