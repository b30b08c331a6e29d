r"""Normalisation for word matching, with a map from the result back to the original text.

Per character: look-alike letters from other scripts become the ASCII letter they imitate
(Unicode confusables: the Cyrillic or Greek look-alike of ``o``), Unicode NFKD
(compatibility forms, ligatures, full-width letters), case-folding, diacritics and other
combining marks, zero-width and bidi controls and other format/control characters removed,
line breaks become ``\n`` (sentences end there), every other white space one space, leetspeak
(0→o, 1→i, 3→e, 4→a, 5→s, 7→t, @→a, $→s) and ``l``→``i`` (so ``1`` can stand for either).
Then over the whole text: separators between single letters are dropped (``k.u.t``, ``k u t``,
three letters or more), and runs of one repeated ASCII character collapse to one (``kuuuut``).

Both ``fast`` and ``exact`` use whole-string C-level operations (``bytes.translate``, a codec
error handler for runs beyond Latin-1, big-integer XOR for repeats); ``fast`` gives up when
separators need joining, ``exact`` joins them and can map spans back to the original. The map
is worked out only when a span is asked for, from 0/1 masks and breakpoints rather than a
list of offsets per character.
"""

from __future__ import annotations

import bisect
import codecs
import functools
import re
import unicodedata
from itertools import compress

import re2

from rules.confusables import CONFUSABLES

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "l": "i"}
SEPARATORS = " .-_*+/|~"
_JOIN = re.compile(r"(?<![^\W_])[a-z0-9](?:[ .\-_*+/|~][a-z0-9]){2,}(?![^\W_])")


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


_BYTE_TABLE = bytes(ord(_ascii_fold(chr(b)) or "\0") if b < 0x80 else b for b in range(256))
_BYTE_DELETE = bytes(b for b in range(0x80) if not _ascii_fold(chr(b)))
_STR_TABLE = {b: _ascii_fold(chr(b)) for b in range(0x80)}
# Byte classes: 1 for an ASCII letter or digit, 0 otherwise (non-ASCII bytes count as 0).
_CLASS_TABLE = bytes(1 if chr(b).isalnum() and b < 0x80 else 0 for b in range(256))
_SINGLES = b"\0\1\0\1\0\1\0"
_EQUAL_TABLE = bytes(0xFF if b == 0 else 0 for b in range(256))
_ASCII_TABLE = bytes(0xFF if b < 0x80 else 0 for b in range(256))
_DROP_TO_KEEP = bytes(0 if b else 1 for b in range(256))
# 0x80 for each byte that may not fold to exactly one character: the ASCII controls that are
# dropped, and every non-ASCII character (``rules.non-ascii`` makes each of them one 0x80).
_UNEVEN_TABLE = bytes(0x80 if b >= 0x80 or b in _BYTE_DELETE else b for b in range(256))


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


def _latin_entry(code: int) -> int:
    folded = fold_char(chr(code))
    if not folded:
        return 0
    return ord(folded) if len(folded) == 1 and folded < "\x80" else _LATIN_OTHER


# What each Latin-1 character folds to: one ASCII byte, 0 when it is dropped, or
# ``_LATIN_OTHER`` when it becomes something else (``ß``, ``½``, ``æ``, ``µ``).
_LATIN_OTHER = 0xFF
_LATIN_TABLE = bytes(_latin_entry(code) for code in range(256))


def folded(text: str) -> bytes:
    """Return every character folded (UTF-8), before separator joining and collapsing.

    The normalised text is this with some separators between single letters dropped and
    runs of one repeated ASCII character collapsed, which ``words`` uses for a cheap prefilter.
    """
    if text.isascii():
        data = text.encode("ascii")
    else:
        # Latin-1 text (Dutch diacritics) folds with one table; anything beyond it (emoji)
        # goes through the codec error handler, one call per run of non-ASCII characters.
        data = text.encode("latin-1", "ignore")
        if len(data) != len(text):
            return text.encode("ascii", "rules.fold").translate(_BYTE_TABLE, _BYTE_DELETE)
    data = data.translate(_LATIN_TABLE)
    if _LATIN_OTHER in data:
        return text.encode("ascii", "rules.fold").translate(_BYTE_TABLE, _BYTE_DELETE)
    return data.replace(b"\0", b"") if 0 in data else data


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


def _select(keep: bytes, index: int) -> int:
    """Return the position of the ``index``-th (0-based) non-zero byte of a 0/1 mask.

    The least fixed point of ``p = index + zeros(keep[:p + 1])``, reached from below with
    C-level counts: a few passes over the mask instead of a per-character list of positions.
    """
    pos = index
    while True:
        nxt = index + keep.count(0, 0, pos + 1)
        if nxt == pos:
            return pos
        pos = nxt


def _fold_breaks(text: str) -> tuple[list[int], list[int]]:
    """Return breakpoints ``(folded index, original index)`` of the folding step.

    Between breakpoints both advance together; only characters that do not fold to exactly
    one character (dropped ones, ligatures, ``ß``) need one. Candidates are found with
    ``bytes.find`` on a one-byte-per-character copy, not by walking the text in Python.
    """
    outs, ins = [0], [0]
    marked = (
        text.encode("ascii") if text.isascii() else text.encode("ascii", "rules.non-ascii")
    ).translate(_UNEVEN_TABLE)
    shift = 0  # folded index minus original index so far
    pos = marked.find(0x80)
    while pos >= 0:
        size = len(fold_char(text[pos]))
        out = pos + shift
        if size == 0:
            outs.append(out)
            ins.append(pos + 1)
        elif size > 1:
            for extra in range(1, size):
                outs.append(out + extra)
                ins.append(pos)
            outs.append(out + size)
            ins.append(pos + 1)
        shift += size - 1
        pos = marked.find(0x80, pos + 1)
    return outs, ins


class Normalized:
    """Normalised text and the way back to the original, worked out only when asked.

    Between the original and ``text`` lie folding (a character becomes zero, one or more),
    joining and collapsing (both only drop characters). A 0/1 mask of what joining and
    collapsing kept is enough for those, and folding needs breakpoints only where a character
    does not fold one-to-one. Nothing is built per character, and nothing before the first
    ``original_span`` (most texts that reach normalisation have no hit to report).

    Args:
        original: The original text.
        joined: The folded text after joining.
        join_keep: Which folded characters joining kept (None = all of them).
        text: The normalised text (``joined`` with repeats collapsed).
    """

    __slots__ = ("_breaks", "_collapse_keep", "_join_keep", "_joined", "_original", "text")

    def __init__(self, original: str, joined: str, join_keep: bytes | None, text: str) -> None:
        self.text = text
        self._original = original
        self._joined = joined
        self._join_keep = join_keep
        self._collapse_keep: bytes | None = None
        self._breaks: tuple[list[int], list[int]] | None = None

    def _collapsed(self) -> bytes | None:
        """Return the 0/1 mask of joined characters that collapsing kept (None = all)."""
        if len(self.text) == len(self._joined):
            return None
        if self._collapse_keep is None:
            joined = self._joined
            mask = _drop_mask(joined.encode("ascii", "rules.non-ascii"))
            self._collapse_keep = b"\1" + mask.to_bytes(len(joined) - 1, "big").translate(
                _DROP_TO_KEEP
            )
        return self._collapse_keep

    def _folded_origin(self, index: int) -> int:
        """Return the original index of a folded character."""
        if self._breaks is None:
            self._breaks = _fold_breaks(self._original)
        outs, ins = self._breaks
        at = bisect.bisect_right(outs, index) - 1
        return ins[at] + index - outs[at]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a non-empty span of the normalised text to a span of the original."""
        keep = self._collapsed()
        if keep is None:
            first, last = start, end
        else:
            first = _select(keep, start)
            # Up to the next kept character: the repeats collapsed into the last one count.
            last = _select(keep, end) if end < len(self.text) else len(self._joined)
        join_keep = self._join_keep
        if join_keep is not None:
            first, last = _select(join_keep, first), _select(join_keep, last - 1) + 1
        return self._folded_origin(first), self._folded_origin(last - 1) + 1


    def original_spans(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Map many sorted or unsorted spans at once (linear in the text, not per span)."""
        if len(spans) <= _FEW:
            return [self.original_span(start, end) for start, end in spans]
        keep, join_keep = self._collapsed(), self._join_keep
        kept = list(compress(range(len(keep)), keep)) if keep is not None else None
        joined = list(compress(range(len(join_keep)), join_keep)) if join_keep else None
        size, full = len(self.text), len(self._joined)
        result = []
        for start, end in spans:
            if kept is None:
                first, last = start, end
            else:
                first, last = kept[start], kept[end] if end < size else full
            if joined is not None:
                first, last = joined[first], joined[last - 1] + 1
            result.append((self._folded_origin(first), self._folded_origin(last - 1) + 1))
        return result


_FEW = 8


def _join(folded: str) -> tuple[str, bytes | None]:
    """Drop separators between three or more single letters (``k.u.t`` -> ``kut``).

    Returns the joined text and which characters it kept (None when it dropped none).
    """
    keep = bytearray(b"\1" * len(folded))
    for match in _JOIN.finditer(folded):
        keep[match.start() + 1:match.end():2] = bytes((match.end() - match.start()) // 2)
    if keep.count(0) == 0:
        return folded, None
    return "".join(compress(folded, keep)), bytes(keep)


def _has_singles(data: bytes) -> bool:
    """Return whether three single ASCII letters/digits alternate with single other bytes.

    Separator joining needs that, so without it joining has nothing to do.
    """
    return _SINGLES in b"\0" + data.translate(_CLASS_TABLE) + b"\0"


def exact(text: str, data: bytes | None = None) -> Normalized:
    """Normalise the same way as ``fast``, keeping the way back to the original.

    Args:
        text: The original text.
        data: ``folded(text)`` when the caller already has it.
    """
    if data is None:
        data = folded(text)
    joined = data.decode("utf-8", "surrogatepass")
    join_keep = None
    if _has_singles(data):
        joined, join_keep = _join(joined)
        if join_keep is not None:
            data = joined.encode("utf-8", "surrogatepass")
    return Normalized(text, joined, join_keep, _collapse(data).decode("utf-8", "surrogatepass"))


def normalize(text: str) -> str:
    """Return the normalised text (used for keys and similarity, no offsets)."""
    result = fast(text)
    return exact(text).text if result is None else result
