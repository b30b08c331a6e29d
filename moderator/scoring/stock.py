"""The reference scorer: ``Detoxify.predict`` exactly as the library ships it.

Kept as the baseline the fast paths are checked and benchmarked against, and as the fallback
when no fast path can be built. Texts go in input order, in chunks, like a caller of the
library would send them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Sequence

    from moderator.scoring.base import Scores


class StockScorer:
    """Scores with a loaded ``Detoxify`` object's own ``predict``.

    Args:
        detoxify: A ``Detoxify`` instance (see ``loader.load_detoxify``).
        model_name: The installed model's name.
        model_version: The installed model's version.
        batch_size: Texts per ``predict`` call.
    """

    runtime = "detoxify"

    def __init__(
        self, detoxify: Any, model_name: str, model_version: str, batch_size: int = 16
    ) -> None:
        self._detoxify = detoxify
        self.model_name = model_name
        self.model_version = model_version
        self.categories: tuple[str, ...] = tuple(detoxify.class_names)
        self._batch_size = batch_size

    def score(self, texts: Sequence[str]) -> list[Scores]:
        """Score each text with ``Detoxify.predict``, in input order."""
        out: list[Scores] = []
        for start in range(0, len(texts), self._batch_size):
            chunk = list(texts[start : start + self._batch_size])
            result = self._detoxify.predict(chunk)
            for row in range(len(chunk)):
                out.append({c: _at(result[c], row) for c in self.categories})
        return out


def _at(values: Any, row: int) -> float:
    # predict() squeezes a one-text batch to a bare float instead of a list
    if isinstance(values, list):
        return float(values[row])
    return float(values)
