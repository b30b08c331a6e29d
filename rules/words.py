"""Words and phrases: one Aho-Corasick pass, then boundary checks and wildcard verification.

A word without ``*`` is an automaton key. A word with ``*`` is found by its first literal
piece and verified with an anchored RE2 pattern (``*`` = any run of non-space characters), so
no word list can make matching super-linear in the text.

Each key carries its plan, made once when the rule set is compiled: the ``(slot, term)`` pairs
of its plain whole-word entries, which share one boundary check per occurrence, and the
entries that need more (compounds, wildcards, the other match modes; ``rules.wordscan``). A
key found a thousand times costs a thousand boundary checks and list appends, nothing more.

Up to ``PREFILTER_KEYS`` keys, one pass of a compiled automaton (``rules._native.Screen``)
over the text says which keys occur at all; ``find`` then looks for just those (in C) instead
of walking an automaton and checking every hit in Python.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import defaultdict
from itertools import compress, repeat
from operator import add, itemgetter
from typing import TYPE_CHECKING, Any

import ahocorasick

from rules._native import Screen, find_words
from rules.wordkeys import PREFILTER_KEYS, expand, grouped, split_index
from rules.wordscan import (
    COMPOUND_REACH,
    OPEN_END,
    PREFIX,
    RUN_BYTES,
    WILDCARD_REACH,
    Entry,
    Scan,
    run_offsets,
    split_hits,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping, Sequence

Found = tuple[int, int, int]
"""A word found: start, end, term id."""
Plan = tuple[int, tuple[tuple[int, int], ...], tuple[int, ...]]
"""A key's plan: its length, the ``(slot, term)`` of its plain words, its other entries."""
_SQUEEZE = re.compile(r"\*{2,}")
_RUN = re.compile(r"[^\W_]+")  # a maximal run of letters and digits (str.isalnum)


def split_wildcards(word: str) -> list[str]:
    """Return the literal pieces of a word; empty first/last pieces mean edge wildcards."""
    return _SQUEEZE.sub("*", word.strip()).split("*")


# Modes beyond ``WORD_MODES`` used for list compounds: a boundary on the left (``prefix``: the
# term starts a word), on the right (``suffix``: it ends one) or on either side (``part``).
COMPOUND_MODES = {"start": "prefix", "end": "suffix", "both": "part"}


class WordMatcher:
    """Finds many words and phrases in one pass; results are ``(start, end, term)`` per slot.

    Args:
        words: ``(slot, pieces, mode, term)``: a slot is the caller's id for a word list,
            ``pieces`` the literal pieces between wildcards (already folded), ``term`` the
            caller's id for the term that evidence names.
        plain: The keys of plain whole-word entries (no wildcard, mode ``word``) by their
            ``(slot, term)``: the bulk of a large list, passed without building pieces.
        splits: Masked and inserted misspellings by ``(slot, term)`` (``variants.Split``).
        normalized: The texts will be normalised (white space is a space or a line break).
    """

    def __init__(
        self,
        words: Iterable[tuple[int, Sequence[str], str, int]],
        plain: Mapping[tuple[int, int], Iterable[str]] | None = None,
        splits: Mapping[tuple[int, int], Mapping[str, str]] | None = None,
        normalized: bool = False,
    ) -> None:
        self._entries: list[Entry] = []
        self.normalized = normalized
        """Texts are normalised (their only white space is a space or a line break)."""
        simple = grouped(plain or {})
        self._splits = split_index(splits or {})
        self._reach = max(map(len, self._splits), default=0)  # a half is no longer
        if self._splits and len(simple) + len(self._splits) <= PREFILTER_KEYS and len(
                simple) + sum(len(marks) for found in self._splits.values()
                              for _, marks in found) <= PREFILTER_KEYS:
            expand(self._splits, simple)  # few enough for the screen, which needs keys
            self._splits = {}
        other: dict[str, tuple[int, ...]] = {}
        for slot, pieces, mode, term in words:
            literal = next((p for p in pieces if p), "")
            if not literal:
                continue
            if len(pieces) == 1 and mode == "word":
                simple[literal] = tuple(dict.fromkeys((*simple.get(literal, ()), (slot, term))))
                continue
            other[literal] = (*other.get(literal, ()), len(self._entries))
            self._entries.append(Entry(slot, mode, len(literal),
                                       tuple(pieces) if len(pieces) > 1 else (), term))
        self._tokens: dict[str, tuple[tuple[int, int], ...]] = {}
        if len(simple) + len(other) > PREFILTER_KEYS:
            # Too many for the screen: whole words of letters and digits are looked up
            # among the text's words instead of walked by the automaton (see ``_words``).
            self._tokens = {key: pairs for key, pairs in simple.items() if key.isalnum()}
            simple = {key: pairs for key, pairs in simple.items() if not key.isalnum()}
        self.keys: list[str] = [*simple, *(key for key in other if key not in simple)]
        plans = zip(map(len, self.keys), map(simple.get, self.keys, repeat(())),
                    map(other.get, self.keys, repeat(())), strict=True)
        self._plans: list[Plan] = list(plans)
        """The plans by key index (the automata and the screen name keys by index)."""
        self._simple = [simple for _length, simple, _other in self._plans]
        # Per key for ``find_words``: 1 = it has other entries, 2 = it is letters and digits.
        self._flags = bytes((1 if other else 0) | (2 if key.isalnum() else 0)
                            for key, (_length, _simple, other) in zip(self.keys, self._plans,
                                                                      strict=True))
        self.active = bool(self.keys or self._tokens or self._splits)
        """True when there is at least one word to look for."""
        self.screen: Callable[[str], Sequence[int] | bool] | None = None
        """Which keys occur in the text (a list of key indexes, empty for none), or True for
        "look with the automaton"; None when there are no words. One pass in C (``Screen``)
        over the text the matcher matches in (normalised or original), bound once."""
        if self.active:
            self.screen = _screen(self.keys) if self.keys and not self._tokens else _always
        self._automaton: Any = None
        if self.keys and self.screen is _always:
            automaton = self._automaton = ahocorasick.Automaton()
            for index, key in enumerate(self.keys):
                automaton.add_word(key, index)
            automaton.make_automaton()

    def may_match(self, text: str) -> Sequence[int] | bool | None:
        """Return ``screen(text)``, or None when there are no words."""
        return None if self.screen is None else self.screen(text)

    def find(self, text: str, candidates: Sequence[int] | bool | None = True
             ) -> dict[int, list[Found]]:
        """Return ``(start, end, term)`` found in ``text`` for each slot, sorted.

        Args:
            text: The text (normalised for the normalised matcher).
            candidates: The key indexes ``screen`` returned, or True to walk the automaton.
        """
        found: defaultdict[int, list[Found]] = defaultdict(list)
        if not self.active or not candidates:
            return found
        if candidates is True:
            if self._automaton is not None:
                self._walk(text, found)
            if self._tokens:
                self._words(text, found)
            if self._splits:
                split_hits(text, self._splits, self._reach, found)
        else:
            self._look(text, candidates, found)
        for hits in found.values():
            hits.sort()
        return found

    def _walk(self, text: str, found: defaultdict[int, list[Found]]) -> None:
        """Look for each key the automaton finds somewhere (occurrences: see ``_look``)."""
        self._look(text, {index for _, index in self._automaton.iter(text)}, found)

    def _words(self, text: str, found: defaultdict[int, list[Found]]) -> None:
        """Find the whole-word keys of letters and digits among the text's words.

        Such a key matches exactly where a maximal run of letters and digits equals it, so
        one set intersection in C says which occur; only those are then located.
        """
        size = len(text)
        tokens = self._tokens
        offsets: tuple[list[bytes], list[int]] | None = None
        for key in tokens.keys() & _runs(text):
            pairs, length = tokens[key], len(key)
            if text.count(key) > _MANY:  # a repeated word: its occurrences found in C
                if text.isascii():
                    offsets = offsets or run_offsets(text)
                    pieces, at = offsets
                    starts = list(compress(at, map(key.encode("ascii").__eq__, pieces)))
                else:
                    starts = [match.start() for match in _whole(key).finditer(text)]
                ends = [start + length for start in starts]
                for slot, term in pairs:
                    found[slot].extend(zip(starts, ends, repeat(term)))
                continue
            start = text.find(key)
            while start >= 0:
                end = start + length
                if not ((start and text[start - 1].isalnum())
                        or (end < size and text[end].isalnum())):
                    for slot, term in pairs:
                        found[slot].append((start, end, term))
                start = text.find(key, start + 1)

    def _look(self, text: str, candidates: Iterable[int], found: defaultdict[int, list[Found]]
              ) -> None:
        """Find every occurrence of the candidate keys and check it against the key's plan.

        The occurrences and the plain whole-word entries are done in C (``find_words``); what
        comes back is the occurrences of keys with other entries, checked here in text order.
        After ``_MANY`` occurrences of a key of letters and digits, the rest of its other
        entries are found with a regex each (``_many``). Results do not depend on the order
        of the keys: each entry belongs to one key.
        """
        pending = find_words(text, candidates, self.keys, self._simple, self._flags, found,
                             _MANY)
        if not pending:
            return
        scan = Scan(text, self.normalized)
        keys, plans = self.keys, self._plans
        for index, start, rest in pending:
            length, _simple, other = plans[index]
            if rest:
                self._many(scan, keys[index], (length, (), other), start, found)
            else:
                self._others(scan, other, start, start + length, found)

    def _many(self, scan: Scan, key: str, plan: Plan, start: int,
              found: defaultdict[int, list[Found]]) -> None:
        """Check the occurrences of ``key`` from ``start`` on, a regex per entry.

        The same spans as the step per occurrence of ``_look`` (``key`` is letters and
        digits, so the occurrences that pass a boundary check cannot overlap), found in C: a
        comment repeating one insult ten thousand times costs a few regex passes.
        """
        text = scan.text
        length, simple, other = plan
        if simple:
            starts = [match.start() for match in _whole(key).finditer(text, start)]
            ends = [begin + length for begin in starts]
            for slot, term in simple:
                found[slot].extend(zip(starts, ends, repeat(term)))
        entries = self._entries
        for index in other:
            entry = entries[index]
            if entry.kind == PREFIX and text.isascii():  # the runs that start with the key
                pieces, at = scan.run_offsets()
                flags = list(map(bytes.startswith, pieces, repeat(key.encode("ascii"))))
                starts = list(compress(at, flags))
                widths = list(map(len, compress(pieces, flags)))
                if widths and max(widths) > length + COMPOUND_REACH:
                    widths = [min(width, length + COMPOUND_REACH) for width in widths]
                first = bisect_left(starts, start)
                starts, widths = starts[first:], widths[first:]
                found[entry.slot].extend(zip(starts, map(add, starts, widths),
                                             repeat(entry.term)))
                continue
            if entry.kind == PREFIX:  # to the end of the word, as ``Scan.whole_word``
                spans = [match.span() for match in _compound(key).finditer(text, start)]
            elif entry.kind == OPEN_END and entry.mode == "word" and length < WILDCARD_REACH:
                spans = scan.open_ends(index, entry, _open_end(key), start)
            else:
                begin = start
                while begin >= 0:
                    span = scan.check(index, entry, begin, begin + length)
                    if span is not None:
                        found[entry.slot].append((*span, entry.term))
                    begin = text.find(key, begin + 1)
                continue
            found[entry.slot].extend(zip(map(_FIRST, spans), map(_SECOND, spans),
                                         repeat(entry.term)))

    def _others(self, scan: Scan, other: tuple[int, ...], start: int, end: int,
                found: defaultdict[int, list[Found]]) -> None:
        entries = self._entries
        text = scan.text
        for index in other:
            entry = entries[index]
            if entry.kind == PREFIX:  # a list term starting a compound: the usual two, inline
                if start and text[start - 1].isalnum():
                    continue
                span: tuple[int, int] | None = scan.whole_word(start, end) if (
                    end < len(text) and text[end].isalnum()) else (start, end)
            elif entry.kind == OPEN_END:
                span = scan.open_end(index, entry, start)
            else:
                span = scan.check(index, entry, start, end)
            if span is not None:
                found[entry.slot].append((*span, entry.term))


def _always(_text: str) -> bool:
    return True


def _screen(keys: list[str]) -> Callable[[str], Sequence[int] | bool]:
    """Return the C screen of the keys, or ``_always`` when its automaton would be too big."""
    try:
        return Screen(keys).find
    except MemoryError:
        return _always



def _runs(text: str) -> set[str]:
    """Return the maximal runs of letters and digits in ``text`` (``_RUN.findall``).

    For ASCII text (most normalised text) a translate and a split in C do it several times
    faster than the regex, which checks a Unicode class per character.
    """
    if text.isascii():
        return set(text.encode("ascii").translate(RUN_BYTES).decode("ascii").split())
    return set(_RUN.findall(text))


_MANY = 16
_FIRST, _SECOND = itemgetter(0), itemgetter(1)
"""More occurrences of a whole-word key than this are found with a regex (``_whole``)."""


@functools.lru_cache(maxsize=1024)
def _whole(key: str) -> re.Pattern[str]:
    """Return a pattern for ``key`` as a maximal run of letters and digits.

    Such runs cannot overlap, so its ``finditer`` finds what the ``str.find`` loop with
    boundary checks finds, without a Python step per occurrence.
    """
    return re.compile(f"(?<![^\\W_]){re.escape(key)}(?![^\\W_])")


@functools.lru_cache(maxsize=1024)
def _compound(key: str) -> re.Pattern[str]:
    """Return a pattern for ``key`` starting a word, up to the end of the word (its span)."""
    return re.compile(f"(?<![^\\W_]){re.escape(key)}[^\\W_]{{0,{COMPOUND_REACH}}}")


@functools.lru_cache(maxsize=1024)
def _open_end(key: str) -> re.Pattern[str]:
    r"""Return a pattern for ``key*`` starting a word (group 1: its span, see ``open_ends``).

    ``\S*`` takes the rest of the token, at most ``WILDCARD_REACH`` characters from the start;
    the span ends at the last letter or digit in that (at the key's end when there is none).
    """
    tail = WILDCARD_REACH - len(key) - 1
    return re.compile(f"(?<![^\\W_])({re.escape(key)}(?:[^\\t\\n\\f\\r ]{{0,{tail}}}[^\\W_])?)")
