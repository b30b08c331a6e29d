"""What a platform accepts as a reply, checked before sending (no platform error afterwards).

The facts come from the platform's row (``moderator.platforms``: reply and DM limits with
their counting, the messaging window, which kinds take a reply, replies to hidden
comments); this module applies them to one reply. The core returns refusal codes; the UI
words them in Dutch. Sources are in docs/platforms.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from moderator import platforms
from moderator.items import ActionKind, ItemKind, Platform

if TYPE_CHECKING:
    from moderator.textlength import TextLimit

#: Workspace setting: the organisation's Meta app is approved for the HUMAN_AGENT tag.
HUMAN_AGENT_KEY = "messaging.human_agent"


class Refusal(StrEnum):
    """Why a reply cannot go out as it is."""

    TOO_LONG = "too_long"
    DM_WINDOW = "dm_window"
    REPLY_TO_REPLY = "reply_to_reply"
    REPLY_TO_HIDDEN = "reply_to_hidden"


@dataclass(frozen=True, slots=True)
class Target:
    """What is replied to: its platform, kind, time and whether it is hidden."""

    platform: Platform
    kind: ItemKind
    created_at: datetime
    hidden: bool = False


@dataclass(frozen=True, slots=True)
class Check:
    """The length as the platform counts it (limit 0: none known) and what stops sending."""

    length: int
    limit: int
    refusals: tuple[Refusal, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the reply may be sent."""
        return not self.refusals


def _is_dm(target: Target, action: ActionKind) -> bool:
    return action is ActionKind.DM_REPLY or target.kind is ItemKind.DM


def limit_for(target: Target, action: ActionKind) -> TextLimit | None:
    """The limit (and its counting) for a reply of ``action`` to ``target``; None: no limit."""
    found = platforms.find(target.platform)
    if found is None:
        return None
    caps = found.capabilities
    return (caps.dm_limit or caps.reply_limit) if _is_dm(target, action) else caps.reply_limit


def window_for(platform: Platform, *, human_agent: bool = False) -> timedelta | None:
    """How long after the person's message a DM may be answered (None: no window)."""
    found = platforms.find(platform)
    if found is None:
        return None
    caps = found.capabilities
    hours = (caps.dm_window_tagged_hours or caps.dm_window_hours) if human_agent \
        else caps.dm_window_hours
    return None if hours is None else timedelta(hours=hours)


def check_reply(target: Target, action: ActionKind, text: str, now: datetime, *,
                human_agent: bool = False) -> Check:
    """Check a reply (public reply, warning or DM) against the platform's rules."""
    limit = limit_for(target, action)
    length = limit.count(text) if limit is not None else len(text)
    refusals: list[Refusal] = []
    if limit is not None and length > limit.length:
        refusals.append(Refusal.TOO_LONG)
    found = platforms.find(target.platform)
    if _is_dm(target, action):
        window = window_for(target.platform, human_agent=human_agent)
        if window is not None and target.kind is ItemKind.DM and now - target.created_at > window:
            refusals.append(Refusal.DM_WINDOW)
    elif action in (ActionKind.REPLY, ActionKind.WARN) and found is not None:
        caps = found.capabilities
        if target.kind is ItemKind.REPLY and ItemKind.REPLY not in caps.reply:
            refusals.append(Refusal.REPLY_TO_REPLY)
        if target.hidden and not caps.reply_to_hidden:
            refusals.append(Refusal.REPLY_TO_HIDDEN)
    return Check(length, limit.length if limit is not None else 0, tuple(refusals))
