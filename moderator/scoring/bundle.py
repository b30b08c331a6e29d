"""Checking a model bundle before anything trusts it.

A bundle is a folder (or a .zip of one) with ``model.ckpt`` in Detoxify's checkpoint format and
``hf/``: the Hugging Face config and tokenizer files. Optional ``SHA256SUMS`` (``sha256sum``
format) or ``manifest.json`` (``{"name": ..., "sha256": {"model.ckpt": ...}}``) are checked.

Detoxify unpickles checkpoints with ``weights_only=False``, so a crafted file could run code.
Every checkpoint is therefore read here first with ``torch.load(..., weights_only=True)``, which
refuses any pickled object that is not plain data or tensors.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import zipfile
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from moderator.errors import DataError
from moderator.scoring.base import ARCHITECTURES, CLASS_RENAMES

if TYPE_CHECKING:
    from pathlib import Path

CHECKPOINT = "model.ckpt"
HF_DIR = "hf"
ARCH_KEYS = frozenset({"model_type", "model_name", "tokenizer_name", "num_classes"})
# Any one of these sets of files is a tokenizer transformers can load from a folder.
TOKENIZER_FILES = (
    ("tokenizer.json",),
    ("sentencepiece.bpe.model",),
    ("spiece.model",),
    ("vocab.txt",),
    ("vocab.json", "merges.txt"),
)


@dataclass(frozen=True, slots=True)
class BundleInfo:
    """A bundle that passed every check."""

    root: Path
    checkpoint: Path
    hf_dir: Path
    sha256: str
    architecture: str
    tokenizer_class: str
    categories: tuple[str, ...]
    name_hint: str


def sha256_file(path: Path) -> str:
    """Return the hex SHA-256 of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def extract_zip(archive: Path, dest: Path) -> Path:
    """Extract a bundle .zip into ``dest`` (refusing paths that escape it) and return ``dest``."""
    try:
        with zipfile.ZipFile(archive) as zf:
            for member in zf.namelist():
                target = (dest / member).resolve()
                if not target.is_relative_to(dest.resolve()):
                    raise DataError(f"{archive.name}: refusing the zip entry {member!r}")
            zf.extractall(dest)
    except (zipfile.BadZipFile, EOFError) as exc:
        raise DataError(f"{archive.name} is not a readable zip file ({exc})") from exc
    return dest


def locate(root: Path) -> Path:
    """Return the bundle's top folder: ``root`` itself or its single subfolder.

    It holds ``model.ckpt`` (a Detoxify bundle) or ``config.json`` (a Hugging Face model).
    """
    if _is_top(root):
        return root
    subdirs = [p for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))]
    if len(subdirs) == 1 and _is_top(subdirs[0]):
        return subdirs[0]
    raise DataError(f"no {CHECKPOINT} (Detoxify) or config.json (Hugging Face) in the "
                    f"bundle {root.name}")


def _is_top(folder: Path) -> bool:
    return (folder / CHECKPOINT).is_file() or (folder / "config.json").is_file()


def validate(root: Path) -> BundleInfo:
    """Run every check on an unpacked bundle folder.

    Args:
        root: The folder holding ``model.ckpt`` and ``hf/``.

    Returns:
        What the bundle holds, for the store to record.

    Raises:
        DataError: A one-line reason when any check fails.
    """
    name_hint = verify_checksums(root)
    hf_dir = root / HF_DIR
    checkpoint = root / CHECKPOINT
    if not hf_dir.is_dir():
        raise DataError(f"the bundle has no {HF_DIR}/ folder with the config and tokenizer files")
    loaded = read_checkpoint(checkpoint)
    arch, tokenizer_class, categories, num_classes = _check_structure(loaded)
    _check_hf_folder(hf_dir, arch, num_classes)
    return BundleInfo(
        root=root, checkpoint=checkpoint, hf_dir=hf_dir, sha256=sha256_file(checkpoint),
        architecture=arch, tokenizer_class=tokenizer_class, categories=categories,
        name_hint=name_hint,
    )


def read_checkpoint(path: Path) -> dict[str, Any]:
    """Load a checkpoint with ``weights_only=True``: plain data and tensors only, no code."""
    import torch

    try:
        loaded = _torch_load(torch, path)
    except pickle.UnpicklingError as exc:
        if "weights only" in str(exc).lower():
            raise DataError(
                f"{path.name} holds pickled objects that could run code; refused"
            ) from exc
        raise DataError(f"{path.name} is corrupt ({exc})") from exc
    except Exception as exc:  # torch raises many kinds on a damaged file
        kind = type(exc).__name__
        raise DataError(f"{path.name} is corrupt or not a checkpoint ({kind})") from exc
    if not isinstance(loaded, dict) or "config" not in loaded or "state_dict" not in loaded:
        raise DataError(f"{path.name} is not a Detoxify checkpoint (no config/state_dict)")
    return loaded


def _torch_load(torch: Any, path: Path) -> Any:
    try:  # mmap keeps a 1 GB checkpoint out of memory while it is only inspected
        return torch.load(path, map_location="cpu", weights_only=True, mmap=True)
    except RuntimeError as exc:
        if "mmap" not in str(exc):
            raise
        return torch.load(path, map_location="cpu", weights_only=True)  # legacy file format


def _check_structure(loaded: dict[str, Any]) -> tuple[str, str, tuple[str, ...], int]:
    try:
        args = loaded["config"]["arch"]["args"]
        classes = loaded["config"]["dataset"]["args"]["classes"]
    except (KeyError, TypeError) as exc:
        raise DataError(f"the checkpoint's config lacks {exc}") from exc
    if not isinstance(args, dict) or set(args) != ARCH_KEYS:
        raise DataError(f"the checkpoint's arch.args must be exactly {sorted(ARCH_KEYS)}")
    arch, tokenizer_class = str(args["model_name"]), str(args["tokenizer_name"])
    if arch not in ARCHITECTURES:
        raise DataError(f"unknown architecture {arch!r}; known: {', '.join(ARCHITECTURES)}")
    if tokenizer_class not in ARCHITECTURES[arch][1]:
        raise DataError(f"tokenizer {tokenizer_class!r} does not go with {arch}")
    num_classes = args["num_classes"]
    if not isinstance(classes, list) or not classes or not isinstance(num_classes, int):
        raise DataError("the checkpoint declares no classes")
    if len(classes) > num_classes:
        raise DataError(f"{len(classes)} classes named but the model has {num_classes} outputs")
    if not isinstance(loaded["state_dict"], dict) or not loaded["state_dict"]:
        raise DataError("the checkpoint's state_dict is empty")
    categories = tuple(CLASS_RENAMES.get(str(c), str(c)) for c in classes)
    return arch, tokenizer_class, categories, num_classes


def _check_hf_folder(hf_dir: Path, arch: str, num_classes: int) -> None:
    try:
        config = json.loads((hf_dir / "config.json").read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DataError(f"{HF_DIR}/config.json is missing") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise DataError(f"{HF_DIR}/config.json is not valid JSON") from exc
    want = ARCHITECTURES[arch][0]
    if config.get("model_type") != want:
        raise DataError(f"{HF_DIR}/config.json is for {config.get('model_type')!r}, not {want!r}")
    labels = len(config.get("id2label") or {}) or int(config.get("num_labels", 2))
    if labels != num_classes:
        raise DataError(f"{HF_DIR}/config.json has {labels} labels, the checkpoint {num_classes}")
    if not any(all((hf_dir / f).is_file() for f in files) for files in TOKENIZER_FILES):
        raise DataError(f"{HF_DIR}/ has no tokenizer files (tokenizer.json, vocab, ...)")


def verify_checksums(root: Path) -> str:
    """Check SHA256SUMS / manifest.json when present; return the manifest's name, if any."""
    expected: dict[str, str] = {}
    sums = root / "SHA256SUMS"
    if sums.is_file():
        for line in sums.read_text(encoding="utf-8").splitlines():
            digest, _, rel = line.strip().partition(" ")
            if digest:
                expected[rel.strip().lstrip("*")] = digest.lower()
    name = ""
    manifest = root / "manifest.json"
    if manifest.is_file():
        try:
            data = json.loads(manifest.read_text(encoding="utf-8"))
            expected.update({k: str(v).lower() for k, v in dict(data.get("sha256", {})).items()})
            name = str(data.get("name", ""))
        except (ValueError, TypeError, AttributeError) as exc:
            raise DataError("manifest.json is not valid") from exc
    for rel, digest in expected.items():
        path = (root / rel).resolve()
        if not path.is_relative_to(root.resolve()) or not path.is_file():
            raise DataError(f"checksum listed for {rel}, which is not in the bundle")
        if sha256_file(path) != digest:
            raise DataError(f"checksum mismatch for {rel}: the file is damaged or altered")
    return name
