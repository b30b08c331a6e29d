"""Scores in the workspace: what still needs scoring, and storing results (re-flagging)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from moderator.flagging import FlagSubject
from moderator.storage.ingest_repo import set_flags
from moderator.storage.scores_repo import ScoresRepository

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

    from moderator.flagging import Flagger
    from moderator.items import ItemId
    from moderator.storage.uow import Database


class ScoreService:
    """Unscored work and storing scores (re-applying rules that use toxicity)."""

    def __init__(self, db: Database, flagger: Callable[[], Flagger]) -> None:
        self._db = db
        self._flagger = flagger

    def unscored(self, model_version: str, limit: int,
                 languages: Mapping[str, str] | None = None) -> list[tuple[ItemId, str]]:
        """Items lacking a score from the model for their language, unhandled and newest first.

        ``languages`` maps a language to its model's version; ``model_version`` scores the rest.
        """
        with self._db.read() as s:
            return ScoresRepository(s).unscored(model_version, limit, languages)

    def count_unscored(self, model_version: str,
                       languages: Mapping[str, str] | None = None) -> int:
        """How many items lack a score from the model for their language."""
        with self._db.read() as s:
            return ScoresRepository(s).count_unscored(model_version, languages)

    def store(self, model_name: str, model_version: str,
              rows: list[tuple[ItemId, dict[str, float]]],
              languages: Sequence[str] | None = None) -> None:
        """Save scores (with each item's language) and re-evaluate the rules on open items."""
        with self._db.write() as s:
            repo = ScoresRepository(s)
            repo.store(model_name, model_version, rows, languages)
            texts = repo.texts([i for i, _ in rows])
            ids = [i for i, _ in rows if i in texts]
            subjects = [FlagSubject(texts[i][0], texts[i][1], texts[i][2], texts[i][3],
                                    texts[i][4], dict(sc)) for i, sc in rows if i in texts]
            for item_id, flags in zip(ids, self._flagger()(subjects), strict=True):
                set_flags(s, item_id, flags)
