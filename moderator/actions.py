"""Moderator commands: check the transition, write outbox + audit in one transaction.

Every command goes through ``ActionsService.perform``; the UI and CLI never write item
status, outbox rows or audit entries themselves.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from moderator.changes import Changes
from moderator.errors import PermissionDenied, TransitionError, UsageError
from moderator.items import ActionKind, ItemId, ItemKind, ItemState, ModeratorInfo, Platform, Status
from moderator.moderators import may_see, visible_accounts
from moderator.storage.admin_repo import AdminRepository
from moderator.storage.audit_repo import AuditRepository
from moderator.storage.work_repo import WorkRepository

if TYPE_CHECKING:
    from datetime import datetime

    from moderator.storage.uow import Database

_ANY = frozenset(Status)
_ACTIVE = frozenset({Status.NEW, Status.FLAGGED, Status.ESCALATED, Status.HANDLED})

# action -> (statuses it may start from, resulting status or None = unchanged)
TRANSITIONS: dict[ActionKind, tuple[frozenset[Status], Status | None]] = {
    ActionKind.WARN: (_ACTIVE, Status.HANDLED),
    ActionKind.HIDE: (_ACTIVE, Status.HIDDEN),
    ActionKind.UNHIDE: (frozenset({Status.HIDDEN}), Status.HANDLED),
    ActionKind.REMOVE: (_ACTIVE | {Status.HIDDEN}, Status.REMOVED),
    ActionKind.REPLY: (_ACTIVE | {Status.HIDDEN}, Status.HANDLED),
    ActionKind.DM_REPLY: (_ACTIVE, Status.HANDLED),
    ActionKind.HANDLE: (frozenset({Status.NEW, Status.FLAGGED, Status.ESCALATED}),
                        Status.HANDLED),
    ActionKind.ESCALATE: (frozenset({Status.NEW, Status.FLAGGED, Status.HANDLED}),
                          Status.ESCALATED),
    ActionKind.NOTE: (_ANY, None),
}
# Actions with a platform side (an outbox row); the rest are internal.
PLATFORM_ACTIONS = frozenset({ActionKind.WARN, ActionKind.HIDE, ActionKind.UNHIDE,
                              ActionKind.REMOVE, ActionKind.REPLY, ActionKind.DM_REPLY})
NEEDS_RULE = frozenset({ActionKind.WARN, ActionKind.REMOVE})
NEEDS_TEXT = frozenset({ActionKind.WARN, ActionKind.REPLY, ActionKind.DM_REPLY,
                        ActionKind.NOTE, ActionKind.ESCALATE})


@dataclass(frozen=True, slots=True)
class RuleRef:
    """The house rule an action cites, as the active rule set has it."""

    rule_id: str
    ruleset_version: str
    title: str
    public_text: str


@dataclass(frozen=True, slots=True)
class ActionRequest:
    """One moderator command on one item."""

    kind: ActionKind
    item_id: ItemId
    rule_id: str | None = None
    text: str | None = None
    escalate_to: str | None = None


RuleLookup = Callable[[str], RuleRef | None]
# Returns a reason when the platform does not allow this action on this kind of item.
CapabilityCheck = Callable[[Platform, ItemKind, ActionKind], str | None]


def allow_all(_p: Platform, _k: ItemKind, _a: ActionKind) -> str | None:
    """Capability check used when no connector table is installed."""
    return None


def no_rules(_rule_id: str) -> RuleRef | None:
    """Rule lookup used when no rule set is active."""
    return None


class ActionsService:
    """Runs moderator commands."""

    def __init__(self, db: Database, clock: Callable[[], datetime], rules: RuleLookup = no_rules,
                 capabilities: CapabilityCheck = allow_all) -> None:
        self._db = db
        self._now = clock
        self.rules = rules
        self.capabilities = capabilities

    def perform(self, moderator: ModeratorInfo, req: ActionRequest) -> Changes:
        """Check and apply one command; item, action, outbox and audit commit together."""
        rule = self._rule(req)
        text = (req.text or "").strip()
        if req.kind in NEEDS_TEXT and not text:
            raise UsageError(f"{req.kind.value} needs a text")
        now = self._now()
        with self._db.write() as s:
            work = WorkRepository(s)
            item = work.item_state(req.item_id, lock=True)
            self._check(moderator, item, req, AdminRepository(s))
            assert item is not None
            allowed_from, to = TRANSITIONS[req.kind]
            if item.status not in allowed_from:
                raise TransitionError(
                    f"cannot {req.kind.value} item {item.id}: it is {item.status.value}")
            if req.kind == ActionKind.NOTE:
                work.add_note(item.id, moderator.id, text, now)
            action_id = work.add_action(
                item_id=item.id, moderator_id=moderator.id, kind=req.kind, at=now,
                rule_id=rule.rule_id if rule else None,
                ruleset_version=rule.ruleset_version if rule else None, text=text or None)
            if req.kind in PLATFORM_ACTIONS:
                work.add_outbox(action_id=action_id, item_id=item.id,
                                account_id=item.account_id, kind=req.kind,
                                text=text or None, at=now)
            if to is not None and to != item.status:
                work.set_status(item.id, to)
            if req.kind in (ActionKind.HANDLE, ActionKind.REMOVE, ActionKind.WARN):
                work.release(item.id, moderator.id, force=True)
            AuditRepository(s).append(
                at=now, moderator=moderator.name, role=moderator.role.value,
                action=req.kind.value, item_ref=item.item_ref, account_id=item.account_id,
                rule_id=rule.rule_id if rule else "",
                ruleset_version=rule.ruleset_version if rule else "",
                detail=_detail(item, to, req), content=_content(item, text))
        return Changes(items=frozenset({req.item_id}), counts=to is not None, audit=True,
                       outbox=req.kind in PLATFORM_ACTIONS)

    def perform_many(self, moderator: ModeratorInfo, reqs: list[ActionRequest],
                     ) -> tuple[Changes, list[tuple[ItemId, str]]]:
        """Bulk actions: each item in its own transaction; failures are listed, not fatal."""
        changes, failed = Changes(), []
        for r in reqs:
            try:
                changes |= self.perform(moderator, r)
            except (TransitionError, PermissionDenied, UsageError) as e:
                failed.append((r.item_id, str(e)))
        return changes, failed

    def _rule(self, req: ActionRequest) -> RuleRef | None:
        if not req.rule_id:
            if req.kind in NEEDS_RULE:
                raise UsageError(f"{req.kind.value} must cite a house rule")
            return None
        rule = self.rules(req.rule_id)
        if rule is None:
            raise UsageError(f"unknown house rule {req.rule_id!r} in the active rule set")
        return rule

    def _check(self, moderator: ModeratorInfo, item: ItemState | None, req: ActionRequest,
               admin: AdminRepository) -> None:
        if item is None:
            raise UsageError(f"no item {req.item_id}")
        if not may_see(visible_accounts(moderator, admin.accounts()), item.account_id):
            raise PermissionDenied(f"{moderator.name} may not act on item {item.id}")
        if req.kind == ActionKind.DM_REPLY and item.kind != ItemKind.DM:
            raise TransitionError("a DM reply answers a direct message; use reply")
        if req.kind in PLATFORM_ACTIONS:
            reason = self.capabilities(item.platform, item.kind, req.kind)
            if reason:
                raise TransitionError(f"{item.platform.value} does not allow this: {reason}")
        if (item.claimed_by is not None and item.claimed_by != moderator.id
                and item.claim_expires_at is not None and item.claim_expires_at > self._now()):
            raise TransitionError(f"item {item.id} is claimed by another moderator")


def _detail(item: ItemState, to: Status | None, req: ActionRequest) -> str:
    d: dict[str, str] = {"from": item.status.value, "kind": item.kind.value}
    if to is not None:
        d["to"] = to.value
    if req.escalate_to:
        d["escalate_to"] = req.escalate_to
    return json.dumps(d, sort_keys=True, separators=(",", ":"))


def _content(item: ItemState, text: str) -> str:
    # Personal content: the author as shown and the text sent. Only its digest is chained.
    return json.dumps({"author": item.author_name, "text": text}, ensure_ascii=False,
                      sort_keys=True)
