"""``near``: one term of every group within N words, inside one sentence, in one sweep.

The hits of all groups are merged in text order and swept once. In any order, the latest hit
of each group so far is kept; a hit completes a combination when every group has one in the
same sentence and the gap from the earliest of them to this one is small enough (the latest
hits give the smallest gap there is). In the given order, ``chain[g]`` is the latest-starting
chain through groups ``0..g`` so far, extended by a hit of group ``g + 1`` that starts after
its end. Each hit costs a few list operations, so the sweep is linear in the number of hits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from rules.stance import Stance
    from rules.words import Found

MAX_COMBINATIONS = 100


def combinations(stance: Stance, groups: Sequence[Sequence[Found]], within: tuple[int, int],
                 ordered: bool) -> list[list[Found]]:
    """Return combinations (one hit per group, in group order) that lie near each other.

    Args:
        stance: Word positions and sentences of the normalised text.
        groups: The hits of each group (normalised-text offsets).
        within: Most words allowed between the first hit's end and the last hit's start, and
            how many consecutive sentences the hits may span.
        ordered: The groups must occur in the order given.
    """
    words, sentences = within
    events = sorted((hit[0], index, hit) for index, hits in enumerate(groups) for hit in hits)
    found: list[list[Found]] = []
    count = len(groups)
    latest: list[Found | None] = [None] * count
    chains: list[list[Found] | None] = [None] * count
    for start, index, hit in events:
        sentence = stance.sentence(start)
        if ordered:
            combo = _extend(stance, chains, index, hit, sentence - sentences + 1)
        else:
            latest[index] = hit
            combo = None if None in latest else [h for h in latest if h is not None]
            if combo is not None and (
                len({(h[0], h[1]) for h in combo}) < count
                or any(stance.sentence(h[0]) <= sentence - sentences for h in combo)
            ):
                combo = None
        if combo is not None:
            first_end = min(h[1] for h in combo)
            if stance.word_index(start) - stance.word_index(first_end) <= words:
                found.append(combo)
                if len(found) >= MAX_COMBINATIONS:
                    break
    return found


def _extend(stance: Stance, chains: list[list[Found] | None], index: int, hit: Found,
            first_sentence: int) -> list[Found] | None:
    """Update the chains with a hit of group ``index``; return a complete chain, if any.

    ``first_sentence``: the earliest sentence the chain may start in.
    """
    if index == 0:
        chains[0] = [hit]
    else:
        before = chains[index - 1]
        if before is None or before[-1][1] > hit[0] or \
                stance.sentence(before[0][0]) < first_sentence:
            return None
        chains[index] = [*before, hit]
    return chains[index] if index == len(chains) - 1 else None
