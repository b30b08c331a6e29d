"""The runtimes against stock Detoxify on the same checkpoint, long comments, caching."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from moderator.scoring import ToxicityScorer, onnx_build, open_scorer, sample
from moderator.scoring.base import FAST_DIR
from moderator.scoring.store import ModelStore
from moderator.scoring.tokens import FastTokenizer

TEXTS = [
    *sample.comments(32, seed=11),
    "jij bent echt een sukkel",
    "go away nobody wants you here",
    "wat een mooie foto 👍",
    "",
]
LONG = ("Dit is een hele lange reactie over de snelweg en het verkeer 😡 " * 400)[:20_000]


@pytest.fixture(scope="module")
def reference(stock: Any) -> list[dict[str, float]]:
    """Stock Detoxify's scores of TEXTS."""
    return list(stock.score(TEXTS))


def _max_diff(a: list[dict[str, float]], b: list[dict[str, float]]) -> float:
    assert len(a) == len(b)
    return max(abs(x[k] - y[k]) for x, y in zip(a, b, strict=True) for k in x)


def _spread(scores: list[dict[str, float]]) -> float:
    return max(max(s[k] for s in scores) - min(s[k] for s in scores) for k in scores[0])


def test_default_cpu_runtime_matches_stock_detoxify(
    installed: ModelStore, stock: Any, reference: list[dict[str, float]]
) -> None:
    fast = open_scorer(installed.require_active())
    assert isinstance(fast, ToxicityScorer)
    assert fast.runtime.startswith("onnx-")
    assert _spread(reference) > 0.2  # a constant answer would not prove anything
    assert _max_diff(fast.score(TEXTS), reference) <= 0.02
    assert fast.categories == stock.categories
    assert (fast.model_name, fast.model_version) == (stock.model_name, stock.model_version)


def test_torch_runtime_matches_stock(
    installed: ModelStore, reference: list[dict[str, float]]
) -> None:
    scorer = open_scorer(installed.require_active(), "torch")
    assert scorer.runtime == "torch-fp32"
    assert _max_diff(scorer.score(TEXTS), reference) <= 1e-4


def test_bf16_recipe_runs_on_cpu(
    installed: ModelStore, reference: list[dict[str, float]]
) -> None:
    from moderator.scoring.loader import load_detoxify
    from moderator.scoring.torch_scorer import TorchScorer

    info = installed.require_active()
    d = load_detoxify(Path(info.path))
    scorer = TorchScorer(d.model, d.tokenizer, d.class_names, info.name, info.version,
                         precision="bf16", batch_size=512)
    assert scorer.runtime == "torch-bf16"
    # bf16 keeps ~3 significant digits; on these deliberately extreme weights allow 0.1
    assert _max_diff(scorer.score(TEXTS), reference) < 0.1


def test_int8_used_where_accurate_and_within_limit(tmp_path: Path, gentle_bundle: Path) -> None:
    store = ModelStore(tmp_path / "models")
    info = store.install(gentle_bundle)
    fast = open_scorer(info, "onnx")
    assert fast.runtime == "onnx-int8"
    stock = open_scorer(info, "stock").score(TEXTS)
    assert _max_diff(fast.score(TEXTS), stock) <= 0.02


def test_int8_refused_where_it_drifts(installed: ModelStore) -> None:
    info = installed.require_active()
    fast = onnx_build.cached(Path(info.path), info.sha256)
    assert fast is not None
    assert fast.variant == "fp32"  # int8 drifts > 0.015 on the extreme tiny weights


@pytest.mark.parametrize("runtime", ["onnx", "torch", "stock"])
def test_20000_character_comment_scores(installed: ModelStore, runtime: str) -> None:
    scorer = open_scorer(installed.require_active(), runtime)
    scores = scorer.score([LONG, "kort", LONG[:5000]])
    assert len(scores) == 3
    assert all(0.0 <= v <= 1.0 for s in scores for v in s.values())


def test_order_single_and_empty(
    installed: ModelStore, stock: Any, reference: list[dict[str, float]]
) -> None:
    fast = open_scorer(installed.require_active())
    assert fast.score([]) == []
    assert _max_diff(fast.score([TEXTS[3]]), [reference[3]]) <= 0.02
    assert _max_diff(stock.score([TEXTS[3]]), [reference[3]]) < 1e-5  # predict's 1-text squeeze
    assert _max_diff(fast.score(TEXTS[::-1])[::-1], reference) <= 0.02


def test_cache_is_reused_and_keyed_by_checkpoint_hash(installed: ModelStore) -> None:
    info = installed.require_active()
    open_scorer(info)
    folder = Path(info.path) / FAST_DIR / info.sha256[:16]
    meta = json.loads((folder / "meta.json").read_text())
    stamp = (folder / meta["file"]).stat().st_mtime_ns
    open_scorer(info)
    assert (folder / meta["file"]).stat().st_mtime_ns == stamp  # not rebuilt
    assert onnx_build.cached(Path(info.path), "f" * 64) is None  # another checkpoint: rebuild


def test_tokenizer_file_gives_detoxify_ids(installed: ModelStore, stock: Any) -> None:
    tok = stock._detoxify.tokenizer
    info = installed.require_active()
    from_file = FastTokenizer.from_file(Path(info.path) / "hf" / "tokenizer.json",
                                        tok.model_max_length)
    texts = [*TEXTS, LONG]
    assert from_file.encode(texts) == tok(texts, truncation=True)["input_ids"]
    assert max(len(r) for r in from_file.encode([LONG])) == tok.model_max_length == 128
