"""Dutch functional evaluation of the shipped spelregels, per functionality.

Run: ``python -m benchmarks.flagging_eval [--heldout-only] [--failures]``

Reads ``tests/rules/data/nl_functional.yaml`` (hand-written Dutch cases over HateCheck's
functionalities; Röttger et al., ACL 2021, CC BY 4.0) and prints, per functionality, how many
cases the shipped ``spelregels-nl`` set flags: recall for hateful/threat/abusive cases, flag
rate for the non-hateful ones. "Flagged" means NL-DISCRIMINATIE or NL-BEDREIGING fired
(threat cases: NL-BEDREIGING; abusive cases: NL-SCHELDEN). Figures are given for all cases,
for the cases the lists were tuned on, and for the held-out cases written after tuning.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

import yaml

import rules

DATA = Path(__file__).resolve().parent.parent / "tests" / "rules" / "data" / "nl_functional.yaml"
HATE_RULES = frozenset({"NL-DISCRIMINATIE", "NL-BEDREIGING"})
EXPECTED = {"hateful": HATE_RULES, "threat": frozenset({"NL-BEDREIGING"}),
            "abusive": frozenset({"NL-SCHELDEN"}), "none": HATE_RULES}


@dataclass(frozen=True)
class Case:
    """One test case."""

    functionality: str
    label: str
    contrast: bool
    heldout: bool
    text: str


def cases(path: Path = DATA) -> list[Case]:
    """Return every case in the data file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))["functionalities"]
    found = []
    for name, spec in data.items():
        for key, heldout in (("cases", False), ("heldout", True)):
            found.extend(Case(name, spec["label"], bool(spec.get("contrast")), heldout, text)
                         for text in spec.get(key) or [])
    return found


def flagged(ruleset: rules.RuleSet, case: Case) -> bool:
    """Return whether the rules that count for this case's label fired."""
    hits = rules.evaluate(ruleset, rules.Subject(case.text))
    return bool({hit.rule_id for hit in hits} & EXPECTED[case.label])


def summary(results: list[tuple[Case, bool]]) -> dict[str, tuple[int, int]]:
    """Return (flagged, total) for the headline groups."""
    groups = {
        "hateful recall (hateful+threat)":
            [f for c, f in results if c.label in ("hateful", "threat")],
        "threat recall": [f for c, f in results if c.label == "threat"],
        "abusive recall (NL-SCHELDEN)": [f for c, f in results if c.label == "abusive"],
        "flag rate, contrast (neutral/positive/negated/other targets)":
            [f for c, f in results if c.contrast],
        "flag rate, all non-hateful": [f for c, f in results if c.label == "none"],
    }
    return {name: (sum(values), len(values)) for name, values in groups.items()}


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    - "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list the cases that miss")
    args = parser.parse_args()
    ruleset = rules.load(rules.shipped_set("spelregels-nl"))
    results = [(case, flagged(ruleset, case)) for case in cases()]
    print(f"{'functionality':<28} {'label':<8} {'tuned':>14} {'held-out':>14} {'all':>14}")
    for name in dict.fromkeys(c.functionality for c, _ in results):
        rows = [(c, f) for c, f in results if c.functionality == name]
        label = rows[0][0].label
        cells = []
        for part in ([r for r in rows if not r[0].heldout], [r for r in rows if r[0].heldout],
                     rows):
            hit = sum(f for _, f in part)
            cells.append(f"{hit:>3}/{len(part):<3} {_pct(hit, len(part))}")
        print(f"{name:<28} {label:<8} {cells[0]:>14} {cells[1]:>14} {cells[2]:>14}")
    print()
    tuned = summary([r for r in results if not r[0].heldout])
    held = summary([r for r in results if r[0].heldout])
    every = summary(results)
    print(f"{'':<62} {'tuned':>8} {'held-out':>9} {'all':>8}")
    for name in every:
        print(f"{name:<62} {_pct(*tuned[name]):>8} {_pct(*held[name]):>9} "
              f"{_pct(*every[name]):>8}")
    print(f"cases: {len(results)} ({sum(1 for c, _ in results if c.heldout)} held out)")
    if args.failures:
        print()
        for case, hit in results:
            wrong = not hit if case.label != "none" else hit
            if wrong:
                mark = "HELD " if case.heldout else ""
                print(f"{mark}{case.functionality:<28} {'missed' if not hit else 'flagged'}: "
                      f"{case.text}")


if __name__ == "__main__":
    main()
