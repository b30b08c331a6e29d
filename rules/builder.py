"""Compiling a rule set's words, lists and patterns into the shared matching tables.

``Builder`` collects every word, list form and pattern while the engine compiles the rule
conditions, then ``tables`` normalises them all at once, makes the tolerant misspellings in
one batch (``variants``) and builds the matchers (``words``) and the RE2 set.
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING, Any

import re2

from rules.context import Tables
from rules.detectors import DETECTORS, LINK
from rules.lists import reference_pattern
from rules.normalize import normalize_many
from rules.variants import variants_many
from rules.words import COMPOUND_MODES, WordMatcher, split_wildcards

if TYPE_CHECKING:
    from rules.conditions import Words
    from rules.model import TermList

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False


_ANY_BYTE = re.compile(r"(?<!\\)(?:\\\\)*\\C")  # RE2's \C: one byte, maybe half a character


def regex_problem(pattern: str) -> str | None:
    """Return why RE2 refuses a pattern, or None when it compiles."""
    if _ANY_BYTE.search(pattern):
        return r"\C matches one byte, which may be part of a character; use . instead"
    try:
        re2.compile(pattern, _OPTIONS)
    except re2.error as exc:
        reason = exc.args[0] if exc.args else exc
        text = reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)
        return text
    except UnicodeEncodeError:
        return "not valid Unicode (a lone surrogate)"
    return None


class Builder:
    """Collects word lists and patterns while conditions are compiled.

    Args:
        lists: The rule set's term lists by name; each is compiled once, when first used.
    """

    def __init__(self, lists: dict[str, TermList]) -> None:
        self.words: list[tuple[int, tuple[str, ...], str, int]] = []
        self.plain: list[tuple[int, str, int]] = []  # (slot, word as written, term)
        self.tolerant: list[tuple[int, str, int, tuple[str, ...]]] = []  # ... and avoid
        self.cased: list[tuple[int, tuple[str, ...], str, int]] = []
        self.patterns: list[str] = []
        self.detector_index: dict[str, int] = {}
        self.slots = 0
        self.touched_slots: dict[int, bool] = {}
        self.touched_patterns: set[int] = set()
        self.terms: list[tuple[str, str]] = []
        self._term_ids: dict[tuple[str, str], int] = {}
        self.lists = lists
        self.reference = reference_pattern(lists)
        self.list_slots: dict[str, int] = {}
        self.list_exceptions: dict[int, int] = {}

    def term(self, term: str, list_name: str = "") -> int:
        """Return the id of a term for evidence."""
        key = (term, list_name)
        if key not in self._term_ids:
            self._term_ids[key] = len(self.terms)
            self.terms.append(key)
        return self._term_ids[key]

    def new_slot(self) -> int:
        """Return a new slot id (a word list of its own)."""
        self.slots += 1
        return self.slots - 1

    def add(self, slot: int, word: str, mode: str, term: int, *, cased: bool = False,
            tolerant: bool = False, avoid: tuple[str, ...] = ()) -> None:
        """Add one written word or phrase (wildcards allowed) to a slot.

        Everything waits for ``tables``, which normalises all words and makes all
        misspellings at once. ``avoid``: the written forms misspellings must not equal.
        """
        if cased:
            self.cased.append((slot, tuple(split_wildcards(word)), mode, term))
            return
        wild = "*" in word
        if mode == "word" and not wild:
            self.plain.append((slot, word.strip(), term))
        else:
            self.words.append((slot, tuple(split_wildcards(word)), mode, term))
        if tolerant and not wild and mode in ("word", "prefix", "suffix", "part"):
            self.tolerant.append((slot, word.strip().lower(), term, avoid))

    def slot(self, values: tuple[str, ...], mode: str, cased: bool, term: bool = True) -> int:
        """Return a new slot for plain words (no list references)."""
        slot = self.new_slot()
        for value in values:
            self.add(slot, value, mode, self.term(value) if term else 0, cased=cased)
        self.touched_slots[slot] = cased
        return slot

    def list_slot(self, name: str) -> int:
        """Return the slot of a term list, compiling the list on first use."""
        if name not in self.list_slots:
            found = self.lists[name]
            slot = self.list_slots[name] = self.new_slot()
            avoid = tuple(form for forms in found.terms for form in forms)
            mode = COMPOUND_MODES.get(found.compounds, "word")
            for forms in found.terms:
                term = self.term(forms[0], name)
                for form in forms:
                    single = " " not in form.strip()
                    self.add(slot, form, mode if single else "word", term,
                             tolerant=found.tolerant, avoid=avoid)
            if found.exceptions:
                self.list_exceptions[slot] = self.slot(found.exceptions, "word", False, False)
        self.touched_slots[self.list_slots[name]] = False
        return self.list_slots[name]

    def word_slots(self, cond: Words) -> list[int]:
        """Return the slots of a words condition: its own words and the lists it names."""
        own = self.new_slot()
        slots = [own]
        tolerant = cond.tolerant
        avoid = tuple(value for value in cond.values if "$" not in value)
        for value in cond.values:
            names = self.reference.findall(value) if self.reference is not None else []
            if not names:
                self.add(own, value, cond.match, self.term(value), cased=cond.case_sensitive,
                         tolerant=tolerant, avoid=avoid)
            elif value.strip() == f"${names[0]}":
                slots.append(self.list_slot(names[0]))
            else:
                self._expand(own, value, cond, names)
        self.touched_slots[own] = cond.case_sensitive
        return slots

    def _expand(self, slot: int, value: str, cond: Words, names: list[str]) -> None:
        """Add every phrase a value with list references stands for (``vuile $groepen``)."""
        assert self.reference is not None  # names were found with it
        texts = self.reference.split(value)[::2]  # the text around and between the names
        tolerant = cond.tolerant  # a list's own tolerance would multiply every phrase
        # One term per combination of terms (named by their first forms), then every
        # combination of their forms: thousands of phrases for ``$vloek$groepen``.
        for terms in itertools.product(*(self.lists[name].terms for name in names)):
            label = texts[0] + "".join(
                f[0] + text for f, text in zip(terms, texts[1:], strict=True))
            term = self.term(label.strip(), names[0])
            for forms in itertools.product(*terms):
                phrase = texts[0] + "".join(
                    f + text for f, text in zip(forms, texts[1:], strict=True))
                self.add(slot, phrase, cond.match, term, cased=cond.case_sensitive,
                         tolerant=tolerant)

    def pattern(self, pattern: str) -> int:
        """Return the set index of a new regex pattern."""
        self.patterns.append(pattern)
        self.touched_patterns.add(len(self.patterns) - 1)
        return len(self.patterns) - 1

    def detector(self, name: str) -> int:
        """Return the set index of a detector's pattern (added once)."""
        if name not in self.detector_index:
            source = LINK if name == "link" else DETECTORS[name].pattern
            self.detector_index[name] = self.pattern(source)
        self.touched_patterns.add(self.detector_index[name])
        return self.detector_index[name]

    def untouch(self) -> None:
        """Start recording the slots and patterns of the next condition afresh."""
        self.touched_slots = {}
        self.touched_patterns = set()

    def tables(self) -> Tables:
        """Return the matching tables for everything collected (normalised in batches)."""
        pattern_set: Any = None
        compiled = [re2.compile(p, _OPTIONS) for p in self.patterns]
        if self.patterns:
            pattern_set = re2.Set.SearchSet(_OPTIONS)
            for pattern in self.patterns:
                pattern_set.Add(pattern)
            pattern_set.Compile()
            pattern_set = getattr(pattern_set, "_set", pattern_set)  # see ``WordMatcher``
        plain: dict[tuple[int, int], set[str]] = {}
        keys = normalize_many([word for _, word, _ in self.plain])
        for (slot, _, term), key in zip(self.plain, keys, strict=True):
            plain.setdefault((slot, term), set()).add(key)
        pieces = iter(normalize_many([piece for _, found, _, _ in self.words
                                      for piece in found]))
        words = [(slot, tuple(next(pieces) for _ in found), mode, term)
                 for slot, found, mode, term in self.words]
        avoid = {id(written): written for _, _, _, written in self.tolerant}
        normal = iter(normalize_many([form for written in avoid.values() for form in written]))
        avoided = {key: frozenset(next(normal) for _ in written) for key, written in avoid.items()}
        forms = variants_many([(form, avoided[id(written)])
                               for _, form, _, written in self.tolerant], split=True)
        splits: dict[tuple[int, int], dict[str, str]] = {}
        for (slot, _, term, _), (found, halves) in zip(self.tolerant, forms, strict=True):
            plain.setdefault((slot, term), set()).update(found)
            known = splits.get((slot, term))
            if known is None:
                splits[slot, term] = halves
            elif halves:  # another form of the same term: mostly other keys, merged in C
                shared = {key: known[key] for key in known.keys() & halves.keys()}
                known.update(halves)
                for key, marks in shared.items():
                    known[key] = "".join(dict.fromkeys(marks + halves[key]))
        return Tables(
            WordMatcher(words, plain, splits, normalized=True),
            WordMatcher(self.cased),
            pattern_set,
            compiled,
            self.detector_index,
            terms=self.terms,
            list_exceptions=self.list_exceptions,
        )
