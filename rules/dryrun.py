"""Dry-run: what a candidate rule set would change against the current one."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from rules.engine import evaluate

if TYPE_CHECKING:
    from collections.abc import Hashable, Iterable, Mapping

    from rules.model import RuleSet, Subject


@dataclass(frozen=True)
class DryRunReport:
    """What would change if the candidate replaced the current rule set.

    Attributes:
        total: Number of items evaluated.
        newly_flagged: Keys the candidate flags and the current set does not (input order).
        no_longer_flagged: Keys the current set flags and the candidate does not.
        changed: Keys flagged by both, but by a different set of rule ids.
        counts_before: Hits per rule id under the current set.
        counts_after: Hits per rule id under the candidate.
    """

    total: int
    newly_flagged: tuple[Hashable, ...]
    no_longer_flagged: tuple[Hashable, ...]
    changed: tuple[Hashable, ...]
    counts_before: Mapping[str, int]
    counts_after: Mapping[str, int]


def dry_run(
    current: RuleSet, candidate: RuleSet, subjects: Iterable[tuple[Hashable, Subject]]
) -> DryRunReport:
    """Evaluate every subject under both rule sets and report the difference.

    Args:
        current: The rule set in force.
        candidate: The rule set being considered.
        subjects: ``(key, subject)`` pairs, e.g. stored item ids with their subjects.

    Returns:
        The report; key tuples keep the input order.
    """
    newly: list[Hashable] = []
    gone: list[Hashable] = []
    changed: list[Hashable] = []
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    total = 0
    for key, subject in subjects:
        total += 1
        old = {hit.rule_id for hit in evaluate(current, subject)}
        new = {hit.rule_id for hit in evaluate(candidate, subject)}
        before.update(old)
        after.update(new)
        if new and not old:
            newly.append(key)
        elif old and not new:
            gone.append(key)
        elif old != new:
            changed.append(key)
    return DryRunReport(total, tuple(newly), tuple(gone), tuple(changed),
                        MappingProxyType(dict(sorted(before.items()))),
                        MappingProxyType(dict(sorted(after.items()))))
