"""Moderator commands: check the action's policy, write outbox + audit in one transaction.

Every command goes through ``ActionsService.perform``; the UI and CLI never write item
status, outbox rows or audit entries themselves. What each action may do is its row in
:mod:`moderator.action_policy`; what each platform allows, the capability check.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING

from moderator.action_policy import ActionPolicy, policy
from moderator.approvals import ACCOUNTS_SETTING, needs_four_eyes
from moderator.capabilities import Refusal
from moderator.changes import Changes
from moderator.errors import (
    ErrorCode,
    ModeratorError,
    PermissionDenied,
    TransitionError,
    UsageError,
)
from moderator.items import (
    ActionKind,
    Colleague,
    ItemId,
    ItemKind,
    ItemState,
    ModeratorInfo,
    Platform,
    Role,
    Status,
)
from moderator.moderators import colleague_for, may_see, visible_accounts
from moderator.storage.admin_repo import AdminRepository
from moderator.storage.audit_repo import AuditRepository
from moderator.storage.work_repo import WorkRepository

if TYPE_CHECKING:
    from datetime import datetime

    from moderator.storage.uow import Database


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
    undo: bool = False  # reverse the action the policy's ``undoes`` names (restore status)


RuleLookup = Callable[[str], RuleRef | None]
# Returns why the platform does not allow this action on this kind of item (None: it does).
CapabilityCheck = Callable[[Platform, ItemKind, ActionKind], Refusal | None]


def allow_all(_p: Platform, _k: ItemKind, _a: ActionKind) -> Refusal | None:
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
        #: Logs a refused attempt (the workspace installs the moderation log's).
        self.refused: Callable[[ModeratorInfo, str], None] = lambda _m, _what: None

    def perform(self, moderator: ModeratorInfo, req: ActionRequest) -> Changes:
        """Check and apply one command; item, action, outbox and audit commit together."""
        p = policy(req.kind)
        rule = self._rule(req, p)
        text = (req.text or "").strip()
        if p.needs_text and not text:
            raise UsageError(f"{req.kind.value} needs a text", code=ErrorCode.NEEDS_TEXT,
                             action=req.kind.value)
        now = self._now()
        try:
            return self._apply(moderator, req, p, rule=rule, text=text, now=now)
        except PermissionDenied as e:
            # Refused by the scope check or by the database itself: logged either way.
            if not e.logged:
                e.logged = True
                with suppress(ModeratorError):
                    self.refused(moderator, f"{req.kind.value} item {req.item_id}")
            raise

    def _apply(self, moderator: ModeratorInfo, req: ActionRequest, p: ActionPolicy, *,
               rule: RuleRef | None, text: str, now: datetime) -> Changes:
        with self._db.write() as s:
            work = WorkRepository(s)
            admin = AdminRepository(s)
            item = self._check(moderator, work.item_state(req.item_id, lock=True), req, p,
                               admin=admin, work=work)
            to = self._result(work, item, req, p)
            if req.kind == ActionKind.NOTE:
                work.add_note(item.id, moderator.id, text, now)
            action_id = work.add_action(
                item_id=item.id, moderator_id=moderator.id, kind=req.kind, at=now,
                rule_id=rule.rule_id if rule else None,
                ruleset_version=rule.ruleset_version if rule else None, text=text or None,
                from_status=item.status)
            if p.call is not None:
                wait = needs_four_eyes(moderator, req.kind, item.account_id,
                                       admin.get_setting(ACCOUNTS_SETTING, []))
                work.add_outbox(action_id=action_id, item_id=item.id,
                                account_id=item.account_id, kind=req.kind,
                                text=text or None, at=now, needs_approval=wait)
            if to is not None and to != item.status:
                work.set_status(item.id, to)
            colleague = self._colleague(admin, req.escalate_to, item)
            if colleague is not None:
                # Escalated to a named colleague: it is now theirs ("Mij toegewezen").
                work.assign(item.id, colleague.id, now)
            if p.releases_claim:
                work.release(item.id, moderator.id, force=True)
            AuditRepository(s).append(
                at=now, moderator=moderator.name, role=moderator.role.value,
                action=req.kind.value, item_ref=item.item_ref, account_id=item.account_id,
                rule_id=rule.rule_id if rule else "",
                ruleset_version=rule.ruleset_version if rule else "",
                detail=_detail(item, to, req), content=_content(item, text))
        return Changes(items=frozenset({req.item_id}), counts=p.result is not None, audit=True,
                       outbox=p.call is not None)

    def perform_many(self, moderator: ModeratorInfo, reqs: list[ActionRequest],
                     ) -> tuple[Changes, list[tuple[ItemId, ModeratorError]]]:
        """Bulk actions: each item in its own transaction; failures are listed, not fatal."""
        changes: Changes = Changes()
        failed: list[tuple[ItemId, ModeratorError]] = []
        for r in reqs:
            try:
                changes |= self.perform(moderator, r)
            except (TransitionError, PermissionDenied, UsageError) as e:
                failed.append((r.item_id, e))
        return changes, failed

    def colleagues(self, moderator: ModeratorInfo,
                   item_ids: Sequence[ItemId]) -> list[Colleague]:
        """Whom an escalation of these items can name: the active colleagues who see them all.

        By name, the moderator themself left out; nothing when the moderator cannot see one
        of the items. Works for every login: in team mode the database answers (an external
        moderator's login cannot read the moderators).
        """
        if not item_ids:
            return []
        now = self._now()
        with self._db.read() as s:
            admin = AdminRepository(s)
            mine = visible_accounts(moderator, admin.accounts())
            accounts = admin.item_accounts(item_ids)
            if len(accounts) < len(set(item_ids)) or not all(
                    may_see(mine, a) for a in accounts.values()):
                return []
            # Who can see an item depends on its account only: ask once per account.
            one_each = {a: i for i, a in accounts.items()}
            common: dict[str, Colleague] | None = None
            for item_id in one_each.values():
                found = {c.name: c for c in admin.colleagues(item_id, now)}
                common = found if common is None else {
                    n: c for n, c in common.items() if n in found}
        return sorted((c for c in (common or {}).values() if c.id != moderator.id),
                      key=lambda c: c.name.casefold())

    def _colleague(self, admin: AdminRepository, name: str | None,
                   item: ItemState) -> Colleague | None:
        """The colleague an escalation names, who must be active and able to see the item.

        None: no target, a role, or a free-text target that names no moderator (in team mode
        an external moderator's login knows only the colleagues who can see the item).
        """
        if not name or name in _ROLE_NAMES:
            return None
        return colleague_for(admin, name, item.id, self._now(), unknown_ok=True)

    def _rule(self, req: ActionRequest, p: ActionPolicy) -> RuleRef | None:
        if not req.rule_id:
            if p.needs_rule:
                raise UsageError(f"{req.kind.value} must cite a house rule",
                                 code=ErrorCode.NEEDS_RULE, action=req.kind.value)
            return None
        rule = self.rules(req.rule_id)
        if rule is None:
            raise UsageError(f"unknown house rule {req.rule_id!r} in the active rule set",
                             code=ErrorCode.UNKNOWN_RULE, rule=req.rule_id)
        return rule

    def _result(self, work: WorkRepository, item: ItemState, req: ActionRequest,
                p: ActionPolicy) -> Status | None:
        """The status the item ends in (None: the action leaves status alone)."""
        if p.result is None:
            return None
        if req.undo:
            if p.undoes is None:
                raise UsageError(f"{req.kind.value} cannot undo anything",
                                 code=ErrorCode.NOTHING_TO_UNDO, action=req.kind.value)
            before = work.status_before(item.id, p.undoes)
            if before is not None:
                return before
        return p.result_from(item.status)

    def _check(self, moderator: ModeratorInfo, item: ItemState | None, req: ActionRequest,
               p: ActionPolicy, *, admin: AdminRepository, work: WorkRepository) -> ItemState:
        if item is None:
            raise UsageError(f"no item {req.item_id}", code=ErrorCode.UNKNOWN_ITEM,
                             item=req.item_id)
        if not may_see(visible_accounts(moderator, admin.accounts()), item.account_id):
            raise PermissionDenied(f"{moderator.name} may not act on item {item.id}",
                                   code=ErrorCode.NOT_VISIBLE, item=item.id)
        action, kind = req.kind.value, item.kind.value
        if item.kind not in p.applies_to:
            works_on = " or ".join(sorted(_KIND_WORDS[k] for k in p.applies_to))
            raise TransitionError(f"{action} works on a {works_on} only, not on a "
                                  f"{_KIND_WORDS[item.kind]}",
                                  code=ErrorCode.WRONG_KIND, action=action, kind=kind)
        if p.call is not None:
            reason = self.capabilities(item.platform, item.kind, req.kind)
            if reason:
                raise TransitionError(
                    f"{item.platform.value} does not allow {action} on a {kind} ({reason})",
                    code=ErrorCode.PLATFORM_REFUSES, platform=item.platform.value,
                    action=action, kind=kind, refusal=str(reason))
        actor = work.last_actor(item.id) if item.status not in p.allowed else None
        if actor is not None and actor[0] != moderator.id:
            # A colleague acted first (the row on this screen may not show it yet).
            raise TransitionError(
                f"cannot {action} item {item.id}: {actor[1]} made it {item.status.value}",
                code=ErrorCode.OVERTAKEN, action=action, status=item.status.value,
                item=item.id, by=actor[1])
        if (item.claimed_by is not None and item.claimed_by != moderator.id
                and item.claim_expires_at is not None and item.claim_expires_at > self._now()):
            raise TransitionError(f"item {item.id} is claimed by another moderator",
                                  code=ErrorCode.CLAIMED, item=item.id)
        if item.status not in p.allowed:
            raise TransitionError(f"cannot {action} item {item.id}: it is {item.status.value}",
                                  code=ErrorCode.WRONG_STATUS, action=action,
                                  status=item.status.value, item=item.id)
        return item


_ROLE_NAMES = frozenset(r.value for r in Role)
_KIND_WORDS = {ItemKind.COMMENT: "comment", ItemKind.REPLY: "reply", ItemKind.DM: "direct message",
               ItemKind.MENTION: "mention"}


def _detail(item: ItemState, to: Status | None, req: ActionRequest) -> str:
    d: dict[str, str] = {"from": item.status.value, "kind": item.kind.value}
    if to is not None:
        d["to"] = to.value
    if req.escalate_to:
        d["escalate_to"] = req.escalate_to
    if req.undo:
        d["undo"] = "true"  # a reversal, counted per moderator in the log review
    return json.dumps(d, sort_keys=True, separators=(",", ":"))


def _content(item: ItemState, text: str) -> str:
    # Personal content: the author as shown and the text sent. Only its digest is chained.
    return json.dumps({"author": item.author_name, "text": text}, ensure_ascii=False,
                      sort_keys=True)
