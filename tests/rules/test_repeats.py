"""Repeated words take the batch paths of the matcher and give the same answers.

A key found more than ``words._MANY`` times is checked with one regex (or one split) per
entry instead of a step per occurrence; runs of letters and word starts of ASCII text come
from ``translate`` and ``split``; many spans are mapped back in one sweep. Each is compared
here with the plain definition it replaces.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import rules
from rules import normalize
from rules.stance import word_starts
from rules.words import _MANY, _runs

_RUN = re.compile(r"[^\W_]+")
SHIPPED = [rules.load(rules.shipped_set(name)) for name in ("spelregels-nl", "house-rules-en")]
UNITS = st.sampled_from([
    "kanker", "kankerlijer", "kanker!!x", "kankerkanker", "xkanker", "kut", "kutwijf", "idioot",
    "idioten!", "tyfusgemeente", "kutambtenaren", "moslims zijn ongedierte", "ik haat moslims",
    "homo's", "k.u.t", "f*ck", "kanker op", "krijg de kanker", "dood aan joden", "tering",
    "kankerabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzab", "fucking moron", "idiot",
    "kanker-kanker", "we steken jullie kantoor in de fik", "debiel", "randdebielen",
])
SEPARATORS = st.sampled_from([" ", ", ", "! ", "\n", " - ", ". "])


@settings(max_examples=120, deadline=None)
@given(unit=UNITS, separator=SEPARATORS, ruleset=st.sampled_from(SHIPPED))
def test_a_repeated_unit_is_found_the_same_in_every_copy(
    unit: str, separator: str, ruleset: rules.RuleSet
) -> None:
    copy = normalize.normalize(unit + separator)
    copies = 3 * _MANY
    text = copy * copies
    if normalize.normalize(text) != text:
        return  # the copies would normalise across their borders
    found = rules.compile(ruleset).tables.words.find(text, True)
    period = len(copy)

    def relative(index: int) -> set[tuple[int, int, int, int]]:
        low, high = index * period, (index + 1) * period
        return {(slot, start - low, end - low, term) for slot, hits in found.items()
                for start, end, term in hits if low <= start < high}

    first = relative(1)  # checked occurrence by occurrence
    for index in (_MANY + 2, copies - 2):  # checked in one go
        assert relative(index) == first, (unit, separator, index)


TEXTS = st.one_of(
    st.text(),
    st.text(alphabet="ab 1_-.\n\té😀ß٣ⅷ\u200b"),
    st.lists(st.sampled_from(["kut", " ", "kanker", "_", "3", "-", "éé", "\n"]),
             max_size=30).map("".join),
)


@settings(max_examples=400, deadline=None)
@given(text=TEXTS)
def test_runs_and_word_starts_equal_the_regex(text: str) -> None:
    assert _runs(text) == set(_RUN.findall(text))
    assert word_starts(text) == [match.start() for match in _RUN.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(text=TEXTS, data=st.data())
def test_many_spans_map_back_as_each_one_alone(text: str, data: st.DataObject) -> None:
    exact = normalize.exact(text)
    size = len(exact.text)
    if not size:
        return
    starts = data.draw(st.lists(st.integers(0, size - 1), min_size=9, max_size=30))
    spans = [(start, data.draw(st.integers(start + 1, size))) for start in starts]
    assert exact.original_spans(spans) == [exact.original_span(a, b) for a, b in spans]
