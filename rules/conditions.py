"""Condition types a rule's ``when`` is built from (frozen, hashable, engine-agnostic)."""

from __future__ import annotations

from dataclasses import dataclass

WORD_MODES = ("word", "includes", "starts-with", "ends-with", "full-exact", "full-text")
DETECTORS = ("phone_nl", "email", "iban", "bsn")


@dataclass(frozen=True)
class Words:
    """Words and phrases; ``*`` is a wildcard for any run of non-space characters.

    Attributes:
        values: The words and phrases as written.
        match: One of ``WORD_MODES``; ``word`` needs a word boundary on both sides.
        case_sensitive: Match the original text verbatim (no normalisation).
        tolerant: Also match small misspellings and masks (see ``TermList.tolerant``).

    A value may be a term list (``$groepen``) or a phrase with lists in it
    (``vuile $groepen``); lists are expanded when the rule set is compiled.
    """

    values: tuple[str, ...]
    match: str = "word"
    case_sensitive: bool = False
    tolerant: bool = False


@dataclass(frozen=True)
class Near:
    """Terms from every group within a few words of each other, inside one sentence.

    Attributes:
        groups: Each group is a list reference (``$haat``) or words and phrases; one term of
            every group must occur.
        within: At most this many words between the first term and the last.
        ordered: The groups must occur in the order given.
        sentences: How many consecutive sentences the terms may span (1 = one sentence).
    """

    groups: tuple[tuple[str, ...], ...]
    within: int = 6
    ordered: bool = False
    sentences: int = 1


@dataclass(frozen=True)
class Unless:
    """Evidence of ``part`` does not count when negated or quoted to oppose it.

    Attributes:
        part: The condition whose evidence is checked.
        negated: Drop evidence in a negated clause (``ik haat moslims niet``).
        quoted: Drop evidence in quoted or reported speech that the text opposes
            (``'X zijn tuig' zeggen is walgelijk``, ``stop met zeggen dat ...``).
    """

    part: Condition
    negated: bool = True
    quoted: bool = True


@dataclass(frozen=True)
class Regex:
    """Regular expressions (RE2 syntax, linear time) searched in the original text.

    Attributes:
        values: The patterns.
        case_sensitive: False adds ``(?i)``.
    """

    values: tuple[str, ...]
    case_sensitive: bool = False


@dataclass(frozen=True)
class Toxicity:
    """Fires when any listed category scores at or above its threshold.

    Attributes:
        thresholds: ``(category, threshold)`` pairs.
    """

    thresholds: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Links:
    """Links in the text: any link, denied domains, domains outside an allow list, shorteners.

    Attributes:
        any: Every link counts.
        deny: Domains (and their subdomains) that count.
        allow: If not empty, every link outside these domains counts.
        shorteners: Links to known URL shorteners count.
    """

    any: bool = False
    deny: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    shorteners: bool = False


@dataclass(frozen=True)
class Detect:
    """Personal data of others.

    Attributes:
        detectors: Names from ``DETECTORS``; any one found fires.
    """

    detectors: tuple[str, ...]


@dataclass(frozen=True)
class Shouting:
    """Capitals: at least ``min_letters`` letters of which ``ratio`` or more are upper case.

    Attributes:
        min_letters: Minimum number of (Latin) letters before the ratio counts.
        ratio: Share of upper-case letters, 0..1.
    """

    min_letters: int = 12
    ratio: float = 0.7


@dataclass(frozen=True)
class Emoji:
    """Emoji-only text or an emoji flood.

    Attributes:
        only: Fires when the text is nothing but emoji (and white space).
        min_count: Fires at this many emoji or more (0 = off).
    """

    only: bool = False
    min_count: int = 0


@dataclass(frozen=True)
class Length:
    """Text length after trimming non-word characters at both ends.

    Attributes:
        over: Fires when longer than this (0 = off).
        under: Fires when shorter than this (0 = off).
    """

    over: int = 0
    under: int = 0


@dataclass(frozen=True)
class Repeat:
    """The same author posting the same or near-same text several times in a window.

    Attributes:
        count: Number of posts (this one included) that makes a repeat.
        within_seconds: Window looking back from this item.
        similarity: 1.0 = the same words after normalisation (punctuation and emoji ignored);
            lower = word-set Jaccard similarity.
    """

    count: int = 3
    within_seconds: float = 3600.0
    similarity: float = 1.0


@dataclass(frozen=True)
class AnyOf:
    """Fires when at least one part fires (evidence from every part that fired).

    Attributes:
        parts: The sub-conditions.
    """

    parts: tuple[Condition, ...]


@dataclass(frozen=True)
class AllOf:
    """Fires when every part fires.

    Attributes:
        parts: The sub-conditions.
    """

    parts: tuple[Condition, ...]


@dataclass(frozen=True)
class Not:
    """Fires when its part does not (no evidence spans).

    Attributes:
        part: The negated condition.
    """

    part: Condition


Condition = (
    Words | Regex | Toxicity | Links | Detect | Shouting | Emoji | Length | Repeat | AnyOf | AllOf
    | Not | Near | Unless
)
