"""The ``when`` language: YAML nodes to condition objects, with a problem for every mistake."""

from __future__ import annotations

import re
from math import prod
from typing import TYPE_CHECKING

import yaml

from rules.builder import regex_problem
from rules.conditions import (
    DETECTORS,
    WORD_MODES,
    AllOf,
    AnyOf,
    Condition,
    Detect,
    Emoji,
    Length,
    Links,
    Near,
    Not,
    Regex,
    Repeat,
    Shouting,
    Toxicity,
    Unless,
    Words,
)
from rules.lists import REFERENCE
from rules.normalize import normalize_many
from rules.words import split_wildcards
from rules.yamlnodes import Reader, suggestion

if TYPE_CHECKING:
    from rules.model import TermList

CONDITION_KEYS = ("words", "regex", "toxicity", "links", "detect", "shouting", "emoji",
                  "length", "repeat", "any", "all", "not", "near", "unless")
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_EXPANSION = 20_000  # phrases one ``vuile $groepen`` may become
CATEGORIES = ("toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack",
              "sexual_explicit")
MAX_DEPTH = 32
_BIG = 10.0**9


class ConditionParser:
    """Builds conditions for one rule, reporting problems to the reader.

    Args:
        reader: Collects problems and enforces the size budget.
        lists: The term lists conditions may refer to (``$name``).
    """

    def __init__(self, reader: Reader, lists: dict[str, TermList] | None = None) -> None:
        self.r = reader
        self.lists = lists or {}

    def condition(self, node: yaml.Node, depth: int = 0) -> Condition | None:
        """Parse a condition mapping; several keys in one mapping must all hold."""
        if depth > MAX_DEPTH or not self.r.spend(node):
            if depth > MAX_DEPTH:
                self.r.problem(node, f"conditions nested more than {MAX_DEPTH} deep")
            return None
        fields = self.r.mapping(node, "a condition", CONDITION_KEYS)
        if fields is None:
            return None
        if not fields:
            self.r.problem(node, f"empty condition; use one of {', '.join(CONDITION_KEYS)}")
            return None
        unless = fields.pop("unless", None)
        if unless is not None and not fields:
            self.r.problem(node, "'unless' needs a condition next to it (words, near, ...)")
            return None
        parts = [self._one(key, value, depth) for key, (_, value) in fields.items()]
        stance = self._unless(unless[1]) if unless is not None else None
        if any(part is None for part in parts) or (unless is not None and stance is None):
            return None
        done = [part for part in parts if part is not None]
        found = done[0] if len(done) == 1 else AllOf(tuple(done))
        return found if stance is None else Unless(found, *stance)

    def _unless(self, node: yaml.Node) -> tuple[bool, bool] | None:
        fields = self.r.mapping(node, "'unless'", ("negated", "quoted"))
        if fields is None:
            return None
        flags = {k: self.r.flag(v, f"'unless.{k}'") for k, (_, v) in fields.items()}
        if None in flags.values() or not any(flags.values()):
            if not any(flags.values()) and None not in flags.values():
                self.r.problem(node, "'unless' needs 'negated: true' or 'quoted: true'")
            return None
        return bool(flags.get("negated")), bool(flags.get("quoted"))

    def exceptions(self, node: yaml.Node) -> tuple[str, ...]:
        """Parse a rule's exception list (words and phrases, same syntax as ``words``)."""
        return self._word_list(node, "'exceptions'", False) or ()

    def _one(self, key: str, node: yaml.Node, depth: int) -> Condition | None:
        if key in ("any", "all"):
            return self._group(key, node, depth)
        if key == "not":
            part = self.condition(node, depth + 1)
            return None if part is None else Not(part)
        parse = getattr(self, "_" + key)
        result: Condition | None = parse(node)
        return result

    def _group(self, key: str, node: yaml.Node, depth: int) -> Condition | None:
        if not isinstance(node, yaml.SequenceNode) or not node.value:
            self.r.problem(node, f"'{key}' must be a non-empty list of conditions")
            return None
        parts = [self.condition(item, depth + 1) for item in node.value]
        done = tuple(part for part in parts if part is not None)
        if len(done) != len(parts):
            return None
        return AnyOf(done) if key == "any" else AllOf(done)

    def _word_list(self, node: yaml.Node, what: str, cased: bool) -> tuple[str, ...] | None:
        values = self.r.texts(node, what)
        if values is None:
            return None
        literal = [(value, item, split_wildcards(value)) for value, item in values
                   if "$" not in value or not self._references(value, item)]
        every = [piece for _, _, pieces in literal for piece in pieces]
        normal = iter(every if cased else normalize_many(every))
        for value, item, pieces in literal:
            folded = "".join(next(normal) for _ in pieces)
            if len(pieces) > 1 and _SURROGATE.search(value):
                # RE2 verifies wildcard words and takes valid UTF-8 only.
                self.r.problem(item, f"'{value}' in {what}: a word with '*' must be "
                               "valid Unicode; it has a lone surrogate")
            elif not folded.strip():
                self.r.problem(item, f"'{value}' in {what} has nothing left to match")
            elif len(folded) == 1 and folded.isascii() and folded.isalnum() and not cased:
                self.r.problem(item, f"'{value}' in {what} is one letter after normalisation "
                               f"('{folded}'); it would match too much")
        return tuple(value.strip() for value, _ in values)

    def _references(self, value: str, item: yaml.Node) -> bool:
        """Check the ``$name`` references of one value; False when it has none (literal ``$``).

        A ``$word`` that is no list stays literal text, unless it looks like a misspelt list.
        """
        names = [name for name in REFERENCE.findall(value) if name in self.lists]
        for name in REFERENCE.findall(value):
            hint = suggestion(name, self.lists)
            if name not in self.lists and hint:
                self.r.problem(item, f"unknown list '${name}'{hint}; declared: "
                               f"{', '.join(sorted(self.lists))}")
        if not names:
            return False
        if value.strip() == f"${names[0]}":
            return True
        size = prod(sum(map(len, self.lists[name].terms)) for name in names)
        if size > MAX_EXPANSION:
            self.r.problem(item, f"'{value}' would become {size:,} phrases (at most "
                           f"{MAX_EXPANSION:,}); use 'near' for terms from several lists")
        return True

    def _words(self, node: yaml.Node) -> Condition | None:
        mode, cased, tolerant, values_node = "word", False, False, node
        if isinstance(node, yaml.MappingNode):
            fields = self.r.mapping(node, "'words'", ("values", "match", "case_sensitive",
                                                      "tolerant"))
            if fields is None or "values" not in fields:
                self.r.problem(node, "'words' needs 'values' (the list of words)")
                return None
            if "match" in fields:
                mode = self.r.text(fields["match"][1], "'match'") or "word"
                if mode not in WORD_MODES:
                    self.r.problem(fields["match"][1], f"unknown match '{mode}'"
                                   f"{suggestion(mode, WORD_MODES)}; choose from "
                                   f"{', '.join(WORD_MODES)}")
            if "case_sensitive" in fields:
                cased = bool(self.r.flag(fields["case_sensitive"][1], "'case_sensitive'"))
            if "tolerant" in fields:
                tolerant = bool(self.r.flag(fields["tolerant"][1], "'tolerant'"))
            values_node = fields["values"][1]
        values = self._word_list(values_node, "'words'", cased)
        return None if values is None else Words(values, mode, cased, tolerant)

    def _near(self, node: yaml.Node) -> Condition | None:
        fields = self.r.mapping(node, "'near'", ("all", "within", "order", "sentences"))
        if fields is None or "all" not in fields:
            self.r.problem(node, "'near' needs 'all' (two or more lists or word groups)")
            return None
        within = self.r.number(fields["within"][1], "'near.within'", 0, 50) \
            if "within" in fields else 6.0
        order = self.r.text(fields["order"][1], "'near.order'") if "order" in fields else "any"
        sentences = self.r.number(fields["sentences"][1], "'near.sentences'", 1, 5) \
            if "sentences" in fields else 1.0
        if order not in ("any", "given"):
            self.r.problem(fields["order"][1], "'near.order' must be 'any' or 'given'")
        groups_node = fields["all"][1]
        if not isinstance(groups_node, yaml.SequenceNode) or len(groups_node.value) < 2:
            self.r.problem(groups_node, "'near.all' must list two or more groups ($list, a "
                           "word, or a list of words)")
            return None
        groups = [self._word_list(item, "a group of 'near'", False) for item in groups_node.value]
        if within is None or sentences is None or any(group is None for group in groups):
            return None
        return Near(tuple(group for group in groups if group is not None), int(within),
                    order == "given", int(sentences))

    def _regex(self, node: yaml.Node) -> Condition | None:
        cased, values_node = False, node
        if isinstance(node, yaml.MappingNode):
            fields = self.r.mapping(node, "'regex'", ("values", "case_sensitive"))
            if fields is None or "values" not in fields:
                self.r.problem(node, "'regex' needs 'values' (the list of patterns)")
                return None
            if "case_sensitive" in fields:
                cased = bool(self.r.flag(fields["case_sensitive"][1], "'case_sensitive'"))
            values_node = fields["values"][1]
        values = self.r.texts(values_node, "'regex'")
        if values is None:
            return None
        for value, item in values:
            reason = regex_problem(value)
            if reason is not None:
                self.r.problem(item, f"bad regular expression '{value}': {reason}")
        return Regex(tuple(value for value, _ in values), cased)

    def _toxicity(self, node: yaml.Node) -> Condition | None:
        fields = self.r.mapping(node, "'toxicity'", CATEGORIES)
        if not fields:
            if fields is not None:
                self.r.problem(node, f"'toxicity' needs a category: {', '.join(CATEGORIES)}")
            return None
        pairs = [(k, self.r.number(v, f"threshold for '{k}'", 0, 1)) for k, (_, v) in
                 fields.items()]
        done = tuple((k, v) for k, v in pairs if v is not None)
        return Toxicity(done) if len(done) == len(pairs) else None

    def _links(self, node: yaml.Node) -> Condition | None:
        if isinstance(node, yaml.ScalarNode):
            return Links(any=True) if self.r.flag(node, "'links'") else None
        fields = self.r.mapping(node, "'links'", ("any", "deny", "allow", "shorteners"))
        if fields is None:
            return None
        domains = {k: tuple(v.lower().removeprefix("www.") for v, _ in
                            self.r.texts(fields[k][1], f"'links.{k}'") or [])
                   for k in ("deny", "allow") if k in fields}
        flags = {k: bool(self.r.flag(fields[k][1], f"'links.{k}'")) for k in ("any", "shorteners")
                 if k in fields}
        return Links(flags.get("any", False), domains.get("deny", ()), domains.get("allow", ()),
                     flags.get("shorteners", False))

    def _detect(self, node: yaml.Node) -> Condition | None:
        names = self.r.choices(node, "detector", DETECTORS)
        return None if names is None else Detect(names)

    def _numbers(self, node: yaml.Node, what: str, limits: dict[str, tuple[float, float]]
                 ) -> dict[str, float] | None:
        fields = self.r.mapping(node, what, tuple(limits))
        if fields is None:
            return None
        values = {k: self.r.number(v, f"'{k}' of {what}", *limits[k]) for k, (_, v) in
                  fields.items()}
        return None if None in values.values() else {k: v for k, v in values.items() if v}

    def _shouting(self, node: yaml.Node) -> Condition | None:
        if isinstance(node, yaml.ScalarNode):
            return Shouting() if self.r.flag(node, "'shouting'") else None
        found = self._numbers(node, "'shouting'", {"min_letters": (1, _BIG), "ratio": (0, 1)})
        return None if found is None else Shouting(int(found.get("min_letters", 12)),
                                                   found.get("ratio", 0.7))

    def _emoji(self, node: yaml.Node) -> Condition | None:
        fields = self.r.mapping(node, "'emoji'", ("only", "min"))
        if not fields:
            return None
        only = bool(self.r.flag(fields["only"][1], "'emoji.only'")) if "only" in fields else False
        low = self.r.number(fields["min"][1], "'emoji.min'", 1, _BIG) if "min" in fields else 0
        return Emoji(only, int(low or 0))

    def _length(self, node: yaml.Node) -> Condition | None:
        found = self._numbers(node, "'length'", {"over": (0, _BIG), "under": (0, _BIG)})
        return None if found is None else Length(int(found.get("over", 0)),
                                                 int(found.get("under", 0)))

    def _repeat(self, node: yaml.Node) -> Condition | None:
        limits = {"count": (2, 1000), "within": (0, _BIG), "similarity": (0.1, 1)}
        found = self._numbers(node, "'repeat'", limits)
        return None if found is None else Repeat(int(found.get("count", 3)),
                                                 found.get("within", 3600.0),
                                                 found.get("similarity", 1.0))
