"""What an install checks before a bundle goes into the store, by kind of bundle.

A Detoxify bundle (``model.ckpt`` + ``hf/``) is loaded through the real ``Detoxify(...)``; a
Hugging Face classifier folder (``config.json`` + tokenizer + safetensors or ONNX weights) has its
labels mapped, gets a ``tokenizer.json`` and runs once through transformers or ONNX Runtime.
Each returns the folder to install and what ``installed.json`` records about it.
"""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING, Any

from moderator.errors import DataError, UsageError
from moderator.scoring import bundle, hf_bundle
from moderator.scoring.base import DETOXIFY, FAST_DIR, HUGGINGFACE
from moderator.scoring.sample import SMOKE_TEXTS

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path


def check(source: Path, staging: Path, labels: Mapping[str, str] | None,
          language: str | None) -> tuple[Path, dict[str, Any]]:
    """Unpack ``source`` into ``staging`` and check it; return its folder and record.

    Raises:
        DataError: The bundle failed a check.
        UsageError: Labels or language given for a Detoxify bundle, or not usable.
    """
    unpacked = _unpack(source, staging)
    if hf_bundle.is_hf_folder(unpacked):
        return _check_hf(unpacked, staging, labels, language)
    if labels is not None or language is not None:
        raise UsageError("--labels and --language are for Hugging Face model folders; "
                         "a Detoxify bundle names its own categories")
    return _check_detoxify(unpacked)


def _check_detoxify(root: Path) -> tuple[Path, dict[str, Any]]:
    checked = bundle.validate(root)
    _smoke_test(checked.root, checked.categories)
    return checked.root, {
        "sha256": checked.sha256, "kind": DETOXIFY, "architecture": checked.architecture,
        "tokenizer_class": checked.tokenizer_class, "categories": list(checked.categories),
        "weights": bundle.CHECKPOINT, "name_hint": checked.name_hint,
    }


def _check_hf(unpacked: Path, staging: Path, labels: Mapping[str, str] | None,
              language: str | None) -> tuple[Path, dict[str, Any]]:
    """Check a Hugging Face folder and lay it out as an installed model: ``ROOT/hf/...``."""
    from moderator.scoring import hf_build

    checked = hf_bundle.validate(unpacked, labels, language)
    hf_bundle.prune(unpacked, checked.weights)
    root = staging / "model"
    root.mkdir()
    unpacked.rename(root / hf_build.HF_DIR)
    hf = root / hf_build.HF_DIR
    hf_build.ensure_tokenizer_json(hf, checked.architecture)
    hf_build.smoke_test(hf, checked.weights, checked.architecture, len(checked.labels.labels))
    return root, {
        "sha256": checked.digest, "kind": HUGGINGFACE, "architecture": checked.architecture,
        "categories": list(checked.labels.categories), "language": checked.language,
        "labels": [[k, v] for k, v in checked.labels.as_dict().items()],
        "activation": checked.activation, "weights": f"{hf_build.HF_DIR}/{checked.weights}",
        "weights_sha256": checked.weights_sha256, "name_hint": checked.name_hint,
    }


def _unpack(source: Path, staging: Path) -> Path:
    """Copy (or extract) the bundle into staging, so what is checked is what gets installed."""
    if source.is_file():
        return bundle.locate(bundle.extract_zip(source, staging / "unpacked"))
    dest = staging / "bundle"
    leftovers = shutil.ignore_patterns(".*", FAST_DIR, "installed.json")
    shutil.copytree(bundle.locate(source), dest, ignore=leftovers)
    return dest


def _smoke_test(model_dir: Path, categories: tuple[str, ...]) -> None:
    """Load the bundle through the real ``Detoxify(...)`` offline and score two sentences."""
    from moderator.scoring.loader import load_detoxify
    from moderator.scoring.stock import StockScorer

    scorer = StockScorer(load_detoxify(model_dir), "smoke", "test")
    try:
        scores = scorer.score(SMOKE_TEXTS)
    except Exception as exc:  # a model that loads but cannot score must not be installed
        raise DataError(f"the model loads but fails to score: {type(exc).__name__}") from exc
    ok = all(set(s) == set(categories) and all(0.0 <= v <= 1.0 for v in s.values())
             for s in scores)
    if not ok:
        raise DataError("the model's smoke test gave scores outside [0, 1]")
