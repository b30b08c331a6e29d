"""Words and phrases: one Aho-Corasick pass, then boundary checks and wildcard verification.

A word without ``*`` is an automaton key. A word with ``*`` is found by its first literal
piece and verified with an anchored RE2 pattern (``*`` = any run of non-space characters), so
no word list can make matching super-linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import ahocorasick
import re2

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

Span = tuple[int, int]
Found = tuple[int, int, int]
"""A word found: start, end, term id."""
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False
_SQUEEZE = re.compile(r"\*{2,}")
_PREFILTER_MEMORY = 64 << 20
_WILDCARD_REACH = 2000  # longest text a wildcard word may cover
_COMPOUND_REACH = 40  # a compound's evidence is its whole word, up to this much either side
# Above this many keys (tolerant lists add their misspellings) the loose RE2 pattern takes
# long to build; the automaton over the normalised text is the screen then.
PREFILTER_KEYS = 3000


def split_wildcards(word: str) -> list[str]:
    """Return the literal pieces of a word; empty first/last pieces mean edge wildcards."""
    return _SQUEEZE.sub("*", word.strip()).split("*")


@dataclass(frozen=True)
class _Entry:
    slot: int
    mode: str
    length: int
    verify: Any
    leading: bool
    trailing: bool
    term: int


def _verifier(pieces: list[str], mode: str) -> Any:
    body = r"\S*".join(re2.escape(piece) for piece in pieces)
    tail = {"word": r"(?:[^\pL\pN]|$)", "ends-with": "$", "full-exact": "$"}.get(mode, "")
    if mode == "full-text":
        tail = r"[^\pL\pN]*$"
    return re2.compile(f"({body}){tail}", _RE2_OPTIONS)


# Modes beyond ``WORD_MODES`` used for list compounds: a boundary on the left (``prefix``: the
# term starts a word), on the right (``suffix``: it ends one) or on either side (``part``).
COMPOUND_MODES = {"start": "prefix", "end": "suffix", "both": "part"}


class WordMatcher:
    """Finds many words and phrases in one pass; results are ``(start, end, term)`` per slot.

    Args:
        words: ``(slot, pieces, mode, term)``: a slot is the caller's id for a word list,
            ``pieces`` the literal pieces between wildcards (already folded), ``term`` the
            caller's id for the term that evidence names.
        prefilter: Pattern for one key in the prefilter (see ``may_match``).
    """

    def __init__(
        self,
        words: Iterable[tuple[int, tuple[str, ...], str, int]],
        prefilter: Callable[[str], str] = re2.escape,
    ) -> None:
        self._entries: list[_Entry] = []
        keys: dict[str, list[int]] = {}
        for slot, pieces, mode, term in words:
            literal = next((p for p in pieces if p), "")
            if not literal:
                continue
            wild = len(pieces) > 1
            entry = _Entry(slot, mode, len(literal), _verifier(list(pieces), mode) if wild
                           else None, wild and not pieces[0], wild and not pieces[-1], term)
            keys.setdefault(literal, []).append(len(self._entries))
            self._entries.append(entry)
        self._automaton: Any = None
        self.active = bool(keys)
        """True when there is at least one word to look for."""
        if keys:
            self._automaton = ahocorasick.Automaton()
            for key, indexes in keys.items():
                self._automaton.add_word(key, tuple(indexes))
            self._automaton.make_automaton()
        self._prefilter = _prefilter_set(list(keys), prefilter)
        self.screen: Callable[[bytes], object] | None = None
        """``may_match`` as a plain callable (truthy = maybe), or None when there are no words.

        Bound once so that the per-item path is one call into RE2.
        """
        if keys:
            self.screen = _always if self._prefilter is None else self._prefilter.Match

    def may_match(self, data: bytes) -> bool:
        """Return False when ``find`` is sure to find nothing (one RE2 pass over ``data``).

        ``data`` is the UTF-8 form of the text that ``prefilter`` patterns are written for:
        the text itself for the literal default, ``normalize.folded`` for ``loose_pattern``.
        """
        return self.screen is not None and bool(self.screen(data))

    def find(self, text: str) -> dict[int, list[Found]]:
        """Return ``(start, end, term)`` found in ``text`` for each slot, in text order."""
        found: dict[int, list[Found]] = {}
        if self._automaton is None:
            return found
        scan = _Scan(text)
        entries = self._entries
        size = len(text)
        for last, indexes in self._automaton.iter(text):
            end = last + 1
            for index in indexes:
                entry = entries[index]
                start = end - entry.length
                if entry.verify is None and entry.mode == "word":
                    # The common case, inline: a word boundary on both sides.
                    if (start and text[start - 1].isalnum()) or (end < size and
                                                                 text[end].isalnum()):
                        continue
                    span: Span | None = (start, end)
                else:
                    span = scan.check(index, entry, start, end)
                if span is not None:
                    hits = found.get(entry.slot)
                    if hits is None:
                        hits = found[entry.slot] = []
                    hits.append((span[0], span[1], entry.term))
        return found


def _always(_data: bytes) -> bool:
    return True


def _prefilter_set(keys: list[str], prefilter: Callable[[str], str]) -> Any:
    """Return one RE2 set search for any key's prefilter pattern, or None for no prefilter.

    None when there are no keys, when a key cannot be written as an RE2 pattern (a lone
    surrogate) or when the pattern is too big for RE2; ``find`` then always runs.
    """
    if not keys or len(keys) > PREFILTER_KEYS:
        return None
    options = re2.Options()
    options.log_errors = False
    options.max_mem = _PREFILTER_MEMORY
    found = re2.Set.SearchSet(options)
    try:
        found.Add("|".join(prefilter(key) for key in keys))
        found.Compile()
    except (re2.error, UnicodeEncodeError):
        return None
    return found


class _Scan:
    """Per-text state for one ``find``: trims, and how far each wildcard entry has looked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._resume: dict[int, int] = {}
        self._trim: tuple[int, int] | None = None
        self._token = (0, 0)  # (searched up to, start of the token there): rfind once per text

    def check(self, index: int, entry: _Entry, start: int, end: int) -> Span | None:
        if entry.verify is not None:
            return self._wildcard(index, entry, start)
        if not self._edges_ok(entry.mode, start, end):
            return None
        if entry.mode in ("prefix", "suffix", "part"):
            return self._whole_word(start, end)
        return start, end

    def _whole_word(self, start: int, end: int) -> Span:
        """Widen a compound part to its word (at most ``_COMPOUND_REACH`` letters each way)."""
        text = self.text
        low = max(0, start - _COMPOUND_REACH)
        while start > low and text[start - 1].isalnum():
            start -= 1
        high = min(len(text), end + _COMPOUND_REACH)
        while end < high and text[end].isalnum():
            end += 1
        return start, end

    def _edges_ok(self, mode: str, start: int, end: int) -> bool:
        text = self.text
        left = start == 0 or not text[start - 1].isalnum()
        right = end == len(text) or not text[end].isalnum()
        if mode in ("word", "prefix", "suffix", "part"):
            return {"word": left and right, "prefix": left, "suffix": right,
                    "part": left or right}[mode]
        if mode == "includes":
            return True
        if mode == "full-text":
            return (start, end) == self._trimmed()
        left = start == 0 or mode == "ends-with"
        return left and (end == len(text) or mode == "starts-with")

    def _left_ok(self, mode: str, start: int) -> bool:
        if mode in ("word", "prefix"):
            return start == 0 or not self.text[start - 1].isalnum()
        if mode in ("starts-with", "full-exact"):
            return start == 0
        if mode == "full-text":
            return start == self._trimmed()[0]
        return True

    def _trimmed(self) -> tuple[int, int]:
        if self._trim is None:
            text = self.text
            start, end = 0, len(text)
            while start < end and not text[start].isalnum():
                start += 1
            while end > start and not text[end - 1].isalnum():
                end -= 1
            self._trim = (start, end)
        return self._trim

    def _token_start(self, pos: int) -> int:
        """Return where the token around ``pos`` starts (after the last space before it).

        Hits come in text order, so the search resumes where the last one stopped: a long
        text without spaces is searched once, not once per hit.
        """
        searched, token = self._token
        if pos < searched:
            token = self.text.rfind(" ", 0, pos) + 1
        else:
            space = self.text.rfind(" ", searched, pos)
            token = space + 1 if space >= 0 else token
            self._token = (pos, token)
        return token

    def _wildcard(self, index: int, entry: _Entry, start: int) -> Span | None:
        text = self.text
        if entry.leading:
            start = self._token_start(start)
        if start < self._resume.get(index, 0) or not self._left_ok(entry.mode, start):
            return None
        # RE2's str wrapper encodes the text it is given on every call: hand it a window, not
        # the whole text, or a long text with many hits costs its length once per hit.
        window = text[start:start + _WILDCARD_REACH]
        found = entry.verify.match(window)
        if found is None:
            token_end = window.find(" ")
            self._resume[index] = start + len(window) if token_end < 0 else start + token_end
            return None
        begin, end = found.span(1)
        begin, end = begin + start, end + start
        self._resume[index] = max(end, start + 1)
        while entry.trailing and end > begin + entry.length and not text[end - 1].isalnum():
            end -= 1
        return begin, end
