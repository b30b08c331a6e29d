"""Toxicity scores: which items still need scoring, and storing results."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import and_, delete, func, insert, not_, or_, select, update

from moderator.items import ItemId, Status
from moderator.storage.tables import ItemRow, ScoreRow

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from sqlalchemy import ColumnElement
    from sqlalchemy.orm import Session


class ScoresRepository:
    """Unscored work lists and score writes; the caller owns the transaction."""

    def __init__(self, session: Session) -> None:
        self._s = session

    def unscored(self, model_version: str, limit: int,
                 languages: Mapping[str, str] | None = None) -> list[tuple[ItemId, str]]:
        """Items whose score is missing or from another model: unhandled first, newest first.

        ``languages`` maps a language to its own model's version; other languages (and
        undetermined ones) go to ``model_version``. See ``ScoreSink.unscored``.
        """
        stmt = (
            select(ItemRow.id, ItemRow.text)
            .outerjoin(ScoreRow, ScoreRow.item_id == ItemRow.id)
            .where(_needs_score(model_version, languages), ItemRow.purged.is_(False))
            .order_by(ItemRow.is_open.desc(), ItemRow.created_at.desc(), ItemRow.id.desc())
            .limit(limit)
        )
        return [(ItemId(i), t) for i, t in self._s.execute(stmt)]

    def count_unscored(self, model_version: str,
                       languages: Mapping[str, str] | None = None) -> int:
        """How many items still need a score from these models."""
        stmt = (select(func.count()).select_from(ItemRow)
                .outerjoin(ScoreRow, ScoreRow.item_id == ItemRow.id)
                .where(_needs_score(model_version, languages)))
        return int(self._s.execute(stmt).scalar_one())

    def store(self, model_name: str, model_version: str,
              rows: Sequence[tuple[ItemId, dict[str, float]]],
              languages: Sequence[str] | None = None) -> None:
        """Replace the scores of these items and update their queue sort column."""
        if not rows:
            return
        ids = [i for i, _ in rows]
        langs: Sequence[str | None] = languages if languages is not None else [None] * len(rows)
        self._s.execute(delete(ScoreRow).where(ScoreRow.item_id.in_(ids)))
        self._s.execute(insert(ScoreRow), [
            {"item_id": i, "model_name": model_name, "model_version": model_version,
             "language": lang, "values": {k: float(v) for k, v in s.items()}}
            for (i, s), lang in zip(rows, langs, strict=True)])
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


def _needs_score(fallback: str, languages: Mapping[str, str] | None) -> ColumnElement[bool]:
    """True where the item's score is missing or not from the model its language goes to."""
    if not languages:
        return or_(ScoreRow.item_id.is_(None), ScoreRow.model_version != fallback)
    lang = func.coalesce(ScoreRow.language, "")  # NULL: scored before languages were kept
    own = [and_(lang == code, ScoreRow.model_version == version)
           for code, version in sorted(languages.items())]
    rest = and_(lang != "", lang.not_in(sorted(languages)), ScoreRow.model_version == fallback)
    return or_(ScoreRow.item_id.is_(None), not_(or_(*own, rest)))
