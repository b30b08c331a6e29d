"""Small builders shared by the rules tests."""

from __future__ import annotations

import json

import rules


def one_rule(when: object, **extra: object) -> rules.RuleSet:
    """Return a rule set with one rule R whose ``when`` is the given structure (as YAML)."""
    rule = {"id": "R", "title": "t", "severity": "high", "action": "flag", "when": when, **extra}
    doc = {"ruleset": "test", "version": "1", "rules": [rule]}
    return rules.load(json.dumps(doc, ensure_ascii=False))  # JSON is YAML


def matched(ruleset: rules.RuleSet, text: str, **subject: object) -> list[str] | None:
    """Return the matched substrings of rule R, or None when it did not fire."""
    hits = rules.evaluate(ruleset, rules.Subject(text, **subject))  # type: ignore[arg-type]
    if not hits:
        return None
    return [text[start:end] for start, end in hits[0].spans]
