"""Which language a comment is in, so it can go to the model installed for that language.

The detector is py3langid: its naive Bayes model ships inside the package (a 4.5 MB numpy
file, no pickle), so nothing is downloaded, and it classifies about 60,000 short comments a
second on one core. Choosing among a few likely languages instead of all 97 it knows makes
short comments far more reliable (Dutch was taken for Afrikaans, Frisian or Serbian); links
and @mentions are taken out first because they carry no language.
"""

from __future__ import annotations

import copy
import re
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

UNDETERMINED = "und"  # ISO 639-2 for "cannot tell": emoji, links, one-word reactions
# What Dutch public bodies' accounts mostly receive. A language a model is installed for is
# always added; Afrikaans and Frisian are left out because they swallow short Dutch comments.
LIKELY = ("nl", "en", "de", "fr", "es", "it", "pt", "tr", "ru", "pl", "ar")
MIN_CONFIDENCE = 0.5  # below this (normalised probability) the comment is UNDETERMINED
_NOISE = re.compile(r"(?:https?://|www\.)\S+|[@#][\w.]+", re.IGNORECASE)

_LOCK = threading.Lock()
_MODEL: dict[str, Any] = {}


def known_languages() -> frozenset[str]:
    """Return the ISO 639 codes the bundled detector knows."""
    return frozenset(_identifier().labels)


class LanguageDetector:
    """Names the language of each text among ``LIKELY`` plus the given languages.

    Args:
        languages: Languages to tell apart besides ``LIKELY`` (those models are installed for).
        min_confidence: Below this the answer is ``UNDETERMINED``.

    Raises:
        ValueError: A language the detector does not know.
    """

    def __init__(self, languages: Iterable[str] = (),
                 min_confidence: float = MIN_CONFIDENCE) -> None:
        wanted = sorted({*LIKELY, *languages})
        unknown = set(wanted) - known_languages()
        if unknown:
            raise ValueError(f"unknown language code(s): {', '.join(sorted(unknown))}")
        # set_languages replaces the copy's arrays; the shared model stays whole
        self._ident = copy.copy(_identifier())
        self._ident.set_languages(wanted)
        self.languages = tuple(wanted)
        self._min = min_confidence

    def detect(self, text: str) -> str:
        """Return the ISO 639-1 code of the text's language, or ``UNDETERMINED``."""
        cleaned = _NOISE.sub(" ", text).strip()
        if not any(ch.isalpha() for ch in cleaned):
            return UNDETERMINED
        lang, confidence = self._ident.classify(cleaned)
        return str(lang) if confidence >= self._min else UNDETERMINED

    def detect_all(self, texts: Sequence[str]) -> list[str]:
        """Return the language of each text, in input order."""
        return [self.detect(t) for t in texts]


def _identifier() -> Any:
    """The full model, loaded once per process (0.7 s); detectors copy it."""
    with _LOCK:
        if "full" not in _MODEL:
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            _MODEL["full"] = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        return _MODEL["full"]
