"""Compiled condition functions: each takes a ``Context`` and returns spans or None."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import chain, islice
from typing import TYPE_CHECKING

from rules import proximity
from rules._native import ascii_case
from rules.context import FEW_ALLOWED, MAX_SPANS, Context, Span, uncovered
from rules.detectors import SHORTENERS, in_domains
from rules.normalize import normalize

if TYPE_CHECKING:
    from rules.conditions import Emoji, Length, Links, Repeat, Shouting, Toxicity
    from rules.words import Found


class Stance:
    """What an ``unless`` drops: evidence in a negated clause, quoted or reported to oppose it.

    Args:
        negated: Drop negated evidence.
        quoted: Drop quoted/reported evidence the text opposes.
    """

    def __init__(self, negated: bool, quoted: bool) -> None:
        self.negated = negated
        self.quoted = quoted

    def keeps(self, ctx: Context, found: Sequence[Found], cover: Sequence[Found]) -> bool:
        """Return whether evidence made of these hits still counts.

        ``cover``: every hit of the condition; a negation word inside one of them is part of
        a listed term (``geen respect``), not a negation.
        """
        spans = [(start, end) for start, end, _ in found]
        analysis = ctx.stance()
        return not ((self.negated and analysis.negated(spans, cover))
                    or (self.quoted and analysis.quoted(spans)))

Node = Callable[[Context], tuple[Span, ...] | None]
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\u3030\u303d\u3297\u3299]"
)
_WORD = re.compile(r"[^\W_]+")
_EMOJI_GLUE = re.compile("[\\s\u200d\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]+")


def any_of(parts: Sequence[Node], triggers: Sequence[frozenset[int] | None] = ()) -> Node:
    """Fire when any part fires; evidence from every part that fired.

    ``triggers``: per part, the word slots it needs a hit in to fire (None: no such limit);
    a part none of whose slots has a hit is not called (it would return None and record
    nothing).
    """
    if not any(slots is not None for slots in triggers):

        def node(ctx: Context) -> tuple[Span, ...] | None:
            results = [found for found in (part(ctx) for part in parts) if found is not None]
            return tuple(span for found in results for span in found) if results else None

        return node
    pairs = list(zip(parts, triggers, strict=True))

    def woken(ctx: Context) -> tuple[Span, ...] | None:
        hits = ctx.norm_hits().keys()
        results = [found for found in (part(ctx) for part, slots in pairs
                                       if slots is None or not hits.isdisjoint(slots))
                   if found is not None]
        return tuple(span for found in results for span in found) if results else None

    return woken


def all_of(parts: Sequence[Node]) -> Node:
    """Fire when every part fires (stops at the first that does not)."""

    def node(ctx: Context) -> tuple[Span, ...] | None:
        spans: list[Span] = []
        for part in parts:
            found = part(ctx)
            if found is None:
                return None
            spans.extend(found)
        return tuple(spans)

    return node


def negate(part: Node) -> Node:
    """Fire, without evidence, when the part does not."""
    return lambda ctx: () if part(ctx) is None else None


def _gathered(ctx: Context, slots: Sequence[int], cased: bool, exceptions: int) -> list[Found]:
    """Return the hits of the slots, sorted, less those inside one of the rule's exceptions."""
    if len(slots) == 1:
        found = ctx.slot_hits(slots[0], cased)
    else:
        found = sorted(chain.from_iterable(ctx.slot_hits(slot, cased) for slot in slots))
    if not found or exceptions < 0:
        return found
    allowed = ctx.slot_hits(exceptions, False)
    if allowed:
        if cased:  # case-sensitive hits are in original offsets; exceptions are normalised
            spans = ctx.original_spans(allowed)
            found = uncovered(found, [(a, b, 0) for a, b in spans])
        else:
            found = uncovered(found, allowed, ctx.span_set(exceptions)
                              if len(allowed) > FEW_ALLOWED else None)
    return found


class PlainWords:
    """The usual words condition: one slot, normalised, no exceptions, no stance.

    Its hits are the slot's words, so the engine reads them without calling it (``slot``).
    """

    __slots__ = ("slot",)

    def __init__(self, slot: int) -> None:
        self.slot = slot

    def __call__(self, ctx: Context) -> tuple[Span, ...] | None:
        """Return the spans of the slot's words, or None when it has none."""
        found = ctx.slot_hits(self.slot, False)
        return ctx.report(found, False) if found else None


def words(slots: Sequence[int], cased: bool, exceptions: int, stance: Stance | None) -> Node:
    """Word-list hits, less those inside an exception (and negated/quoted ones, if asked).

    ``exceptions``: the slot of the rule's exceptions, or -1 when it has none.
    """
    if len(slots) == 1 and not cased and exceptions < 0 and stance is None:
        return PlainWords(slots[0])

    def node(ctx: Context) -> tuple[Span, ...] | None:
        found = _gathered(ctx, slots, cased, exceptions)
        if found and stance is not None and not cased:
            found = list(islice((hit for hit in found if stance.keeps(ctx, [hit], found)),
                                MAX_SPANS))  # evidence keeps no more than these
        return ctx.report(found, cased) if found else None

    return node


def near(groups: Sequence[Sequence[int]], within: tuple[int, int], ordered: bool,
         exceptions: int, stance: Stance | None) -> Node:
    """Terms of every group within ``within`` = (words, sentences) of each other.

    A combination with some terms inside quotation marks and some outside does not count:
    quoted words are someone else's.
    """
    wanted = [frozenset(slots) for slots in groups]

    def node(ctx: Context) -> tuple[Span, ...] | None:
        present = ctx.norm_hits().keys()
        for needed in wanted:
            if present.isdisjoint(needed):
                return None  # a group without any word: nothing to gather, sort or pair
        per_group = []
        for slots in groups:
            found = _gathered(ctx, slots, False, exceptions)
            if not found:
                return None
            per_group.append(found)
        analysis = ctx.stance()
        combos = proximity.combinations(analysis, per_group, within, ordered)
        combos = [combo for combo in combos if analysis.same_quote(combo)]
        if stance is not None:
            cover = [hit for hits in per_group for hit in hits]
            combos = [combo for combo in combos if stance.keeps(ctx, combo, cover)]
        if not combos:
            return None
        return ctx.report(sorted({hit for combo in combos for hit in combo}), False)

    return node


def regex(indexes: Sequence[int], terms: Sequence[int]) -> Node:
    """Fire when any pattern matches; non-empty matches are the evidence."""
    wanted = frozenset(indexes)
    term_of = dict(zip(indexes, terms, strict=True))

    def node(ctx: Context) -> tuple[Span, ...] | None:
        matched = sorted(wanted & ctx.set_hits())
        if not matched:
            return None
        found = [(a, b, term_of[index]) for index in matched
                 for a, b in ctx.pattern_spans(index) or () if a < b]
        return ctx.report(found, True) if found else ()

    return node


def detect(names: Sequence[str]) -> Node:
    """Fire when any personal-data detector finds something."""

    def node(ctx: Context) -> tuple[Span, ...] | None:
        spans = [span for name in names for span in ctx.detected(name)]
        return tuple(spans) if spans else None

    return node


def links(cond: Links) -> Node:
    """Fire on links that the condition counts."""

    def counts(host: str) -> bool:
        return (
            cond.any
            or in_domains(host, cond.deny)
            or (cond.shorteners and host.removeprefix("www.") in SHORTENERS)
            or (bool(cond.allow) and not in_domains(host, cond.allow))
        )

    def node(ctx: Context) -> tuple[Span, ...] | None:
        spans = [span for span, host in ctx.links() if counts(host)]
        return tuple(spans) if spans else None

    return node


def toxicity(cond: Toxicity) -> Node:
    """Fire when a category scores at or above its threshold (never for unscored items)."""

    def node(ctx: Context) -> tuple[Span, ...] | None:
        scores = ctx.subject.scores
        fired = any(scores.get(name, -1.0) >= limit for name, limit in cond.thresholds)
        return () if fired else None

    return node


def shouting(cond: Shouting) -> Node:
    """Fire when enough letters (A-Z) are mostly capitals."""
    minimum = max(cond.min_letters, 1)

    def node(ctx: Context) -> tuple[Span, ...] | None:
        upper, letters = ascii_case(ctx.utf8())
        if letters < minimum:
            return None
        return ((0, len(ctx.text)),) if upper >= cond.ratio * letters else None

    return node


def emoji(cond: Emoji) -> Node:
    """Fire on emoji-only text or on an emoji flood."""

    def node(ctx: Context) -> tuple[Span, ...] | None:
        text = ctx.text
        if text.isascii():
            return None
        found = [m.span() for m in _EMOJI.finditer(text)]
        if cond.min_count and len(found) >= cond.min_count:
            return tuple(found[:MAX_SPANS])
        if cond.only and found and not _EMOJI.sub("", _EMOJI_GLUE.sub("", text)):
            return ((0, len(text)),)
        return None

    return node


def trimmed_length(text: str) -> int:
    """Length after trimming non-word characters at both ends (AutoModerator's count)."""
    start, end = 0, len(text)
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return end - start


def length(cond: Length) -> Node:
    """Fire on text longer than ``over`` or shorter than ``under``."""

    def node(ctx: Context) -> tuple[Span, ...] | None:
        size = trimmed_length(ctx.text)
        fired = (cond.over and size > cond.over) or (cond.under and size < cond.under)
        return (((0, len(ctx.text)),) if ctx.text else ()) if fired else None

    return node


def _words_of(text: str) -> str:
    """Normalised words only: punctuation, emoji and spacing do not make a post different."""
    return " ".join(_WORD.findall(normalize(text)))


def _similar(first: str, second: str, similarity: float) -> bool:
    if similarity >= 1.0 or first == second:
        return first == second
    one, two = set(first.split()), set(second.split())
    union = one | two
    return bool(union) and len(one & two) / len(union) >= similarity


def repeat(cond: Repeat) -> Node:
    """Fire when the author posted the same (or near-same) text often enough in the window."""

    def node(ctx: Context) -> tuple[Span, ...] | None:
        history = [h for h in ctx.subject.history if 0 <= h.age_seconds <= cond.within_seconds]
        if len(history) + 1 < cond.count:
            return None
        own = _words_of(ctx.text)
        same = sum(1 for h in history if _similar(own, _words_of(h.text), cond.similarity))
        if same + 1 < cond.count:
            return None
        return ((0, len(ctx.text)),) if ctx.text else ()

    return node
