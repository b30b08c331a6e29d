"""What the ingest and scoring paths hand to the house rules, and what comes back.

The storage layer knows nothing about the rules engine: it calls a ``Flagger`` with
plain subjects. ``moderator.ruleset`` provides the real one backed by ``rules``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from moderator.items import FlagInfo


@dataclass(frozen=True, slots=True)
class FlagSubject:
    """One item as the rules see it, with the author's recent items for repeat rules."""

    text: str
    author_key: str
    platform: str
    account: str
    kind: str
    scores: Mapping[str, float] = field(default_factory=dict)
    history: Sequence[tuple[str, float]] = ()  # (text, age in seconds before this item)


class Flagger(Protocol):
    """Evaluates the active house rules on a batch of subjects."""

    def __call__(self, subjects: Sequence[FlagSubject]) -> list[list[FlagInfo]]:
        """Return the flags for each subject, in order."""
        ...


def no_flags(subjects: Sequence[FlagSubject]) -> list[list[FlagInfo]]:
    """A flagger for workspaces without a rule set: nothing matches."""
    return [[] for _ in subjects]
