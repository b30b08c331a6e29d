"""House-rule engine (spelregels): pure Python, imports nothing from the project.

``load`` turns a YAML rule file into a ``RuleSet`` (or raises ``RuleError`` listing every
problem with file, line and column); ``evaluate`` returns the ``Hit``s for one ``Subject``;
``dry_run`` compares two rule sets over many subjects. See ``rules/README.md`` for the rule
language and where it deliberately differs from Discourse and AutoModerator.
"""

from __future__ import annotations

from pathlib import Path

from rules.dryrun import DryRunReport, dry_run
from rules.engine import CompiledRuleSet, compile, evaluate
from rules.loader import load
from rules.model import HistoryEntry, Hit, Problem, Rule, RuleError, RuleSet, Scope, Subject

_SETS = Path(__file__).resolve().parent / "sets"

__all__ = [
    "CompiledRuleSet",
    "DryRunReport",
    "HistoryEntry",
    "Hit",
    "Problem",
    "Rule",
    "RuleError",
    "RuleSet",
    "Scope",
    "Subject",
    "compile",
    "dry_run",
    "evaluate",
    "load",
    "shipped_set",
    "shipped_sets",
]


def shipped_set(name: str) -> Path:
    """Return the path of a rule set shipped with the package.

    Args:
        name: The set's name without extension, e.g. ``spelregels-nl``.

    Raises:
        KeyError: No shipped set has that name.
    """
    path = _SETS / f"{name}.yaml"
    if not path.is_file():
        raise KeyError(f"no shipped rule set '{name}'; shipped: {', '.join(shipped_sets())}")
    return path


def shipped_sets() -> list[str]:
    """Return the names of the shipped rule sets."""
    return sorted(path.stem for path in _SETS.glob("*.yaml"))
