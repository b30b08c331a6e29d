"""Choosing and opening the runtime that scores with an installed model.

``auto`` picks CUDA (bf16, batch 512) when ``torch.cuda.is_available()``, otherwise ONNX Runtime
on CPU (int8 when it passes the accuracy gate), built and cached on first use. If the fast path
cannot be built, it falls back to PyTorch fp32 with sorted batches, and says so in the log.
"""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from moderator.errors import UnavailableError, UsageError
from moderator.scoring.base import HUGGINGFACE

if TYPE_CHECKING:
    from moderator.scoring.base import ModelInfo, ToxicityScorer

log = logging.getLogger(__name__)

RUNTIMES = ("auto", "onnx", "torch", "torch-int8", "cuda", "stock")


def cuda_available(*, quick: bool = True) -> bool:
    """Return ``torch.cuda.is_available()``.

    Args:
        quick: Answer False without importing torch (about 1 s and 300 MB) when no NVIDIA
            driver is visible, so the CPU path can run on onnxruntime alone.
    """
    no_driver = not Path("/proc/driver/nvidia/version").exists() and not shutil.which("nvidia-smi")
    if quick and no_driver and sys.platform != "darwin":
        return False
    try:
        import torch
    except ImportError:
        return False
    return bool(torch.cuda.is_available())


def open_scorer(
    info: ModelInfo, runtime: str = "auto", *, batch_size: int | None = None,
    threads: int | None = None,
) -> ToxicityScorer:
    """Open a scorer for an installed model.

    Args:
        info: The installed model (``ModelStore.require_active()``).
        runtime: One of ``RUNTIMES``.
        batch_size: Texts per forward pass (default: what suits the runtime).
        threads: CPU threads (default: all cores of this process).

    Returns:
        A scorer whose ``runtime`` attribute says what it runs on.

    Raises:
        UsageError: Unknown runtime, or ``cuda`` without a GPU.
        UnavailableError: The chosen runtime cannot be built here.
    """
    if runtime not in RUNTIMES:
        raise UsageError(f"unknown runtime {runtime!r}; choose from {', '.join(RUNTIMES)}")
    if info.kind == HUGGINGFACE:
        return _hf_onnx(info, runtime, batch_size, threads)
    if runtime == "auto":
        runtime = "cuda" if cuda_available() else "onnx"
    elif runtime == "cuda" and not cuda_available(quick=False):
        raise UsageError("no CUDA GPU available (torch.cuda.is_available() is False)")
    model_dir = Path(info.path)
    if runtime == "onnx":
        return _onnx(info, model_dir, batch_size, threads)
    from moderator.scoring.loader import load_detoxify

    detoxify = load_detoxify(model_dir)
    if runtime == "stock":
        from moderator.scoring.stock import StockScorer

        return StockScorer(detoxify, info.name, info.version, batch_size or 16)
    precision = {"cuda": "bf16", "torch-int8": "int8"}.get(runtime, "fp32")
    return _torch(detoxify, info, device="cuda" if runtime == "cuda" else "cpu",
                  precision=precision, batch_size=batch_size, threads=threads)


def prepare(info: ModelInfo) -> str:
    """Build the fast CPU runtime's cache now (after an install); return what was built."""
    from moderator.scoring import onnx_build

    fast = onnx_build.cached(Path(info.path), info.sha256)
    if fast is None and info.kind == HUGGINGFACE:
        from moderator.scoring import hf_build

        fast = hf_build.build(Path(info.path), info)
        return f"onnx-{fast.variant} (max difference from PyTorch {fast.max_diff:.4f})"
    if fast is None:
        from moderator.scoring.loader import load_detoxify

        fast = onnx_build.build(Path(info.path), info.sha256, load_detoxify(Path(info.path)))
    return f"onnx-{fast.variant} (max difference from Detoxify {fast.max_diff:.4f})"


def _hf_onnx(
    info: ModelInfo, runtime: str, batch_size: int | None, threads: int | None
) -> ToxicityScorer:
    """A Hugging Face classifier runs on its ONNX export (built on first use)."""
    from moderator.scoring import hf_build, onnx_build
    from moderator.scoring.onnx_scorer import BATCH, OnnxScorer

    if runtime not in {"auto", "onnx"}:
        raise UsageError(f"{info.name} is a Hugging Face model: it runs on onnx only, "
                         f"not {runtime}")
    model_dir = Path(info.path)
    fast = onnx_build.cached(model_dir, info.sha256)
    if fast is None:
        try:
            fast = hf_build.build(model_dir, info)
        except (RuntimeError, ImportError, OSError, ValueError) as exc:
            raise UnavailableError(f"cannot build the ONNX runtime of {info.name}: {exc}") from exc
    return OnnxScorer(model_dir, fast, info.name, info.version, batch_size=batch_size or BATCH,
                      threads=threads)


def _onnx(
    info: ModelInfo, model_dir: Path, batch_size: int | None, threads: int | None
) -> ToxicityScorer:
    from moderator.scoring import onnx_build
    from moderator.scoring.onnx_scorer import BATCH, OnnxScorer

    fast = onnx_build.cached(model_dir, info.sha256)
    if fast is not None:
        return OnnxScorer(model_dir, fast, info.name, info.version,
                          batch_size=batch_size or BATCH, threads=threads)
    from moderator.scoring.loader import load_detoxify

    detoxify = load_detoxify(model_dir)
    try:
        fast = onnx_build.build(model_dir, info.sha256, detoxify)
    except (RuntimeError, ImportError, OSError, ValueError) as exc:
        log.warning("fast runtime unavailable (%s); scoring with PyTorch fp32", exc)
        return _torch(detoxify, info, device="cpu", precision="fp32", batch_size=batch_size,
                      threads=threads)
    return OnnxScorer(model_dir, fast, info.name, info.version, batch_size=batch_size or BATCH,
                      threads=threads, tokenizer=detoxify.tokenizer)


def _torch(
    detoxify: Any, info: ModelInfo, *, device: str, precision: str, batch_size: int | None,
    threads: int | None,
) -> ToxicityScorer:
    from moderator.scoring.torch_scorer import TorchScorer

    try:
        return TorchScorer(detoxify.model, detoxify.tokenizer, detoxify.class_names, info.name,
                           info.version, device=device, precision=precision,
                           batch_size=batch_size, threads=threads)
    except (RuntimeError, ValueError) as exc:
        raise UnavailableError(f"cannot run the model on {device}/{precision}: {exc}") from exc
