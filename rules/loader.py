"""Rule files (YAML) to a ``RuleSet``; a file with any problem is refused as a whole.

Every problem carries file, line and column; all problems of a file are reported at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from rules.engine import compile as compile_ruleset
from rules.lists import ListParser
from rules.model import (
    ACTIONS,
    KINDS,
    SEVERITIES,
    Problem,
    Rule,
    RuleError,
    RuleSet,
    Scope,
    TermList,
)
from rules.schema import ConditionParser
from rules.yamlnodes import Reader, compose

if TYPE_CHECKING:
    from rules.conditions import Condition

TOP_KEYS = ("ruleset", "version", "language", "published_at", "include", "lists", "rules")
RULE_KEYS = ("id", "title", "public_text", "severity", "action", "suggest", "template", "scope",
             "when", "manual", "exceptions", "enabled")
SCOPE_KEYS = ("platforms", "accounts", "kinds")


def load(path_or_text: str | Path, *, source: str | None = None) -> RuleSet:
    """Load and validate a rule set from a file path or from YAML text.

    A ``str`` is read as a path when it is one line ending in ``.yaml`` or ``.yml``.

    Args:
        path_or_text: A path, or the YAML text itself.
        source: Name to use in problems (default: the path, or ``<text>``).

    Returns:
        The rule set, already compiled.

    Raises:
        RuleError: The file cannot be read or has problems; ``problems`` lists them all.
    """
    text, name = _read(path_or_text, source)
    reader = Reader(name)
    try:
        root = compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        message = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        raise RuleError([Problem(name, *where, f"YAML syntax: {message}")]) from None
    except (yaml.YAMLError, RecursionError) as exc:
        raise RuleError([Problem(name, 1, 1, f"YAML: {' '.join(str(exc).split())}")]) from None
    ruleset = _ruleset(reader, root, name) if root is not None else None
    if root is None:
        reader.problem(None, "the file is empty; expected 'ruleset', 'version' and 'rules'")
    if reader.problems or ruleset is None:
        raise RuleError(reader.problems)
    compile_ruleset(ruleset)
    return ruleset


def _read(path_or_text: str | Path, source: str | None) -> tuple[str, str]:
    is_path = isinstance(path_or_text, Path) or (
        "\n" not in path_or_text and path_or_text.endswith((".yaml", ".yml"))
    )
    if not is_path:
        return str(path_or_text), source or "<text>"
    path = Path(path_or_text)
    name = source or str(path)
    try:
        return path.read_text(encoding="utf-8"), name
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise RuleError([Problem(name, 1, 1, f"cannot read the file: {reason}")]) from None


def _ruleset(reader: Reader, root: yaml.Node, name: str) -> RuleSet | None:
    top = reader.mapping(root, "the rule set", TOP_KEYS)
    if top is None:
        return None
    for key in ("ruleset", "version", "rules"):
        if key not in top:
            reader.problem(root, f"missing key '{key}' at the top of the file")
    values = {k: reader.text(v, f"'{k}'") for k, (_, v) in top.items()
              if k not in ("rules", "include", "lists")}
    lists = ListParser(reader)
    if "include" in top:
        lists.include(top["include"][1])
    if "lists" in top:
        lists.declare(top["lists"][1], name)
    rules = _rules(reader, top["rules"][1], lists.lists) if "rules" in top else ()
    return RuleSet(
        name=values.get("ruleset") or "",
        version=values.get("version") or "",
        language=values.get("language") or "",
        published_at=values.get("published_at") or "",
        rules=rules,
        source=name,
        lists=tuple(lists.lists.values()),
    )


def _rules(reader: Reader, node: yaml.Node, lists: dict[str, TermList]) -> tuple[Rule, ...]:
    if not isinstance(node, yaml.SequenceNode):
        reader.problem(node, "'rules' must be a list of rules (each starting with '- id:')")
        return ()
    rules: list[Rule] = []
    first_line: dict[str, int] = {}
    for item in node.value:
        rule = _rule(reader, item, lists)
        if rule is None:
            continue
        if rule.id in first_line:
            reader.problem(_value_node(item, "id"), f"duplicate rule id '{rule.id}' (first on "
                           f"line {first_line[rule.id]})")
        else:
            first_line[rule.id] = item.start_mark.line + 1
        rules.append(rule)
    return tuple(rules)


def _value_node(node: yaml.Node, key: str) -> yaml.Node:
    for key_node, value_node in node.value:
        if key_node.value == key:
            return value_node  # type: ignore[no-any-return]
    return node


def _required(reader: Reader, fields: dict[str, tuple[yaml.Node, yaml.Node]], key: str,
              where: yaml.Node, label: str) -> str | None:
    if key not in fields:
        reader.problem(where, f"{label}: missing key '{key}'")
        return None
    return reader.text(fields[key][1], f"'{key}' of {label}")


def _rule(reader: Reader, node: yaml.Node, lists: dict[str, TermList]) -> Rule | None:
    fields = reader.mapping(node, "a rule", RULE_KEYS)
    if fields is None:
        return None
    rule_id = _required(reader, fields, "id", node, "a rule")
    label = f"rule '{rule_id}'" if rule_id else "a rule"
    title = _required(reader, fields, "title", node, label)
    severity = _required(reader, fields, "severity", node, label)
    action = _action(reader, fields, node, label)
    _check_choice(reader, fields, "severity", severity, SEVERITIES)
    template = reader.text(fields["template"][1], "'template'") if "template" in fields else None
    if action == "reply" and template is None:
        reader.problem(node, f"{label}: action 'reply' needs a 'template'")
    public = reader.text(fields["public_text"][1], "'public_text'") if "public_text" in fields \
        else title
    parser = ConditionParser(reader, lists)
    when = _when(parser, fields, node, label)
    exceptions = parser.exceptions(fields["exceptions"][1]) if "exceptions" in fields else ()
    enabled = reader.flag(fields["enabled"][1], "'enabled'") if "enabled" in fields else True
    scope = _scope(reader, fields["scope"][1]) if "scope" in fields else Scope()
    if None in (rule_id, title, severity, action, public, enabled):
        return None
    return Rule(str(rule_id), str(title), str(public), str(severity), str(action), template,
                scope, when, exceptions, bool(enabled))


def _action(reader: Reader, fields: dict[str, tuple[yaml.Node, yaml.Node]], node: yaml.Node,
            label: str) -> str | None:
    if "action" in fields and "suggest" in fields:
        reader.problem(fields["suggest"][0], f"{label}: give 'action' or 'suggest', not both")
    key = "suggest" if "suggest" in fields and "action" not in fields else "action"
    action = _required(reader, fields, key, node, label)
    _check_choice(reader, fields, key, action, ACTIONS)
    return action


def _check_choice(reader: Reader, fields: dict[str, tuple[yaml.Node, yaml.Node]], key: str,
                  value: str | None, allowed: tuple[str, ...]) -> None:
    if value is not None and value not in allowed:
        reader.problem(fields[key][1], f"'{key}' must be one of {', '.join(allowed)}, "
                       f"not '{value}'")


def _when(parser: ConditionParser, fields: dict[str, tuple[yaml.Node, yaml.Node]],
          node: yaml.Node, label: str) -> Condition | None:
    reader = parser.r
    manual = reader.flag(fields["manual"][1], "'manual'") if "manual" in fields else False
    if "when" in fields:
        if manual:
            reader.problem(fields["manual"][0], f"{label}: a manual rule has no 'when'")
        return parser.condition(fields["when"][1])
    if manual is False:
        reader.problem(node, f"{label}: missing key 'when' (or 'manual: true' for a rule "
                       "moderators apply by hand)")
    return None


def _scope(reader: Reader, node: yaml.Node) -> Scope:
    fields = reader.mapping(node, "'scope'", SCOPE_KEYS)
    if fields is None:
        return Scope()
    lists = {k: reader.texts(v, f"'scope.{k}'") or [] for k, (_, v) in fields.items()}
    kinds = tuple(v.lower() for v, _ in lists.get("kinds", []))
    for value, item in lists.get("kinds", []):
        if value.lower() not in KINDS:
            reader.problem(item, f"unknown item kind '{value}'; choose from {', '.join(KINDS)}")
    return Scope(
        platforms=tuple(v.lower() for v, _ in lists.get("platforms", [])),
        accounts=tuple(v for v, _ in lists.get("accounts", [])),
        kinds=kinds,
    )
