"""The key tables of a ``WordMatcher``, built when a rule set is compiled.

A shipped set has tens of thousands of keys, nearly all of them misspellings of one term;
these build the tables with dictionary operations in C where they can (``zip``,
``dict.update``, set intersections of key views) and merge in Python only the keys that
several terms share.
"""

from __future__ import annotations

from itertools import repeat
from typing import TYPE_CHECKING

from rules.variants import SPLIT

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

Pair = tuple[int, int]
"""``(slot, term)``: which word list a key belongs to and which term evidence names."""
PREFILTER_KEYS = 3000
"""Above this many keys (tolerant lists add their misspellings) the compiled screen would
grow large (its DFA has a row per key byte); whole-word keys are then looked up among the
text's words instead (``WordMatcher._words``)."""


def grouped(plain: Mapping[tuple[int, int], Iterable[str]]
             ) -> dict[str, tuple[tuple[int, int], ...]]:
    """Return the distinct ``(slot, term)`` pairs of each key (the empty key left out).

    A shipped set has some 70,000 keys, nearly all of them misspellings of one term, so the
    keys of each pair go in with one ``dict.update`` in C; only keys that several pairs share
    are merged in Python.
    """
    grouped: dict[str, tuple[tuple[int, int], ...]] = {}
    for pair, found in plain.items():
        keys = set(found)
        shared = grouped.keys() & keys  # iterates over the smaller set, in C
        for key in shared:
            if pair not in grouped[key]:
                grouped[key] = (*grouped[key], pair)
        grouped.update(dict.fromkeys(keys - shared if shared else keys, (pair,)))
    grouped.pop("", None)
    return grouped


def split_index(splits: Mapping[tuple[int, int], Mapping[str, str]]
                 ) -> dict[str, tuple[tuple[tuple[int, int], str], ...]]:
    """Return ``(pair, marks)`` by split key (``left + SPLIT + right``).

    Made in C as in ``grouped``: only keys that several pairs share are merged in Python.
    """
    index: dict[str, tuple[tuple[tuple[int, int], str], ...]] = {}
    for pair, found in splits.items():
        shared = {key: index[key] for key in index.keys() & found.keys()}
        entries = zip(zip(repeat(pair), found.values(), strict=False))
        index.update(zip(found.keys(), entries, strict=True))
        for key, before in shared.items():
            index[key] = (*before, (pair, found[key]))
    return index


def expand(splits: dict[str, tuple[tuple[tuple[int, int], str], ...]],
            simple: dict[str, tuple[tuple[int, int], ...]]) -> None:
    """Add split misspellings to ``simple`` as whole keys (``ku.t``, ``ku*t``, ...)."""
    for key, found in splits.items():
        left, right = key.split(SPLIT)
        for pair, marks in found:
            for mark in marks:
                whole = left + mark + right
                simple[whole] = tuple(dict.fromkeys((*simple.get(whole, ()), pair)))
