"""Named term lists: ``lists:`` in a rule file and ``include:`` of shipped list files.

A list is written once and used by name in conditions (``$groepen``). Each term is one word or
phrase, its forms separated by ``|`` (``jood | joden | joodje | joods | joodse``; the first
names the term in evidence), and a word ending in ``+`` gets the regular Dutch noun forms
generated (``moslim+``: moslims, moslimmen, moslimpje, moslimmetje, ...). Normalisation makes
doubled letters equal to single ones, so ``jood+`` also covers ``joden``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from rules.model import TermList
from rules.normalize import normalize_many
from rules.yamlnodes import Reader, compose, suggestion

if TYPE_CHECKING:
    from collections.abc import Iterable

LIST_KEYS = ("terms", "tolerant", "compounds", "exceptions")
FILE_KEYS = ("description", "lists")
COMPOUNDS = ("start", "end", "both")
SHIPPED = Path(__file__).resolve().parent / "sets" / "lijsten"
NAME = re.compile(r"[a-z][a-z0-9_]*")
REFERENCE = re.compile(r"\$([A-Za-z0-9_]+)")
_SUFFIXES = ("", "s", "en", "'s", "je", "jes", "tje", "tjes", "pje", "pjes", "etje", "etjes",
             "e")


def forms(term: str) -> tuple[str, ...]:
    """Return the forms of one term as written (``a | b``; ``word+`` generates forms)."""
    found: list[str] = []
    for part in (piece.strip() for piece in term.split("|")):
        if part.endswith("+") and len(part) > 1:
            stem = part[:-1].rstrip()
            found.extend(stem + suffix for suffix in _SUFFIXES)
        elif part:
            found.append(part)
    return tuple(dict.fromkeys(found))


def shipped_lists() -> list[str]:
    """Return the names of the shipped list files (``include:`` takes these)."""
    return sorted(path.stem for path in SHIPPED.glob("*.yaml"))


class ListParser:
    """Reads ``lists:`` and ``include:`` into term lists, reporting problems to the reader.

    Args:
        reader: Collects problems for the rule file.
    """

    def __init__(self, reader: Reader) -> None:
        self.r = reader
        self.lists: dict[str, TermList] = {}

    def include(self, node: yaml.Node) -> None:
        """Load the shipped list files named in ``include:``."""
        for name, item in self.r.texts(node, "'include'") or []:
            path = SHIPPED / f"{name}.yaml"
            if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", name) or not path.is_file():
                self.r.problem(item, f"no shipped list file '{name}'"
                               f"{suggestion(name, shipped_lists())}; shipped: "
                               f"{', '.join(shipped_lists()) or 'none'}")
                continue
            self._file(path, item)

    def _file(self, path: Path, where: yaml.Node) -> None:
        sub = Reader(f"lijsten/{path.name}")
        try:
            root = compose(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            reason = " ".join(str(exc).split())
            self.r.problem(where, f"cannot read list file {path.name}: {reason}")
            return
        fields = sub.mapping(root, "a list file", FILE_KEYS) if root is not None else None
        if fields and "lists" in fields:
            parser = ListParser(sub)
            parser.lists = self.lists
            parser.declare(fields["lists"][1], sub.file)
        elif fields is not None:
            sub.problem(root, "a list file needs 'lists'")
        self.r.problems.extend(sub.problems)

    def declare(self, node: yaml.Node, source: str) -> None:
        """Read a ``lists:`` mapping of names to lists of terms."""
        if not isinstance(node, yaml.MappingNode):
            self.r.problem(node, "'lists' must map list names to lists of terms")
            return
        for key_node, value in node.value:
            name = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else ""
            if not NAME.fullmatch(name):
                self.r.problem(key_node, f"list name '{name}' must be lower-case letters, "
                               "digits and '_', starting with a letter")
                continue
            if name in self.lists:
                self.r.problem(key_node, f"list '{name}' is declared twice (also in "
                               f"{self.lists[name].source})")
                continue
            made = self._list(name, value, source)
            if made is not None:
                self.lists[name] = made

    def _list(self, name: str, node: yaml.Node, source: str) -> TermList | None:
        tolerant, compounds, terms_node = False, "", node
        exceptions: tuple[str, ...] = ()
        if isinstance(node, yaml.MappingNode):
            fields = self.r.mapping(node, f"list '{name}'", LIST_KEYS)
            if fields is None or "terms" not in fields:
                self.r.problem(node, f"list '{name}' needs 'terms'")
                return None
            terms_node = fields["terms"][1]
            if "tolerant" in fields:
                tolerant = bool(self.r.flag(fields["tolerant"][1], "'tolerant'"))
            if "compounds" in fields:
                compounds = self.r.text(fields["compounds"][1], "'compounds'") or ""
                if compounds not in COMPOUNDS:
                    self.r.problem(fields["compounds"][1], f"'compounds' must be one of "
                                   f"{', '.join(COMPOUNDS)}, not '{compounds}'")
            if "exceptions" in fields:
                exceptions = tuple(v.strip() for v, _ in
                                   self.r.texts(fields["exceptions"][1], "'exceptions'") or [])
        values = self.r.texts(terms_node, f"the terms of list '{name}'")
        if values is None:
            return None
        terms = []
        made_all = [forms(value) for value, _ in values]
        normal = iter(normalize_many([form for made in made_all for form in made]))
        for (value, item), made in zip(values, made_all, strict=True):
            folded = [next(normal) for _ in made]
            bad = [form for form, normal_form in zip(made, folded, strict=True)
                   if len(normal_form.strip()) < 2 or "$" in form or "*" in form]
            if not made or bad:
                self.r.problem(item, f"term '{value}' of list '{name}': forms must be words or "
                               "phrases of two letters or more, without '*' or '$'")
                continue
            terms.append(made)
        return TermList(name, tuple(terms), tolerant, compounds, exceptions, source)


def reference_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """Return a pattern for ``$name`` of these lists only (one group: the name), or None.

    A ``$`` before anything else stays literal text, as in rule files before lists existed
    (``$uper`` is leetspeak for ``super``).
    """
    known = sorted(names, key=len, reverse=True)
    if not known:
        return None
    return re.compile(r"\$(" + "|".join(map(re.escape, known)) + r")(?![A-Za-z0-9_])")
