"""The engine's value types: what goes in (Subject), what comes out (Hit), and the rule set.

Everything here is a frozen dataclass so rule sets and results can be shared between threads
and compared in tests. Conditions live in ``rules.conditions``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeAlias

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from rules.conditions import Condition

SEVERITIES = ("low", "medium", "high", "critical")
ACTIONS = ("flag", "hide", "remove", "escalate", "reply")
KINDS = ("comment", "reply", "dm")

Span = tuple[int, int]

_EMPTY_SCORES: Mapping[str, float] = MappingProxyType({})


@dataclass(frozen=True)
class HistoryEntry:
    """One earlier item by the same author.

    Attributes:
        text: The earlier item's text.
        age_seconds: How long before the evaluated item it was posted (0 = same moment).
    """

    text: str
    age_seconds: float


@dataclass(frozen=True)
class Subject:
    """One item to evaluate: its text plus the context rules may look at.

    Attributes:
        text: The item's original text; hit spans index into it.
        author: Display name or pseudonymous key of the author.
        platform: Platform name (``facebook``, ``youtube``, ...).
        account: The organisation account the item arrived on.
        kind: ``comment``, ``reply`` or ``dm``.
        scores: Toxicity per category; empty means unscored (toxicity conditions stay quiet).
        history: The author's recent items, for repeat detection (the engine keeps no state).
    """

    text: str
    author: str = ""
    platform: str = ""
    account: str = ""
    kind: str = ""
    scores: Mapping[str, float] = field(default_factory=lambda: _EMPTY_SCORES)
    history: Sequence[HistoryEntry] = ()


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence behind a hit: which words in the text, and which term found them.

    Attributes:
        span: ``(start, end)`` offsets into the original text.
        word: The original text of the span (``text[start:end]``).
        term: The term as written in the rule file (for a list term: its first form, e.g.
            ``moslim`` for ``moslima's``); a regular expression's pattern for regex evidence.
        list: The term list it came from (without ``$``), or ``""`` for words written in the
            condition itself.
    """

    span: Span
    word: str
    term: str
    list: str = ""


LazyEvidence: TypeAlias = (
    "tuple[Sequence[tuple[str, str]], str, Sequence[tuple[Span, list[int], int]]]")
"""The recipe of a hit's evidence: ``(term, list name)`` by term id, the original text, and
``(span, term ids, how many of them)`` per evidence span, sorted by span. A span's term ids
only ever grow by appending, so the list and its length when the hit was made say which."""


def made_evidence(recipe: LazyEvidence) -> tuple[Evidence, ...]:
    """Return the evidence of a recipe, in span order."""
    terms, text, found = recipe
    return tuple(Evidence(span, text[span[0]:span[1]], *terms[term])
                 for span, ids, count in found for term in ids[:count])


@dataclass(frozen=True)
class Hit:
    """A rule that matched one subject.

    Attributes:
        rule_id: The rule's id.
        ruleset_version: Version of the rule set the rule came from.
        severity: ``low``, ``medium``, ``high`` or ``critical``.
        action: Suggested action: ``flag``, ``hide``, ``remove``, ``escalate`` or ``reply``.
        spans: Evidence as ``(start, end)`` offsets into the original text, sorted.
        title: The rule's title.
        public_text: The text participants read and warnings cite.
        template: Warning/reply template id, if the rule names one.
        evidence: What carried the hit: each span with the list term or word that found it
            (sorted by span). Not part of equality, so hits compare as before.
    """

    rule_id: str
    ruleset_version: str
    severity: str
    action: str
    spans: tuple[Span, ...]
    title: str
    public_text: str
    template: str | None
    evidence: tuple[Evidence, ...] = field(default_factory=tuple, compare=False)

    if not TYPE_CHECKING:  # typed as the field above; only a lazy hit gets here

        def __getattr__(self, name: str) -> Any:
            """Make the evidence of a hit from the engine when it is first read.

            The engine leaves ``evidence`` out and keeps its recipe (``LazyEvidence``): the
            ingest path reads only spans, and making the ``Evidence`` objects was a fifth
            of the cost of an item with hits. A plain default (``()``) would be found on
            the class instead, hence ``default_factory``.
            """
            if name != "evidence":
                raise AttributeError(name)
            fields = self.__dict__
            made = fields.get("evidence")
            if made is None:  # the recipe stays: another thread may be reading it too
                made = fields.setdefault("evidence", made_evidence(fields["_lazy"]))
            return made

    def __getstate__(self) -> dict[str, Any]:
        """Pickle and copy with the evidence made, without its recipe (the set's terms)."""
        _ = self.evidence
        return {name: value for name, value in self.__dict__.items() if name != "_lazy"}

    @property
    def terms(self) -> tuple[str, ...]:
        """The distinct terms that carried the hit (``$list:term`` for list terms)."""
        seen = (f"${e.list}:{e.term}" if e.list else e.term for e in self.evidence)
        return tuple(dict.fromkeys(seen))

    @property
    def words(self) -> tuple[str, ...]:
        """The distinct words of the text that carried the hit, in text order."""
        return tuple(dict.fromkeys(e.word for e in self.evidence))


@dataclass(frozen=True)
class TermList:
    """A named list of terms (``lists:`` in a rule set or a shipped list file).

    Attributes:
        name: The name conditions use (``$name``), without ``$``.
        terms: Each term's forms as written (after ``+`` generation); the first is its name.
        tolerant: Also match one deleted or swapped letter (terms of 5+ letters), masked
            letters (``k*t``), a separator inside a word (``ku.t``) and spaces inside or
            between words.
        compounds: ``start``, ``end`` or ``both``: a term also counts as the first or last
            part of a longer word (``kutambtenaren``); ``""`` = whole words only.
        exceptions: Words that never count as evidence for this list (innocent compounds).
        source: Where the list was declared.
    """

    name: str
    terms: tuple[tuple[str, ...], ...]
    tolerant: bool = False
    compounds: str = ""
    exceptions: tuple[str, ...] = ()
    source: str = ""


@dataclass(frozen=True)
class Scope:
    """Where a rule applies; an empty tuple means everywhere.

    Attributes:
        platforms: Platform names the rule is limited to.
        accounts: Account names or ids the rule is limited to.
        kinds: Item kinds the rule is limited to.
    """

    platforms: tuple[str, ...] = ()
    accounts: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()

    @property
    def limited(self) -> bool:
        """True when the scope narrows the rule down at all."""
        return bool(self.platforms or self.accounts or self.kinds)

    def admits(self, subject: Subject) -> bool:
        """Return whether the rule applies to this subject."""
        return (
            (not self.platforms or subject.platform.lower() in self.platforms)
            and (not self.accounts or subject.account in self.accounts)
            and (not self.kinds or subject.kind.lower() in self.kinds)
        )


@dataclass(frozen=True)
class Rule:
    """One house rule.

    Attributes:
        id: Unique id within the set (``R1``).
        title: Short title.
        public_text: What participants read and a warning cites.
        severity: One of ``SEVERITIES``.
        action: One of ``ACTIONS``.
        template: Warning/reply template id, or None.
        scope: Platforms, accounts and item kinds the rule applies to.
        when: The condition; None for a manual rule (moderators apply it by hand).
        exceptions: Words and phrases that never count as evidence for this rule.
        enabled: False keeps the rule in the file but out of evaluation.
    """

    id: str
    title: str
    public_text: str
    severity: str
    action: str
    template: str | None = None
    scope: Scope = Scope()
    when: Condition | None = None
    exceptions: tuple[str, ...] = ()
    enabled: bool = True

    @property
    def manual(self) -> bool:
        """True when the rule has no automatic condition."""
        return self.when is None

    @property
    def template_ids(self) -> tuple[str, ...]:
        """The template ids this rule refers to (zero or one)."""
        return () if self.template is None else (self.template,)


@dataclass(frozen=True)
class RuleSet:
    """A published set of house rules (spelregels).

    The compiled matcher is attached lazily by ``rules.engine.compile`` and is not part of
    equality.

    Attributes:
        name: Name of the set.
        version: Version string as written in the file.
        language: Language code (``nl``, ``en``).
        published_at: Public URL where participants read the rules.
        rules: The rules, in file order (hits come out in this order).
        source: Where the set was loaded from (a path or ``<text>``).
        lists: The named term lists its conditions may use (declared and included).
    """

    name: str
    version: str
    language: str = ""
    published_at: str = ""
    rules: tuple[Rule, ...] = ()
    source: str = ""
    lists: tuple[TermList, ...] = ()

    def rule(self, rule_id: str) -> Rule:
        """Return the rule with this id.

        Raises:
            KeyError: No such rule.
        """
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    def term_list(self, name: str) -> TermList:
        """Return the term list with this name (without ``$``).

        Raises:
            KeyError: No such list.
        """
        for found in self.lists:
            if found.name == name:
                return found
        raise KeyError(name)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a rule file.

    Attributes:
        file: The file name (or ``<text>``).
        line: 1-based line.
        column: 1-based column.
        message: What is wrong, in one line.
    """

    file: str
    line: int
    column: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class RuleError(ValueError):
    """A rule file was refused; ``problems`` lists everything wrong with it."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
