"""The workspace's active house rules: stored versions, activation, and the bridge.

The bridge connects the pure ``rules`` engine to ingest (flags), scoring (re-flags) and
actions (citations).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

import rules
from moderator.actions import RuleRef
from moderator.audit.events import AuditAction
from moderator.errors import DataError, ErrorCode
from moderator.items import Evidence, FlagInfo, ModeratorInfo
from moderator.moderators import Permission, require
from moderator.storage.audit_repo import AuditRepository
from moderator.storage.ruleset_repo import RuleSetRepository

if TYPE_CHECKING:
    from collections.abc import Sequence

    from moderator.flagging import FlagSubject
    from moderator.storage.uow import Database
    from moderator.workspace import Workspace

DEFAULT_SET = "spelregels-nl"


@dataclass(frozen=True, slots=True)
class ActiveRules:
    """The rule set in force and where it came from."""

    ruleset: rules.RuleSet
    stored: bool  # False: the shipped default, not yet saved in this workspace


class RuleProvider:
    """Loads the active rule set lazily (once) and serves flagger and lookup."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._active: ActiveRules | None = None

    def active(self) -> ActiveRules:
        """The active rule set (the workspace's stored one, else the shipped default)."""
        if self._active is None:
            with self._db.read() as s:
                content = RuleSetRepository(s).active_content()
            if content is None:
                self._active = ActiveRules(rules.load(rules.shipped_set(DEFAULT_SET)), False)
            else:
                self._active = ActiveRules(rules.load(content, source="<workspace>"), True)
        return self._active

    def reset(self, ruleset: rules.RuleSet | None = None) -> None:
        """Forget the cached set (after activation), or install a given one."""
        self._active = None if ruleset is None else ActiveRules(ruleset, True)

    def flag(self, subjects: Sequence[FlagSubject]) -> list[list[FlagInfo]]:
        """Evaluate the active rules on a batch (the ``Flagger`` protocol)."""
        rs = self.active().ruleset
        compiled = rules.compile(rs)
        return [[_flag(h) for h in compiled.evaluate(_subject(s))] for s in subjects]

    def lookup(self, rule_id: str) -> RuleRef | None:
        """The active rule with this id, for actions that cite it."""
        rs = self.active().ruleset
        for r in rs.rules:
            if r.id == rule_id:
                return RuleRef(r.id, rs.version, r.title, r.public_text)
        return None


def _subject(s: FlagSubject) -> rules.Subject:
    return rules.Subject(text=s.text, author=s.author_key, platform=s.platform,
                         account=s.account, kind=s.kind, scores=dict(s.scores),
                         history=tuple(rules.HistoryEntry(t, a) for t, a in s.history))


def _flag(h: rules.Hit) -> FlagInfo:
    return FlagInfo(h.rule_id, h.ruleset_version, h.severity, h.action,
                    tuple(Evidence(a, b) for a, b in h.spans))


def active_ruleset(ws: Workspace) -> rules.RuleSet:
    """The rule set in force in this workspace (stored, else the shipped default)."""
    return ws.rules.active().ruleset


def activate(ws: Workspace, me: ModeratorInfo, text: str, *, source: str = "<editor>",
             ) -> rules.RuleSet:
    """Validate and make a rule-set text active (team leads only); logged in the audit.

    A broken text raises ``DataError`` listing every problem; the rules in force stay.
    """
    require(me, Permission.RULES_EDIT)
    try:
        rs = rules.load(text, source=source)
    except rules.RuleError as e:
        first = e.problems[0] if e.problems else None
        raise DataError(str(e), code=ErrorCode.RULE_FILE, line=first.line if first else 1,
                        column=first.column if first else 1, problems=len(e.problems)) from None
    digest = hashlib.sha256(text.encode()).hexdigest()
    with ws.db.write() as s:
        RuleSetRepository(s).activate(rs.name, rs.version, text, digest)
        AuditRepository(s).append(
            at=ws.clock(), moderator=me.name, role=me.role.value, action=AuditAction.RULES_ACTIVATE,
            ruleset_version=rs.version,
            detail=json.dumps({"name": rs.name, "sha256": digest, "rules": len(rs.rules)},
                              sort_keys=True))
    ws.rules.reset(rs)
    return rs
