"""Reading votes from comments and counting them: pure functions (no storage, no clock).

A comment is a vote when it names exactly one option: by its key ("B", "b!", "C, de
markt..."), by a phrase with the key ("stem A", "optie a", "ik kies B", "ik ga voor 2"),
or, failing that, by an alias or emoji of one option ("🌳", "👍", "bomen"). A comment that
names two options is unclear and not counted; one that names none is not a vote.

Counting: one vote per author (the pseudonymous author key); an author's latest vote
before the closing time counts, earlier ones are replaced; votes after the closing time
are ignored. Authors are keyed per platform, so one person voting on two platforms
counts twice: such names are listed for a human to judge.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from moderator.errors import UsageError
from moderator.localtime import dutch_moment

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence
    from datetime import datetime

    from moderator.items import ItemId

MAX_OPTIONS = 26
_PHRASES = ("stem", "stem op", "stem voor", "ik stem", "ik stem op", "ik stem voor", "kies",
            "ik kies", "ik kies voor", "kies voor", "optie", "keuze", "mijn keuze", "voor",
            "ik ga voor", "ga voor", "antwoord", "mijn stem", "mijn stem gaat naar", "vote",
            "i vote", "option")
# Tiers: a key named as a word, else an emoji key, else an alias ("toch 🌿, glas wordt zo
# vies" is a vote for 🌿 although it names glass).
# Variation selectors, zero-width joiners/spaces and skin tones: "👍🏽" is "👍".
_INVISIBLE = dict.fromkeys([0xFE0E, 0xFE0F, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF,
                            *range(0x1F3FB, 0x1F400)])


@dataclass(frozen=True, slots=True)
class PollOption:
    """One answer: its key (a letter, number or emoji) and other ways to name it."""

    key: str
    aliases: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, object]:
        """JSON form (stored with the poll)."""
        return {"key": self.key, "aliases": list(self.aliases)}


def parse_options(specs: Sequence[str]) -> tuple[PollOption, ...]:
    """Options from the command line: ``KEY`` or ``KEY=alias,alias`` each."""
    out: list[PollOption] = []
    for spec in specs:
        key, _, rest = spec.partition("=")
        key = key.strip()
        aliases = tuple(a.strip() for a in rest.split(",") if a.strip())
        if not key or len(key) > 20 or any(len(a) > 100 for a in aliases):
            raise UsageError(f"not a poll option: {spec[:40]!r} (use KEY or KEY=alias,alias)")
        out.append(PollOption(key, aliases))
    keys = [_norm(o.key) for o in out]
    if len(out) < 2 or len(out) > MAX_OPTIONS or len(set(keys)) != len(keys):
        raise UsageError(f"a poll needs 2 to {MAX_OPTIONS} different options")
    return tuple(out)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_INVISIBLE).casefold().strip()


def _is_word(key: str) -> bool:
    return all(c.isalnum() for c in key)


class VoteReader:
    """Recognises which option a comment names (compiled once per poll)."""

    def __init__(self, options: Sequence[PollOption]) -> None:
        self.options = tuple(options)
        phrases = "|".join(sorted((re.escape(p) for p in _PHRASES), key=len, reverse=True))
        self._key: list[tuple[str, re.Pattern[str]]] = []
        self._emoji: list[tuple[str, re.Pattern[str]]] = []
        self._alias: list[tuple[str, re.Pattern[str]]] = []
        for o in self.options:
            k = re.escape(_norm(o.key))
            if _is_word(_norm(o.key)):
                # the whole text, the text's first word, or a voting phrase before the key
                pat = (rf"^\W*{k}\W*$|^{k}(?![\w'\u2019])|(?<!\w)(?:{phrases})\s*[:=]?\s*{k}"
                       rf"(?![\w'\u2019])")
                self._key.append((o.key, re.compile(pat)))
            else:
                self._emoji.append((o.key, re.compile(k)))
            for a in o.aliases:
                a_n = re.escape(_norm(a))
                pat = rf"(?<!\w){a_n}(?!\w)" if _is_word(_norm(a).replace(" ", "")) else a_n
                self._alias.append((o.key, re.compile(pat)))
        words = {_norm(o.key): o.key for o in self.options if _is_word(_norm(o.key))}
        alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
        self._words = words
        # "A of B", "a/b", "B en C": naming two keys side by side is no choice
        self._either = re.compile(rf"(?<!\w)({alt})\s*(?:of|or|en|and|/|&|\+)\s*({alt})(?!\w)")

    def read(self, text: str) -> str | tuple[str, ...] | None:
        """The option key named, None when none, or the keys when several are named."""
        t = _norm(text)
        if not t:
            return None
        both = self._either.search(t)
        if both and both[1] != both[2]:
            return (self._words[both[1]], self._words[both[2]])
        for table in (self._key, self._emoji, self._alias):
            found = tuple(dict.fromkeys(key for key, pat in table if pat.search(t)))
            if len(found) == 1:
                return found[0]
            if found:
                return found
        return None


@dataclass(frozen=True, slots=True)
class Ballot:
    """A comment on a poll post: who wrote what, where and when."""

    item_id: ItemId
    author_key: str
    author_name: str
    platform: str
    created_at: datetime
    text: str


@dataclass(frozen=True, slots=True)
class RepeatVoter:
    """An author who voted in more than one comment."""

    author_key: str
    author_name: str
    votes: tuple[str, ...]  # in time order; the last one counts

    @property
    def changed(self) -> bool:
        """Whether the author changed their vote."""
        return len(set(self.votes)) > 1


@dataclass(frozen=True, slots=True)
class CrossPlatform:
    """One display name that voted on several platforms (perhaps one person, counted twice)."""

    name: str
    platforms: tuple[str, ...]
    author_keys: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Tally:
    """The result of a poll and how it came about."""

    counts: dict[str, int]
    voters: int
    comments: int
    votes_read: int
    late: int
    unclear: int
    not_votes: int
    repeat_voters: tuple[RepeatVoter, ...]
    cross_platform: tuple[CrossPlatform, ...]
    per_platform: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> int:
        """How many authors changed their vote."""
        return sum(1 for r in self.repeat_voters if r.changed)

    def share(self, key: str) -> float:
        """The option's share of the counted votes (0..1)."""
        return self.counts.get(key, 0) / self.voters if self.voters else 0.0


def tally(options: Sequence[PollOption], ballots: Iterable[Ballot],
          closes_at: datetime | None = None) -> Tally:
    """Count a poll: one vote per author, the latest before the closing time."""
    reader = VoteReader(options)
    final: dict[str, tuple[str, Ballot]] = {}
    history: dict[str, list[str]] = {}
    comments = read = late = unclear = not_votes = 0
    for b in sorted(ballots, key=lambda b: (b.created_at, b.item_id)):
        comments += 1
        choice = reader.read(b.text)
        if choice is None:
            not_votes += 1
            continue
        if isinstance(choice, tuple):
            unclear += 1
            continue
        if closes_at is not None and b.created_at > closes_at:
            late += 1
            continue
        read += 1
        final[b.author_key] = (choice, b)
        history.setdefault(b.author_key, []).append(choice)
    counts = {o.key: 0 for o in options}
    per_platform: dict[str, int] = {}
    by_name: dict[str, list[Ballot]] = {}
    for choice, b in final.values():
        counts[choice] += 1
        per_platform[b.platform] = per_platform.get(b.platform, 0) + 1
        if b.author_name.strip():
            by_name.setdefault(_norm(b.author_name), []).append(b)
    repeat = tuple(RepeatVoter(k, final[k][1].author_name, tuple(v))
                   for k, v in history.items() if len(v) > 1)
    cross = tuple(sorted(
        (CrossPlatform(bs[0].author_name, tuple(sorted({b.platform for b in bs})),
                       tuple(sorted(b.author_key for b in bs)))
         for bs in by_name.values() if len({b.platform for b in bs}) > 1),
        key=lambda c: c.name))
    return Tally(counts, len(final), comments, read, late, unclear, not_votes, repeat, cross,
                 per_platform)


def method_text(options: Sequence[PollOption], closes_at: datetime | None) -> str:
    """The counting method in plain Dutch, written into every export."""
    named = "; ".join(f"{o.key}" + (f" (ook: {', '.join(o.aliases)})" if o.aliases else "")
                      for o in options)
    closing = (f"Stemmen na {dutch_moment(closes_at)} tellen niet mee."
               if closes_at else "Er is geen sluitingstijd: alle stemmen tellen mee.")
    return (
        f"Opties: {named}. Een reactie telt als stem als zij precies één optie noemt: de "
        "letter of het getal zelf (ook aan het begin van een zin, of na 'stem', 'optie', "
        "'ik kies', 'ik ga voor'), of anders een emoji of andere naam van die optie. Een "
        "reactie die twee opties noemt is onduidelijk en telt niet. Per auteur telt één "
        "stem: de laatste vóór de sluitingstijd; eerdere stemmen van dezelfde auteur "
        f"vervallen. {closing} Auteurs worden per platform herkend (pseudonieme sleutel): "
        "wie op twee platforms stemt, telt twee keer; zulke namen staan apart vermeld. "
        "Reacties van het eigen account tellen niet. Na de bewaartermijn of een "
        "verwijderverzoek is de tekst van een reactie gewist en telt zij niet meer.")
