"""One row per moderator action: what it may start from, what it does, what it needs.

``ActionsService.perform`` enforces the rows, the UI reads them to enable, compose,
finish and bulk-apply (its words, keys and places are in ``ui.item_actions``, keyed by the
same ``ActionKind``). Adding an action is one row here, one there, and its connector calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from moderator.capabilities import PUBLIC, Call, Refusal
from moderator.errors import ErrorCode, UsageError
from moderator.items import ActionKind, ItemKind, Status

ANY_STATUS = frozenset(Status)
ACTIVE = frozenset({Status.NEW, Status.FLAGGED, Status.ESCALATED, Status.HANDLED})
ANY_KIND = frozenset(ItemKind)


@dataclass(frozen=True, slots=True)
class ActionPolicy:
    """The rules of one moderator action.

    Attributes:
        kind: The action.
        allowed: Statuses the item may have for the action to run.
        result: The status it leaves the item in (None: unchanged).
        keeps: Statuses the action leaves as they are (a reply keeps a hidden item hidden).
        applies_to: Kinds of item the action is for, on any platform.
        call: The platform call it queues in the outbox (None: internal only); the
            platform's capabilities must allow it for the item's kind.
        needs_rule: It must cite a house rule of the active set.
        needs_text: It carries a text (to the author when ``call`` is set, else internal).
        releases_claim: The moderator's claim on the item ends with it.
        finishes: The moderator is done with the item afterwards (the queue moves on).
        bulk: It may run on a selection of items at once.
        undoes: As an undo, it reverses this action and restores the status before it.
    """

    kind: ActionKind
    allowed: frozenset[Status]
    result: Status | None
    keeps: frozenset[Status] = frozenset()
    applies_to: frozenset[ItemKind] = ANY_KIND
    call: Call | None = None
    needs_rule: bool = False
    needs_text: bool = False
    releases_claim: bool = False
    finishes: bool = False
    bulk: bool = False
    undoes: ActionKind | None = None

    @property
    def composed(self) -> bool:
        """Whether the moderator composes it first (a text or a rule to choose)."""
        return self.needs_text or self.needs_rule

    @property
    def sends_text(self) -> bool:
        """Whether its text goes to the item's author (not only to colleagues)."""
        return self.needs_text and self.call is not None

    def result_from(self, status: Status) -> Status:
        """The item's status after the action, starting from ``status``."""
        if self.result is None or status in self.keeps:
            return status
        return self.result

    def refusal(self, status: Status, kind: ItemKind) -> Refusal | None:
        """Why the action cannot run on an item with this status and kind (None: it can)."""
        if status not in self.allowed:
            return Refusal.STATUS
        return None if kind in self.applies_to else Refusal.ITEM_KIND


_ROWS = (
    ActionPolicy(ActionKind.WARN, ACTIVE, Status.HANDLED, applies_to=PUBLIC, call=Call.REPLY,
                 needs_rule=True, needs_text=True, releases_claim=True, finishes=True),
    ActionPolicy(ActionKind.HIDE, ACTIVE, Status.HIDDEN, applies_to=PUBLIC, call=Call.HIDE,
                 finishes=True, bulk=True),
    ActionPolicy(ActionKind.UNHIDE, frozenset({Status.HIDDEN}), Status.HANDLED, applies_to=PUBLIC,
                 call=Call.HIDE, bulk=True, undoes=ActionKind.HIDE),
    ActionPolicy(ActionKind.REMOVE, ACTIVE | {Status.HIDDEN}, Status.REMOVED, applies_to=PUBLIC,
                 call=Call.REMOVE, needs_rule=True, releases_claim=True, finishes=True,
                 bulk=True),
    ActionPolicy(ActionKind.BAN, ACTIVE | {Status.HIDDEN}, Status.REMOVED, applies_to=PUBLIC,
                 call=Call.BAN, needs_rule=True, releases_claim=True, finishes=True),
    ActionPolicy(ActionKind.REPLY, ACTIVE | {Status.HIDDEN}, Status.HANDLED,
                 keeps=frozenset({Status.HIDDEN}), applies_to=PUBLIC, call=Call.REPLY,
                 needs_text=True, finishes=True),
    ActionPolicy(ActionKind.DM_REPLY, ACTIVE, Status.HANDLED, applies_to=frozenset({ItemKind.DM}),
                 call=Call.DM, needs_text=True, finishes=True),
    ActionPolicy(ActionKind.HANDLE, frozenset({Status.NEW, Status.FLAGGED, Status.ESCALATED}),
                 Status.HANDLED, releases_claim=True, finishes=True, bulk=True),
    ActionPolicy(ActionKind.ESCALATE, frozenset({Status.NEW, Status.FLAGGED, Status.HANDLED}),
                 Status.ESCALATED, needs_text=True, finishes=True, bulk=True),
    ActionPolicy(ActionKind.NOTE, ANY_STATUS, None, needs_text=True),
)
POLICIES = MappingProxyType({p.kind: p for p in _ROWS})


def policy(kind: ActionKind) -> ActionPolicy:
    """The row of a moderator action.

    Raises:
        UsageError: ``kind`` is not a moderator action (claims are not actions).
    """
    try:
        return POLICIES[kind]
    except KeyError:
        raise UsageError(f"{kind} is not a moderator action", code=ErrorCode.NOT_AN_ACTION,
                         action=str(kind)) from None
