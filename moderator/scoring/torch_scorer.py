"""The PyTorch runtime: length-sorted batches under ``inference_mode``, on CPU or CUDA.

CPU: fp32, or int8 through ``torch.ao.quantization.quantize_dynamic`` on the Linear layers
(measured slower than ONNX Runtime int8 here, so not the default). CUDA: bf16 weights, large
length-bucketed batches, inputs copied from pinned memory without blocking, and the results
gathered on the device so the host waits once per call rather than once per batch.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

from moderator.scoring.base import cpu_threads
from moderator.scoring.tokens import FastTokenizer

if TYPE_CHECKING:
    from collections.abc import Sequence

    from moderator.scoring.base import Scores

CPU_BATCH = 16  # the sweet spot on 2-8 cores; 64 is slower (cache pressure, more padding)
CUDA_BATCH = 512
CHUNK_BATCHES = 8  # batches tokenised at a time


class TorchScorer:
    """Scores with a transformers sequence classifier in PyTorch.

    Args:
        model: The classifier (e.g. ``Detoxify.model``); it is moved/converted in place.
        tokenizer: A transformers tokenizer configured like Detoxify's (capped max length).
        categories: The model's categories; the first ``len(categories)`` logits are used.
        model_name: The installed model's name.
        model_version: The installed model's version.
        device: ``cpu`` or ``cuda`` (or ``cuda:N``).
        precision: ``fp32`` or ``int8`` on CPU; ``bf16``, ``fp16`` or ``fp32`` on CUDA
            (``bf16`` also runs on CPU, slowly, so the CUDA recipe can be tested anywhere).
        batch_size: Texts per forward pass (default: 16 on CPU, 512 on CUDA).
        threads: Intra-op threads on CPU (default: all cores of this process).
    """

    def __init__(
        self, model: Any, tokenizer: Any, categories: Sequence[str], model_name: str,
        model_version: str, *, device: str = "cpu", precision: str | None = None,
        batch_size: int | None = None, threads: int | None = None,
    ) -> None:
        import torch

        self._torch = torch
        self.model_name = model_name
        self.model_version = model_version
        self.categories = tuple(categories)
        self._device = torch.device(device)
        cuda = self._device.type == "cuda"
        precision = precision or ("bf16" if cuda else "fp32")
        self._batch_size = batch_size or (CUDA_BATCH if cuda else CPU_BATCH)
        self._max_tokens = self._batch_size * 128  # bounds memory when long rants come in
        self._tokens = FastTokenizer.from_transformers(tokenizer)
        if not cuda:
            torch.set_num_threads(threads or cpu_threads())
        self._model = _prepare(torch, model.eval(), self._device, precision)
        self.runtime = f"torch-{'cuda-' if cuda else ''}{precision}"

    def score(self, texts: Sequence[str]) -> list[Scores]:
        """Score each text; results come back in input order."""
        if not texts:
            return []
        torch = self._torch
        n_cat = len(self.categories)
        parts: list[tuple[list[int], Any]] = []
        with torch.inference_mode():
            for positions in self._chunks(texts):
                chunk = [texts[i] for i in positions]
                for batch in self._tokens.batches(chunk, self._batch_size, self._max_tokens):
                    probs = self._forward(batch.input_ids, batch.attention_mask, n_cat)
                    parts.append(([positions[j] for j in batch.index], probs))
            probs = torch.cat([p for _, p in parts]).cpu().numpy()  # the one host wait
        out: list[Scores] = [{} for _ in texts]
        for row, i in enumerate(i for index, _ in parts for i in index):
            out[i] = dict(zip(self.categories, map(float, probs[row]), strict=True))
        return out

    def _chunks(self, texts: Sequence[str]) -> list[list[int]]:
        """Cut the input, longest (in characters) first, into chunks of a few batches.

        Tokenising a chunk on the CPU overlaps the GPU's work on the chunk before (kernel
        launches are asynchronous); within a chunk, batches are sorted by exact token count.
        """
        by_chars = sorted(range(len(texts)), key=lambda i: len(texts[i]), reverse=True)
        size = self._batch_size * CHUNK_BATCHES
        return [by_chars[i : i + size] for i in range(0, len(by_chars), size)]

    def _forward(self, input_ids: Any, attention_mask: Any, n_cat: int) -> Any:
        torch = self._torch
        ids = torch.from_numpy(input_ids)
        mask = torch.from_numpy(attention_mask)
        if self._device.type == "cuda":
            ids = ids.pin_memory().to(self._device, non_blocking=True)
            mask = mask.pin_memory().to(self._device, non_blocking=True)
        logits = self._model(input_ids=ids, attention_mask=mask).logits
        return torch.sigmoid(logits[:, :n_cat].float())


def _prepare(torch: Any, model: Any, device: Any, precision: str) -> Any:
    dtypes = {"bf16": torch.bfloat16, "fp16": torch.float16, "fp32": torch.float32}
    if device.type == "cuda" or precision == "bf16":  # bf16 on CPU: to test the CUDA recipe
        return model.to(device=device, dtype=dtypes[precision])
    if precision == "int8":
        with warnings.catch_warnings():  # deprecated in favour of torchao, still works in 2.13
            warnings.simplefilter("ignore")
            return torch.ao.quantization.quantize_dynamic(
                model, {torch.nn.Linear}, dtype=torch.qint8
            )
    if precision != "fp32":
        raise ValueError(f"precision {precision!r} is not offered on CPU")
    return model
