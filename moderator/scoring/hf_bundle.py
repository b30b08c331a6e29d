"""Checking a Hugging Face text-classification model folder before anything trusts it.

Such a folder is what an organisation gets when it downloads a model itself (a Dutch RobBERT
or BERTje toxicity classifier, say): ``config.json`` naming the architecture and its labels
(``id2label``), tokenizer files, and the weights as ``model.safetensors`` or as an ONNX export
(``model.onnx`` or ``onnx/model.onnx``). Pickled weights (``pytorch_model.bin``) are refused:
loading a pickle can run code, and safetensors or ONNX files cannot.

The model's identity (its ``version``) is a SHA-256 over the files it needs and the label
mapping, so a different mapping of the same weights gives scores a different version, as it
should. Files it does not need are not installed (``prune``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from moderator.errors import DataError, UsageError
from moderator.scoring import labels as label_map
from moderator.scoring.base import ARCHITECTURES
from moderator.scoring.bundle import TOKENIZER_FILES, sha256_file, verify_checksums
from moderator.scoring.language import known_languages

if TYPE_CHECKING:
    from collections.abc import Mapping

    from moderator.scoring.labels import LabelMap

WEIGHTS = ("model.safetensors", "model.onnx", "onnx/model.onnx")
# What a classifier needs besides its weights; anything else (other frameworks' weights, a
# pickled pytorch_model.bin next to the safetensors, training files) is left out of the install.
NEEDED = frozenset({
    "config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json",
    "added_tokens.json", "vocab.json", "merges.txt", "vocab.txt", "sentencepiece.bpe.model",
    "spiece.model", label_map.MAPPING_FILE,
})
KEPT = frozenset({"README.md", "LICENSE", "LICENSE.txt"})  # the model card and licence travel


@dataclass(frozen=True, slots=True)
class HfBundleInfo:
    """A Hugging Face model folder that passed every check."""

    root: Path
    weights: str  # path of the weights inside ``root``
    weights_sha256: str
    digest: str  # SHA-256 over the needed files and the mapping: the installed model's identity
    architecture: str
    model_type: str
    labels: LabelMap
    activation: str
    language: str
    name_hint: str


def is_hf_folder(root: Path) -> bool:
    """Whether ``root`` looks like a Hugging Face model folder (and not a Detoxify bundle)."""
    return (root / "config.json").is_file() and not (root / "model.ckpt").is_file()


def validate(root: Path, mapping: Mapping[str, str] | None = None,
             language: str | None = None) -> HfBundleInfo:
    """Run every check on an unpacked Hugging Face model folder.

    Args:
        root: The folder holding ``config.json``.
        mapping: Labels to categories from ``--labels``; replaces the bundle's own mapping.
        language: The language the model is for; else the bundle's ``moderator.json`` or
            model card (``README.md``) says.

    Raises:
        DataError: A one-line reason when a file is missing, damaged or unsafe.
        UsageError: The labels are not all mapped, or the language is unknown.
    """
    verify_checksums(root)
    config = _read_config(root)
    architecture, model_type = _architecture(config)
    weights = weights_file(root)
    if not any(all((root / f).is_file() for f in files) for files in TOKENIZER_FILES):
        raise DataError("the model folder has no tokenizer files (tokenizer.json, vocab, ...)")
    extra = label_map.read_mapping_file(root)
    labels = label_map.resolve(label_map.model_labels(config),
                               mapping if mapping is not None else extra.get("labels", {}))
    activation = str(extra.get("activation") or _activation(config, len(labels.labels)))
    lang = _language(root, language or extra.get("language"))
    record = json.dumps({"labels": labels.as_dict(), "activation": activation}, sort_keys=True)
    return HfBundleInfo(
        root=root, weights=weights, weights_sha256=sha256_file(root / weights),
        digest=_digest(root, weights, record), architecture=architecture, model_type=model_type,
        labels=labels, activation=activation, language=lang,
        name_hint=str(extra.get("name", "")),
    )


def read_config(root: Path) -> dict[str, Any]:
    """Return ``config.json`` of a checked folder."""
    return _read_config(root)


def _read_config(root: Path) -> dict[str, Any]:
    try:
        config = json.loads((root / "config.json").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DataError("config.json is missing") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise DataError("config.json is not valid JSON") from exc
    if not isinstance(config, dict):
        raise DataError("config.json is not a JSON object")
    return config


def _architecture(config: dict[str, Any]) -> tuple[str, str]:
    names = config.get("architectures") or []
    arch = str(names[0]) if isinstance(names, list) and names else ""
    if arch not in ARCHITECTURES:
        raise DataError(f"config.json: architecture {arch or 'none'!r} is not a text "
                        f"classifier we can run; known: {', '.join(ARCHITECTURES)}")
    want = ARCHITECTURES[arch][0]
    if config.get("model_type") != want:
        raise DataError(f"config.json is for {config.get('model_type')!r}, not {want!r}")
    return arch, want


def weights_file(root: Path) -> str:
    """Return the path of the weights in a model folder (the first of ``WEIGHTS`` present).

    Raises:
        DataError: No usable weights, or only pickled or sharded ones.
    """
    found = [w for w in WEIGHTS if (root / w).is_file()]
    if found:
        return found[0]
    if (root / "model.safetensors.index.json").is_file():
        raise DataError("sharded weights are not supported; save the model as one "
                        "model.safetensors file")
    if any(root.glob("*.bin")):
        raise DataError("pickled weights (pytorch_model.bin) can run code and are refused; "
                        "convert them to model.safetensors or ONNX first")
    raise DataError(f"no weights in the model folder (want one of {', '.join(WEIGHTS)})")


def _activation(config: dict[str, Any], n_labels: int) -> str:
    """Softmax over the labels unless the model was trained multi-label (or has one output)."""
    multi = config.get("problem_type") == "multi_label_classification"
    return "sigmoid" if multi or n_labels == 1 else "softmax"


def _language(root: Path, given: Any) -> str:
    lang = str(given).strip().lower() if given else _card_language(root)
    if not lang:
        raise UsageError("voor welke taal is dit model? / which language is this model for? "
                         "Give --language (e.g. --language nl) or \"language\" in "
                         f"{label_map.MAPPING_FILE}")
    if lang not in known_languages():
        raise UsageError(f"onbekende taal / unknown language {lang!r}: use an ISO 639-1 code "
                         "such as nl, en, de, fr, tr")
    return lang


def _card_language(root: Path) -> str:
    """The single ``language:`` of the model card's YAML header, if it names exactly one."""
    card = root / "README.md"
    if not card.is_file():
        return ""
    import yaml

    parts = card.read_text(encoding="utf-8", errors="replace").split("---", 2)
    if len(parts) < 3 or parts[0].strip():
        return ""
    try:
        meta = yaml.safe_load(parts[1])
    except yaml.YAMLError:
        return ""
    found = meta.get("language") if isinstance(meta, dict) else None
    if isinstance(found, list) and len(found) == 1:
        found = found[0]
    return found.strip().lower() if isinstance(found, str) else ""


def needed_files(root: Path, weights: str) -> list[str]:
    """The files (relative paths) that make the model: config, tokenizer, mapping, weights.

    An ONNX export's external weights (``model.onnx_data``) count as weights.
    """
    found = {rel for rel in (*NEEDED, weights) if (root / rel).is_file()}
    folder = (root / weights).parent
    found |= {p.relative_to(root).as_posix() for p in folder.glob(f"{Path(weights).name}?*")
              if p.is_file() and weights.endswith(".onnx")}
    return sorted(found)


def prune(root: Path, weights: str) -> None:
    """Delete everything from a staged copy that the model does not need."""
    keep = {*needed_files(root, weights), *KEPT}
    for path in sorted(root.rglob("*"), reverse=True):  # files before their folders
        rel = path.relative_to(root).as_posix()
        if path.is_dir():
            if not any(path.iterdir()):
                path.rmdir()
        elif rel not in keep:
            path.unlink()


def _digest(root: Path, weights: str, mapping_record: str) -> str:
    digest = hashlib.sha256()
    for rel in needed_files(root, weights):
        digest.update(f"{rel} {sha256_file(root / rel)}\n".encode())
    digest.update(mapping_record.encode())
    return digest.hexdigest()
