r"""Normalisation for word matching, with a map from the result back to the original text.

Per character: look-alike letters from other scripts become the ASCII letter they imitate
(Unicode confusables: the Cyrillic or Greek look-alike of ``o``), Unicode NFKD
(compatibility forms, ligatures, full-width letters), case-folding, diacritics and other
combining marks, zero-width and bidi controls and other format/control characters removed,
line breaks become ``\n`` (sentences end there), every other white space one space, leetspeak
(0→o, 1→i, 3→e, 4→a, 5→s, 7→t, @→a, $→s) and ``l``→``i`` (so ``1`` can stand for either).
Then over the whole text: separators between single letters are dropped (``k.u.t``, ``k u t``,
three letters or more), and runs of one repeated ASCII character collapse to one (``kuuuut``).

``exact`` and ``normalize`` do the per-text work in C (``rules/_native.c``: one pass
that folds with tables made here from ``fold_char``, joins, collapses and notes each
character's original bounds); ``_JOIN`` below is the definition of joining that it follows.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from rules import _native
from rules.confusables import CONFUSABLES

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "l": "i"}
SEPARATORS = " .-_*+/|~"
_JOIN = re.compile(rf"(?<![^\W_])[a-z0-9](?:[{re.escape(SEPARATORS)}][a-z0-9]){{2,}}(?![^\W_])")
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _ascii_fold(ch: str) -> str:
    if ch in _LINE_BREAKS:
        return "\n"
    if ch.isspace():
        return " "
    if ch < " " or ch == "\x7f":
        return ""
    low = ch.lower()
    return _LEET.get(low, low)


_STR_TABLE = {b: _ascii_fold(chr(b)) for b in range(0x80)}


def _is_dropped(ch: str) -> bool:
    if ch.isspace():
        return False
    return unicodedata.combining(ch) != 0 or unicodedata.category(ch) in ("Mn", "Me", "Cf", "Cc")


@functools.cache
def fold_char(ch: str) -> str:
    """Return what one original character becomes before joining and collapsing."""
    if ch < "\x80":
        return _STR_TABLE[ord(ch)]
    if ch in _LINE_BREAKS:
        return "\n"
    look_alike = CONFUSABLES.get(ch)
    if look_alike is not None:
        return _STR_TABLE[ord(look_alike)]
    out: list[str] = []
    for part in unicodedata.normalize("NFKD", ch).casefold():
        if part < "\x80":
            out.append(_STR_TABLE[ord(part)])
        elif part.isspace():
            out.append(" ")
        elif not _is_dropped(part):
            out.append(part)
    return "".join(out)


# The per-text work is compiled (rules/_native.c): fold with these tables, join as
# ``_JOIN`` finds runs, collapse, and note each normalised character's original bounds, in
# one pass; mapping a span back is then two array reads.
_native.setup([fold_char(chr(code)) for code in range(256)], fold_char, SEPARATORS)


def exact(text: str) -> _native.Normalized:
    """Normalise ``text`` (see the module docstring), keeping the way back to the original.

    A span of the normalised text maps to the original characters it came from, including
    the repeats collapsed into its last character.
    """
    return _native.exact(text)


def normalize(text: str) -> str:
    """Return the normalised text (used for keys and similarity, no offsets)."""
    return _native.normalize(text)


_OTHER_BREAKS = re.compile("[" + "".join(sorted(_LINE_BREAKS - {"\n"})) + "]")


def normalize_many(texts: list[str]) -> list[str]:
    """Return ``[normalize(text) for text in texts]``, normalising them as one text.

    Compiling a rule set normalises tens of thousands of short keys; one call for all of
    them does the per-call work once. A line break joins them: folding is per character,
    and joining and collapsing stop at a line break. Texts with a line break of their own,
    or one that normalises to nothing, do not split back evenly and are done one by one.
    """
    if len(texts) < 2:  # nothing to gain
        return [normalize(text) for text in texts]
    joined = "\n".join(texts)
    if joined.count("\n") == len(texts) - 1 and not _OTHER_BREAKS.search(joined):
        parts = normalize(joined).split("\n")
        if len(parts) == len(texts):
            return parts
    return [normalize(text) for text in texts]
