"""One 100,000-character comment of a repeated insult through ``spelregels-nl`` (issue 16).

Run: ``python -m benchmarks.rules_longtext [--size N] [--unit TEXT] [--rounds R]``

Anyone can post such a comment, so its cost must grow linearly with its length and stay
small. Printed, each the best CPU time of ``--rounds``:

For each unit (default: a few insults and a hateful statement):

1. ``rules.evaluate`` of the comment with the shipped ``spelregels-nl`` set (compiled before).
2. ``moderator rules test rules/sets/spelregels-nl.yaml --input FILE --json`` run in this
   process with the comment as its one input line, less the same call with a one-word line:
   what the comment itself costs the command (reading, decoding, evaluating, writing the
   JSON), startup and loading the rule file left out. Target: at most 50 ms.
3. A plain pass over the same text in the same process for scale: case-fold and one
   ``str.count`` per listed word (no normalisation, boundaries or evidence), and the ratio.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

import rules
from moderator import cli
from rules.conditions import Words

if TYPE_CHECKING:
    from collections.abc import Callable

SET = "rules/sets/spelregels-nl.yaml"


def best_cpu(action: Callable[[], object], rounds: int) -> float:
    """Return the best CPU seconds of ``rounds`` calls of ``action``."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        action()
        best = min(best, time.process_time() - start)
    return best


def rules_test(path: Path) -> Callable[[], object]:
    """Return a call of ``moderator rules test SET --input path --json`` (output discarded)."""

    def call() -> object:
        with contextlib.redirect_stdout(io.StringIO()):
            code = cli.main(["rules", "test", SET, "--input", str(path), "--json"])
        if code:
            raise SystemExit(f"rules test exited with {code}")
        return code

    return call


def plain_pass(words: list[str], text: str) -> int:
    """Count every listed word in the case-folded text (the scale, not a rival)."""
    folded = text.casefold()
    return sum(folded.count(word) for word in words)


UNITS = ["kanker ", "kanker, ", "kut ", "idioot ", "moslims zijn ongedierte "]


def measure(ruleset: rules.RuleSet, words: list[str], unit: str, size: int, rounds: int
            ) -> float:
    """Print the figures for one repeated unit; return the ``rules test`` milliseconds."""
    text = (unit * (size // len(unit) + 1))[:size]
    hits = rules.evaluate(ruleset, rules.Subject(text))
    evaluate_s = best_cpu(lambda: rules.evaluate(ruleset, rules.Subject(text)), rounds)
    plain_s = best_cpu(lambda: plain_pass(words, text), rounds)
    with tempfile.TemporaryDirectory() as folder:
        long_file, short_file = Path(folder, "long.jsonl"), Path(folder, "short.jsonl")
        long_file.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
        short_file.write_text(json.dumps({"text": unit.strip()}) + "\n", encoding="utf-8")
        rules_test(short_file)()  # imports and the compiled rule set, as startup would
        long_s = best_cpu(rules_test(long_file), rounds)
        short_s = best_cpu(rules_test(short_file), rounds)
    command_ms = (long_s - short_s) * 1000
    print(f"{unit!r:28} {len(hits)} hits ({', '.join(hit.rule_id for hit in hits)})")
    print(f"  evaluate       {evaluate_s * 1000:8.1f} ms CPU; {plain_s / evaluate_s:.2f}x the "
          f"plain pass ({plain_s * 1000:.1f} ms)")
    print(f"  rules test     {command_ms:8.1f} ms CPU for the comment ({long_s * 1000:.1f} ms "
          f"with it, {short_s * 1000:.1f} ms with one word)")
    return command_ms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--unit", action="append", help=f"repeated text (default: {UNITS})")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    ruleset = rules.load(rules.shipped_set("spelregels-nl"))
    rules.evaluate(ruleset, rules.Subject("x"))
    words = sorted({piece.casefold() for rule in ruleset.rules if rule.when is not None
                    for piece in _words(rule.when) if piece})
    print(f"one comment of {args.size:,} characters, a unit repeated; spelregels-nl; plain "
          f"pass = case-fold + str.count of {len(words)} listed words")
    worst = max(measure(ruleset, words, unit, args.size, args.rounds)
                for unit in args.unit or UNITS)
    print(f"headline: worst rules test {worst:.1f} ms CPU for one comment (target <= 50 ms)")


def _words(cond: object) -> list[str]:
    """Return the literal words of a condition and its parts (wildcards cut, lists left out)."""
    if isinstance(cond, Words):
        return [value.replace("*", "") for value in cond.values if "$" not in value]
    found: list[str] = []
    for part in getattr(cond, "parts", ()):
        found += _words(part)
    inner = getattr(cond, "part", None)
    return found + _words(inner) if inner is not None else found


if __name__ == "__main__":
    main()
