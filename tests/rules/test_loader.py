"""Loader: every problem with file, line, column and a clear message; the set is refused."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

import rules

if TYPE_CHECKING:
    from pathlib import Path

HEAD = "ruleset: test\nversion: 3\nrules:\n"


def problems(text: str) -> list[str]:
    with pytest.raises(rules.RuleError) as err:
        rules.load(text, source="spelregels.yaml")
    assert isinstance(err.value, ValueError)
    return str(err.value).splitlines()


def test_unknown_key_with_did_you_mean() -> None:
    text = HEAD + "  - id: R1\n    title: t\n    sevrity: high\n    action: flag\n" \
                  "    when: {words: [kut]}\n"
    found = problems(text)
    assert "spelregels.yaml:6:5: unknown key 'sevrity' in a rule (did you mean 'severity'?)" \
        in found
    assert any("missing key 'severity'" in line for line in found)


def test_every_kind_of_problem_is_reported_at_once() -> None:
    text = HEAD + (
        "  - id: R1\n    title: t\n    severity: huge\n    action: flag\n"
        "    when: {regex: ['(a+'], detect: [phoen_nl]}\n"
        "  - id: R1\n    title: u\n    severity: low\n    action: reply\n"
        "    when: {toxicity: {threat: 1.5}, words: ['x']}\n"
    )
    found = "\n".join(problems(text))
    for fragment in ("'severity' must be one of", "bad regular expression '(a+'",
                     "unknown detector 'phoen_nl' (did you mean 'phone_nl'?)",
                     "duplicate rule id 'R1' (first on line 4)", "needs a 'template'",
                     "threshold for 'threat' must be a number from 0 to 1",
                     "'x' in 'words' is one letter"):
        assert fragment in found


def test_yaml_syntax_error_has_line() -> None:
    found = problems("rules:\n  - id: [broken\n")
    assert found[0].startswith("spelregels.yaml:3:1: YAML syntax:")


@pytest.mark.parametrize(("text", "fragment"), [
    ("", "the file is empty"),
    ("- a\n- b\n", "the rule set must be a mapping"),
    (HEAD + "  - id: R1\n    title: t\n    severity: low\n    action: flag\n",
     "missing key 'when'"),
    (HEAD + "  - {id: R, title: t, severity: low, action: flag, manual: true,"
     " when: {words: [ab]}}\n", "a manual rule has no 'when'"),
    (HEAD + "  - {id: R, title: t, severity: low, action: flag, when: {any: []}}\n",
     "'any' must be a non-empty list"),
    (HEAD + "  - {id: R, title: t, severity: low, action: flag, when: {words: ['***']}}\n",
     "nothing left to match"),
    (HEAD + "  - {id: R, title: t, severity: low, action: flag, when: {wordz: [ab]}}\n",
     "(did you mean 'words'?)"),
    (HEAD + "  - {id: R, title: t, severity: low, action: flag, when: {words: [ab]},"
     " scope: {kinds: [post]}}\n", "unknown item kind 'post'"),
    ("a: &a [*a, *a]\n", "unknown key 'a'"),
    ("ruleset: x\nversion: 1\nrules: {}\n", "'rules' must be a list"),
])
def test_refusals(text: str, fragment: str) -> None:
    assert any(fragment in line for line in problems(text))


def test_deep_aliases_hit_the_budget() -> None:
    lines = ["a0: &a0 {words: [ab]}"]
    lines += [f"a{i}: &a{i} {{any: [*a{i - 1}, *a{i - 1}]}}" for i in range(1, 25)]
    text = "\n".join(lines) + "\n" + HEAD + \
        "  - {id: R, title: t, severity: low, action: flag, when: *a24}\n"
    assert any("too large" in line or "nested" in line for line in problems(text))


def test_path_and_text_load_the_same(tmp_path: Path) -> None:
    text = HEAD + "  - {id: R, title: t, severity: low, suggest: flag, when: {words: [ab]}}\n"
    path = tmp_path / "set.yaml"
    path.write_text(text, encoding="utf-8")
    from_path, from_str, from_text = rules.load(path), rules.load(str(path)), rules.load(text)
    assert from_path.rules == from_str.rules == from_text.rules
    assert from_path.version == "3" and from_path.rules[0].action == "flag"
    assert from_path.source == str(path)


def test_missing_file_is_a_rule_error(tmp_path: Path) -> None:
    with pytest.raises(rules.RuleError, match="cannot read the file"):
        rules.load(tmp_path / "nope.yaml")


def test_shipped_sets_load() -> None:
    assert rules.shipped_sets() == ["house-rules-en", "spelregels-nl"]
    nl = rules.load(rules.shipped_set("spelregels-nl"))
    assert nl.language == "nl" and nl.published_at.startswith("https://")
    assert nl.rule("NL-ONDERWERP").manual
    assert nl.rule("NL-SCHELDEN").template_ids == ("waarschuwing-schelden",)
    with pytest.raises(KeyError):
        rules.shipped_set("nope")
