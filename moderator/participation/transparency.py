"""Statements of reasons (DSA art. 17 style) for every hide and remove.

Each names the rule, its words as published, the rule-set version in force, and the
moderator's role.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import rules
from moderator.errors import ModeratorError
from moderator.participation.tabular import write_table
from moderator.storage.archive_repo import RESTRICTING, ArchiveRepository
from moderator.storage.ruleset_repo import RuleSetRepository

if TYPE_CHECKING:
    from datetime import datetime

    from moderator.storage.uow import Database

FIELDS = ("at", "action", "platform", "account", "item_kind", "item_ref", "rule_id",
          "rule_title", "rule_text", "ruleset", "ruleset_version", "moderator_role",
          "automated", "delivery")


@dataclass(frozen=True, slots=True)
class RuleText:
    """A rule as published in one rule-set version."""

    ruleset: str
    version: str
    rule_id: str
    title: str
    public_text: str


def stored_rulesets(db: Database, fallback: Path | None = None) -> list[tuple[str, str, str]]:
    """(name, version, YAML) of every stored rule-set version; the shipped one if none."""
    with db.read() as s:
        stored = RuleSetRepository(s).all_contents()
    if not stored:
        source = fallback or rules.shipped_set("spelregels-nl")
        rs = rules.load(source)
        stored = [(rs.name, rs.version, Path(source).read_text(encoding="utf-8"))]
    return stored


def rule_texts(sets: list[tuple[str, str, str]]) -> dict[tuple[str, str], RuleText]:
    """Every rule of every version, keyed by (version, rule id)."""
    out: dict[tuple[str, str], RuleText] = {}
    for name, version, content in sets:
        try:
            rs = rules.load(content, source=f"<{name}@{version}>")
        except (ModeratorError, ValueError):
            continue  # an unreadable stored version: its rules are cited by id only
        for r in rs.rules:
            out[(version, r.id)] = RuleText(name, version, r.id, r.title, r.public_text)
    return out


def statements(db: Database, since: datetime | None = None,
               until: datetime | None = None) -> list[dict[str, Any]]:
    """A statement of reasons for every hide and remove in ``[since, until)``."""
    texts = rule_texts(stored_rulesets(db))
    with db.read() as s:
        acts = list(ArchiveRepository(s).actions(RESTRICTING, since, until))
    out = []
    for a in acts:
        rt = texts.get((a["ruleset_version"] or "", a["rule_id"] or ""))
        out.append({"at": a["at"], "action": a["action"], "platform": a["platform"],
                    "account": a["account"], "item_kind": a["item_kind"],
                    "item_ref": a["item_ref"], "rule_id": a["rule_id"],
                    "rule_title": rt.title if rt else "", "rule_text": rt.public_text if rt else "",
                    "ruleset": rt.ruleset if rt else "", "ruleset_version": a["ruleset_version"],
                    "moderator_role": a["role"], "automated": False,
                    "delivery": a["delivery"]})
    return out


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts per action, rule, platform and role, for the report's last line."""
    return {"statements": len(rows),
            "per_action": dict(Counter(r["action"] for r in rows)),
            "per_rule": dict(Counter(r["rule_id"] or "(geen)" for r in rows)),
            "per_platform": dict(Counter(r["platform"] for r in rows)),
            "per_role": dict(Counter(r["moderator_role"] for r in rows))}


def write_report(db: Database, path: Path, fmt: str, since: datetime | None,
                 until: datetime | None) -> dict[str, Any]:
    """Write the transparency report of one period; returns its summary."""
    rows = statements(db, since, until)
    total = summary(rows)
    period = {"since": since.isoformat() if since else None,
              "until": until.isoformat() if until else None}
    write_table(path, fmt, FIELDS, rows, trailer={"summary": total, "period": period})
    return total
