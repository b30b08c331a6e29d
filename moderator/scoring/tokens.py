"""Tokenising many comments at once and cutting them into length-sorted batches.

The Rust ``tokenizers`` backend encodes a whole list in parallel, without Python-level padding;
we pad each batch ourselves to its own longest row. Sorting by length first cuts padding from
about 45 % to 2 % on realistic comments, which is worth +50-75 % throughput on CPU.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from pathlib import Path

    from numpy.typing import NDArray


@dataclass(frozen=True, slots=True)
class Batch:
    """One padded batch: the rows' positions in the input, ids and attention mask."""

    index: list[int]
    input_ids: NDArray[np.int64]
    attention_mask: NDArray[np.int64]


class FastTokenizer:
    """A Rust tokenizer configured like Detoxify's: truncation at the model's limit, no padding.

    Args:
        backend: A ``tokenizers.Tokenizer`` (it is copied, never changed in place).
        max_length: Longest encoding, special tokens included.
        pad_id: The id used to pad a batch.
    """

    def __init__(self, backend: Any, max_length: int, pad_id: int) -> None:
        from tokenizers import Tokenizer

        self._backend = Tokenizer.from_str(backend.to_str())
        self._backend.no_padding()
        self._backend.enable_truncation(max_length=max_length)
        self.max_length = max_length
        self.pad_id = pad_id

    @classmethod
    def from_transformers(cls, tokenizer: Any) -> FastTokenizer:
        """Wrap the backend of a (fast) transformers tokenizer, e.g. ``Detoxify.tokenizer``."""
        return cls(tokenizer.backend_tokenizer, int(tokenizer.model_max_length),
                   int(tokenizer.pad_token_id))

    @classmethod
    def from_file(cls, tokenizer_json: Path, max_length: int) -> FastTokenizer:
        """Load ``tokenizer.json`` without importing transformers (the ONNX runtime path)."""
        from tokenizers import Tokenizer

        backend = Tokenizer.from_file(str(tokenizer_json))
        pad_id = _pad_id(tokenizer_json.parent, backend)
        return cls(backend, max_length, pad_id)

    def encode(self, texts: Sequence[str]) -> list[list[int]]:
        """Return the token ids of each text (specials added, truncated)."""
        return [enc.ids for enc in self._backend.encode_batch(list(texts))]

    def batches(
        self, texts: Sequence[str], batch_size: int, max_tokens: int | None = None
    ) -> Iterator[Batch]:
        """Encode ``texts`` and yield padded batches, longest first (see ``length_sorted``)."""
        rows = self.encode(texts)
        for index in length_sorted(rows, batch_size, max_tokens):
            ids, mask = pad([rows[i] for i in index], self.pad_id)
            yield Batch(index, ids, mask)


def length_sorted(
    rows: Sequence[Sequence[int]], batch_size: int, max_tokens: int | None = None
) -> list[list[int]]:
    """Group row positions into batches of similar length, longest first.

    Longest first means the biggest batch comes first: if memory runs out, it does so at once.

    Args:
        rows: Token ids per text.
        batch_size: Most rows per batch.
        max_tokens: Most padded tokens per batch: long rants go in smaller batches, so memory
            (attention grows with the square of the length) stays bounded.
    """
    order = sorted(range(len(rows)), key=lambda i: len(rows[i]), reverse=True)
    batches: list[list[int]] = []
    start = 0
    while start < len(order):
        size = batch_size
        if max_tokens:
            size = max(1, min(batch_size, max_tokens // max(1, len(rows[order[start]]))))
        batches.append(order[start : start + size])
        start += size
    return batches


def pad(rows: Sequence[Sequence[int]], pad_id: int) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
    """Pad rows to the longest one; return ``(input_ids, attention_mask)`` as int64 arrays."""
    width = max((len(r) for r in rows), default=0)
    ids = np.full((len(rows), width), pad_id, dtype=np.int64)
    mask = np.zeros((len(rows), width), dtype=np.int64)
    for n, row in enumerate(rows):
        ids[n, : len(row)] = row
        mask[n, : len(row)] = 1
    return ids, mask


def _pad_id(folder: Path, backend: Any) -> int:
    """Find the padding token's id from ``tokenizer_config.json`` (or the usual names)."""
    names: list[str] = []
    config = folder / "tokenizer_config.json"
    if config.is_file():
        token = json.loads(config.read_text(encoding="utf-8")).get("pad_token")
        if isinstance(token, dict):
            token = token.get("content")
        if isinstance(token, str):
            names.append(token)
    for name in [*names, "<pad>", "[PAD]"]:
        found = backend.token_to_id(name)
        if found is not None:
            return int(found)
    return 0
