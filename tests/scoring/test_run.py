"""Background scoring against an in-memory implementation of the score-storage protocol."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from moderator.items import ItemId
from moderator.scoring import ScoreCache, ScoringRun, open_scorer
from moderator.scoring.run import score_cached

if TYPE_CHECKING:
    from collections.abc import Sequence

    from moderator.scoring.store import ModelStore


class MemorySink:
    """Items newest first; ``unscored`` hides items already scored for that version."""

    def __init__(self, texts: list[str]) -> None:
        # higher id = newer; storage returns newest unhandled first
        self.items = {ItemId(i): t for i, t in enumerate(texts, 1)}
        self.scores: dict[tuple[ItemId, str], dict[str, float]] = {}
        self.stored_batches: list[list[ItemId]] = []

    def unscored(self, model_version: str, limit: int,
                 languages: Any = None) -> list[tuple[ItemId, str]]:
        newest = sorted(self.items, reverse=True)
        todo = [i for i in newest if (i, model_version) not in self.scores]
        return [(i, self.items[i]) for i in todo[:limit]]

    def store(self, model_name: str, model_version: str,
              rows: list[tuple[ItemId, dict[str, float]]], languages: Any = None) -> None:
        self.stored_batches.append([i for i, _ in rows])
        for item, scores in rows:
            self.scores[(item, model_version)] = scores


class CountingScorer:
    """Scores by text length, and remembers every text it was asked about."""

    model_name = "fake"
    runtime = "fake"
    categories = ("toxicity",)

    def __init__(self, version: str = "v1") -> None:
        self.model_version = version
        self.asked: list[str] = []

    def score(self, texts: Sequence[str]) -> list[dict[str, float]]:
        self.asked.extend(texts)
        return [{"toxicity": min(1.0, len(t) / 100)} for t in texts]


def test_scores_everything_newest_first_with_progress() -> None:
    sink = MemorySink([f"comment {i}" for i in range(25)])
    seen: list[tuple[int, int]] = []
    result = ScoringRun(CountingScorer(), sink, batch_size=4, window=10,
                        progress=lambda done, total: seen.append((done, total))).run()
    assert (result.done, result.cancelled) == (25, False)
    assert len(sink.scores) == 25
    assert sink.stored_batches[0] == [ItemId(25), ItemId(24), ItemId(23), ItemId(22)]
    assert seen[-1] == (25, 25)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert all(d <= t for d, t in seen)


def test_identical_texts_scored_once_per_model_version() -> None:
    sink = MemorySink(["spam wave!"] * 30 + ["something else"])
    scorer = CountingScorer()
    cache = ScoreCache()
    result = ScoringRun(scorer, sink, batch_size=8, cache=cache).run()
    assert result.done == 31
    assert sorted(scorer.asked) == ["something else", "spam wave!"]
    assert result.from_cache == 23  # batch 1 (8 items) asks twice; the other 23 are cache hits
    new_model = CountingScorer("v2")
    ScoringRun(new_model, sink, cache=cache).run()  # a new version rescores, once per text
    assert sorted(new_model.asked) == ["something else", "spam wave!"]


def test_cancel_stops_after_the_current_batch() -> None:
    sink = MemorySink([f"c{i}" for i in range(100)])
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 20:
            cancel.set()

    result = ScoringRun(CountingScorer(), sink, batch_size=10, progress=progress,
                        cancel=cancel).run()
    assert (result.done, result.cancelled) == (20, True)
    assert len(sink.scores) == 20


def test_storage_that_ignores_stores_does_not_loop_forever() -> None:
    class Forgetful(MemorySink):
        def store(self, model_name: str, model_version: str, rows: Any,
                  languages: Any = None) -> None:
            pass

    result = ScoringRun(CountingScorer(), Forgetful(["a", "b", "c"]), batch_size=2).run()
    assert result.done == 3


def test_real_model_scores_are_stored(installed: ModelStore) -> None:
    scorer = open_scorer(installed.require_active())
    sink = MemorySink(["jij bent echt een sukkel", "bedankt", "jij bent echt een sukkel"])
    ScoringRun(scorer, sink).run()
    stored = [sink.scores[(ItemId(i), scorer.model_version)] for i in (1, 2, 3)]
    assert stored[0] == stored[2]
    assert set(stored[1]) == set(scorer.categories)
    assert stored == score_cached(scorer, list(sink.items.values()), ScoreCache())


def test_length_sorted_batches_bound_tokens() -> None:
    from moderator.scoring.tokens import length_sorted, pad

    rows = [[1] * n for n in (5, 512, 40, 300, 7, 512, 60)]
    batches = length_sorted(rows, batch_size=4, max_tokens=1024)
    assert sorted(i for b in batches for i in b) == list(range(len(rows)))
    assert batches[0] == [1, 5]  # two 512-token rows fill the budget
    assert all(len(b) * max(len(rows[i]) for i in b) <= 1024 for b in batches)
    ids, mask = pad([rows[0], rows[4]], pad_id=9)
    assert ids.shape == (2, 7)
    assert ids[0, 5:].tolist() == [9, 9]
    assert mask.sum() == 12
