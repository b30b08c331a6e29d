"""Property tests: evaluation never fails and spans stay inside the text; loading never crashes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rules
from rules import normalize
from tests.rules.helpers import one_rule

SHIPPED = [rules.load(rules.shipped_set(name)) for name in rules.shipped_sets()]
TRICKY = st.sampled_from(list("kKuUtT0134@$lL .-_*!😀\u200b\u202eéß\ufb01\uff2bẞİΣ\n\t"))
TEXTS = st.one_of(st.text(), st.lists(TRICKY).map("".join), st.text(alphabet="ab .-*"))
WORDS = st.text(alphabet="abkut*ë.- 014😀", min_size=2, max_size=8)
MODES = st.sampled_from(["word", "includes", "starts-with", "ends-with", "full-exact",
                         "full-text"])


@st.composite
def rulesets(draw: st.DrawFn) -> rules.RuleSet:
    words = draw(st.lists(WORDS, min_size=1, max_size=5))
    when = {"any": [
        {"words": {"values": words, "match": draw(MODES),
                   "case_sensitive": draw(st.booleans())}},
        {"regex": draw(st.lists(st.sampled_from(["a+", "(a+)+$", r"\bk\w*", "x*", "é"]),
                                min_size=1, max_size=3))},
        {"detect": ["phone_nl", "email", "iban", "bsn"]},
        {"links": {"any": True}},
        {"not": {"shouting": True}},
        {"emoji": {"only": True, "min": 2}},
    ]}
    try:
        return one_rule(when, exceptions=draw(st.lists(WORDS, max_size=2)))
    except rules.RuleError:
        return one_rule({"words": ["kut"]})


def _check(ruleset: rules.RuleSet, text: str) -> None:
    for hit in rules.evaluate(ruleset, rules.Subject(text)):
        assert hit.spans == tuple(sorted(hit.spans))
        for start, end in hit.spans:
            assert 0 <= start < end <= len(text)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(ruleset=rulesets(), text=TEXTS)
def test_any_text_any_ruleset_spans_inside(ruleset: rules.RuleSet, text: str) -> None:
    _check(ruleset, text)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS)
def test_shipped_sets_spans_inside(text: str) -> None:
    for ruleset in SHIPPED:
        _check(ruleset, text)


@settings(max_examples=500, deadline=None)
@given(text=TEXTS)
def test_normalisation_with_and_without_map_agree(text: str) -> None:
    exact = normalize.exact(text)
    assert normalize.normalize(text) == exact.text
    for index in range(len(exact.text)):
        start, end = exact.original_span(index, index + 1)
        assert 0 <= start < end <= len(text)


YAML_BITS = st.sampled_from([
    "ruleset: x\n", "version: 1\n", "rules:\n", "  - id: R1\n", "    title: t\n",
    "    severity: high\n", "    action: flag\n", "    when:\n", "      words: [a*, kut]\n",
    "      regex: '(a+'\n", "      any:\n", "        - {detect: [bsn]}\n", "      not: {}\n",
    "    sevrity: low\n", "  - id: [broken\n", "&a [*a]\n", "- *x\n", "{", "}", "'", "\t",
    "    manual: true\n", "    when: {toxicity: {threat: 2}}\n", ": :\n", "!!python/object\n",
    "    scope: {kinds: [dm, post]}\n", "version: 2020-99-99\n", "      length: {over: .nan}\n",
])


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(st.text(), st.lists(YAML_BITS).map("".join)))
def test_any_yaml_gives_ruleset_or_rule_error(text: str) -> None:
    try:
        result = rules.load(text)
    except rules.RuleError as exc:
        assert exc.problems
        assert all(p.line >= 1 and p.column >= 1 for p in exc.problems)
    else:
        assert isinstance(result, rules.RuleSet)
        rules.evaluate(result, rules.Subject("kut aaa 06-12345678"))
