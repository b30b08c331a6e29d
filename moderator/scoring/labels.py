"""Mapping a Hugging Face classifier's labels onto Moderator's toxicity categories.

A downloaded model names its outputs in ``config.json`` (``id2label``): ``LABEL_0``/``LABEL_1``,
``toxic``, ``haat``... Rules and the queue speak of Moderator's categories (``toxicity``,
``identity_attack``, ...), so every label must be mapped to one of them or ignored (``-``), in
the bundle's ``moderator.json`` or at install (``--labels "LABEL_1=toxicity,LABEL_0=-"``). A
label left unmapped is refused: guessing would put wrong scores in front of moderators.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from moderator.errors import DataError, UsageError
from rules.schema import CATEGORIES

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

MAPPING_FILE = "moderator.json"  # optional, in the bundle: labels, language, activation, name
IGNORED = frozenset({"-", "ignore", "negeer", "none"})
OTHERS = "*"  # "*=-": every label not named otherwise is ignored
ACTIVATIONS = ("softmax", "sigmoid")


@dataclass(frozen=True, slots=True)
class LabelMap:
    """The model's labels in output order, and the category each feeds (``""``: ignored).

    A category fed by several labels gets the highest of their probabilities.
    """

    labels: tuple[str, ...]
    targets: tuple[str, ...]

    @property
    def categories(self) -> tuple[str, ...]:
        """The categories the model scores, in Moderator's order."""
        return tuple(c for c in CATEGORIES if c in self.targets)

    def indices(self, category: str) -> list[int]:
        """Output positions of the labels that feed ``category``."""
        return [i for i, t in enumerate(self.targets) if t == category]

    def as_dict(self) -> dict[str, str]:
        """``{label: category or "-"}``, as stored and shown."""
        return {label: target or "-" for label, target in zip(self.labels, self.targets,
                                                               strict=True)}


def model_labels(config: Mapping[str, Any]) -> tuple[str, ...]:
    """Return the labels of a ``config.json`` in output order (``LABEL_i`` when unnamed).

    Raises:
        DataError: ``id2label`` is not a numbering 0..n-1 of distinct names.
    """
    raw = config.get("id2label")
    if not raw:
        return tuple(f"LABEL_{i}" for i in range(int(config.get("num_labels", 2))))
    try:
        by_id = {int(k): str(v) for k, v in dict(raw).items()}
    except (TypeError, ValueError) as exc:
        raise DataError("config.json: id2label must map output numbers to names") from exc
    if sorted(by_id) != list(range(len(by_id))) or len(set(by_id.values())) != len(by_id):
        raise DataError("config.json: id2label must number its labels 0..n-1, each once")
    return tuple(by_id[i] for i in range(len(by_id)))


def parse_spec(spec: str) -> dict[str, str]:
    """Parse ``--labels``: ``"LABEL_1=toxicity,hate=identity_attack,*=-"``.

    Raises:
        UsageError: A part without ``=``.
    """
    mapping: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        label, sep, target = part.rpartition("=")
        if not sep or not label.strip() or not target.strip():
            raise UsageError(f"--labels: {part!r} is not LABEL=CATEGORIE/CATEGORY")
        mapping[label.strip()] = target.strip()
    return mapping


def read_mapping_file(root: Path) -> dict[str, Any]:
    """Return the bundle's ``moderator.json`` (empty when absent).

    Raises:
        DataError: The file is not a JSON object with the known keys.
    """
    path = root / MAPPING_FILE
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise DataError(f"{MAPPING_FILE} is not valid JSON") from exc
    if not isinstance(data, dict) or not isinstance(data.get("labels", {}), dict):
        raise DataError(f'{MAPPING_FILE} must be an object with "labels": {{label: category}}')
    if data.get("activation", "softmax") not in ACTIVATIONS:
        raise DataError(f"{MAPPING_FILE}: activation must be one of {', '.join(ACTIVATIONS)}")
    return data


def resolve(labels: tuple[str, ...], mapping: Mapping[str, str]) -> LabelMap:
    """Map every label of the model to a category, or refuse in Dutch and English.

    Args:
        labels: The model's labels (``model_labels``).
        mapping: ``{label, output number or "*": category or "-"}``.

    Raises:
        UsageError: An unknown label or category, a label left unmapped, or no category at all.
    """
    targets: list[str | None] = [None] * len(labels)
    for key, value in mapping.items():
        target = _target(key, value)
        if key == OTHERS:
            continue
        targets[_position(key, labels)] = target
    if OTHERS in mapping:
        other = _target(OTHERS, mapping[OTHERS])
        targets = [other if t is None else t for t in targets]
    missing = [label for label, t in zip(labels, targets, strict=True) if t is None]
    if missing:
        names = ", ".join(missing)
        example = ",".join([f"{missing[0]}=CATEGORIE", *(f"{m}=-" for m in missing[1:2])])
        raise UsageError(
            f"label niet gekoppeld aan een categorie / label not mapped to a category: {names}. "
            f'Koppel elk label met --labels of in {MAPPING_FILE} / map every label with --labels '
            f'or in {MAPPING_FILE}, e.g. --labels "{example}" ("-" = negeren/ignore). '
            f"Categorieën/categories: {', '.join(CATEGORIES)}")
    done = tuple(t or "" for t in targets)
    if not any(done):
        raise UsageError("alle labels genegeerd / every label is ignored: map at least one to a "
                         f"category ({', '.join(CATEGORIES)})")
    return LabelMap(labels, done)


def _target(key: str, value: str) -> str:
    value = value.strip()
    if value.lower() in IGNORED:
        return ""
    if value not in CATEGORIES:
        raise UsageError(f"{key}={value}: onbekende categorie / unknown category {value!r}; "
                         f"choose from {', '.join(CATEGORIES)} or - (negeren/ignore)")
    return value


def _position(key: str, labels: tuple[str, ...]) -> int:
    if key in labels:
        return labels.index(key)
    folded = [label.casefold() for label in labels]
    if key.casefold() in folded and folded.count(key.casefold()) == 1:
        return folded.index(key.casefold())
    if key.isdigit() and int(key) < len(labels):
        return int(key)
    raise UsageError(f"het model heeft geen label / the model has no label {key!r}; "
                     f"its labels: {', '.join(labels)}")
