"""Per-text checks for the words that need more than a word boundary on both sides.

Compounds (a list term at the start or end of a longer word), wildcards and the match modes
other than ``word``. Everything here is a C-level string or regex operation per found word:
no loop over the characters of the text in Python. A wildcard is verified once per distinct
token it starts (a comment that repeats one insult ten thousand times verifies it once).
"""

from __future__ import annotations

import re
from itertools import accumulate, count
from operator import add
from typing import TYPE_CHECKING, Any

import re2

if TYPE_CHECKING:
    from collections import defaultdict
    from collections.abc import Callable, Mapping, Sequence

Span = tuple[int, int]
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.log_errors = False
WILDCARD_REACH = 2000  # longest text a wildcard word may cover
COMPOUND_REACH = 40  # a compound's evidence is its whole word, up to this much either side
_ALNUM_RUN = re.compile(r"[^\W_]*")  # [^\W_] is exactly str.isalnum()
_FIRST_ALNUM = re.compile(r"[^\W_]")
_LAST_ALNUM = re.compile(r"[^\W_][\W_]*\Z")
_SPACE = re.compile(r"[\t\n\f\r ]")  # RE2's \s: what a wildcard cannot cross
_SURROGATE = re.compile("[\ud800-\udfff]")
_TAILS = {"word": r"(?:[^\pL\pN]|$)", "ends-with": "$", "full-exact": "$",
          "full-text": r"[^\pL\pN]*$"}
# Modes whose verifier may need the text up to its very end (a ``$``).
_TO_THE_END = frozenset({"ends-with", "full-exact", "full-text"})
_COMPOUNDS = frozenset({"prefix", "suffix", "part"})
_OPEN_MODES = frozenset({"word", "includes", "starts-with"})
# Modes that need a word boundary on the left, the right, both or either.
_BOUNDED: dict[str, Callable[[bool, bool], bool]] = {
    "word": lambda left, right: left and right, "prefix": lambda left, _: left,
    "suffix": lambda _, right: right, "part": lambda left, right: left or right}
_MISSING: Any = object()
OTHER, PREFIX, OPEN_END = 0, 1, 2  # ``Entry.kind``
_NEVER = re2.compile(r"[^\x00-\x{10FFFF}]", _RE2_OPTIONS)  # matches nothing


class Entry:
    """One word that needs more than a boundary check.

    Args:
        slot: The caller's id for the word's list.
        mode: The match mode (``WORD_MODES`` or a compound mode).
        length: Length of the literal that the automaton finds (the first piece).
        pieces: The literal pieces of a wildcard word (empty for none).
        term: The caller's id for the term evidence names.
    """

    __slots__ = ("_verifier", "kind", "leading", "length", "mode", "open_end", "pieces",
                 "slot", "spaces", "term", "trailing", "wild")

    def __init__(self, slot: int, mode: str, length: int, pieces: tuple[str, ...],
                 term: int) -> None:
        self.slot, self.mode, self.length, self.pieces, self.term = (
            slot, mode, length, pieces, term)
        self.wild = len(pieces) > 1
        self.leading = self.wild and not pieces[0]
        self.trailing = self.wild and not pieces[-1]
        self.spaces = sum(piece.count(" ") for piece in pieces)
        """White space inside the literal pieces (a verifier crosses that many)."""
        self.open_end = len(pieces) == 2 and not pieces[1] and mode in _OPEN_MODES
        """One literal and ``*`` (``kanker*``) in a mode whose verifier has no end anchor:
        it always matches up to the end of its token, and needs no verifier."""
        self._verifier: Any = None
        self.kind = OPEN_END if self.open_end else PREFIX if mode == "prefix" and not self.wild \
            else OTHER
        """Which check applies; the matcher does the usual two without a call."""

    def verifier(self) -> Any:
        """Return the anchored RE2 pattern that verifies the word (compiled on first use).

        Compiling takes most of a millisecond a pattern and most wildcard words never need
        one (``open_end``), so a rule set with a hundred of them loads without waiting.
        """
        if self._verifier is None:
            try:
                self._verifier = verifier(list(self.pieces), self.mode)
            except (re2.error, UnicodeEncodeError):  # the loader refuses what RE2 cannot take
                self._verifier = _NEVER
        return self._verifier


def verifier(pieces: list[str], mode: str) -> Any:
    """Return the anchored RE2 pattern that verifies a wildcard word (group 1: the word)."""
    body = r"\S*".join(re2.escape(piece) for piece in pieces)
    return re2.compile(f"({body}){_TAILS.get(mode, '')}", _RE2_OPTIONS)


class Scan:
    """Per-text state for one ``find``: trims, verified tokens, how far each wildcard looked.

    Args:
        text: The text words are found in.
        spaces_only: The only white space is a space or a line break (normalised text).
    """

    def __init__(self, text: str, spaces_only: bool = False) -> None:
        self.text = text
        self.spaces_only = spaces_only
        self._resume: dict[int, int] = {}
        self._verified: dict[tuple[int, str], Span | None] = {}
        self._trim: Span | None = None
        self._token = (0, 0)  # (searched up to, start of the token there): rfind once per text
        self._offsets: tuple[list[bytes], list[int]] | None = None

    def check(self, index: int, entry: Entry, start: int, end: int) -> Span | None:
        """Return the span a found literal stands for, or None when it does not count."""
        if not entry.wild:
            if not self._edges_ok(entry.mode, start, end):
                return None
            return self.whole_word(start, end) if entry.mode in _COMPOUNDS else (start, end)
        if entry.open_end:
            return self.open_end(index, entry, start)
        return self._wildcard(index, entry, start)

    def whole_word(self, start: int, end: int) -> Span:
        """Widen a compound part to its word (at most ``COMPOUND_REACH`` letters each way)."""
        text = self.text
        if start and text[start - 1].isalnum():
            low = max(0, start - COMPOUND_REACH)
            before = _ALNUM_RUN.match(text[low:start][::-1])
            start -= before.end() if before else 0
        if end < len(text) and text[end].isalnum():
            after = _ALNUM_RUN.match(text, end, end + COMPOUND_REACH)
            end = after.end() if after else end
        return start, end

    def _edges_ok(self, mode: str, start: int, end: int) -> bool:
        text = self.text
        if mode in _BOUNDED:
            left = start == 0 or not text[start - 1].isalnum()
            right = end == len(text) or not text[end].isalnum()
            return _BOUNDED[mode](left, right)
        if mode == "full-text":
            return (start, end) == self._trimmed()
        if mode == "includes":
            return True
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

    def _trimmed(self) -> Span:
        """Return the text's span without non-word characters at both ends."""
        if self._trim is None:
            self._trim = trimmed(self.text)
        return self._trim

    def _token_start(self, pos: int) -> int:
        """Return where the token around ``pos`` starts (after the last space before it).

        Hits mostly come in text order, so the search resumes where the last one stopped: a
        long text without spaces is searched once, not once per hit.
        """
        searched, token = self._token
        if pos < searched:
            token = self.text.rfind(" ", 0, pos) + 1
        else:
            space = self.text.rfind(" ", searched, pos)
            token = space + 1 if space >= 0 else token
            self._token = (pos, token)
        return token

    def _window(self, entry: Entry, start: int) -> str | None:
        """Return the text a wildcard word starting at ``start`` may cover, and no more.

        The word crosses exactly ``entry.spaces`` white-space characters, so it ends before
        the next one after those; that one is kept for the boundary after the word. A verifier
        that looks for the end of the text gets everything up to the reach, or None when the
        word cannot reach the end.
        """
        text = self.text
        limit = min(len(text), start + WILDCARD_REACH)
        stop = start
        for _ in range(entry.spaces + 1):
            space = _SPACE.search(text, stop, limit)
            if space is None:
                return text[start:limit]
            stop = space.end()
        if entry.mode in _TO_THE_END:
            # Ending the text is impossible past one more white space than the word has,
            # except for trailing punctuation and space (``full-text``).
            return text[start:limit] if entry.mode == "full-text" else None
        return text[start:stop]

    def open_end(self, index: int, entry: Entry, start: int) -> Span | None:
        r"""Return the span of ``word*`` (no end anchor): ``\S*`` takes the rest of the token."""
        text = self.text
        if start < self._resume.get(index, 0) or (
                (start and text[start - 1].isalnum()) if entry.mode == "word"
                else not self._left_ok(entry.mode, start)):
            return None
        limit = min(len(text), start + WILDCARD_REACH)
        after = start + entry.length
        if self.spaces_only:  # two finds in C beat a regex search
            end = text.find(" ", after, limit)
            end = limit if end < 0 else end
            line = text.find("\n", after, end)
            end = end if line < 0 else line
        else:
            space = _SPACE.search(text, after, limit)
            end = space.start() if space else limit
        self._resume[index] = max(end, start + 1)
        if end > start + entry.length and not text[end - 1].isalnum():
            end = start + entry.length + _trailing_alnum_end(text[start + entry.length:end])
        return start, end

    def run_offsets(self) -> tuple[list[bytes], list[int]]:
        """Return ``run_offsets`` of the (ASCII) text, worked out once."""
        if self._offsets is None:
            self._offsets = run_offsets(self.text)
        return self._offsets

    def open_ends(self, index: int, entry: Entry, pattern: re.Pattern[str], start: int
                  ) -> list[Span]:
        """Return ``open_end`` of every occurrence from ``start`` on, for a word-mode entry.

        ``pattern`` (``words._open_end``) finds exactly those: a regex match resumes where the
        last one ended, and past its span's end up to the token's end there are no letters or
        digits, so no occurrence of the entry's literal (letters and digits) starts there.
        The entry is not looked at again in this text.
        """
        begin = max(start, self._resume.get(index, 0))
        return [match.span(1) for match in pattern.finditer(self.text, begin)]

    def _verify(self, index: int, entry: Entry, start: int) -> Span | None:
        """Return the wildcard word's span relative to ``start``, verifying each token once."""
        window = self._window(entry, start)
        if window is None:
            return None
        key = (index, window)
        found = self._verified.get(key, _MISSING)
        if found is _MISSING:
            try:
                match = entry.verifier().match(window)
            except UnicodeEncodeError:  # a lone surrogate: RE2 takes UTF-8 only
                match = entry.verifier().match(_SURROGATE.sub("\ufffd", window))
            found = self._verified[key] = None if match is None else match.span(1)
        return found  # type: ignore[no-any-return]

    def _wildcard(self, index: int, entry: Entry, start: int) -> Span | None:
        if entry.leading:
            start = self._token_start(start)
        if start < self._resume.get(index, 0) or not self._left_ok(entry.mode, start):
            return None
        # RE2's str wrapper encodes the text it is given on every call: hand it the token,
        # not the whole text, and verify each distinct token once.
        found = self._verify(index, entry, start)
        if found is None:
            space = _SPACE.search(self.text, start, start + WILDCARD_REACH)
            self._resume[index] = space.start() if space else start + WILDCARD_REACH
            return None
        begin, end = found[0] + start, found[1] + start
        self._resume[index] = max(end, start + 1)
        if entry.trailing and end > begin + entry.length and not self.text[end - 1].isalnum():
            end = begin + entry.length + _trailing_alnum_end(self.text[begin + entry.length:end])
        return begin, end


# ASCII letters and digits stay, every other byte becomes a space.
RUN_BYTES = bytes(b if chr(b).isalnum() and b < 0x80 else 0x20 for b in range(256))


def run_offsets(text: str) -> tuple[list[bytes], list[int]]:
    """Return the pieces of ASCII ``text`` between non-alphanumeric characters, and offsets.

    Each piece lies between two single non-alphanumeric characters, so the non-empty ones are
    the maximal runs of letters and digits; the offsets say where each piece starts. All in C
    (translate, split, accumulate): a comment repeating one word ten thousand times is located
    without a Python step per word.
    """
    pieces = text.encode("ascii").translate(RUN_BYTES).split(b" ")
    return pieces, list(map(add, accumulate(map(len, pieces), initial=0), count()))


def _trailing_alnum_end(part: str) -> int:
    """Return the length of ``part`` without the non-alphanumeric characters at its end."""
    last = _LAST_ALNUM.search(part)
    return last.start() + 1 if last else 0


def trimmed(text: str) -> Span:
    """Return the span of ``text`` without non-alphanumeric characters at both ends."""
    first = _FIRST_ALNUM.search(text)
    if first is None:
        return len(text), len(text)
    last = _LAST_ALNUM.search(text, first.start())
    return first.start(), last.start() + 1 if last else first.start() + 1


_MARK = re.compile(r"[.*\-_]")  # what a masked or inserted misspelling puts between letters


def split_hits(text: str, splits: Mapping[str, Sequence[tuple[tuple[int, int], str]]],
               reach: int, found: defaultdict[int, list[tuple[int, int, int]]]) -> None:
    """Find masked and inserted misspellings (``k*t``, ``ku.t``) at marks between two words.

    A whole-word key ``left + mark + right`` matches exactly where a mark stands between two
    maximal runs of letters and digits equal to ``left`` and ``right``. So the matcher keeps
    ``left + SPLIT + right`` with the marks allowed, and this looks up each mark in the text
    that stands between two such runs (no longer than ``reach``): a dictionary lookup per
    mark instead of tens of thousands of automaton keys.
    """
    size = len(text)
    for mark in _MARK.finditer(text):
        at = mark.start()
        if not (0 < at < size - 1 and text[at - 1].isalnum() and text[at + 1].isalnum()):
            continue
        end = _ALNUM_RUN.match(text, at + 1, at + 2 + reach).end()  # type: ignore[union-attr]
        begin = at - _ALNUM_RUN.match(text[max(0, at - reach - 1):at][::-1]).end()  # type: ignore[union-attr]
        if end - at > reach + 1 or at - begin > reach:
            continue  # a run longer than any half
        pairs = splits.get(text[begin:at] + "\0" + text[at + 1:end])
        if pairs:
            for (slot, term), marks in pairs:
                if text[at] in marks:
                    found[slot].append((begin, end, term))
