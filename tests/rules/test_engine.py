"""Engine behaviour: order, combinations, scope, exceptions, dry-run, evidence and detectors."""

from __future__ import annotations

import copy
import pickle

import rules
from rules.model import Evidence
from tests.rules.helpers import matched, one_rule

TWO = """ruleset: t
version: 7
rules:
  - id: B
    title: second in file order? no, first
    severity: low
    action: flag
    when: {words: [plan]}
  - id: A
    title: a
    public_text: Geen spam.
    severity: high
    action: reply
    template: tpl
    when: {all: [{words: [gratis]}, {links: true}]}
"""


def test_hits_follow_file_order_and_carry_the_rule() -> None:
    ruleset = rules.load(TWO)
    hits = rules.evaluate(ruleset, rules.Subject("gratis plan op www.x.nl"))
    assert [hit.rule_id for hit in hits] == ["B", "A"]
    assert hits[1] == rules.Hit("A", "7", "high", "reply", ((0, 6), (15, 23)), "a",
                                "Geen spam.", "tpl")
    assert rules.evaluate(ruleset, rules.Subject("gratis plan")) == [hits[0]]


def test_exceptions_only_remove_covered_evidence() -> None:
    ruleset = one_rule({"words": ["kanker*", "kanker op"]}, exceptions=["kanker", "kankerzorg"])
    assert matched(ruleset, "kanker en kankerzorg") is None
    assert matched(ruleset, "kanker op") == ["kanker op"]
    assert matched(ruleset, "kankerlijer!") == ["kankerlijer"]


def test_shouting_emoji_length() -> None:
    assert matched(one_rule({"shouting": {"min_letters": 5}}), "STOP NU") == ["STOP NU"]
    assert matched(one_rule({"shouting": True}), "STOP") is None
    assert matched(one_rule({"emoji": {"only": True}}), "😀 👍🏽") == ["😀 👍🏽"]
    assert matched(one_rule({"emoji": {"only": True}}), "😀 ok") is None
    assert matched(one_rule({"emoji": {"min": 3}}), "a😀😀😀") == ["😀", "😀", "😀"]
    assert matched(one_rule({"length": {"under": 3}}), "ok") == ["ok"]


def test_near_same_repeats() -> None:
    ruleset = one_rule({"repeat": {"count": 2, "within": 60, "similarity": 0.5}})
    near = [rules.HistoryEntry("stop de bouw van de brug", 30)]
    assert matched(ruleset, "stop de bouw nu", history=near) == ["stop de bouw nu"]
    assert matched(ruleset, "iets anders", history=near) is None


def test_toxicity_needs_scores() -> None:
    ruleset = one_rule({"toxicity": {"insult": 0.5}})
    assert matched(ruleset, "x", scores={"insult": 0.5}) == []
    assert matched(ruleset, "x", scores={"insult": 0.4}) is None
    assert matched(ruleset, "x") is None


def test_scope_platform_account() -> None:
    ruleset = one_rule({"words": ["ab"]}, scope={"platforms": ["YouTube"], "accounts": ["rws"]})
    assert matched(ruleset, "ab", platform="youtube", account="rws") == ["ab"]
    assert matched(ruleset, "ab", platform="facebook", account="rws") is None


def test_compiled_once_and_cached() -> None:
    ruleset = one_rule({"words": ["ab"]})
    assert rules.compile(ruleset) is rules.compile(ruleset)


def test_dry_run_reports_the_difference() -> None:
    current = one_rule({"words": ["ab", "cd"]})
    candidate = one_rule({"words": ["cd", "ef"]})
    items = [(1, rules.Subject("ab")), (2, rules.Subject("cd")), (3, rules.Subject("ef")),
             (4, rules.Subject("niets"))]
    report = rules.dry_run(current, candidate, items)
    assert report.total == 4
    assert report.newly_flagged == (3,) and report.no_longer_flagged == (1,)
    assert dict(report.counts_before) == {"R": 2} and dict(report.counts_after) == {"R": 2}


def test_linear_time_regex_on_adversarial_input() -> None:
    ruleset = one_rule({"regex": ["(a+)+$", "(x+x+)+y"]})
    assert matched(ruleset, "a" * 50_000 + "!") is None  # returns at once (see benchmark)
    assert matched(ruleset, "x" * 50_000) is None


def test_evidence_made_on_demand_survives_copy_and_pickle() -> None:
    """A hit's evidence is made when first read, the same as one made at once."""
    ruleset = one_rule({"words": ["kut", "kutzooi"]})
    text = "Wat een kut. Kut!"
    hits = rules.evaluate(ruleset, rules.Subject(text))
    fresh = rules.evaluate(ruleset, rules.Subject(text))
    expected = (Evidence((8, 11), "kut", "kut"), Evidence((13, 16), "Kut", "kut"))
    assert copy.copy(hits[0]).evidence == expected
    unpickled = pickle.loads(pickle.dumps(fresh[0]))
    assert unpickled.evidence == expected
    assert "_lazy" not in vars(unpickled)  # the recipe (the set's terms) is not pickled
    assert hits[0].evidence == expected
    assert hits == fresh
    assert hits[0].terms == ("kut",)
    made = rules.Hit("R", "1", "high", "flag", ((8, 11), (13, 16)), "t", "t", None, expected)
    assert repr(made) == repr(fresh[0])
