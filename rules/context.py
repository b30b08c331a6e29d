"""Per-evaluation state: everything is computed lazily, at most once per subject."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate, compress
from operator import itemgetter, not_
from typing import TYPE_CHECKING, Any

from rules import normalize
from rules.detectors import DETECTORS, link_host, trim_link
from rules.stance import Stance

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rules._native import Normalized
    from rules.model import Subject
    from rules.words import Found, WordMatcher

Span = tuple[int, int]
MAX_SPANS = 100  # evidence kept per pattern; the condition fires either way
FEW_ALLOWED = 16
_NOTHING: dict[int, list[Found]] = {}  # shared "no hits"; never written to
_NONE: frozenset[int] = frozenset()
_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTINUATION = bytes(1 if 0x80 <= byte < 0xC0 else 0 for byte in range(256))


class Tables:
    """The compiled, shared parts a context draws on (built once per rule set).

    Args:
        words: Matcher over normalised text.
        cased: Matcher over the original text (case-sensitive words).
        pattern_set: RE2 set over every regex and detector pattern, or None.
        patterns: The compiled patterns, by set index.
        detector_index: Set index of each detector pattern (``link`` included).
        terms: ``(term, list name)`` by term id, for evidence.
        list_exceptions: Slot of each term list's exceptions, by the list's slot.
    """

    def __init__(
        self,
        words: WordMatcher,
        cased: WordMatcher,
        pattern_set: Any,
        patterns: list[Any],
        detector_index: dict[str, int],
        *,
        terms: Sequence[tuple[str, str]] = (),
        list_exceptions: dict[int, int] | None = None,
    ) -> None:
        self.words = words
        self.cased = cased
        self.pattern_set = pattern_set
        self.patterns = patterns
        self.detector_index = detector_index
        self.terms = terms
        self.list_exceptions = list_exceptions or {}


class Context:
    """One subject being evaluated against one compiled rule set.

    Args:
        tables: The compiled rule set's shared tables.
        subject: The item.
    """

    __slots__ = (
        "_cased_hits", "_clean", "_detected", "_exact", "_links", "_norm_hits",
        "_pattern_spans", "_set_hits", "_span_sets", "_stance", "_utf8", "evidence", "made",
        "normalized", "subject", "tables", "text",
    )

    def __init__(self, tables: Tables, subject: Subject) -> None:
        self.tables = tables
        self.subject = subject
        self.text = subject.text
        self._utf8: bytes | None = None
        self._exact: Normalized | None = None
        self._norm_hits: dict[int, list[Found]] | None = None
        self._cased_hits: dict[int, list[Found]] | None = None
        self._clean: dict[int, list[Found]] | None = None
        self._stance: Stance | None = None
        self._span_sets: dict[int, set[Span]] | None = None
        self.evidence: dict[Span, list[int]] = {}
        """Term ids found at each reported original span (what evidence names); a span's
        list only ever grows by appending, so a hit keeps the list and its length."""
        self.made: dict[tuple[Span, ...], tuple[Span, ...]] = {}
        """The engine's cache: the outermost spans of reported spans."""
        self._set_hits: frozenset[int] | None = None
        self._pattern_spans: dict[int, tuple[Span, ...]] | None = None
        self._detected: dict[str, tuple[Span, ...]] | None = None
        self._links: list[tuple[Span, str]] | None = None
        self.normalized = ""

    def utf8(self) -> bytes:
        """Return the original text as UTF-8 (computed on first use)."""
        if self._utf8 is None:
            self._utf8 = self.text.encode("utf-8", "surrogatepass")
        return self._utf8

    def exact(self) -> Normalized:
        """Return the exact normalisation with offsets (computed on first use)."""
        if self._exact is None:
            self._exact = normalize.exact(self.text)
        return self._exact

    def norm_hits(self) -> dict[int, list[Found]]:
        """Return the normalised-text spans found per word slot (empty when nothing matched).

        Every text is normalised (in C, with its map back); the screen says which keys occur
        in it, and only those are looked for. Offsets are mapped back only for hits.
        """
        if self._norm_hits is None:
            self._norm_hits = _NOTHING
            words = self.tables.words
            if words.screen is not None:
                self.normalized = self.exact().text
                candidates = words.screen(self.normalized)
                if candidates:
                    self._norm_hits = words.find(self.normalized, candidates)
        return self._norm_hits

    def cased_hits(self) -> dict[int, list[Found]]:
        """Return the original-text spans found per case-sensitive word slot."""
        if self._cased_hits is None:
            cased = self.tables.cased
            candidates = cased.may_match(self.text) if cased.active else None
            self._cased_hits = cased.find(self.text, candidates) if candidates else _NOTHING
        return self._cased_hits

    def stance(self) -> Stance:
        """Return word positions, sentences, negation and quotes of the normalised text."""
        if self._stance is None:
            self._stance = Stance(self.normalized)
        return self._stance

    def slot_hits(self, slot: int, cased: bool) -> list[Found]:
        """Return the words found for a slot, less a term list's own exceptions.

        Normalised-text offsets, or original-text offsets for case-sensitive slots.
        """
        if cased:
            return self.cased_hits().get(slot, [])
        found = self.norm_hits().get(slot)
        if not found:
            return []
        except_slot = self.tables.list_exceptions.get(slot)
        if except_slot is None:
            return found
        if self._clean is None:
            self._clean = {}
        clean = self._clean.get(slot)
        if clean is None:
            clean = self._clean[slot] = uncovered(found, self.norm_hits().get(except_slot, []))
        return clean

    def span_set(self, slot: int) -> set[Span]:
        """Return the spans of a slot's hits as a set (made once; for ``uncovered``).

        Several conditions of a rule take out the same exceptions: a text repeating an
        excepted word ten thousand times builds the set once.
        """
        if self._span_sets is None:
            self._span_sets = {}
        spans = self._span_sets.get(slot)
        if spans is None:
            spans = self._span_sets[slot] = set(map(_SPAN, self.slot_hits(slot, False)))
        return spans

    def original_spans(self, found: Sequence[Found]) -> list[Span]:
        """Map normalised-text hits to original-text spans (two array reads each, in C)."""
        return self.exact().original_spans([(start, end) for start, end, _ in found])

    def report(self, found: Sequence[Found], cased: bool) -> tuple[Span, ...]:
        """Return the original spans of hits (at most ``MAX_SPANS``), recording their terms."""
        evidence = self.evidence
        if len(found) == 1:  # the usual case, short
            start, end, term = found[0]
            span = (start, end) if cased else self.exact().original_span(start, end)
            terms = evidence.get(span)
            if terms is None:
                evidence[span] = [term]
            elif term not in terms:
                terms.append(term)
            return (span,)
        found = found[:MAX_SPANS]
        spans = [(a, b) for a, b, _ in found] if cased else self.original_spans(found)
        for span, (_, _, term) in zip(spans, found, strict=True):
            terms = evidence.get(span)
            if terms is None:
                evidence[span] = [term]
            elif term not in terms:
                terms.append(term)
        return tuple(spans)

    def set_hits(self) -> frozenset[int]:
        """Return the set indexes of every regex/detector pattern with a match somewhere."""
        if self._set_hits is None:
            self._set_hits = _NONE
            pattern_set = self.tables.pattern_set
            if pattern_set is not None:
                data = self._utf8
                if data is None:
                    data = self._utf8 = self.text.encode("utf-8", "surrogatepass")
                found = pattern_set.Match(data)
                if found:
                    self._set_hits = frozenset(found)
        return self._set_hits

    def pattern_spans(self, index: int) -> tuple[Span, ...] | None:
        """Return the spans of one pattern, or None when it does not match."""
        if index not in self.set_hits():
            return None
        if self._pattern_spans is None:
            self._pattern_spans = {}
        spans = self._pattern_spans.get(index)
        if spans is None:
            pattern = self.tables.patterns[index]
            data = self.utf8()
            found: list[Span] | None
            if len(data) == len(self.text):  # ASCII: byte offsets are character offsets
                found = _first_spans(pattern, data)
            else:
                # The same search as RE2's str wrapper, without its offset bookkeeping; a
                # match that starts or ends inside a character is left to the wrapper.
                found = _char_spans(data, _utf8_spans(pattern, data))
                if found is None:
                    found = _first_spans(pattern, _encodable(self.text))
            spans = self._pattern_spans[index] = tuple(found)
        return spans

    def detected(self, name: str) -> tuple[Span, ...]:
        """Return validated spans of one personal-data detector."""
        if self._detected is None:
            self._detected = {}
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


def uncovered(found: list[Found], allowed: list[Found],
              same: set[Span] | None = None) -> list[Found]:
    """Return the hits not inside any allowed span (both lists sorted by start).

    A hit is covered when some allowed span starts at or before it and reaches its end: the
    furthest reach of the allowed spans starting up to each point, found with ``bisect``,
    says so. Linear in the hits, and C-level work per hit apart from one comparison.
    ``same``: the spans of ``allowed`` as a set, when the caller keeps it (``span_set``).
    """
    if not allowed:
        return found
    if len(allowed) > FEW_ALLOWED:  # an exception that is the word itself, cheaply first
        if same is None:
            same = set(map(_SPAN, allowed))
        found = list(compress(found, map(not_, map(same.__contains__, map(_SPAN, found)))))
        if not found:
            return found
    starts = list(map(_START, allowed))
    reaches = [-1, *accumulate(map(_END, allowed), max)]
    return [hit for hit in found if reaches[bisect_right(starts, hit[0])] < hit[1]]


_SPAN, _START, _END = itemgetter(0, 1), itemgetter(0), itemgetter(1)


def _first_spans(pattern: Any, text: str | bytes) -> list[Span]:
    """Return the spans of the first ``MAX_SPANS`` matches of a compiled RE2 pattern."""
    found: list[Span] = []
    for match in pattern.finditer(text):
        found.append(match.span())
        if len(found) >= MAX_SPANS:
            break
    return found


def _utf8_spans(pattern: Any, data: bytes) -> list[Span]:
    """Return byte spans of the first ``MAX_SPANS`` matches, searching as the str wrapper does.

    The wrapper searches again from the end of each match, or one *character* further after
    an empty match; ``finditer`` on bytes would step one byte.
    """
    found: list[Span] = []
    pos, end = 0, len(data)
    while len(found) < MAX_SPANS:
        match = pattern.search(data, pos)
        if match is None:
            break
        span = match.span()
        found.append(span)
        if pos == end:
            break
        if pos == span[1]:
            pos += 1
            while pos < end and data[pos] & 0xC0 == 0x80:
                pos += 1
        else:
            pos = span[1]
    return found


def _char_spans(data: bytes, spans: list[Span]) -> list[Span] | None:
    """Turn the byte spans of matches in UTF-8 ``data`` into character spans.

    A byte offset less the continuation bytes before it is a character offset; counting them
    in a 0/1 mask is C-level work and decodes nothing. Returns None when a span boundary falls
    inside a character: searching the bytes then differs from searching the characters.
    """
    if not spans:
        return []
    marks = data.translate(_CONTINUATION)
    result: list[Span] = []
    for start, end in spans:
        if _inside(data, start) or _inside(data, end):
            return None
        begin = start - marks.count(1, 0, start)
        result.append((begin, begin + end - start - marks.count(1, start, end)))
    return result


def _encodable(text: str) -> str:
    """Return the text with each lone surrogate as U+FFFD, for RE2's str wrapper.

    The wrapper encodes to strict UTF-8; one character for one keeps the offsets.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _inside(data: bytes, offset: int) -> bool:
    return offset < len(data) and data[offset] & 0xC0 == 0x80
