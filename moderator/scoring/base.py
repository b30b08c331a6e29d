"""The scoring contracts: what a toxicity scorer offers and what a score store must accept.

Nothing here imports torch, transformers or onnxruntime, so the rest of the core (and the
UI) can type against these names without paying for the heavy imports.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from moderator.items import ItemId

Scores = dict[str, float]
"""One text's toxicity per category, each in [0, 1]."""

# Detoxify renames these class names when it loads a checkpoint; we do the same so that the
# categories a rule names are the same whichever runtime produced the score.
CLASS_RENAMES: dict[str, str] = {
    "toxic": "toxicity",
    "identity_hate": "identity_attack",
    "severe_toxic": "severe_toxicity",
}

# The transformer classes a Detoxify checkpoint may name, with the config ``model_type`` and the
# tokenizer class each one goes with. Anything else is refused at install time.
ARCHITECTURES: dict[str, tuple[str, frozenset[str]]] = {
    "BertForSequenceClassification": ("bert", frozenset({"BertTokenizer", "BertTokenizerFast"})),
    "RobertaForSequenceClassification": (
        "roberta",
        frozenset({"RobertaTokenizer", "RobertaTokenizerFast"}),
    ),
    "XLMRobertaForSequenceClassification": (
        "xlm-roberta",
        frozenset({"XLMRobertaTokenizer", "XLMRobertaTokenizerFast"}),
    ),
    "AlbertForSequenceClassification": (
        "albert",
        frozenset({"AlbertTokenizer", "AlbertTokenizerFast"}),
    ),
}

DETOXIFY, HUGGINGFACE = "detoxify", "huggingface"  # the two kinds of installed model
FAST_DIR = "fast"  # the fast runtime's cache folder inside an installed model's folder

# Environment that keeps transformers and huggingface_hub from touching the network. It must be
# in place before either library is imported (they read it at import time).
OFFLINE_ENV: dict[str, str] = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
    "TOKENIZERS_PARALLELISM": "true",
}


def set_offline_env() -> None:
    """Put the offline switches in the environment unless the user set them already."""
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)


def cpu_threads() -> int:
    """Return the number of cores this process may use (the thread count for inference)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


@runtime_checkable
class ToxicityScorer(Protocol):
    """Scores texts with one installed model.

    Attributes:
        model_name: The installed model's name (e.g. ``multilingual``).
        model_version: Identifies the weights (the checkpoint's SHA-256 prefix); stored with
            every score so results stay auditable and are redone when the model changes.
        categories: The categories the model declares, in its own order.
        runtime: How the scores are computed (``onnx-int8``, ``torch-cuda-bf16``, ...).
    """

    model_name: str
    model_version: str
    categories: tuple[str, ...]
    runtime: str

    def score(self, texts: Sequence[str]) -> list[Scores]:
        """Score each text; the result has one entry per text, in the input order."""
        ...


class ScoreSink(Protocol):
    """The part of the workspace's score storage that background scoring needs."""

    def unscored(self, model_version: str, limit: int,
                 languages: Mapping[str, str] | None = None) -> list[tuple[ItemId, str]]:
        """Return up to ``limit`` items needing a score, newest unhandled first.

        Args:
            model_version: The version that scores items without a model for their language.
            limit: Most items returned.
            languages: ``{language: model version}`` of the language models. An item needs a
                score unless its stored score came from the version its stored language goes
                to; with language models installed, a score without a language needs redoing.
        """
        ...

    def store(
        self, model_name: str, model_version: str, rows: list[tuple[ItemId, Scores]],
        languages: Sequence[str] | None = None,
    ) -> None:
        """Store the scores of a batch of items (and each one's detected language)."""
        ...


@dataclass(frozen=True, slots=True)
class ModelInfo:
    """What the model store knows about one installed model.

    Attributes:
        name: The model's name in the store.
        version: Short SHA-256 (of ``sha256``); the ``model_version`` of its scores.
        sha256: Full SHA-256 of ``model.ckpt``; for a Hugging Face model, of all its files and
            its label mapping (the fast runtime's cache key).
        architecture: The transformers class the model is.
        categories: The model's categories (after Detoxify's renames or the label mapping).
        path: Folder holding ``hf/``, ``installed.json`` and ``model.ckpt`` (Detoxify).
        installed_at: ISO time of installation.
        source: Where it was installed from.
        active: Whether scoring uses it (as the general model or for its language).
        kind: ``detoxify`` (a Detoxify checkpoint) or ``huggingface`` (a classifier folder).
        language: The language it scores (ISO 639-1); empty for a general model.
        labels: A Hugging Face model's ``(label, category or "-")`` pairs, in output order.
        activation: How its logits become probabilities (``softmax``/``sigmoid``).
    """

    name: str
    version: str
    sha256: str
    architecture: str
    categories: tuple[str, ...]
    path: str
    installed_at: str = ""
    source: str = ""
    active: bool = False
    kind: str = DETOXIFY
    language: str = ""
    labels: tuple[tuple[str, str], ...] = ()
    activation: str = ""


@dataclass(frozen=True, slots=True)
class Routing:
    """Which installed model scores which comments.

    Attributes:
        general: The model for every language without one of its own (None: none installed).
        languages: The model installed for each language (ISO 639-1 code).
    """

    general: ModelInfo | None
    languages: dict[str, ModelInfo] = field(default_factory=dict)

    @property
    def fallback(self) -> ModelInfo | None:
        """The model for languages without their own: the general one, else a language model."""
        if self.general is not None:
            return self.general
        return self.languages[min(self.languages)] if self.languages else None
