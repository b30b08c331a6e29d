"""The Dutch functional suite (tests/rules/data/nl_functional.yaml) against spelregels-nl.

Runs every case through the shipped set and checks the targets of issue 11 on the whole
suite: recall on hateful cases, on threats, and the flag rate on neutral/positive/negated/
other-target cases. ``python -m benchmarks.flagging_eval`` prints the same per functionality.
"""

from __future__ import annotations

import pytest

import rules
from benchmarks.flagging_eval import cases, flagged, summary

NL = rules.load(rules.shipped_set("spelregels-nl"))
RESULTS = [(case, flagged(NL, case)) for case in cases()]


def test_the_suite_is_big_enough_and_has_a_held_out_part() -> None:
    assert len(RESULTS) >= 600
    assert sum(1 for case, _ in RESULTS if case.heldout) >= len(RESULTS) // 5


@pytest.mark.parametrize(("group", "low", "high"), [
    ("hateful recall (hateful+threat)", 0.85, 1.0),
    ("threat recall", 0.90, 1.0),
    ("flag rate, contrast (neutral/positive/negated/other targets)", 0.0, 0.10),
])
def test_targets_on_the_whole_suite(group: str, low: float, high: float) -> None:
    hit, total = summary(RESULTS)[group]
    assert low <= hit / total <= high, f"{group}: {hit}/{total}"


def test_each_flag_names_its_rule_and_evidence() -> None:
    hits = rules.evaluate(NL, rules.Subject("Ik haat moslims."))
    assert [hit.rule_id for hit in hits] == ["NL-DISCRIMINATIE"]
    assert hits[0].terms == ("$haat:haat", "$groepen:moslim")
    assert hits[0].words == ("haat", "moslims")
    threat = rules.evaluate(NL, rules.Subject("Ik kom met een mes langs bij het gemeentehuis"))
    assert [(hit.rule_id, hit.severity, hit.action) for hit in threat] == [
        ("NL-BEDREIGING", "critical", "escalate")]
