"""The fast runtime for a Hugging Face classifier: ONNX with the label mapping in the graph.

Safetensors weights are exported from PyTorch once; an ONNX bundle is used as it came. Either
way ``onnx_head`` appends the label mapping to the graph, so ``OnnxScorer`` runs it exactly like
a Detoxify export. The int8 variant must then pass the same accuracy gate as Detoxify's
(``onnx_build``): against PyTorch for safetensors, against the fp32 graph for an ONNX bundle.
"""

from __future__ import annotations

import json
import shutil
import types
import warnings
from typing import TYPE_CHECKING, Any

import numpy as np

from moderator.errors import DataError
from moderator.scoring import onnx_build
from moderator.scoring.base import ARCHITECTURES, set_offline_env
from moderator.scoring.hf_bundle import weights_file
from moderator.scoring.labels import LabelMap
from moderator.scoring.loader import max_tokens
from moderator.scoring.onnx_head import INPUTS, add_head, apply_head
from moderator.scoring.sample import SMOKE_TEXTS, probe_texts
from moderator.scoring.tokens import FastTokenizer

if TYPE_CHECKING:
    from pathlib import Path

    from moderator.scoring.base import ModelInfo
    from moderator.scoring.onnx_build import FastModel

HF_DIR = "hf"


def label_map(info: ModelInfo) -> LabelMap:
    """Rebuild the label mapping recorded for an installed model."""
    return LabelMap(tuple(label for label, _ in info.labels),
                    tuple("" if c == "-" else c for _, c in info.labels))


def ensure_tokenizer_json(hf: Path, architecture: str) -> None:
    """Make sure ``hf/tokenizer.json`` exists, converting vocab files through transformers.

    The ONNX runtime then needs only the Rust ``tokenizers`` library.

    Raises:
        DataError: The tokenizer files cannot be read.
    """
    path = hf / "tokenizer.json"
    try:
        if path.is_file():
            from tokenizers import Tokenizer

            Tokenizer.from_file(str(path))
            return
        set_offline_env()
        import transformers

        fast = next(n for n in sorted(ARCHITECTURES[architecture][1]) if n.endswith("Fast"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tokenizer = getattr(transformers, fast).from_pretrained(str(hf),
                                                                   local_files_only=True)
        tokenizer.backend_tokenizer.save(str(path))
    except Exception as exc:  # tokenizers and transformers raise many kinds on a bad file
        raise DataError(f"the tokenizer files cannot be read ({type(exc).__name__}: "
                        f"{str(exc)[:120]})") from exc


def fast_tokenizer(hf: Path) -> FastTokenizer:
    """The tokenizer from ``hf/tokenizer.json``, truncating at what the model can take."""
    config = json.loads((hf / "config.json").read_text(encoding="utf-8"))
    limit = None
    tok_config = hf / "tokenizer_config.json"
    if tok_config.is_file():
        value = json.loads(tok_config.read_text(encoding="utf-8")).get("model_max_length")
        limit = int(value) if isinstance(value, (int, float)) and value < 1 << 20 else None
    length = max_tokens(types.SimpleNamespace(**config), limit)
    return FastTokenizer.from_file(hf / "tokenizer.json", length)


def smoke_test(root: Path, weights: str, architecture: str, n_labels: int) -> None:
    """Run the model on two sentences; refuse it unless it gives ``n_labels`` finite outputs."""
    tokens = fast_tokenizer(root)
    try:
        if weights.endswith(".onnx"):
            batch = next(tokens.batches(SMOKE_TEXTS, len(SMOKE_TEXTS)))
            out = _run_raw(onnx_build.session(root / weights, 1), batch.input_ids,
                           batch.attention_mask)
        else:
            out = torch_logits(load_torch(root, architecture), tokens, SMOKE_TEXTS)
    except DataError:
        raise
    except Exception as exc:  # a model that loads but cannot score must not be installed
        raise DataError(f"the model fails to score: {type(exc).__name__}: "
                        f"{str(exc)[:160]}") from exc
    if out.shape != (len(SMOKE_TEXTS), n_labels) or not np.isfinite(out).all():
        raise DataError(f"the model gives {out.shape[-1]} outputs per text, config.json "
                        f"names {n_labels} labels")


def build(model_dir: Path, info: ModelInfo) -> FastModel:
    """Build, check and cache the ONNX model of an installed Hugging Face classifier.

    Raises:
        RuntimeError: The fp32 export does not match PyTorch.
        DataError: An ONNX bundle's graph cannot take the head.
    """
    hf = model_dir / HF_DIR
    labels = label_map(info)
    tokens = fast_tokenizer(hf)
    texts = probe_texts()
    weights = hf / weights_file(hf)
    tmp = onnx_build.staging(model_dir)
    try:
        if weights.suffix == ".onnx":
            add_head(weights, tmp / "model_fp32.onnx", labels, info.activation)
            # the bundle's own graph (with the head) is the reference for its int8 variant
            reference = onnx_outputs(tmp / "model_fp32.onnx", tokens, texts)
        else:
            model = load_torch(hf, info.architecture)
            reference = apply_head(torch_logits(model, tokens, texts), labels, info.activation)
            _export(model, tokens, texts, tmp / "raw.onnx")
            add_head(tmp / "raw.onnx", tmp / "model_fp32.onnx", labels, info.activation)
            (tmp / "raw.onnx").unlink()
        fast = onnx_build.finish(tmp, info.sha256, tokens, texts, reference=reference,
                                 categories=labels.categories, tokenizer_source="file")
        onnx_build.commit(model_dir, tmp, info.sha256)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return fast


def load_torch(hf: Path, architecture: str) -> Any:
    """Load the classifier from ``model.safetensors`` offline: no pickle, no remote code."""
    set_offline_env()
    import transformers

    transformers.utils.logging.disable_progress_bar()  # type: ignore[no-untyped-call]
    cls = getattr(transformers, architecture)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            model = cls.from_pretrained(str(hf), local_files_only=True, use_safetensors=True,
                                        attn_implementation="eager")
        except (OSError, ValueError, RuntimeError, KeyError) as exc:
            first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise DataError(f"transformers could not load the model: {first[:200]}") from exc
    return model.float().eval()


def torch_logits(model: Any, tokens: FastTokenizer, texts: list[str]) -> Any:
    """The PyTorch model's logits for each text, in input order."""
    import torch

    out = np.zeros((len(texts), model.config.num_labels), dtype=np.float64)
    with torch.inference_mode():
        for batch in tokens.batches(texts, 16):
            logits = model(input_ids=torch.from_numpy(batch.input_ids),
                           attention_mask=torch.from_numpy(batch.attention_mask)).logits
            out[batch.index] = logits.float().numpy()
    return out


def _run_raw(sess: Any, ids: Any, mask: Any) -> Any:
    feeds = {"input_ids": ids, "attention_mask": mask}
    if any(i.name == "token_type_ids" for i in sess.get_inputs()):
        feeds["token_type_ids"] = np.zeros_like(ids)
    return np.asarray(sess.run(None, feeds)[0])


def onnx_outputs(path: Path, tokens: FastTokenizer, texts: list[str]) -> Any:
    """An ONNX model's first output for each text, in input order."""
    sess = onnx_build.session(path)
    rows: list[Any] = [None] * len(texts)
    for batch in tokens.batches(texts, 16):
        for i, row in zip(batch.index, _run_raw(sess, batch.input_ids, batch.attention_mask),
                          strict=True):
            rows[i] = row
    return np.stack(rows)


def _export(model: Any, tokens: FastTokenizer, texts: list[str], out: Path) -> None:
    import torch

    class Logits(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            return self.inner(input_ids=input_ids, attention_mask=attention_mask).logits

    from moderator.scoring.tokens import pad

    ids, mask = pad(tokens.encode(texts[:4]), tokens.pad_id)
    with warnings.catch_warnings(), torch.inference_mode():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            Logits(model), (torch.from_numpy(ids), torch.from_numpy(mask)), str(out),
            input_names=list(INPUTS), output_names=["logits"], opset_version=17,
            dynamo=False, dynamic_axes={"input_ids": {0: "batch", 1: "tokens"},
                                        "attention_mask": {0: "batch", 1: "tokens"},
                                        "logits": {0: "batch"}},
        )
