"""Statistics for the team lead: volume, flags, actions, response time, rules, calibration.

Pure service over ``moderator.storage.stats_repo``; returns frozen DTOs. Periods are
half-open ``[since, until)``; an ``accounts`` set limits everything to those accounts
(what an external moderator may see).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from moderator.items import ActionKind, ItemId
from moderator.localtime import local_day, whole_days
from moderator.storage.stats_repo import StatsRepository

if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Sequence

    from moderator.storage.uow import Database

# An item counts as answered at the first of these (reply, warning or "afgehandeld").
RESPONSE_KINDS = (ActionKind.REPLY.value, ActionKind.DM_REPLY.value, ActionKind.WARN.value,
                  ActionKind.HANDLE.value)
DEFAULT_THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass(frozen=True, slots=True)
class StatsPeriod:
    """A half-open period ``[since, until)``, optionally limited to some accounts."""

    since: datetime
    until: datetime
    accounts: frozenset[int] | None = None

    @classmethod
    def last_days(cls, now: datetime, days: int,
                  accounts: frozenset[int] | None = None) -> StatsPeriod:
        """The ``days`` whole Dutch calendar days up to and including today."""
        since, until = whole_days(now, days)
        return cls(since, until, accounts)


@dataclass(frozen=True, slots=True)
class DayCount:
    """Items created on one day on one platform."""

    day: date
    platform: str
    count: int


@dataclass(frozen=True, slots=True)
class ModeratorCount:
    """Actions of one kind by one moderator."""

    moderator: str
    kind: str
    count: int


@dataclass(frozen=True, slots=True)
class RuleCount:
    """Items a house rule flagged."""

    rule_id: str
    count: int


@dataclass(frozen=True, slots=True)
class StatsOverview:
    """Everything the stats panel shows for one period."""

    period: StatsPeriod
    per_day: tuple[DayCount, ...]
    total_items: int
    flagged_items: int
    actions: tuple[ModeratorCount, ...]
    answered_items: int
    median_first_response: timedelta | None
    top_rules: tuple[RuleCount, ...]

    @property
    def share_flagged(self) -> float:
        """Flagged items as a fraction of all items in the period (0 when none)."""
        return self.flagged_items / self.total_items if self.total_items else 0.0

    def actions_by_moderator(self) -> dict[str, int]:
        """Total actions per moderator."""
        out: dict[str, int] = {}
        for a in self.actions:
            out[a.moderator] = out.get(a.moderator, 0) + a.count
        return out


@dataclass(frozen=True, slots=True)
class ThresholdRow:
    """How many of the sampled items a threshold would flag."""

    threshold: float
    flagged: int


@dataclass(frozen=True, slots=True)
class BoundaryExample:
    """A scored item close to the chosen threshold."""

    item_id: ItemId
    score: float
    text: str


@dataclass(frozen=True, slots=True)
class Calibration:
    """Threshold calibration for one toxicity category over the last N scored items."""

    category: str
    sampled: int
    rows: tuple[ThresholdRow, ...]
    threshold: float
    just_above: tuple[BoundaryExample, ...]
    just_below: tuple[BoundaryExample, ...]


class StatsService:
    """Aggregates for the stats and rules panels."""

    def __init__(self, db: Database, clock: Callable[[], datetime]) -> None:
        self._db = db
        self._now = clock

    def overview(self, period: StatsPeriod, top: int = 10) -> StatsOverview:
        """Volume per day and platform, share flagged, actions, response time, top rules."""
        p = period
        with self._db.read() as s:
            repo = StatsRepository(s)
            per_day = _local_days(repo.items_per_hour(p.since, p.until, p.accounts))
            total, flagged = repo.flagged_counts(p.since, p.until, p.accounts)
            actions = tuple(ModeratorCount(m, k, n) for m, k, n in
                            repo.actions_per_moderator(p.since, p.until, p.accounts))
            pairs = repo.first_responses(p.since, p.until, p.accounts, RESPONSE_KINDS)
            rules = tuple(RuleCount(r, n)
                          for r, n in repo.rule_counts(p.since, p.until, p.accounts, top))
        return StatsOverview(p, per_day, total, flagged, actions, len(pairs),
                             median_delay(pairs), rules)

    def rule_hits(self, days: int = 7, accounts: frozenset[int] | None = None) -> dict[str, int]:
        """Items each rule flagged among items created in the last ``days`` days."""
        now = self._now()
        with self._db.read() as s:
            rows = StatsRepository(s).rule_counts(now - timedelta(days=days), now, accounts)
        return dict(rows)

    def calibration(self, category: str, *, limit: int = 500, threshold: float = 0.5,
                    thresholds: Sequence[float] = DEFAULT_THRESHOLDS,
                    accounts: frozenset[int] | None = None, examples: int = 5) -> Calibration:
        """How many of the last ``limit`` scored items each threshold would flag."""
        with self._db.read() as s:
            rows = StatsRepository(s).recent_scores(limit, accounts)
        return calibrate(category, rows, threshold, thresholds, examples)

    def score_categories(self, limit: int = 200) -> list[str]:
        """Toxicity categories present in recent scores."""
        with self._db.read() as s:
            rows = StatsRepository(s).recent_scores(limit, None)
        return sorted({k for _, _, v in rows for k in v})

    def audit_choices(self) -> tuple[list[str], list[str], list[str]]:
        """Moderators, actions and rule ids present in the log, for filter menus."""
        with self._db.read() as s:
            return StatsRepository(s).audit_choices()


def median_delay(pairs: Collection[tuple[datetime, datetime]]) -> timedelta | None:
    """Median of (second - first) over pairs; negative delays (clock skew) count as 0."""
    if not pairs:
        return None
    secs = [max(0.0, (b - a).total_seconds()) for a, b in pairs]
    return timedelta(seconds=statistics.median(secs))


def calibrate(category: str, rows: Sequence[tuple[int, str, dict[str, object]]],
              threshold: float, thresholds: Sequence[float], examples: int) -> Calibration:
    """Count flags per threshold and pick the items closest to ``threshold``."""
    scored = [(ItemId(i), _score(v.get(category)), t) for i, t, v in rows if category in v]
    counts = tuple(ThresholdRow(th, sum(1 for _, sc, _ in scored if sc >= th))
                   for th in sorted(thresholds))
    above = sorted((x for x in scored if x[1] >= threshold), key=lambda x: x[1])[:examples]
    below = sorted((x for x in scored if x[1] < threshold), key=lambda x: -x[1])[:examples]
    return Calibration(category, len(scored), counts, threshold,
                       tuple(BoundaryExample(*x) for x in above),
                       tuple(BoundaryExample(*x) for x in below))


def _score(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


def _local_days(hours: list[tuple[datetime, str, int]]) -> tuple[DayCount, ...]:
    """Hourly UTC counts summed per Dutch calendar day (offsets are whole hours)."""
    days: dict[tuple[date, str], int] = {}
    for hour, platform, n in hours:
        key = (local_day(hour), platform)
        days[key] = days.get(key, 0) + n
    return tuple(DayCount(d, pl, n) for (d, pl), n in sorted(days.items()))
