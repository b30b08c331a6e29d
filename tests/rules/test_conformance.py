"""Conformance with Discourse watched words and AutoModerator (shared/data/rule-semantics).

Row numbers are those of cases.md. Deliberate differences are marked DIFF and explained in
rules/README.md ("Deliberate differences").
"""

from __future__ import annotations

import pytest

import rules
from tests.rules.helpers import matched, one_rule

MULTILINE = "Sounds good.\nMy favourite is to\nmix it up with some anise, then I'm in heaven ;)"
CENSOR = ["shucks", "whiz", "whizzer", "a**le", "badword*", "shuck$", "café", "$uper"]

WORDS = [  # (row, words, text, expected matches or None)
    (1, ["anise"], "No liquorice for me, thanks...", None),
    (2, ["anise"], MULTILINE, ["anise"]),
    (3, ["anise"], "anise is garbage", ["anise"]),
    (4, ["anise"], "who likes anise", ["anise"]),
    (5, ["co(onut"], "This co(onut is delicious.", ["co(onut"]),
    (6, ["a**le*"], "I acknowledge you.", ["acknowledge"]),
    (7, ["love"], "I Love, bananas.", ["Love"]),
    (8, ["love"], "I LOVE; apples.", ["LOVE"]),
    (9, ["love"], "love: is a thing.", ["love"]),
    (10, ["love"], "I love. oranges", ["love"]),
    (11, ["love"], "I :love. pineapples", ["love"]),
    (12, ["love"], "peace ,love and understanding.", ["love"]),
    (13, ["bananas", "hate", "hates"], "I hate bananas", ["hate", "bananas"]),
    (14, ["bananas", "hate", "hates"], "She hates bananas too", ["hates", "bananas"]),
    (17, [":joy:"], "Lots of emojis here :joy:", [":joy:"]),
    (18, ["🎃"], "Halloween party! 🎃", ["🎃"]),
    (19, [":woman:t5:"], "To Infinity and beyond! 🚀 :woman:t5:", [":woman:t5:"]),
    (33, CENSOR, "aw shucks, golly gee whiz.", ["shucks", "whiz"]),
    (34, CENSOR, "you are a whizzard! I love cheesewhiz. Whiz.", ["Whiz"]),
    (35, CENSOR, "you are a whizzer! I love cheesewhiz. Whiz.", ["whizzer", "Whiz"]),
    (37, CENSOR, "I have a pen, I have an a**le", ["a**le"]),
    (38, CENSOR, "Aw shuck$, I can't fix the problem with money", ["shuck$"]),
    (39, CENSOR, "Let's go to a café today", ["café"]),
    (40, CENSOR, "Discourse is $uper amazing", ["$uper"]),
    (41, CENSOR, "No badword or apple here plz.", ["badword", "apple"]),
    (44, ["dolor sit*"], "Lorem ipsum dolor sit amet", ["dolor sit"]),
    (44, ["dolor sit*"], "Lorem ipsum dolor sits amet", ["dolor sits"]),
    (44, ["dolor sit*"], "Lorem ipsum dolor sittt amet", ["dolor sittt"]),
    (45, ["dolor sit*"], "Lorem ipsum xdolor sit amet", None),
    (46, ["*dolor*"], "Lorem ipsum xdolorx sit amet", ["xdolorx"]),
    (47, ["f.o"], "foo", None),
    (47, ["f.o"], "f.o", ["f.o"]),
    (50, ["censored"], "a censored word", ["censored"]),
    (51, ["to replace"], "a word to replace meow", ["to replace"]),
    (53, ["to replace"], "to replace and\thttps://notdiscourse.org", ["to replace"]),
    (69, ["cat"], "I love my cat!", ["cat"]),
    (70, ["cat"], "concatenate strings", None),
    (73, ["video"], "videos of cats", None),
    (74, ["Cat"], "I LOVE MY CAT", ["CAT"]),
    (82, ["foo", "bar"], "a bar here", ["bar"]),
    (86, ["e-mail"], "send me an email", None),
    (87, ["naïve"], "so NAÏVE", ["NAÏVE"]),
    (90, ["whiz"], "whiz2 rocks", None),  # server (Ruby) boundary: a digit is a word char
    # DIFF 36: no markup parsing; the word in the URL counts too.
    (36, CENSOR, "The link still works. [whiz](http://www.whiz.com)", ["whiz", "whiz"]),
    # DIFF 48: no mention/hashtag awareness; '@' is leetspeak for 'a' so '@test' is 'atest'.
    (48, ["test"], "@test #test test", ["test", "test"]),
    # DIFF 85: we follow Discourse (a boundary is needed), not AutoModerator's looser \b.
    (85, ["$uper"], "x$uper", None),
]


@pytest.mark.parametrize(("row", "words", "text", "expected"), WORDS)
def test_words(row: int, words: list[str], text: str, expected: list[str] | None) -> None:
    assert matched(one_rule({"words": words}), text) == expected, f"row {row}"


REGEX = [
    (15, ["(pine)?apples"], "pine pineapples apples", ["pineapples", "apples"]),
    (16, ["((move|store)(d)?)|((watch|listen)(ed|ing)?)"],
     "go watched watch ed ing move d moveed moved moving",
     ["watched", "watch", "move", "move", "moved"]),
    (20, [r"\btest\b"], "this is not a test.", ["test"]),
    (21, ["tro[uo]+t"], "Evil Trout is cool", ["Trout"]),
    (22, ["tro[uo]+t"], "Evil Troot is cool", ["Troot"]),
    (23, ["tro[uo]+t"], "trooooooooot", ["trooooooooot"]),
    (24, [r"a\S+ce"], "Amazing place", None),
    (25, [r"a\S+ce"], "Amazing applesauce", ["applesauce"]),
    (26, [r"a\S+ce"], "Amazing AppleSauce", ["AppleSauce"]),
    (42, ["xyz*", "plee+ase"], "Pleased to meet you, but pleeeease call me later, xyz123",
     ["pleeeease", "xyz"]),
    (43, [r"\btown\b"], "Meet downtown in your town at the townhouse on Main St.", ["town"]),
    (47, ["f.o"], "foo", ["foo"]),
    (47, ["f.o"], "f.o", ["f.o"]),
    (52, [r"\Wplaceholder"], "is \tplaceholder in", ["\tplaceholder"]),
    (81, ["c.t"], "cat", ["cat"]),
    # DIFF 31: one engine (RE2); a\-b is valid there, no second (JS) engine to satisfy.
    (31, [r"a\-b"], "a-b", ["a-b"]),
    # DIFF 49: no mention/hashtag awareness.
    (49, ["es"], "@test #test test", ["es", "es", "es"]),
]


@pytest.mark.parametrize(("row", "patterns", "text", "expected"), REGEX)
def test_regex(row: int, patterns: list[str], text: str, expected: list[str] | None) -> None:
    assert matched(one_rule({"regex": patterns}), text) == expected, f"row {row}"


@pytest.mark.parametrize(("row", "text", "expected"), [
    (27, "PUBLIC: Discourse is great for public discourse", ["PUBLIC", "Discourse", "public"]),
    (28, "PRIVATE: Discourse is also great private discourse",
     ["PRIVATE", "Discourse", "private"]),
])
def test_case_sensitive_word_with_other_words(row: int, text: str, expected: list[str]) -> None:
    when = {"any": [{"words": {"values": ["Discourse"], "case_sensitive": True}},
                    {"regex": ["p(rivate|ublic)"]}, {"words": ["private"]}]}
    assert sorted(matched(one_rule(when), text) or []) == sorted(expected), f"row {row}"


@pytest.mark.parametrize(("row", "pattern"), [(29, r"Test[\S*"), (30, "*test")])
def test_invalid_regex_refuses_the_file(row: int, pattern: str) -> None:
    # DIFF 29: Discourse skips the bad pattern silently; we refuse the whole file with its line.
    with pytest.raises(rules.RuleError) as err:
        one_rule({"regex": ["fine", pattern]})
    assert "bad regular expression" in str(err.value), f"row {row}"
    assert err.value.problems[0].column > 1  # points at the pattern itself


def test_row_32_no_rules_no_hits() -> None:
    empty = rules.load("ruleset: x\nversion: 1\nrules: []\n")
    assert rules.evaluate(empty, rules.Subject("anything")) == []


def test_row_54_same_word_in_two_rules_is_allowed() -> None:
    # DIFF 54: words belong to rules, so one word may back two rules (e.g. flag and escalate).
    text = ("ruleset: x\nversion: 1\nrules:\n"
            "  - {id: A, title: a, severity: low, action: flag, when: {words: [darn]}}\n"
            "  - {id: B, title: b, severity: high, action: hide, when: {words: [darn]}}\n")
    hits = rules.evaluate(rules.load(text), rules.Subject("oh darn"))
    assert [hit.rule_id for hit in hits] == ["A", "B"]


@pytest.mark.parametrize(("row", "word", "stored"), [
    (55, "ShooT", "ShooT"), (56, "  poutine  ", "poutine"), (57, "a**les", "a**les")])
def test_rows_55_57_words_are_kept_as_written(row: int, word: str, stored: str) -> None:
    ruleset = one_rule({"words": [word]})
    when = ruleset.rules[0].when
    assert isinstance(when, rules.conditions.Words)
    assert when.values == (stored,), f"row {row}"  # DIFF 57: squeezed when compiled, not stored


def test_row_57_squeezed_wildcards_match_like_one() -> None:
    assert matched(one_rule({"words": ["a**les"]}), "apples") == ["apples"]


def test_row_59_unknown_action_is_refused() -> None:
    text = "ruleset: x\nversion: 1\nrules:\n  - {id: A, title: a, severity: low, action: shame," \
           " when: {words: [x1]}}\n"
    with pytest.raises(rules.RuleError, match="'action' must be one of"):
        rules.load(text)


def test_row_63_two_words_give_two_sorted_spans() -> None:
    assert matched(one_rule({"words": ["zebra", "apple"]}), "zebra and apple") == [
        "zebra", "apple"]


def test_rows_64_66_dms_are_checked_unless_the_scope_excludes_them() -> None:
    # Rows 60-68 (where rules apply) belong to the caller: it evaluates title+body, edits and
    # DMs as subjects; there is no staff exemption and no retroactive flagging (use dry_run).
    assert matched(one_rule({"words": ["darn"]}), "darn", kind="dm") == ["darn"]
    scoped = one_rule({"words": ["darn"]}, scope={"kinds": ["comment", "reply"]})
    assert matched(scoped, "darn", kind="dm") is None
    assert matched(scoped, "darn", kind="comment") == ["darn"]


AUTOMOD_MODES = [
    (71, "includes", "cat", "concatenate strings", ["cat"]),
    (72, "includes", "video", "musicvideo compilation", ["video"]),
    (76, "full-exact", "yes", "yes!", None),
    (77, "full-text", "yes", "  yes!!! ", ["yes"]),
    (78, "full-text", "yes", "yes please", None),
    (79, "starts-with", "!remindme", "!RemindMe 2 days", ["!RemindMe"]),
    (79, "starts-with", "!remindme", "please !remindme", None),
    (80, "ends-with", "bread", "I like bread", ["bread"]),
    (80, "ends-with", "bread", "I like bread.", None),
]


@pytest.mark.parametrize(("row", "mode", "word", "text", "expected"), AUTOMOD_MODES)
def test_automoderator_match_modes(
    row: int, mode: str, word: str, text: str, expected: list[str] | None
) -> None:
    ruleset = one_rule({"words": {"values": [word], "match": mode}})
    assert matched(ruleset, text) == expected, f"row {row}"


def test_row_75_case_sensitive() -> None:
    ruleset = one_rule({"words": {"values": ["Cat"], "case_sensitive": True}})
    assert matched(ruleset, "I LOVE MY CAT") is None


def test_row_83_negation_passes_when_absent() -> None:
    ruleset = one_rule({"not": {"words": ["apple"]}})
    assert matched(ruleset, "I like pears") == []
    assert matched(ruleset, "I like apple") is None


def test_row_84_title_and_body_are_one_subject() -> None:
    assert matched(one_rule({"words": ["spam"]}), "hello\nbuy spam now") == ["spam"]


def test_row_88_domains_include_subdomains() -> None:
    ruleset = one_rule({"links": {"deny": ["youtube.com"]}})
    assert matched(ruleset, "see m.youtube.com/x") == ["m.youtube.com/x"]
    assert matched(ruleset, "see notyoutube.com/x") is None


def test_row_89_length_counts_after_trimming_punctuation() -> None:
    assert matched(one_rule({"length": {"over": 5}}), "hi!!!!!!") is None
    assert matched(one_rule({"length": {"over": 5}}), "hello there") == ["hello there"]
