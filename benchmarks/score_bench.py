"""Toxicity scoring throughput: the app's scorer against stock ``Detoxify.predict``, one run.

    python -m benchmarks.score_bench [--device cpu|cuda] [--n N] [--stock-n M] [--workdir DIR]

Model: xlm-roberta-base shape (Detoxify ``multilingual``: 250,002-token vocabulary, 12 layers,
16 outputs, 7 named categories) with random weights, built offline from a config; speed does
not depend on weight values. Its tokenizer is trained here on generated comments so that words
split into ~1.6 pieces, as XLM-R does on Dutch. Comments come from the seeded generator in
``moderator.scoring.sample`` (median ~37 words, ~70 tokens). The bundle goes through the real
``moderator model install`` path (checks, Detoxify smoke load), cached in --workdir.

Each variant runs in a fresh process so its peak memory (VmHWM, model load included) is its
own. "stock" is what a caller of the library does: ``Detoxify.predict`` on chunks of 16 in input
order. Items/s time one ``score(texts)`` call after a warm-up; the stock figure comes from a
smaller sample (it is slow). Language routing's detection is timed on the same comments in the
same process and given as a share of the scoring time. Tests assert behaviour; this script
only measures.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.memory import peak_rss_mb
from moderator.scoring import sample
from moderator.scoring.base import set_offline_env

CLASSES = ["toxicity", "severe_toxicity", "obscene", "identity_attack", "insult", "threat",
           "sexual_explicit"]
NUM_OUTPUTS = 16
CPU_VARIANTS = ("stock", "torch", "torch-int8", "onnx")
CUDA_VARIANTS = ("stock-cuda", "cuda")  # "cuda-direct" when detoxify is missing


def build_bundle(workdir: Path) -> Path:
    """Write an xlm-roberta-base-shaped bundle (random weights) to workdir/bundle, once."""
    out = workdir / "bundle"
    if (out / "model.ckpt").is_file():
        return out
    set_offline_env()
    import torch
    import transformers
    from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers

    hf = out / "hf"
    hf.mkdir(parents=True, exist_ok=True)
    tok = Tokenizer(models.Unigram())
    tok.normalizer = normalizers.NFKC()
    tok.pre_tokenizer = pre_tokenizers.Metaspace()
    tok.decoder = decoders.Metaspace()
    tok.train_from_iterator(sample.comments(3000, seed=99), trainers.UnigramTrainer(
        vocab_size=200, special_tokens=["<s>", "<pad>", "</s>", "<unk>"], unk_token="<unk>"))
    vocab = [tuple(v) for v in json.loads(tok.to_str())["model"]["vocab"]] + [("<mask>", 0.0)]
    hf_tok = transformers.XLMRobertaTokenizer(vocab=vocab, model_max_length=512)
    hf_tok.save_pretrained(hf)
    config = transformers.XLMRobertaConfig(  # xlm-roberta-base, as Detoxify multilingual
        vocab_size=250_002, hidden_size=768, num_hidden_layers=12, num_attention_heads=12,
        intermediate_size=3072, max_position_embeddings=514, type_vocab_size=1,
        pad_token_id=1, bos_token_id=0, eos_token_id=2, num_labels=NUM_OUTPUTS)
    config.save_pretrained(hf)
    torch.manual_seed(0)
    model = transformers.XLMRobertaForSequenceClassification(config)
    args = {"model_type": "xlm-roberta-base", "model_name": "XLMRobertaForSequenceClassification",
            "tokenizer_name": "XLMRobertaTokenizer", "num_classes": NUM_OUTPUTS}
    torch.save({"config": {"arch": {"args": args}, "dataset": {"args": {"classes": CLASSES}}},
                "state_dict": model.state_dict()}, out / "model.ckpt")
    return out


def install(workdir: Path, bundle: Path, *, fast: bool) -> Any:
    """Install the bundle into workdir/models (once) and build the ONNX cache if asked."""
    from moderator.scoring import ModelStore, prepare

    store = ModelStore(workdir / "models")
    info = store.active() or store.install(bundle, name="bench-xlmr")
    if fast:
        print(f"  fast runtime: {prepare(info)}", flush=True)
    return info


def measure(variant: str, workdir: Path, n: int, seed: int) -> dict[str, Any]:
    """Load one runtime, time it on n comments, and return the figures (run in a child)."""
    set_offline_env()
    from moderator.scoring import ModelStore, open_scorer

    texts = sample.comments(n, seed=seed)
    started = time.perf_counter()
    if variant == "cuda-direct":
        scorer: Any = _direct_cuda_scorer(workdir / "bundle" / "hf")
    else:
        info = ModelStore(workdir / "models").require_active()
        runtime = {"stock-cuda": "stock"}.get(variant, variant)
        scorer = open_scorer(info, runtime, batch_size=16 if variant.startswith("stock") else None)
    if variant == "stock-cuda":
        scorer._detoxify.model.to("cuda")  # stock on the GPU: Detoxify(device="cuda")
    load_s = time.perf_counter() - started
    scorer.score(texts[: 1024 if "cuda" in variant else 64])  # warm-up: allocator, kernels
    _sync()
    started = time.perf_counter()
    scores = scorer.score(texts)
    _sync()
    elapsed = time.perf_counter() - started
    assert len(scores) == n
    return {"variant": variant, "runtime": scorer.runtime, "n": n, "seconds": elapsed,
            "items_per_s": n / elapsed, "load_s": load_s, "peak_rss_mb": peak_rss_mb(),
            "gpu_peak_mb": _gpu_peak_mb(), "detect_s": _detect_seconds(texts)}


def _detect_seconds(texts: list[str]) -> float:
    """Time the language detection that routing adds before scoring (same texts, same process)."""
    from moderator.scoring.language import LanguageDetector

    detector = LanguageDetector(["nl"])
    detector.detect_all(texts[:64])  # warm-up
    started = time.perf_counter()
    detector.detect_all(texts)
    return time.perf_counter() - started


def _direct_cuda_scorer(hf: Path) -> Any:
    """The app's CUDA scorer on the same model shape, built without detoxify (not installed)."""
    import torch
    import transformers

    from moderator.scoring.loader import cap_max_length
    from moderator.scoring.torch_scorer import TorchScorer

    config = transformers.XLMRobertaConfig.from_pretrained(hf)
    torch.manual_seed(0)
    model = transformers.XLMRobertaForSequenceClassification(config)
    tokenizer = transformers.XLMRobertaTokenizer.from_pretrained(hf)
    cap_max_length(tokenizer, config)
    return TorchScorer(model, tokenizer, CLASSES, "bench-xlmr", "direct", device="cuda")


def _has_detoxify() -> bool:
    import importlib.util

    return importlib.util.find_spec("detoxify") is not None


def _sync() -> None:
    if "torch" in sys.modules:
        import torch

        if torch.cuda.is_available():
            torch.cuda.synchronize()


def _gpu_peak_mb() -> float:
    if "torch" not in sys.modules:
        return 0.0
    import torch

    return torch.cuda.max_memory_allocated() / 2**20 if torch.cuda.is_available() else 0.0


def run_child(variant: str, workdir: Path, n: int, seed: int) -> dict[str, Any]:
    """Measure a variant in a fresh interpreter; return its figures (or the error)."""
    cmd = [sys.executable, "-m", "benchmarks.score_bench", "--measure", variant,
           "--workdir", str(workdir), "--n", str(n), "--seed", str(seed)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"variant": variant, "error": tail}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def mean_tokens(workdir: Path, n: int, seed: int) -> float:
    """Mean tokens per comment (specials included, truncated at 512) of the benchmark texts."""
    from moderator.scoring.tokens import FastTokenizer

    tok = FastTokenizer.from_file(workdir / "bundle" / "hf" / "tokenizer.json", 512)
    rows = tok.encode(sample.comments(n, seed=seed))
    return sum(map(len, rows)) / len(rows)


def report(results: list[dict[str, Any]], tokens: float, device: str) -> None:
    """Print the table and the headline line."""
    print(f"\nmodel: xlm-roberta-base shape, random weights; comments: mean {tokens:.1f} tokens; "
          f"{os.cpu_count()} CPUs; device {device}")
    print(f"{'variant':<12} {'runtime':<16} {'n':>7} {'items/s':>10} {'peak RSS MB':>12} "
          f"{'GPU MB':>8} {'load s':>7}")
    for r in results:
        if "error" in r:
            print(f"{r['variant']:<12} failed: {r['error']}")
            continue
        print(f"{r['variant']:<12} {r['runtime']:<16} {r['n']:>7} {r['items_per_s']:>10.1f} "
              f"{r['peak_rss_mb']:>12.0f} {r['gpu_peak_mb']:>8.0f} {r['load_s']:>7.1f}")
    ok = {r["variant"]: r for r in results if "error" not in r}
    stock = ok.get("stock-cuda" if device == "cuda" else "stock")
    app = ok.get("cuda" if device == "cuda" else "onnx") or ok.get("cuda-direct")
    if app is None:
        print("HEADLINE: the app's scorer did not run")
        return
    ratio = f" = {app['items_per_s'] / stock['items_per_s']:.1f}x stock Detoxify.predict " \
            f"({stock['items_per_s']:.1f}/s)" if stock else " (stock not measured)"
    target = "target >= 20,000/s on one H200" if device == "cuda" else "target >= 4x stock"
    print(f"HEADLINE: app scorer ({app['runtime']}) {app['items_per_s']:,.0f} comments/s"
          f"{ratio}; peak RSS {app['peak_rss_mb']:.0f} MB; {target}")
    print(f"language routing: detection {app['n'] / app['detect_s']:,.0f} comments/s, adding "
          f"{100 * app['detect_s'] / app['seconds']:.1f}% to the scoring time (same process)")


def main(argv: list[str] | None = None) -> int:
    """Build, install, measure every variant, report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", choices=["cpu", "cuda"], default="cpu")
    parser.add_argument("--n", type=int, help="comments for the app's scorer")
    parser.add_argument("--stock-n", type=int, help="comments for the stock baseline")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--workdir", type=Path,
                        default=Path(tempfile.gettempdir()) / "moderator-score-bench")
    parser.add_argument("--variants", help="comma-separated subset of the variants")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure, args.workdir, args.n, args.seed)))
        return 0
    cuda = args.device == "cuda"
    n = args.n or (100_000 if cuda else 384)
    stock_n = args.stock_n or (2_000 if cuda else 96)
    variants = args.variants.split(",") if args.variants else list(
        CUDA_VARIANTS if cuda else CPU_VARIANTS)
    args.workdir.mkdir(parents=True, exist_ok=True)
    print(f"building/installing the model in {args.workdir} ...", flush=True)
    bundle = build_bundle(args.workdir)
    if _has_detoxify():
        install(args.workdir, bundle, fast="onnx" in variants)
    else:
        print("  detoxify is not installed: stock not measured; the app's CUDA scorer is built "
              "from the same config without it", flush=True)
        variants = ["cuda-direct"] if cuda else []
    results = []
    for variant in variants:
        size = stock_n if variant.startswith("stock") else (
            n if variant in ("onnx", "cuda", "cuda-direct") else max(stock_n, n // 4))
        print(f"  measuring {variant} on {size} comments ...", flush=True)
        results.append(run_child(variant, args.workdir, size, args.seed))
    report(results, mean_tokens(args.workdir, min(n, 5000), args.seed), args.device)
    return 0


if __name__ == "__main__":
    sys.exit(main())
