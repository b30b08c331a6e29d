"""Representativeness: are the voices heard many or a few?

Per project and period: unique authors, the share of comments from the most active 1%,
5% and 10% of authors, repeat posters, new authors per week, the platform split and the
share hidden or removed, with a short reading in plain Dutch ("De helft van de reacties
komt van 12 mensen"). The organisation's own accounts are left out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from moderator.storage.reach_repo import ReachRepository

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import datetime

    from moderator.storage.uow import Database

TOP_SHARES = (0.01, 0.05, 0.10)


@dataclass(frozen=True, slots=True)
class Reach:
    """The representativeness figures of one project (None: all) and period."""

    project: str | None
    since: datetime
    until: datetime
    comments: int
    authors: int
    top_share: dict[float, float]  # fraction of authors -> fraction of comments
    half_from: int  # the fewest authors who together wrote half the comments
    repeat_authors: int  # authors with two or more comments
    repeat_share: float  # their share of the comments
    new_per_week: list[tuple[date, int]]  # Monday of the week -> authors new that week
    platforms: dict[str, tuple[int, int]]  # platform -> (comments, authors)
    restricted: int
    counts: list[int] = field(default_factory=list)  # comments per author, most active first

    @property
    def restricted_share(self) -> float:
        """Share of comments hidden or removed."""
        return self.restricted / self.comments if self.comments else 0.0

    def as_json(self) -> dict[str, Any]:
        """For ``moderator reach --json``."""
        return {"project": self.project, "since": self.since.isoformat(),
                "until": self.until.isoformat(), "comments": self.comments,
                "unique_authors": self.authors,
                "top_share": {f"{int(k * 100)}%": round(v, 4) for k, v in self.top_share.items()},
                "half_of_comments_from": self.half_from, "repeat_authors": self.repeat_authors,
                "repeat_share": round(self.repeat_share, 4),
                "new_authors_per_week": {d.isoformat(): n for d, n in self.new_per_week},
                "platforms": {p: {"comments": c, "authors": a}
                              for p, (c, a) in self.platforms.items()},
                "hidden_or_removed": self.restricted,
                "hidden_or_removed_share": round(self.restricted_share, 4),
                "reading": reading(self)}


def top_share(counts: Sequence[int], fraction: float) -> float:
    """Share of all comments written by the most active ``fraction`` of authors (at least 1)."""
    total = sum(counts)
    if not total:
        return 0.0
    k = max(1, math.ceil(fraction * len(counts)))
    return sum(sorted(counts, reverse=True)[:k]) / total


def half_from(counts: Sequence[int]) -> int:
    """The fewest authors who together wrote at least half of the comments."""
    total, running = sum(counts), 0
    for n, c in enumerate(sorted(counts, reverse=True), 1):
        running += c
        if running * 2 >= total:
            return n
    return 0


def weeks(first_seen: Sequence[datetime], since: datetime,
          until: datetime) -> list[tuple[date, int]]:
    """Authors whose first comment ever fell in each week (Monday) of the period."""
    start = since.date() - timedelta(days=since.weekday())
    out: dict[date, int] = {}
    d = start
    while d < until.date():
        out[d] = 0
        d += timedelta(days=7)
    for t in first_seen:
        if since <= t < until:
            monday = t.date() - timedelta(days=t.weekday())
            out[monday] = out.get(monday, 0) + 1
    return sorted(out.items())


def _people(n: int) -> str:
    return "1 persoon" if n == 1 else f"{n} mensen"


def reading(r: Reach) -> str:
    """A short reading of the figures in plain Dutch."""
    if not r.comments:
        return "Er zijn in deze periode geen reacties van burgers."
    parts = [f"{r.comments} reacties van {_people(r.authors)}."]
    if r.half_from:
        parts.append(f"De helft van de reacties komt van {_people(r.half_from)}.")
    ten = r.top_share.get(0.10, 0.0)
    parts.append(f"De 10% actiefste schrijvers plaatsten {ten:.0%} van de reacties.")
    if r.repeat_authors:
        parts.append(f"{_people(r.repeat_authors).capitalize()} reageerde"
                     f"{'n' if r.repeat_authors != 1 else ''} vaker dan één keer.")
    if r.half_from and r.authors >= 10 and r.half_from * 10 <= r.authors:
        parts.append("Een kleine groep is dus goed voor een groot deel van wat u hoort.")
    elif r.authors:
        parts.append("De reacties zijn redelijk gespreid over veel mensen.")
    if r.restricted:
        parts.append(f"{r.restricted_share:.0%} is verborgen of verwijderd.")
    return " ".join(parts)


class ReachService:
    """Computes the figures from storage."""

    def __init__(self, db: Database, salt: Callable[[], bytes]) -> None:
        self._db = db
        self._salt = salt

    def projects(self) -> list[str]:
        """Projects named on accounts."""
        with self._db.read() as s:
            return ReachRepository(s, b"").projects()

    def reach(self, since: datetime, until: datetime, project: str | None = None,
              accounts: frozenset[int] | None = None) -> Reach:
        """The figures for one project (None: all) in ``[since, until)``.

        ``accounts`` limits them to the accounts a viewer may see (None: all).
        """
        salt = self._salt()
        with self._db.read() as s:
            repo = ReachRepository(s, salt, accounts)
            per_author = repo.per_author(since, until, project)
            first = repo.first_seen(since, until, project)
            platforms = repo.per_platform(since, until, project)
            restricted = repo.restricted(since, until, project)
        counts = [c for _, c in per_author]
        total = sum(counts)
        repeat = [c for c in counts if c > 1]
        return Reach(project, since, until, total, len(counts),
                     {f: top_share(counts, f) for f in TOP_SHARES}, half_from(counts),
                     len(repeat), sum(repeat) / total if total else 0.0,
                     weeks(first, since, until), platforms, restricted, counts)
