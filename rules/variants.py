"""Tolerant matching, computed when a rule set is compiled: the misspellings of each term.

Evaluation stays one Aho-Corasick pass: instead of comparing every word of a text with every
term (edit distance at run time), each tolerant term adds its likely misspellings as keys of
the automaton (a deletion neighbourhood, like SymSpell's, plus swaps and masks):

* words of 5+ letters: one letter deleted (``moslms``) or two neighbours swapped
  (``mosilms``), not the first letter; doubled letters are already one after normalisation;
* spaces: a phrase with a space left out (``ikhaat``), a word of 5+ letters with one space
  inside (``mos lims``); spaces between all letters are undone by the normaliser;
* masks, words of 3+ letters: one inner letter replaced by ``*`` (``k*t``, ``f*ck``) or a
  ``.``, ``*``, ``-`` or ``_`` put between two letters (``ku.t``, ``kan-ker``).

A misspelling that is itself a frequent Dutch or English word (``rules/data/common-words.txt``,
e.g. ``neer`` from ``neger``) is left out, as is one that is another form of the same list.

Misspellings are made as plain strings and normalised all at once (``normalize_many``):
a shipped set has some 60,000 of them, and one normalisation per misspelling was most of
the time it took to load.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

from rules.normalize import normalize_many

if TYPE_CHECKING:
    from collections.abc import Sequence

_COMMON = Path(__file__).resolve().parent / "data" / "common-words.txt"
EDIT_MIN = 5
MASK_MIN = 3
_MASKS = "*"
_INSERTS = (".", "*", "-", "_")


@functools.cache
def common_words() -> frozenset[str]:
    """Return the frequent words, normalised (read once per process)."""
    lines = _COMMON.read_text(encoding="utf-8").splitlines()
    return frozenset(normalize_many([line for line in lines if line and not line.startswith("#")]))


def _word_variants(word: str, marked: bool = True) -> set[str]:
    """Return the misspellings of one word; ``marked=False`` leaves out masks and inserts."""
    found: set[str] = set()
    size = len(word)
    if not word.replace("'", "").isalpha():
        return found
    if size >= MASK_MIN and marked:
        for at in range(1, size - 1):
            found.update(word[:at] + mask + word[at + 1:] for mask in _MASKS)
        for at in range(1, size):
            found.update(word[:at] + mark + word[at:] for mark in _INSERTS)
    if size >= EDIT_MIN:
        for at in range(1, size):
            found.add(word[:at] + word[at + 1:])
            if at < size - 1:
                found.add(word[:at] + word[at + 1] + word[at] + word[at + 2:])
            if 2 <= at <= size - 2:  # a space leaves two letters either side
                found.add(word[:at] + " " + word[at:])
    return found


def _written(form: str) -> list[str]:
    """Return the misspellings of one form as written (not yet normalised)."""
    words = " ".join(form.split()).split(" ")
    if len(words) == 1:
        return list(_word_variants(words[0]))
    found: set[str] = set()
    for index, word in enumerate(words):
        before, after = " ".join(words[:index]), " ".join(words[index + 1:])
        for changed in _word_variants(word):
            found.add(" ".join(part for part in (before, changed, after) if part))
        if index:
            found.add(" ".join(words[:index]) + " ".join(words[index:]).replace(" ", "", 1))
    return list(found)


def _halves(word: str) -> tuple[list[str], str]:
    """Return the halves of the masked and inserted forms of one word, and their marks.

    ``left, right`` pairs, flattened: first ``word[:at], word[at + 1:]`` (an inner letter
    masked with ``*``), then ``word[:at], word[at:]`` (any of the insert marks between two
    letters). Normalising each half gives the normalised misspelling, as a mark stops
    joining and collapsing.
    """
    found: list[str] = []
    for at in range(1, len(word) - 1):
        found += (word[:at], word[at + 1:])
    masks = len(found) // 2
    for at in range(1, len(word)):
        found += (word[:at], word[at:])
    return found, _MASKS * masks


Split = dict[str, str]
"""Masked and inserted misspellings: ``left + SPLIT + right`` -> the marks allowed between."""
SPLIT = "\0"
_MARKS = "".join(dict.fromkeys(_INSERTS + tuple(_MASKS)))
_MARKED = re.compile("[" + re.escape(_MARKS) + "]")


def variants_many(forms: Sequence[tuple[str, frozenset[str]]], split: bool = False
                  ) -> list[tuple[set[str], Split]]:
    """Return the normalised misspellings of each ``(form, avoid)``, all normalised at once.

    With ``split``, the masked and inserted misspellings of a single word (``ku.t``,
    ``k*t``; over half of them) come as halves with the marks allowed between them, for the
    matcher to look up where a text has a mark between two words, instead of as keys.

    Args:
        forms: Each form as written, lower case, with the normalised forms its variants must
            not equal (the list's own terms).
        split: Return masks and inserts of single words as halves.
    """
    halves = [_halves(form) if split and form.isalpha() and len(form) >= MASK_MIN
              else ([], "") for form, _ in forms]
    written = [list(_word_variants(form, marked=False)) if cut else _written(form)
               for (form, _), (cut, _) in zip(forms, halves, strict=True)]
    flat = normalize_many([form for form, _ in forms]
                          + [variant for made in written for variant in made]
                          + [half for cut, _ in halves for half in cut])
    common = common_words()
    result: list[tuple[set[str], Split]] = []
    at = len(forms)
    for (_, avoid), target, made in zip(forms, flat, written, strict=False):
        finals = set(flat[at:at + len(made)])
        at += len(made)
        finals.discard(target)
        finals -= avoid
        finals -= common
        if finals and min(map(len, finals)) < MASK_MIN:
            finals = {final for final in finals if len(final) >= MASK_MIN}
        result.append((finals, {}))
    forbidden_by: dict[int, dict[str, str]] = {}
    for (_, avoid), (keys, splits), (cut, masks) in zip(forms, result, halves, strict=True):
        if not cut:
            continue
        normal = flat[at:at + len(cut)]
        at += len(cut)
        forbidden = forbidden_by.get(id(avoid))
        if forbidden is None:
            forbidden = forbidden_by[id(avoid)] = _forbidden(avoid)
        lefts, rights = normal[::2], normal[1::2]
        # Masks first, then inserts: where both give the same halves, the insert marks
        # (a superset) stay.
        marks = [*masks, *([_INSERT_MARKS] * (len(lefts) - len(masks)))]
        if not (all(map(str.isalnum, lefts)) and all(map(str.isalnum, rights))):
            for left, right, allowed in zip(lefts, rights, marks, strict=True):  # rare
                keys.update(whole for whole in (left + mark + right for mark in allowed)
                            if whole not in avoid and whole not in common)
            continue
        splits.update(zip(map(SPLIT.join, zip(lefts, rights, strict=True)), marks,
                          strict=True))
        for key in forbidden.keys() & splits.keys():
            splits[key] = "".join(mark for mark in splits[key] if mark not in forbidden[key])
            if not splits[key]:
                del splits[key]
    return result


_INSERT_MARKS = "".join(_INSERTS)


def _forbidden(avoid: frozenset[str]) -> dict[str, str]:
    """Return, by split key, the marks that would make a list form or a frequent word."""
    found: dict[str, str] = {}
    for word in _marked_common() | {word for word in avoid if _MARKED.search(word)}:
        for mark in _MARKED.finditer(word):
            key = word[:mark.start()] + SPLIT + word[mark.end():]
            found[key] = found.get(key, "") + mark.group()
    return found


@functools.cache
def _marked_common() -> frozenset[str]:
    """Return the frequent words that contain a mark (a misspelling must not equal one)."""
    return frozenset(word for word in common_words() if _MARKED.search(word))


def variants(form: str, avoid: frozenset[str] = frozenset()) -> set[str]:
    """Return the normalised misspellings of one form (a word or a phrase).

    Misspellings are made on the written form (``walgelijk`` -> ``walgeljik``) and then
    normalised like any text.

    Args:
        form: The form as written, lower case.
        avoid: Normalised forms the variants must not equal (the list's own terms).
    """
    return variants_many([(form, avoid)])[0][0]
