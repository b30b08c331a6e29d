"""Language routing: each comment is scored by the model installed for its language.

A Dutch comment goes to a Dutch model when one is installed (``moderator model install
FOLDER --language nl``), anything else to the general model (Detoxify multilingual). The
language is detected per comment (``language.LanguageDetector``) and stored with its score, so
installing or replacing a language's model rescores exactly that language's comments.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from moderator.scoring.base import ModelInfo, Routing, ToxicityScorer
    from moderator.scoring.language import LanguageDetector


@dataclass(frozen=True, slots=True)
class Group:
    """Texts (by position) that one scorer handles, with each one's detected language."""

    scorer: ToxicityScorer
    positions: list[int]
    languages: list[str] | None  # None: no detector (one model scores everything)


class RoutedScorer:
    """Sends each text to the scorer for its language, else to the fallback scorer.

    Args:
        fallback: Scores every language without a scorer of its own.
        languages: A scorer per language (ISO 639-1 code).
        detector: Names each text's language; without one, the fallback scores everything
            and no language is recorded.
    """

    def __init__(self, fallback: ToxicityScorer,
                 languages: Mapping[str, ToxicityScorer] | None = None,
                 detector: LanguageDetector | None = None) -> None:
        self.fallback = fallback
        self.languages = dict(languages or {})
        self._detector = detector

    @property
    def routes(self) -> dict[str, str]:
        """``{language: model version}`` of the language scorers."""
        return {lang: s.model_version for lang, s in self.languages.items()}

    @property
    def scorers(self) -> list[ToxicityScorer]:
        """Every distinct scorer, the fallback first."""
        found: dict[int, ToxicityScorer] = {id(self.fallback): self.fallback}
        for scorer in self.languages.values():
            found.setdefault(id(scorer), scorer)
        return list(found.values())

    def split(self, texts: Sequence[str]) -> list[Group]:
        """Group the texts by the scorer their language goes to (fallback first)."""
        if self._detector is None:
            return [Group(self.fallback, list(range(len(texts))), None)]
        detected = self._detector.detect_all(texts)
        positions: dict[int, list[int]] = defaultdict(list)
        for i, lang in enumerate(detected):
            positions[id(self.languages.get(lang, self.fallback))].append(i)
        return [Group(s, positions[id(s)], [detected[i] for i in positions[id(s)]])
                for s in self.scorers if positions.get(id(s))]

    def describe(self) -> str:
        """One line naming the models: ``multilingual 1a2b3c4d5e6f, nl: robbert 9f8e...``."""
        parts = [f"{self.fallback.model_name} {self.fallback.model_version}"]
        parts += [f"{lang}: {s.model_name} {s.model_version}"
                  for lang, s in sorted(self.languages.items()) if s is not self.fallback]
        return ", ".join(parts)


def open_routed(routing: Routing, runtime: str = "auto", *, batch_size: int | None = None,
                threads: int | None = None) -> RoutedScorer:
    """Open a scorer for each model in ``routing`` and the language detector.

    Args:
        routing: The store's ``require_routing()``.
        runtime: For the general model (Hugging Face models always run on ONNX).
        batch_size: Texts per forward pass.
        threads: CPU threads.

    Raises:
        UnavailableError: No model is installed, or a runtime cannot be built.
    """
    from moderator.errors import UnavailableError
    from moderator.scoring.factory import open_scorer
    from moderator.scoring.language import LanguageDetector

    if routing.fallback is None:
        raise UnavailableError("no toxicity model installed")
    opened: dict[str, ToxicityScorer] = {}

    def scorer_for(info: ModelInfo) -> ToxicityScorer:
        if info.path not in opened:  # the fallback may also be a language's model
            chosen = runtime if info is routing.general else "auto"
            opened[info.path] = open_scorer(info, chosen, batch_size=batch_size, threads=threads)
        return opened[info.path]

    fallback = scorer_for(routing.fallback)
    languages = {lang: scorer_for(info) for lang, info in routing.languages.items()}
    return RoutedScorer(fallback, languages, LanguageDetector(languages))
