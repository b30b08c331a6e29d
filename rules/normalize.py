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

import functools
import re
import unicodedata
from dataclasses import dataclass

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "l": "i"}
SEPARATORS = " .-_*+/|~"
_SCAN_RANGES = ((0x80, 0x20000), (0xE0000, 0xE0200))


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


def _is_dropped(ch: str) -> bool:
    if ch.isspace():
        return False
    return unicodedata.combining(ch) != 0 or unicodedata.category(ch) in ("Mn", "Me", "Cf", "Cc")


def _char_class(codepoints: list[int]) -> str:
    parts: list[str] = []
    start = prev = -2
    for cp in [*codepoints, -2]:
        if cp == prev + 1:
            prev = cp
            continue
        if start >= 0:
            last = "-" + re.escape(chr(prev)) if prev > start else ""
            parts.append(re.escape(chr(start)) + last)
        start = prev = cp
    return "[" + "".join(parts) + "]"


@functools.cache
def _unicode_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    dropped: list[int] = []
    spaces: list[int] = []
    for low, high in _SCAN_RANGES:
        for cp in range(low, high):
            ch = chr(cp)
            if ch.isspace():
                spaces.append(cp)
            elif _is_dropped(ch):
                dropped.append(cp)
    return re.compile(_char_class(dropped)), re.compile(_char_class(spaces))


def _in_scan(ch: str) -> bool:
    return any(low <= ord(ch) < high for low, high in _SCAN_RANGES)


@functools.cache
def fold_char(ch: str) -> str:
    """Return what one original character becomes before joining and collapsing."""
    if ch < "\x80":
        return _STR_TABLE[ord(ch)]
    out: list[str] = []
    for part in unicodedata.normalize("NFKD", ch).casefold():
        if part < "\x80":
            out.append(_STR_TABLE[ord(part)])
        elif part.isspace() and _in_scan(part):
            out.append(" ")
        elif not (_is_dropped(part) and _in_scan(part)):
            out.append(part)
    return "".join(out)


def _collapse(data: bytes) -> bytes:
    """Drop every ASCII byte equal to the byte before it, using big-integer XOR."""
    n = len(data)
    if n < 2:
        return data
    tail = data[1:]
    tail_int = int.from_bytes(tail, "big")
    equal = (int.from_bytes(data[:-1], "big") ^ tail_int).to_bytes(n - 1, "big")
    mask = int.from_bytes(equal.translate(_EQUAL_TABLE), "big")
    if not mask:
        return data
    mask &= int.from_bytes(tail.translate(_ASCII_TABLE), "big")
    kept = (tail_int ^ (tail_int & mask)).to_bytes(n - 1, "big")
    return data[:1] + kept.translate(None, b"\0")


def fast(text: str) -> str | None:
    """Return the normalised text, or None when separator joining needs the exact path."""
    if text.isascii():
        data = text.encode("ascii")
    else:
        dropped, spaces = _unicode_patterns()
        folded = unicodedata.normalize("NFKD", text).casefold()
        folded = spaces.sub(" ", dropped.sub("", folded))
        data = folded.encode("utf-8", "surrogatepass")
    data = data.translate(_BYTE_TABLE, _BYTE_DELETE)
    if _SINGLES in b"\0" + data.translate(_CLASS_TABLE) + b"\0":
        return None
    return _collapse(data).decode("utf-8", "surrogatepass")


@dataclass(frozen=True)
class Normalized:
    """Normalised text with, per character, the original span it came from.

    Attributes:
        text: The normalised text.
        starts: For each character of ``text``, the start offset in the original.
        ends: For each character of ``text``, the end offset in the original.
    """

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty span of the normalised text to a span of the original."""
        return self.starts[start], self.ends[end - 1]


def exact(text: str) -> Normalized:
    """Normalise character by character, keeping offsets into the original."""
    chars: list[str] = []
    starts: list[int] = []
    for index, ch in enumerate(text):
        for part in fold_char(ch):
            chars.append(part)
            starts.append(index)
    keep = _join_singles(chars)
    out_chars: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    for pos, ch in enumerate(chars):
        if not keep[pos]:
            continue
        if out_chars and ch == out_chars[-1] and ch < "\x80":
            out_ends[-1] = starts[pos] + 1
            continue
        out_chars.append(ch)
        out_starts.append(starts[pos])
        out_ends.append(starts[pos] + 1)
    return Normalized("".join(out_chars), tuple(out_starts), tuple(out_ends))


def _is_single(chars: list[str], pos: int) -> bool:
    ch = chars[pos]
    if not (ch < "\x80" and ch.isalnum()):
        return False
    before = chars[pos - 1] if pos > 0 else " "
    after = chars[pos + 1] if pos + 1 < len(chars) else " "
    return not before.isalnum() and not after.isalnum()


def _join_singles(chars: list[str]) -> list[bool]:
    """Mark separators between three or more single letters for removal."""
    keep = [True] * len(chars)
    pos = 0
    while pos < len(chars):
        if not _is_single(chars, pos):
            pos += 1
            continue
        end = pos
        while (
            end + 2 < len(chars) and chars[end + 1] in SEPARATORS and _is_single(chars, end + 2)
        ):
            end += 2
        if end - pos >= 4:
            for sep in range(pos + 1, end, 2):
                keep[sep] = False
        pos = end + 1
    return keep


def normalize(text: str) -> str:
    """Return the normalised text (used for keys and similarity, no offsets)."""
    result = fast(text)
    return exact(text).text if result is None else result
