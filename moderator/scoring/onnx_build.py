"""Building the fast CPU runtime: ONNX export, int8 quantisation, and an accuracy gate.

The result is cached next to the installed model in ``fast/<sha256 prefix>/`` with a
``meta.json``; a different checkpoint hash (or ONNX Runtime version) means a rebuild. Before a
variant is used it must agree with stock Detoxify on the probe texts: int8 within
``INT8_TOLERANCE``, else the fp32 export is used (which must agree within ``FP32_TOLERANCE``).
Export of an xlm-roberta-base model takes about 30 s and 5-6 GB of memory, once.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import numpy as np

from moderator.scoring.base import FAST_DIR, cpu_threads
from moderator.scoring.sample import probe_texts
from moderator.scoring.stock import StockScorer
from moderator.scoring.tokens import FastTokenizer, pad

INT8_TOLERANCE = 0.015  # the promise is 0.02 of stock; keep a margin for unseen texts
FP32_TOLERANCE = 1e-3


@dataclass(frozen=True, slots=True)
class FastModel:
    """A built and checked ONNX model, as recorded in ``meta.json``."""

    sha256: str
    ort_version: str
    variant: str  # "int8" or "fp32"
    file: str
    tokenizer: str  # "file": hf/tokenizer.json gives the same ids; else "transformers"
    max_length: int
    pad_id: int
    categories: tuple[str, ...]
    max_diff: float


def session(path: Path, threads: int | None = None) -> Any:
    """Open an ONNX Runtime CPU session with all graph optimisations on."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads or cpu_threads()
    options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.log_severity_level = 3
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


def cached(model_dir: Path, sha256: str) -> FastModel | None:
    """Return the cached fast model for this checkpoint hash, or None if it must be built."""
    import onnxruntime as ort

    folder = model_dir / FAST_DIR / sha256[:16]
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        fast = FastModel(**{**meta, "categories": tuple(meta["categories"])})
    except (OSError, ValueError, TypeError, KeyError):
        return None
    if fast.sha256 != sha256 or fast.ort_version != ort.__version__:
        return None
    return fast if (folder / fast.file).is_file() else None


def build(model_dir: Path, sha256: str, detoxify: Any) -> FastModel:
    """Export, quantise and check the model; cache and return the variant to use.

    Args:
        model_dir: The installed model's folder.
        sha256: The checkpoint's hash (the cache key).
        detoxify: The model loaded through Detoxify (the reference; left unchanged).

    Returns:
        What was built.

    Raises:
        RuntimeError: Not even the fp32 export matches stock Detoxify.
    """
    texts = probe_texts()
    categories = tuple(detoxify.class_names)
    reference = np.array([[s[c] for c in categories] for s in
                          StockScorer(detoxify, "", "").score(texts)])
    tokens = FastTokenizer.from_transformers(detoxify.tokenizer)
    tokenizer_source = _tokenizer_source(model_dir, tokens, texts)
    tmp = staging(model_dir)
    try:
        _export(detoxify.model, tokens, texts, len(categories), tmp / "model_fp32.onnx")
        fast = finish(tmp, sha256, tokens, texts, reference=reference, categories=categories,
                      tokenizer_source=tokenizer_source)
        commit(model_dir, tmp, sha256)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return fast


def staging(model_dir: Path) -> Path:
    """Return a fresh build folder inside the model's cache (renamed into place by ``commit``)."""
    root = model_dir / FAST_DIR
    root.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=".build-", dir=root))


def finish(
    tmp: Path, sha256: str, tokens: FastTokenizer, texts: list[str], *, reference: Any,
    categories: tuple[str, ...], tokenizer_source: str,
) -> FastModel:
    """Check ``tmp/model_fp32.onnx`` against the reference, quantise, keep the better variant.

    Raises:
        RuntimeError: Not even the fp32 model matches the reference.
    """
    import onnxruntime as ort

    fp32 = max_diff(tmp / "model_fp32.onnx", tokens, texts, reference)
    if fp32 > FP32_TOLERANCE:
        raise RuntimeError(f"ONNX export differs from the reference by {fp32:.4f}")
    quantize(tmp / "model_fp32.onnx", tmp / "model_int8.onnx")
    int8 = max_diff(tmp / "model_int8.onnx", tokens, texts, reference)
    variant, diff = ("int8", int8) if int8 <= INT8_TOLERANCE else ("fp32", fp32)
    (tmp / f"model_{'fp32' if variant == 'int8' else 'int8'}.onnx").unlink()
    fast = FastModel(sha256, ort.__version__, variant, f"model_{variant}.onnx",
                     tokenizer_source, tokens.max_length, tokens.pad_id, categories,
                     round(float(diff), 6))
    (tmp / "meta.json").write_text(json.dumps(asdict(fast), indent=1), encoding="utf-8")
    return fast


def commit(model_dir: Path, tmp: Path, sha256: str) -> None:
    """Move a finished build folder into place as the cache entry for ``sha256``."""
    final = model_dir / FAST_DIR / sha256[:16]
    shutil.rmtree(final, ignore_errors=True)
    tmp.chmod(0o755)  # mkdtemp makes it private; the model folder around it is not
    tmp.rename(final)


def _tokenizer_source(model_dir: Path, tokens: FastTokenizer, texts: list[str]) -> str:
    path = model_dir / "hf" / "tokenizer.json"
    if path.is_file():
        from_file = FastTokenizer.from_file(path, tokens.max_length)
        if from_file.encode(texts) == tokens.encode(texts) and from_file.pad_id == tokens.pad_id:
            return "file"
    return "transformers"


def _export(model: Any, tokens: FastTokenizer, texts: list[str], n_cat: int, out: Path) -> None:
    import torch

    class Probabilities(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            logits = self.inner(input_ids=input_ids, attention_mask=attention_mask).logits
            return torch.sigmoid(logits[:, :n_cat])

    ids, mask = pad(tokens.encode(texts[:4]), tokens.pad_id)
    previous = model.config._attn_implementation
    model.set_attn_implementation("eager")  # ORT fuses eager attention; SDPA exports worse
    try:
        with warnings.catch_warnings(), torch.inference_mode():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                Probabilities(model.eval()), (torch.from_numpy(ids), torch.from_numpy(mask)),
                str(out), input_names=["input_ids", "attention_mask"],
                output_names=["probabilities"], opset_version=17, dynamo=False,
                dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                              "attention_mask": {0: "batch", 1: "tokens"},
                              "probabilities": {0: "batch"}},
            )
    finally:
        model.set_attn_implementation(previous)


def quantize(source: Path, out: Path) -> None:
    """Write a copy of ``source`` with int8 weights (dynamic quantisation)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.ERROR)  # it logs "consider pre-processing" on the root logger
    try:
        quantize_dynamic(str(source), str(out), weight_type=QuantType.QInt8)
    finally:
        root.setLevel(level)


def max_diff(path: Path, tokens: FastTokenizer, texts: list[str], ref: Any) -> float:
    """Return the largest difference between the model's outputs and ``ref`` on ``texts``."""
    sess = session(path)
    worst = 0.0
    for batch in tokens.batches(texts, 16):
        got = sess.run(None, {"input_ids": batch.input_ids,
                              "attention_mask": batch.attention_mask})[0]
        worst = max(worst, float(np.abs(got - ref[batch.index]).max()))
    return worst
