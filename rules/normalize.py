"""Normalisation for word matching, with a map from the result back to the original text.

Per character: Unicode NFKD (compatibility forms, ligatures, full-width letters), case-folding,
diacritics and other combining marks, zero-width and bidi controls and other format/control
characters removed, every kind of white space becomes one space, leetspeak
(0→o, 1→i, 3→e, 4→a, 5→s, 7→t, @→a, $→s) and ``l``→``i`` (so ``1`` can stand for either).
Then over the whole text: separators between single letters are dropped (``k.u.t``, ``k u t``,
three letters or more), and runs of one repeated ASCII character collapse to one (``kuuuut``).

Two implementations give the same text: ``fast`` uses whole-string C-level operations
(``str.translate`` on bytes, big-integer XOR to find repeats) and no offsets; ``exact`` walks
the characters and keeps offsets. The engine matches on ``fast`` and runs ``exact`` only for
texts that have a hit (or that need separator joining).
"""

from __future__ import annotations

import codecs
import functools
import re
import unicodedata
from dataclasses import dataclass
from itertools import compress
from typing import TYPE_CHECKING

import re2

if TYPE_CHECKING:
    from collections.abc import Sequence

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "l": "i"}
SEPARATORS = " .-_*+/|~"
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_JOIN = re.compile(r"(?<![^\W_])[a-z0-9](?:[ .\-_*+/|~][a-z0-9]){2,}(?![^\W_])")


def _ascii_fold(ch: str) -> str:
    if ch.isspace():
        return " "
    if ch < " " or ch == "\x7f":
        return ""
    low = ch.lower()
    return _LEET.get(low, low)


_BYTE_TABLE = bytes(ord(_ascii_fold(chr(b)) or "\0") if b < 0x80 else b for b in range(256))
_BYTE_DELETE = bytes(b for b in range(0x80) if not _ascii_fold(chr(b)))
_STR_TABLE = {b: _ascii_fold(chr(b)) for b in range(0x80)}
# Byte classes: 1 for an ASCII letter or digit, 0 otherwise (non-ASCII bytes count as 0).
_CLASS_TABLE = bytes(1 if chr(b).isalnum() and b < 0x80 else 0 for b in range(256))
_SINGLES = b"\0\1\0\1\0\1\0"
_EQUAL_TABLE = bytes(0xFF if b == 0 else 0 for b in range(256))
_ASCII_TABLE = bytes(0xFF if b < 0x80 else 0 for b in range(256))
_KEEP_TABLE = bytes(0 if b in _BYTE_DELETE else 1 for b in range(256))
_DROP_TO_KEEP = bytes(0 if b else 1 for b in range(256))


def _non_ascii_byte(error: UnicodeError) -> tuple[bytes, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return b"\x80" * (error.end - error.start), error.end


@functools.lru_cache(maxsize=8192)
def _folded_run(run: str) -> bytes:
    return "".join(map(fold_char, run)).encode("utf-8", "surrogatepass")


def _fold_error(error: UnicodeError) -> tuple[bytes, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return _folded_run(error.object[error.start:error.end]), error.end


codecs.register_error("rules.non-ascii", _non_ascii_byte)
codecs.register_error("rules.fold", _fold_error)


def _is_dropped(ch: str) -> bool:
    if ch.isspace():
        return False
    return unicodedata.combining(ch) != 0 or unicodedata.category(ch) in ("Mn", "Me", "Cf", "Cc")


@functools.cache
def fold_char(ch: str) -> str:
    """Return what one original character becomes before joining and collapsing."""
    if ch < "\x80":
        return _STR_TABLE[ord(ch)]
    out: list[str] = []
    for part in unicodedata.normalize("NFKD", ch).casefold():
        if part < "\x80":
            out.append(_STR_TABLE[ord(part)])
        elif part.isspace():
            out.append(" ")
        elif not _is_dropped(part):
            out.append(part)
    return "".join(out)


def _drop_mask(data: bytes) -> int:
    """Return a big integer with 0xFF for each byte of ``data[1:]`` that repeats an ASCII byte."""
    tail = data[1:]
    equal = (int.from_bytes(data[:-1], "big") ^ int.from_bytes(tail, "big")).to_bytes(
        len(tail), "big"
    )
    mask = int.from_bytes(equal.translate(_EQUAL_TABLE), "big")
    if mask:
        mask &= int.from_bytes(tail.translate(_ASCII_TABLE), "big")
    return mask


def _collapse(data: bytes) -> bytes:
    """Drop every ASCII byte equal to the byte before it, using big-integer XOR."""
    if len(data) < 2:
        return data
    mask = _drop_mask(data)
    if not mask:
        return data
    tail_int = int.from_bytes(data[1:], "big")
    kept = (tail_int ^ (tail_int & mask)).to_bytes(len(data) - 1, "big")
    return data[:1] + kept.translate(None, b"\0")


def folded(text: str) -> bytes:
    """Return every character folded (UTF-8), before separator joining and collapsing.

    The normalised text is this with some separators between single letters dropped and
    runs of one repeated ASCII character collapsed, which ``words`` uses for a cheap prefilter.
    """
    return text.encode("ascii", "rules.fold").translate(_BYTE_TABLE, _BYTE_DELETE)


def finish(data: bytes) -> str | None:
    """Return the normalised text for ``folded`` output, or None when joining is needed."""
    if _has_singles(data):
        return None
    return _collapse(data).decode("utf-8", "surrogatepass")


def fast(text: str) -> str | None:
    """Return the normalised text, or None when separator joining needs the exact path."""
    return finish(folded(text))


_LOOSE_SEPARATOR = "[" + "".join(f"\\x{ord(ch):02x}" for ch in SEPARATORS) + "]?"


def loose_pattern(key: str) -> str:
    """Return an RE2 pattern that finds ``key`` in ``folded`` output wherever it could be.

    Whenever the normalised text contains ``key`` (itself normalised), the folded text has a
    match: each ASCII character of the key may stand for a run of itself, and one separator may
    sit between any two characters (joining only ever drops single separators). The converse
    does not hold, so this is a prefilter: a match means "look closer", no match means "no".
    """
    parts = []
    for ch in key:
        escaped = re2.escape(ch)
        parts.append(f"{escaped}(?:{_LOOSE_SEPARATOR}{escaped})*" if ch < "\x80" else escaped)
    return _LOOSE_SEPARATOR.join(parts)


@dataclass(frozen=True)
class Normalized:
    """Normalised text and the way back to the original.

    Attributes:
        text: The normalised text.
        origins: For each folded character (before repeats collapsed), its original index.
        kept: Which folded characters survive in ``text`` (None = all of them).
    """

    text: str
    origins: Sequence[int]
    kept: Sequence[int] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty span of the normalised text to a span of the original."""
        if self.kept is None:
            return self.origins[start], self.origins[end - 1] + 1
        last = self.kept[end] if end < len(self.kept) else len(self.origins)
        return self.origins[self.kept[start]], self.origins[last - 1] + 1


def _fold_ascii(text: str, offset: int) -> tuple[str, Sequence[int]]:
    data = text.encode("ascii")
    out = data.translate(_BYTE_TABLE, _BYTE_DELETE)
    positions = range(offset, offset + len(data))
    if len(out) != len(data):
        return out.decode("ascii"), list(compress(positions, data.translate(_KEEP_TABLE)))
    return out.decode("ascii"), positions


def _fold(text: str) -> tuple[str, Sequence[int]]:
    """Fold every character; return the folded text and each folded character's origin."""
    if text.isascii():
        return _fold_ascii(text, 0)
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for match in _NON_ASCII.finditer(text):
        begin, end = match.span()
        folded, origins = _fold_ascii(text[pos:begin], pos)
        parts.append(folded)
        starts.extend(origins)
        for index in range(begin, end):
            piece = fold_char(text[index])
            parts.append(piece)
            starts.extend([index] * len(piece))
        pos = end
    folded, origins = _fold_ascii(text[pos:], pos)
    parts.append(folded)
    starts.extend(origins)
    return "".join(parts), starts


def _join(folded: str, starts: Sequence[int]) -> tuple[str, Sequence[int]]:
    """Drop separators between three or more single letters (``k.u.t`` -> ``kut``)."""
    keep = bytearray(b"\1" * len(folded))
    for match in _JOIN.finditer(folded):
        keep[match.start() + 1:match.end():2] = bytes((match.end() - match.start()) // 2)
    if keep.count(0) == 0:
        return folded, starts
    return "".join(compress(folded, keep)), list(compress(starts, keep))


def _has_singles(data: bytes) -> bool:
    """Return whether three single ASCII letters/digits alternate with single other bytes.

    Separator joining needs that, so without it joining has nothing to do.
    """
    return _SINGLES in b"\0" + data.translate(_CLASS_TABLE) + b"\0"


def exact(text: str) -> Normalized:
    """Normalise the same way as ``fast``, keeping offsets into the original."""
    folded, origins = _fold(text)
    if _has_singles(folded.encode("utf-8", "surrogatepass")):
        folded, origins = _join(folded, origins)
    if len(folded) < 2:
        return Normalized(folded, origins)
    mask = _drop_mask(folded.encode("ascii", "rules.non-ascii"))
    if not mask:
        return Normalized(folded, origins)
    keep = b"\1" + mask.to_bytes(len(folded) - 1, "big").translate(_DROP_TO_KEEP)
    return Normalized("".join(compress(folded, keep)), origins,
                      list(compress(range(len(folded)), keep)))


def normalize(text: str) -> str:
    """Return the normalised text (used for keys and similarity, no offsets)."""
    result = fast(text)
    return exact(text).text if result is None else result
