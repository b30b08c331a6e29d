"""``moderator rules check|test``: validate a rule file and try it on texts, headless.

``rules test FILE --input items.jsonl --json`` is the batch interface others use to check the
engine from outside: one JSON object in, one JSON line out, an ``error`` line for a bad input.
Each hit names its rule, spans and evidence (each span's word and the term, and list, that
found it).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import rules
from moderator import untrusted
from moderator.errors import DataError
from moderator.untrusted import MAX_RULE_FILE, decode, read_file

if TYPE_CHECKING:
    import argparse

EX_DATAERR = 65


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``rules`` command with its ``check`` and ``test`` subcommands."""
    parser = subparsers.add_parser("rules", parents=[common], help="check and try house rules")
    sub = parser.add_subparsers(dest="rules_command", metavar="SUBCOMMAND", required=True)
    check = sub.add_parser("check", help="validate a rule file")
    check.add_argument("file", metavar="FILE")
    check.set_defaults(handler=run_check)
    test = sub.add_parser("test", help="evaluate a rule file against texts")
    test.add_argument("file", metavar="FILE")
    source = test.add_mutually_exclusive_group(required=True)
    source.add_argument("--text", help="one text to evaluate")
    source.add_argument("--input", metavar="JSONL",
                        help="items, one JSON object a line ('-' = stdin)")
    test.add_argument("--json", action="store_true", help="one JSON line per item")
    test.set_defaults(handler=run_test)


def _load(file: str) -> rules.RuleSet | int:
    try:
        text = decode(read_file(Path(file), MAX_RULE_FILE, "rule file"), file)
        return rules.load(text, source=file)
    except rules.RuleError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        first = exc.problems[0]
        count = len(exc.problems)
        print(f"moderator: {file} refused ({count} problem{'s' if count > 1 else ''}, first at "
              f"line {first.line}, column {first.column}); nothing was loaded", file=sys.stderr)
        return EX_DATAERR


def run_check(args: argparse.Namespace) -> int:
    """Validate FILE; print a one-line summary, or every problem on stderr (exit 65)."""
    ruleset = _load(args.file)
    if isinstance(ruleset, int):
        return ruleset
    manual = sum(1 for rule in ruleset.rules if rule.manual)
    print(f"{args.file}: OK: '{ruleset.name}' version {ruleset.version}, "
          f"{len(ruleset.rules)} rules ({manual} manual)")
    return 0


def run_test(args: argparse.Namespace) -> int:
    """Evaluate FILE against --text or every line of --input."""
    ruleset = _load(args.file)
    if isinstance(ruleset, int):
        return ruleset
    if args.text is not None:
        hits = rules.evaluate(ruleset, rules.Subject(text=untrusted.clean_text(args.text)))
        if args.json:
            print(_json_line({"hits": [_hit_json(hit) for hit in hits]}))
        else:
            _print_hits(args.text, hits)
        return 0
    with _open_input(args.input) as stream:
        for number, line in untrusted.lines(stream, args.input):
            print(_batch_line(ruleset, number, line, args.json), flush=False)
    return 0


@contextmanager
def _open_input(name: str) -> Iterator[BinaryIO]:
    """The input as bytes: lines are decoded one by one, so one bad line costs one line."""
    if name == "-":
        yield sys.stdin.buffer
        return
    path = Path(name)
    if not path.is_file():
        raise DataError(f"cannot read {name}: not a regular file")
    try:
        stream = path.open("rb")
    except OSError as exc:
        raise DataError(f"cannot read {name}: {exc.strerror or exc}") from None
    with stream:
        yield stream


def _batch_line(ruleset: rules.RuleSet, number: int, line: str | DataError,
                as_json: bool) -> str:
    try:
        if isinstance(line, DataError):
            raise line
        subject = subject_from_json(untrusted.loads_json(line, f"line {number}"))
    except (DataError, ValueError) as exc:
        return json.dumps({"line": number, "error": f"bad input line: {exc}"},
                          ensure_ascii=False)
    hits = rules.evaluate(ruleset, subject)
    if as_json:
        return _json_line({"hits": [_hit_json(hit) for hit in hits]})
    return "; ".join(f"{hit.rule_id} {hit.severity} {hit.action}" for hit in hits) or "-"


def subject_from_json(data: object) -> rules.Subject:
    """Build a Subject from one decoded input line.

    Raises:
        ValueError: The object does not have the expected shape.
    """
    if not isinstance(data, Mapping) or not isinstance(data.get("text"), str):
        raise ValueError("expected an object with a 'text' string")
    fields = {k: data.get(k, "") for k in ("author", "platform", "account", "kind")}
    if not all(isinstance(v, str) for v in fields.values()):
        raise ValueError("'author', 'platform', 'account' and 'kind' must be strings")
    scores = data.get("scores") or {}
    if not isinstance(scores, Mapping) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in scores.values()
    ):
        raise ValueError("'scores' must map categories to numbers")
    history = [
        rules.HistoryEntry(str(h["text"]), float(h.get("age_seconds", 0.0)))
        for h in _history(data.get("history") or [])
    ]
    return rules.Subject(text=data["text"], scores={str(k): float(v) for k, v in scores.items()},
                         history=tuple(history), **fields)


def _history(items: object) -> list[Mapping[str, Any]]:
    if not isinstance(items, list) or not all(
        isinstance(h, Mapping) and isinstance(h.get("text"), str) for h in items
    ):
        raise ValueError("'history' must be a list of objects with 'text' and 'age_seconds'")
    return items


def _json_line(data: object) -> str:
    """Return one JSON line, non-ASCII as it is where it can be.

    A lone surrogate (JSON-escaped in the input, so in the evidence) only an escape carries.
    """
    line = json.dumps(data, ensure_ascii=False)
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(data)
    return line


def _hit_json(hit: rules.Hit) -> dict[str, Any]:
    """One hit with its evidence: which words of the text and which terms carried it."""
    return {"rule": hit.rule_id, "severity": hit.severity, "action": hit.action,
            "spans": [list(span) for span in hit.spans],
            "evidence": [{"span": list(e.span), "word": e.word, "term": e.term, "list": e.list}
                         for e in hit.evidence],
            "terms": list(hit.terms), "words": list(hit.words)}


def _print_hits(text: str, hits: list[rules.Hit]) -> None:
    if not hits:
        print("no rule matched")
        return
    for hit in hits:
        print(f"{hit.rule_id} [{hit.severity}, {hit.action}] {hit.title}")
        terms: dict[tuple[int, int], list[str]] = {}
        for e in hit.evidence:
            terms.setdefault(e.span, []).append(f"${e.list}:{e.term}" if e.list else e.term)
        for start, end in hit.spans:
            found = terms.get((start, end))
            shown = ", ".join(found).encode("utf-8", "backslashreplace").decode() if found \
                else ""
            print(f"    {start}-{end}: {text[start:end]!r}" + (f"  ({shown})" if shown else ""))
        if not hit.spans:
            print("    (no text span: the condition looks at scores, history or the whole item)")

