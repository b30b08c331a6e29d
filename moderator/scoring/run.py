"""Background scoring of a workspace: unscored items, newest unhandled first, in batches.

The run talks to storage only through ``ScoreSink`` (``unscored`` and ``store``) and to its
caller only through a plain ``progress(done, total)`` callback and a ``threading.Event`` to
cancel: no Qt here, so the UI runs it on a worker and the headless CLI runs it directly.
Identical texts (spam waves, copy-paste campaigns) are scored once per model version. With a
``RoutedScorer`` each item goes to the model for its language, and that language is stored.
"""

from __future__ import annotations

import hashlib
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from moderator.scoring.routing import RoutedScorer

if TYPE_CHECKING:
    from collections.abc import Sequence

    from moderator.items import ItemId
    from moderator.scoring.base import Scores, ScoreSink, ToxicityScorer

Progress = Callable[[int, int], None]
# (model name, model version, item ids, their languages or None) after each stored group
Stored = Callable[[str, str, list["ItemId"], "list[str] | None"], None]


class ScoreCache:
    """Scores keyed by (text hash, model version), least recently used dropped first.

    Args:
        capacity: Entries kept (about 300 bytes each).
    """

    def __init__(self, capacity: int = 200_000) -> None:
        self._capacity = capacity
        self._entries: OrderedDict[tuple[bytes, str], Scores] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(text: str, model_version: str) -> tuple[bytes, str]:
        """Return the cache key of a text under a model version."""
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest(), model_version

    def get(self, text: str, model_version: str) -> Scores | None:
        """Return the cached scores, or None."""
        key = self.key(text, model_version)
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def put(self, text: str, model_version: str, scores: Scores) -> None:
        """Remember the scores of a text."""
        with self._lock:
            self._entries[self.key(text, model_version)] = scores
            while len(self._entries) > self._capacity:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)


def score_cached(scorer: ToxicityScorer, texts: list[str], cache: ScoreCache) -> list[Scores]:
    """Score texts, asking the model only about texts not seen before under this version."""
    version = scorer.model_version
    found = [cache.get(t, version) for t in texts]
    todo = list(dict.fromkeys(t for t, f in zip(texts, found, strict=True) if f is None))
    for text, scores in zip(todo, scorer.score(todo) if todo else [], strict=True):
        cache.put(text, version, scores)
    fresh = {t: cache.get(t, version) for t in todo}
    return [f if f is not None else dict(fresh[t] or {}) for t, f in zip(texts, found, strict=True)]


@dataclass(frozen=True, slots=True)
class Scored:
    """One text's scores, the model that gave them, and the language that chose it."""

    scores: Scores
    model_name: str
    model_version: str
    language: str | None


def score_routed(router: RoutedScorer, texts: Sequence[str], cache: ScoreCache) -> list[Scored]:
    """Score texts, each with the model for its language, through the cache."""
    out: list[Scored | None] = [None] * len(texts)
    for group in router.split(texts):
        sub = [texts[i] for i in group.positions]
        langs: Sequence[str | None] = group.languages or [None] * len(sub)
        s = group.scorer
        for i, scores, lang in zip(group.positions, score_cached(s, sub, cache), langs,
                                   strict=True):
            out[i] = Scored(scores, s.model_name, s.model_version, lang)
    return [o for o in out if o is not None]


@dataclass(frozen=True, slots=True)
class RunResult:
    """How a run ended: items scored, how many of those came from the cache, cancelled or not.

    ``by_model`` counts the items each model scored (``"name version"``).
    """

    done: int
    from_cache: int
    cancelled: bool
    by_model: dict[str, int] = field(default_factory=dict)


class ScoringRun:
    """Scores a workspace's unscored items until none are left or it is cancelled.

    Items are fetched in windows (newest unhandled first, as storage orders them) and scored
    and stored in batches; an item that arrives during a window is picked up by the next one.

    Args:
        scorer: The active model's scorer, or a ``RoutedScorer`` (a model per language).
        sink: Where unscored items come from and scores go.
        batch_size: Items scored and stored per step.
        window: Items fetched per ``unscored`` call.
        cache: Shared score cache (a fresh one when omitted).
        progress: Called after each stored batch with ``(done, total)``; ``total`` counts the
            items known so far to need scoring, and grows when a window was full.
        cancel: Set it to stop after the current batch.
        stored: Called after each stored group with the model and the items it scored.
    """

    def __init__(
        self, scorer: ToxicityScorer | RoutedScorer, sink: ScoreSink, *, batch_size: int = 256,
        window: int = 4096, cache: ScoreCache | None = None, progress: Progress | None = None,
        cancel: threading.Event | None = None, stored: Stored | None = None,
    ) -> None:
        self._router = scorer if isinstance(scorer, RoutedScorer) else RoutedScorer(scorer)
        self._stored = stored
        self._by_model: Counter[str] = Counter()
        self._sink = sink
        self._batch_size = batch_size
        self._window = max(window, batch_size)
        self._cache = cache if cache is not None else ScoreCache()
        self._progress = progress
        self.cancel = cancel or threading.Event()
        self._done = self._from_cache = 0

    def run(self) -> RunResult:
        """Score until no unscored item is left (or cancelled); return what was done."""
        previous: set[ItemId] = set()
        while not self.cancel.is_set():
            fetched = self._sink.unscored(self._router.fallback.model_version, self._window,
                                          self._router.routes)
            window = [(item, text) for item, text in fetched if item not in previous]
            if not window:  # nothing left, or storage keeps returning what it was given
                break
            previous = {item for item, _ in window}
            total = self._done + len(window)
            for start in range(0, len(window), self._batch_size):
                if self.cancel.is_set():
                    break
                self._score_batch(window[start : start + self._batch_size])
                if self._progress is not None:
                    self._progress(self._done, total)
        return RunResult(self._done, self._from_cache, self.cancel.is_set(),
                         dict(self._by_model))

    def _score_batch(self, batch: list[tuple[ItemId, str]]) -> None:
        texts = [text for _, text in batch]
        for group in self._router.split(texts):
            scorer, version = group.scorer, group.scorer.model_version
            sub = [texts[i] for i in group.positions]
            self._from_cache += sum(self._cache.get(t, version) is not None for t in sub)
            scores = score_cached(scorer, sub, self._cache)
            rows = [(batch[i][0], s) for i, s in zip(group.positions, scores, strict=True)]
            self._sink.store(scorer.model_name, version, rows, group.languages)
            self._by_model[f"{scorer.model_name} {version}"] += len(rows)
            if self._stored is not None:
                self._stored(scorer.model_name, version, [i for i, _ in rows], group.languages)
            self._done += len(rows)
