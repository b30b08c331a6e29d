"""Evaluation: a rule set compiles once into shared tables plus one small function per rule.

A compiled condition takes a ``Context`` and returns the evidence spans when it fires, or None
when it does not. Hits come out in rule-file order with sorted, de-duplicated spans, so the
result is a pure function of the rule set and the subject.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from rules import checks
from rules._native import word_hit
from rules.builder import Builder, regex_problem
from rules.conditions import (
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
from rules.context import Context, Span
from rules.model import Hit, Rule, RuleSet, Subject

__all__ = ["CompiledRuleSet", "compile", "evaluate", "outermost", "regex_problem"]

Node = Callable[[Context], tuple[Span, ...] | None]


class CompiledRuleSet:
    """A rule set turned into shared matching tables and one function per enabled rule.

    Most rules can only fire when one of their words or patterns is found (``_quiet`` says
    which cannot be sure of that). Those are woken by the word slots and set patterns that
    matched; the others are evaluated for every subject. An ordinary comment therefore costs
    one normalisation and one automaton pass in C, one RE2 set pass and the always-rules.

    Args:
        ruleset: The rule set to compile.
    """

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        builder = Builder({found.name: found for found in ruleset.lists})
        self._rules: list[tuple[Rule, Node, bool, dict[str, Any], int]] = []
        always: dict[tuple[bool, bool], list[int]] = {kind: [] for kind in _SUBJECT_KINDS}
        by_slot: dict[int, list[int]] = {}
        by_pattern: dict[int, list[int]] = {}
        self._norm_trigger = self._cased_trigger = False
        for rule in ruleset.rules:
            if rule.enabled and rule.when is not None:
                # -1: no exceptions, so there is nothing to take out of the rule's hits.
                exceptions = builder.slot(rule.exceptions, "word", False, False) \
                    if rule.exceptions else -1
                builder.untouch()
                index = len(self._rules)
                # Each hit starts as a copy of the rule's fields (see ``_hit``).
                proto = dict(vars(Hit(rule.id, ruleset.version, rule.severity, rule.action,
                                      (), rule.title, rule.public_text, rule.template)))
                del proto["evidence"]  # made when read, or set by ``_hit``
                node = _compile(rule.when, builder, exceptions)
                # A plain word rule whose list has no exceptions of its own: its hits are the
                # slot's words, read by ``evaluate`` without a call (-1: call the node).
                slot = node.slot if isinstance(node, checks.PlainWords) and \
                    node.slot not in builder.list_exceptions else -1
                self._rules.append((rule, node, rule.scope.limited, proto, slot))
                quiet = {kind: _quiet(rule.when, *kind) for kind in _SUBJECT_KINDS}
                for kind in _SUBJECT_KINDS:
                    if quiet[kind]:
                        always[kind].append(index)
                if all(quiet.values()):
                    continue
                for slot, cased in builder.touched_slots.items():
                    by_slot.setdefault(slot, []).append(index)
                    self._cased_trigger |= cased
                    self._norm_trigger |= not cased
                for pattern in builder.touched_patterns:
                    by_pattern.setdefault(pattern, []).append(index)
        # Rules evaluated for every subject, by (has scores, has history).
        self._always = {kind: tuple(indexes) for kind, indexes in always.items()}
        self._by_slot = {slot: tuple(indexes) for slot, indexes in by_slot.items()}
        self._by_pattern = {pattern: tuple(indexes) for pattern, indexes in by_pattern.items()}
        self.tables = builder.tables()
        self._wakes = bool(self._by_pattern) or self._norm_trigger or self._cased_trigger

    def _woken(self, context: Context, always: tuple[int, ...]) -> Sequence[int]:
        """Return the indexes of the rules to evaluate for this subject, in rule order."""
        woken: set[int] = set()
        by_slot = self._by_slot
        if self._norm_trigger:
            for slot in context.norm_hits():
                woken.update(by_slot.get(slot, ()))
        if self._cased_trigger:
            for slot in context.cased_hits():
                woken.update(by_slot.get(slot, ()))
        if self._by_pattern:
            for pattern in context.set_hits():
                woken.update(self._by_pattern.get(pattern, ()))
        if not woken:
            return always
        woken.update(always)
        return sorted(woken)

    def evaluate(self, subject: Subject) -> list[Hit]:
        """Return the hits for one subject, in rule order."""
        context = Context(self.tables, subject)
        hits: list[Hit] = []
        rules = self._rules
        always = self._always[bool(subject.scores), bool(subject.history)]
        for index in self._woken(context, always) if self._wakes else always:
            rule, node, limited, proto, slot = rules[index]
            if limited and not rule.scope.admits(subject):
                continue
            spans: tuple[Span, ...] | None
            if slot >= 0:
                found = context.norm_hits().get(slot)
                if not found:
                    continue
                if len(found) == 1:  # the usual case: ``_hit`` of ``report``, in C
                    hits.append(word_hit(context.exact(), found[0], context.evidence, proto,
                                         Hit, self.tables.terms, context.text))
                    continue
                spans = context.report(found, False)
            else:
                spans = node(context)
            if spans is not None:
                hits.append(self._hit(proto, context, spans))
        return hits

    def _hit(self, proto: dict[str, Any], context: Context, spans: tuple[Span, ...]) -> Hit:
        """Return the hit of a rule whose fields are ``proto``, for these spans.

        The hit is made as dataclasses make a frozen instance, from a copy of the rule's
        fields: a fraction of the cost of ``__init__``, which is most of the work on an item
        with hits. Its evidence is made when first read (``Hit.__getattr__``), from the term
        ids recorded at its spans by now (``model.LazyEvidence``); several rules firing on
        the same words share their outermost spans.
        """
        fields = proto.copy()
        evidence = context.evidence
        if len(spans) == 1:  # the usual case
            fields["spans"] = spans
            terms = evidence.get(spans[0])
            found: tuple[tuple[Span, list[int], int], ...] = (
                ((spans[0], terms, len(terms)),) if terms else ())
        else:
            outer = context.made.get(spans)
            if outer is None:
                outer = context.made[spans] = outermost(spans)
            fields["spans"] = outer
            found = tuple((span, terms, len(terms)) for span in sorted(set(spans))
                          if (terms := evidence.get(span)))
        if found:
            fields["_lazy"] = (self.tables.terms, context.text, found)
        else:
            fields["evidence"] = ()
        instance = _new_hit(Hit)
        _set_dict(instance, "__dict__", fields)  # the copy is the instance's own dict
        return instance


_new_hit = object.__new__
_set_dict = object.__setattr__


_SUBJECT_KINDS = ((False, False), (False, True), (True, False), (True, True))


def _quiet(cond: Condition, scores: bool, history: bool) -> bool:  # noqa: PLR0911
    """Return whether a condition may fire when none of its words and patterns is found.

    ``scores``/``history``: whether the subject has any. Without scores a toxicity condition
    cannot fire (thresholds are compared with -1); without history a repeat of 2 or more
    cannot.
    """
    if isinstance(cond, Words | Regex | Detect | Links | Near):
        return False
    if isinstance(cond, Unless):
        return _quiet(cond.part, scores, history)
    if isinstance(cond, AnyOf):
        return any(_quiet(part, scores, history) for part in cond.parts)
    if isinstance(cond, AllOf):
        return all(_quiet(part, scores, history) for part in cond.parts)
    if isinstance(cond, Toxicity) and not scores:
        return any(limit <= -1.0 for _name, limit in cond.thresholds)
    if isinstance(cond, Repeat) and not history:
        return cond.count <= 1
    return True


def outermost(spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Return the spans sorted, without duplicates and without spans inside another one."""
    if len(spans) < 2:
        return spans
    result: list[Span] = []
    reach = -1
    for start, end in sorted(set(spans), key=_outer_first):
        if end > reach:
            result.append((start, end))
            reach = end
    return tuple(result)


def _outer_first(span: Span) -> tuple[int, int]:
    return span[0], -span[1]


_RECENT: dict[RuleSet, CompiledRuleSet] = {}
_RECENT_LOCK = threading.Lock()
RECENT_SETS = 4


def compile(ruleset: RuleSet) -> CompiledRuleSet:
    """Return the rule set's compiled form, building and caching it on first use.

    Compiled forms of the last few distinct rule sets are kept by value: a rule set loaded
    again (every workspace that opens, every test) reuses the tables built for an equal one.
    Rule sets are frozen, so an equal one compiles to the same tables.
    """
    compiled = ruleset.__dict__.get("_compiled")
    if not isinstance(compiled, CompiledRuleSet):
        with _RECENT_LOCK:
            compiled = _RECENT.pop(ruleset, None)
        if compiled is None:
            compiled = CompiledRuleSet(ruleset)
        with _RECENT_LOCK:
            _RECENT[ruleset] = compiled  # most recent last
            while len(_RECENT) > RECENT_SETS:
                del _RECENT[next(iter(_RECENT))]
        object.__setattr__(ruleset, "_compiled", compiled)
    return compiled


def evaluate(ruleset: RuleSet, subject: Subject) -> list[Hit]:
    """Evaluate one subject against a rule set (compiled on first use).

    Args:
        ruleset: The rule set.
        subject: The item and its context.

    Returns:
        One hit per rule that fired, in the order of the rule file.
    """
    return compile(ruleset).evaluate(subject)


def _compile(cond: Condition, builder: Builder, exceptions: int,  # noqa: PLR0911
             stance: checks.Stance | None = None) -> Node:
    if isinstance(cond, AnyOf):
        return _any_of(cond, builder, exceptions, stance)
    if isinstance(cond, AllOf):
        return checks.all_of([_compile(part, builder, exceptions, stance) for part in cond.parts])
    if isinstance(cond, Not):
        return checks.negate(_compile(cond.part, builder, exceptions, stance))
    if isinstance(cond, Unless):
        return _compile(cond.part, builder, exceptions, checks.Stance(cond.negated, cond.quoted))
    if isinstance(cond, Words):
        return checks.words(builder.word_slots(cond), cond.case_sensitive, exceptions, stance)
    if isinstance(cond, Near):
        groups = [builder.word_slots(Words(group)) for group in cond.groups]
        return checks.near(groups, (cond.within, cond.sentences), cond.ordered, exceptions,
                           stance)
    if isinstance(cond, Regex):
        flag = "" if cond.case_sensitive else "(?i)"
        indexes = [builder.pattern(flag + value) for value in cond.values]
        return checks.regex(indexes, [builder.term(value) for value in cond.values])
    if isinstance(cond, Detect | Links):
        return _detecting(cond, builder)
    return _SIMPLE[type(cond)](cond)


def _any_of(cond: AnyOf, builder: Builder, exceptions: int, stance: checks.Stance | None
            ) -> Node:
    """Compile ``any``, noting the word slots that each part made of words needs.

    A part of words, ``near`` and combinations of them cannot fire, and does nothing, when
    none of its slots has a hit; the node skips it without a call (a shipped rule has dozens
    of such parts, and an ordinary comment wakes the rule with one common word).
    """
    parts: list[Node] = []
    triggers: list[frozenset[int] | None] = []
    for part in cond.parts:
        outer = builder.touched_slots
        builder.touched_slots = {}
        parts.append(_compile(part, builder, exceptions, stance))
        touched = builder.touched_slots
        builder.touched_slots = {**outer, **touched}
        triggers.append(frozenset(touched) if _word_only(part) else None)
    return checks.any_of(parts, triggers)


def _word_only(cond: Condition) -> bool:
    """Return whether a condition can only fire on hits of its (normalised) word slots."""
    if isinstance(cond, Words):
        return not cond.case_sensitive
    if isinstance(cond, Near):
        return True
    if isinstance(cond, Unless):
        return _word_only(cond.part)
    if isinstance(cond, AnyOf | AllOf):
        return all(_word_only(part) for part in cond.parts)
    return False


def _detecting(cond: Detect | Links, builder: Builder) -> Node:
    if isinstance(cond, Links):
        builder.detector("link")
        return checks.links(cond)
    for name in cond.detectors:
        builder.detector(name)
    return checks.detect(cond.detectors)


_SIMPLE: dict[type, Callable[[Any], Node]] = {
    Toxicity: checks.toxicity,
    Shouting: checks.shouting,
    Emoji: checks.emoji,
    Length: checks.length,
    Repeat: checks.repeat,
}
