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


def _word_variants(word: str) -> set[str]:
    found: set[str] = set()
    size = len(word)
    if not word.replace("'", "").isalpha():
        return found
    if size >= MASK_MIN:
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


def variants_many(forms: Sequence[tuple[str, frozenset[str]]]) -> list[set[str]]:
    """Return the normalised misspellings of each ``(form, avoid)``, all normalised at once.

    Args:
        forms: Each form as written, lower case, with the normalised forms its variants must
            not equal (the list's own terms).
    """
    written = [_written(form) for form, _ in forms]
    flat = normalize_many([form for form, _ in forms] +
                          [variant for found in written for variant in found])
    common = common_words()
    result = []
    at = len(forms)
    for (_, avoid), target, found in zip(forms, flat, written, strict=False):
        finals = set(flat[at:at + len(found)])
        at += len(found)
        finals.discard(target)
        result.append({final for final in finals - avoid - common if len(final) >= MASK_MIN})
    return result


def variants(form: str, avoid: frozenset[str] = frozenset()) -> set[str]:
    """Return the normalised misspellings of one form (a word or a phrase).

    Misspellings are made on the written form (``walgelijk`` -> ``walgeljik``) and then
    normalised like any text.

    Args:
        form: The form as written, lower case.
        avoid: Normalised forms the variants must not equal (the list's own terms).
    """
    return variants_many([(form, avoid)])[0]
