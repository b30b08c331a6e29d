"""Reading YAML nodes with positions: every value the schema takes comes with its line/column.

PyYAML's composer gives nodes with start marks; this reader turns them into plain values and
records a ``Problem`` (never raises) for anything of the wrong shape.
"""

from __future__ import annotations

import difflib
import math
import re
from typing import TYPE_CHECKING

import yaml

from rules.model import Problem

if TYPE_CHECKING:
    from collections.abc import Iterable

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
MAX_NODES = 20_000


_FAST_LOADER = getattr(yaml, "CSafeLoader", None)  # PyYAML built with libyaml


def compose(text: str) -> yaml.Node | None:
    """Return the node tree of a YAML document (None for an empty one).

    libyaml composes a rule file some ten times faster than PyYAML's own parser. Anything it
    refuses (a syntax error, nesting it finds too deep, an escaped lone surrogate that PyYAML
    accepts) goes through PyYAML's parser, so that errors and edge cases read as they always
    did.

    Raises:
        yaml.YAMLError: PyYAML's parser refuses the document.
        RecursionError: The document nests too deep for PyYAML's parser.
    """
    if _FAST_LOADER is not None:
        try:
            return yaml.compose(text, Loader=_FAST_LOADER)
        except (yaml.YAMLError, UnicodeError, RecursionError):
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def printable(text: str) -> str:
    r"""Return text that encodes as UTF-8: a lone surrogate becomes its escape (``\ud800``).

    Problems quote the file's own words, which may hold one (``"k\ud800t"`` in YAML).
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def paired(text: str) -> str:
    r"""Return the text with each surrogate pair as the one character it stands for.

    PyYAML reads ``"\ud83d\ude00"`` (how JSON escapes 😀) as two lone surrogates; joined,
    the emoji a rule file means is what is matched. Lone surrogates stay as they are.
    """
    if not _PAIR.search(text):
        return text
    return _PAIR.sub(lambda m: m.group().encode("utf-16-le", "surrogatepass").decode(
        "utf-16-le"), text)


def suggestion(word: str, choices: Iterable[str]) -> str:
    """Return `` (did you mean 'x'?)`` for a close choice, or an empty string."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


class Reader:
    """Turns nodes into values and collects problems against one file name.

    Args:
        file: The file name used in problems.
    """

    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []
        self._budget = MAX_NODES

    def problem(self, node: yaml.Node | None, message: str) -> None:
        """Record a problem at the node's position (line 1, column 1 without a node)."""
        mark = node.start_mark if node is not None else None
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        self.problems.append(Problem(self.file, line, column, printable(message)))

    def spend(self, node: yaml.Node) -> bool:
        """Count one node against the size budget; False (with a problem) once it is spent."""
        self._budget -= 1
        if self._budget == 0:
            self.problem(node, f"rule file too large or too deeply aliased (over {MAX_NODES} "
                         "values)")
        return self._budget > 0

    def mapping(
        self, node: yaml.Node, what: str, allowed: Iterable[str]
    ) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        """Return ``{key: (key node, value node)}``; unknown and duplicate keys are problems."""
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{what} must be a mapping of keys to values")
            return None
        known = list(allowed)
        result: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == _NULL:
                self.problem(key_node, f"{what}: keys must be plain words")
                continue
            key = str(key_node.value)
            if key in result:
                self.problem(key_node, f"duplicate key '{key}' in {what}")
            elif key not in known:
                self.problem(key_node, f"unknown key '{key}' in {what}{suggestion(key, known)}")
            else:
                result[key] = (key_node, value_node)
        return result

    def text(self, node: yaml.Node, what: str) -> str | None:
        """Return a scalar as written (numbers keep their spelling: version 1.10 stays '1.10')."""
        if not isinstance(node, yaml.ScalarNode) or node.tag == _NULL:
            self.problem(node, f"{what} must be a text value")
            return None
        return paired(str(node.value))

    def flag(self, node: yaml.Node, what: str) -> bool | None:
        """Return a yes/no value."""
        if isinstance(node, yaml.ScalarNode) and node.tag == _BOOL:
            return str(node.value).lower() in ("yes", "true", "on", "y")
        self.problem(node, f"{what} must be true or false")
        return None

    def number(self, node: yaml.Node, what: str, low: float, high: float) -> float | None:
        """Return a number within ``[low, high]``."""
        value: float | None = None
        if isinstance(node, yaml.ScalarNode) and node.tag in (_INT, _FLOAT):
            try:
                value = float(yaml.safe_load(node.value))
            except (ValueError, TypeError, OverflowError, yaml.YAMLError):
                value = None
        if value is None or not low <= value <= high or math.isnan(value):
            self.problem(node, f"{what} must be a number from {low:g} to {high:g}")
            return None
        return value

    def texts(self, node: yaml.Node, what: str) -> list[tuple[str, yaml.Node]] | None:
        """Return a list of text values (a single value counts as a list of one)."""
        if isinstance(node, yaml.ScalarNode):
            items: list[yaml.Node] = [node]
        elif isinstance(node, yaml.SequenceNode):
            items = list(node.value)
        else:
            self.problem(node, f"{what} must be a text or a list of texts")
            return None
        result: list[tuple[str, yaml.Node]] = []
        for item in items:
            if not self.spend(item):
                return None
            value = self.text(item, f"each entry of {what}")
            if value is not None:
                result.append((value, item))
        return result

    def choices(
        self, node: yaml.Node, what: str, allowed: tuple[str, ...]
    ) -> tuple[str, ...] | None:
        """Return a list of values that must each be one of ``allowed``."""
        values = self.texts(node, what)
        if values is None:
            return None
        for value, item in values:
            if value not in allowed:
                self.problem(item, f"unknown {what} '{value}'{suggestion(value, allowed)}; "
                             f"choose from {', '.join(allowed)}")
        return tuple(value for value, _ in values)
