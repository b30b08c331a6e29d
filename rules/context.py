"""Per-evaluation state: everything is computed lazily, at most once per subject."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rules import normalize
from rules.detectors import DETECTORS, link_host, trim_link

if TYPE_CHECKING:
    from rules.model import Subject
    from rules.words import WordMatcher

Span = tuple[int, int]
MAX_SPANS = 100  # evidence kept per pattern; the condition fires either way


class Tables:
    """The compiled, shared parts a context draws on (built once per rule set).

    Args:
        words: Matcher over normalised text.
        cased: Matcher over the original text (case-sensitive words).
        pattern_set: RE2 set over every regex and detector pattern, or None.
        patterns: The compiled patterns, by set index.
        detector_index: Set index of each detector pattern (``link`` included).
    """

    def __init__(
        self,
        words: WordMatcher,
        cased: WordMatcher,
        pattern_set: Any,
        patterns: list[Any],
        detector_index: dict[str, int],
    ) -> None:
        self.words = words
        self.cased = cased
        self.pattern_set = pattern_set
        self.patterns = patterns
        self.detector_index = detector_index


class Context:
    """One subject being evaluated against one compiled rule set.

    Args:
        tables: The compiled rule set's shared tables.
        subject: The item.
    """

    def __init__(self, tables: Tables, subject: Subject) -> None:
        self.tables = tables
        self.subject = subject
        self.text = subject.text
        self._exact: normalize.Normalized | None = None
        self._norm_hits: dict[int, list[Span]] | None = None
        self._cased_hits: dict[int, list[Span]] | None = None
        self._set_hits: frozenset[int] | None = None
        self._pattern_spans: dict[int, tuple[Span, ...]] = {}
        self._detected: dict[str, tuple[Span, ...]] = {}
        self._links: list[tuple[Span, str]] | None = None
        self.normalized = ""

    def exact(self) -> normalize.Normalized:
        """Return the exact normalisation with offsets (computed on first use)."""
        if self._exact is None:
            self._exact = normalize.exact(self.text)
        return self._exact

    def word_spans(self, slot: int, cased: bool) -> list[Span]:
        """Return original-text spans found for a word slot."""
        if cased:
            if self._cased_hits is None:
                self._cased_hits = self.tables.cased.find(self.text)
            return self._cased_hits.get(slot, [])
        if self._norm_hits is None:
            fast = normalize.fast(self.text)
            self.normalized = self.exact().text if fast is None else fast
            self._norm_hits = self.tables.words.find(self.normalized)
        found = self._norm_hits.get(slot)
        if not found:
            return []
        exact = self.exact()
        return [exact.original_span(start, end) for start, end in found]

    def set_hits(self) -> frozenset[int]:
        """Return the set indexes of every regex/detector pattern with a match somewhere."""
        if self._set_hits is None:
            found = None if self.tables.pattern_set is None else self.tables.pattern_set.Match(
                self.text
            )
            self._set_hits = frozenset(found or ())
        return self._set_hits

    def pattern_spans(self, index: int) -> tuple[Span, ...] | None:
        """Return the spans of one pattern, or None when it does not match."""
        if index not in self.set_hits():
            return None
        spans = self._pattern_spans.get(index)
        if spans is None:
            found: list[Span] = []
            for match in self.tables.patterns[index].finditer(self.text):
                found.append(match.span())
                if len(found) >= MAX_SPANS:
                    break
            spans = self._pattern_spans[index] = tuple(found)
        return spans

    def detected(self, name: str) -> tuple[Span, ...]:
        """Return validated spans of one personal-data detector."""
        spans = self._detected.get(name)
        if spans is None:
            found: list[Span] = []
            for start, end in self.pattern_spans(self.tables.detector_index[name]) or ():
                length = DETECTORS[name].validate(self.text[start:end])
                if length:
                    found.append((start, start + length))
            spans = self._detected[name] = tuple(found)
        return spans

    def links(self) -> list[tuple[Span, str]]:
        """Return every link as ``(span, host)``; bare domains inside e-mail addresses skipped."""
        if self._links is None:
            self._links = []
            for start, found_end in self.pattern_spans(self.tables.detector_index["link"]) or ():
                if start > 0 and self.text[start - 1] in "@.":
                    continue
                end = trim_link(self.text, start, found_end)
                self._links.append(((start, end), link_host(self.text[start:end])))
        return self._links
