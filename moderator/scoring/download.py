"""Downloading a released Detoxify model through Detoxify's own mechanism (online machines only).

Only ever run on an explicit ``moderator model download NAME``; a fresh install never tries
the network by itself. Detoxify fetches the checkpoint with ``torch.hub`` (which shows a
progress bar) and the config/tokenizer from the Hugging Face hub; we then turn what it loaded
into a bundle and install that through the same checks as a file install.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from moderator.errors import DataError, UnavailableError, UsageError
from moderator.scoring.base import OFFLINE_ENV

if TYPE_CHECKING:
    from moderator.scoring.base import ModelInfo
    from moderator.scoring.store import ModelStore

# The names detoxify 0.5.4 knows (detoxify.detoxify.MODEL_URLS), without importing it.
RELEASED = ("original", "unbiased", "multilingual", "original-small", "unbiased-small")


def download(name: str, store: ModelStore) -> ModelInfo:
    """Download the released model ``name`` and install it like a bundle.

    Args:
        name: One of ``RELEASED``.
        store: The model store to install into.

    Returns:
        The installed (and active) model.

    Raises:
        UsageError: Unknown name.
        UnavailableError: The download failed (offline, firewall, hub down).
        DataError: The downloaded file failed a check.
    """
    if name not in RELEASED:
        raise UsageError(f"unknown model {name!r}; choose from {', '.join(RELEASED)}")
    for key in OFFLINE_ENV:
        if key.endswith("OFFLINE"):
            os.environ[key] = "0"  # must precede the first transformers import in this process
    try:
        import torch
        from detoxify import Detoxify
        from detoxify.detoxify import MODEL_URLS
    except ImportError as exc:
        raise UnavailableError(f"detoxify is not installed ({exc})") from exc
    try:
        model = Detoxify(model_type=name, device="cpu")
    except (OSError, RuntimeError, ValueError) as exc:
        raise UnavailableError(f"could not download {name!r}: {exc}") from exc
    file_name = MODEL_URLS[name].rsplit("/", 1)[-1]
    checkpoint = Path(torch.hub.get_dir()) / "checkpoints" / file_name
    with tempfile.TemporaryDirectory(prefix="moderator-download-") as tmp:
        bundle_dir = Path(tmp) / name
        (bundle_dir / "hf").mkdir(parents=True)
        model.model.config.save_pretrained(bundle_dir / "hf")  # the right num_labels
        model.tokenizer.save_pretrained(bundle_dir / "hf")
        shutil.copy2(checkpoint, bundle_dir / "model.ckpt")
        _check_release_hash(bundle_dir / "model.ckpt", file_name)
        return store.install(bundle_dir, name=name)


def _check_release_hash(path: Path, file_name: str) -> None:
    """Release names end in the first hex digits of the file's SHA-256 (upstream convention)."""
    from moderator.scoring.bundle import sha256_file

    match = re.search(r"-([0-9a-f]{8})\.ckpt$", file_name)
    if match and not sha256_file(path).startswith(match.group(1)):
        raise DataError(f"the downloaded {file_name} does not match its published hash")
