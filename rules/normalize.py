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
from itertools import compress, islice

import re2

from rules.confusables import CONFUSABLES

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "l": "i"}
SEPARATORS = " .-_*+/|~"
_JOIN = re.compile(r"(?<![^\W_])[a-z0-9](?:[ .\-_*+/|~][a-z0-9]){2,}(?![^\W_])")
# ``_JOIN`` by character class: L = [a-z0-9], S = a separator, X = beyond ASCII, O = other.
_JOIN_CLASSES = bytes(
    ord("L") if chr(b) in "abcdefghijklmnopqrstuvwxyz0123456789" else ord("S") if chr(b) in
    SEPARATORS else ord("X") if b >= 0x80 else ord("O") for b in range(256)
)
_RUN_START = b"LSLSL"
_RUNS = re.compile(rb"LSLSL(?:SL)*(?!L)")
_L, _X = ord("L"), ord("X")


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
_THREE = _SINGLES[1:-1]
_EQUAL_TABLE = bytes(0xFF if b == 0 else 0 for b in range(256))
_ASCII_TABLE = bytes(0xFF if b < 0x80 else 0 for b in range(256))
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


def _drop_mask(data: bytes) -> tuple[int, int]:
    """Return ``(mask, tail)`` for ``data[1:]``: 0xFF for each byte that repeats an ASCII byte.

    ``tail`` is ``data[1:]`` as a big integer (collapsing needs it too). One conversion of the
    whole text and a shift give both neighbours; nothing is done per character.
    """
    size = len(data) - 1
    whole = int.from_bytes(data, "big")
    tail = whole & ((1 << (size << 3)) - 1)
    equal = ((whole >> 8) ^ tail).to_bytes(size, "big")
    mask = int.from_bytes(equal.translate(_EQUAL_TABLE), "big")
    if mask and not data.isascii():
        mask &= int.from_bytes(data[1:].translate(_ASCII_TABLE), "big")
    return mask, tail


def _collapse(data: bytes) -> tuple[bytes, int]:
    """Drop every ASCII byte equal to the byte before it; also return the drop mask."""
    if len(data) < 2:
        return data, 0
    mask, tail = _drop_mask(data)
    if not mask:
        return data, 0
    kept = (tail & ~mask).to_bytes(len(data) - 1, "big")
    return data[:1] + kept.translate(None, b"\0"), mask


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
    return _collapse(data)[0].decode("utf-8", "surrogatepass")


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


@functools.lru_cache(maxsize=8192)
def _marked_run(run: str) -> bytes:
    """Return one byte per character: 0x80 when it does not fold to exactly one, else ``a``."""
    return bytes(0x61 if len(fold_char(ch)) == 1 else 0x80 for ch in run)


def _mark_error(error: UnicodeError) -> tuple[bytes, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return _marked_run(error.object[error.start:error.end]), error.end


codecs.register_error("rules.marks", _mark_error)
# 0x80 for each Latin-1 character that does not fold to exactly one character, else 0.
_BREAK_TABLE = bytes(0x80 if len(fold_char(chr(code))) != 1 else 0 for code in range(256))


def _fold_breaks(text: str) -> tuple[list[int], list[int]]:
    """Return breakpoints ``(folded index, original index)`` of the folding step.

    Between breakpoints both advance together; only characters that do not fold to exactly
    one character (dropped ones, ligatures, ``ß``) need one. They are found with
    ``bytes.find`` on a one-byte-per-character copy, not by walking the text in Python: a
    table for Latin-1, a codec error handler (one call per run of other characters) beyond.
    """
    outs, ins = [0], [0]
    marked = text.encode("latin-1", "rules.marks").translate(_BREAK_TABLE)
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
        mask: Collapsing's drop mask over ``joined``, when ``joined`` is ASCII (else 0).
    """

    __slots__ = ("_breaks", "_collapse_keep", "_join_keep", "_joined", "_mask", "_original",
                 "text")

    def __init__(self, original: str, joined: str, join_keep: bytes | None, text: str,
                 mask: int = 0) -> None:
        self.text = text
        self._mask = mask
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
            mask = self._mask
            if not mask:  # computed on UTF-8 bytes; positions differ beyond ASCII
                mask = _drop_mask(joined.encode("ascii", "rules.non-ascii"))[0]
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
        # Positions of kept characters, up to the furthest one a span needs (the first hits
        # of a long text need only its start).
        top = max(end for _, end in spans) + 1
        kept = list(islice(compress(range(len(keep)), keep), top)) if keep is not None else None
        if join_keep:
            reach = top if kept is None else kept[top - 1] + 1 if top <= len(kept) else \
                len(self._joined) + 1
            joined = list(islice(compress(range(len(join_keep)), join_keep), reach))
        else:
            joined = None
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
    Candidates are runs of letter, separator, letter, separator, letter... in a class copy of
    the text (one byte per character, found with ``bytes.find``; the run does not end where a
    word starts) instead of trying ``_JOIN`` (the definition) at every position of the text.
    Next to ASCII the class copy decides;
    next to other characters (is ``é`` a letter?) ``_JOIN`` itself does.
    """
    classes = folded.encode("ascii", "rules.non-ascii").translate(_JOIN_CLASSES)
    spans: list[tuple[int, int]] = []
    size = len(folded)
    pos = classes.find(_RUN_START)  # faster than letting the regex search
    while pos >= 0:
        run = _RUNS.match(classes, pos)
        if run is None:
            pos = classes.find(_RUN_START, pos + 1)
            continue
        start, end = run.span()
        pos = classes.find(_RUN_START, end)
        before = classes[start - 1] if start else 0
        after = classes[end] if end < size else 0
        if _X in (before, after):
            found = _join_match(folded, start, end)
            if found is not None:
                spans.append(found)
            continue
        if before == _L:  # the first letter ends a word; the next one may start a run
            start += 2
        if end - start >= 5:  # three letters, two separators
            spans.append((start, end))
    if not spans:
        return folded, None
    pieces: list[str] = []
    keep: list[bytes] = []
    done = 0
    for start, end in spans:
        pieces += (folded[done:start], folded[start:end:2])
        keep += (b"\1" * (start + 1 - done), b"\0\1" * ((end - start) // 2))
        done = end
    pieces.append(folded[done:])
    keep.append(b"\1" * (size - done))
    return "".join(pieces), b"".join(keep)


def _join_match(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the span ``_JOIN`` finds in a candidate run, or None."""
    for pos in range(start, end - 4, 2):
        match = _JOIN.match(folded, pos)
        if match is not None:
            return match.span()
    return None


def _has_singles(data: bytes) -> bool:
    """Return whether three single ASCII letters/digits alternate with single other bytes.

    Separator joining needs that, so without it joining has nothing to do. (The class copy
    framed by a non-letter on both sides, without copying it to frame it.)
    """
    classes = data.translate(_CLASS_TABLE)
    return _SINGLES in classes or classes.startswith(_SINGLES[1:]) or \
        classes.endswith(_SINGLES[:-1]) or classes == _THREE


def exact(text: str, data: bytes | None = None) -> Normalized:
    """Normalise the same way as ``fast``, keeping the way back to the original.

    Args:
        text: The original text.
        data: ``folded(text)`` when the caller already has it.
    """
    if data is None:
        data = folded(text)
    if _has_singles(data):
        joined, join_keep = _join(data.decode("utf-8", "surrogatepass"))
    else:  # nothing to join (most texts): no class copy, no search for runs
        joined, join_keep = data.decode("utf-8", "surrogatepass"), None
    if join_keep is not None:
        data = joined.encode("utf-8", "surrogatepass")
    collapsed, mask = _collapse(data)
    return Normalized(text, joined, join_keep, collapsed.decode("utf-8", "surrogatepass"),
                      mask if len(data) == len(joined) else 0)


def normalize(text: str) -> str:
    """Return the normalised text (used for keys and similarity, no offsets)."""
    result = fast(text)
    return exact(text).text if result is None else result


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
