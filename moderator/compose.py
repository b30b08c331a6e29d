"""What a platform accepts as a reply, checked before sending (no platform error afterwards).

One row per platform: the public reply limit and how it is counted, the DM limit, the
messaging window, and whether replies to replies are possible. The core returns refusal
codes; the UI words them in Dutch. (Meant to become columns of ``moderator.platforms``'
PlatformSpec table once that lands; the counting functions are in ``text_length``.)

Sources (docs/platforms.md): X 280 weighted (twitter-text v3); TikTok 150 characters per
comment reply (Business API ``comment/reply/create``); Instagram 2,200 characters per
comment, replies only to top-level comments and not to hidden ones (IG Comment replies
reference); Messenger and Instagram DMs only within 24 hours of the person's last message,
7 days with the HUMAN_AGENT tag where the app is approved for it (Messenger policy).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from moderator.items import ActionKind, ItemKind, Platform
from moderator.text_length import X_LIMIT, characters, x_length

Counter = Callable[[str], int]
#: Workspace setting: the organisation's Meta app is approved for the HUMAN_AGENT tag.
HUMAN_AGENT_KEY = "messaging.human_agent"


@dataclass(frozen=True, slots=True)
class ReplyRules:
    """The reply facts of one platform."""

    limit: int
    count: Counter = characters
    dm_limit: int = 0
    dm_window: timedelta | None = None
    dm_window_human_agent: timedelta | None = None
    replies_to_replies: bool = True
    reply_to_hidden: bool = True


RULES: dict[Platform, ReplyRules] = {
    Platform.X: ReplyRules(X_LIMIT, x_length, dm_limit=10_000),
    Platform.TIKTOK: ReplyRules(150),
    Platform.INSTAGRAM: ReplyRules(2_200, dm_limit=1_000, dm_window=timedelta(hours=24),
                                   dm_window_human_agent=timedelta(days=7),
                                   replies_to_replies=False, reply_to_hidden=False),
    Platform.FACEBOOK: ReplyRules(8_000, dm_limit=2_000, dm_window=timedelta(hours=24),
                                  dm_window_human_agent=timedelta(days=7)),
    Platform.YOUTUBE: ReplyRules(10_000),
    Platform.LINKEDIN: ReplyRules(1_250),
}


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
    """The length as the platform counts it and anything that stops sending."""

    length: int
    limit: int
    refusals: tuple[Refusal, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the reply may be sent."""
        return not self.refusals


def limit_for(target: Target, action: ActionKind) -> tuple[int, Counter]:
    """The limit and counting function for a reply of ``action`` to ``target``."""
    rules = RULES[target.platform]
    if action is ActionKind.DM_REPLY or target.kind is ItemKind.DM:
        return (rules.dm_limit or rules.limit), rules.count
    return rules.limit, rules.count


def check_reply(target: Target, action: ActionKind, text: str, now: datetime, *,
                human_agent: bool = False) -> Check:
    """Check a reply (public reply, warning or DM) against the platform's rules."""
    limit, count = limit_for(target, action)
    length = count(text)
    refusals: list[Refusal] = []
    if length > limit:
        refusals.append(Refusal.TOO_LONG)
    rules = RULES[target.platform]
    if target.kind is ItemKind.DM or action is ActionKind.DM_REPLY:
        window = rules.dm_window_human_agent if human_agent else rules.dm_window
        if window is not None and target.kind is ItemKind.DM and now - target.created_at > window:
            refusals.append(Refusal.DM_WINDOW)
    elif action in (ActionKind.REPLY, ActionKind.WARN):
        if target.kind is ItemKind.REPLY and not rules.replies_to_replies:
            refusals.append(Refusal.REPLY_TO_REPLY)
        if target.hidden and not rules.reply_to_hidden:
            refusals.append(Refusal.REPLY_TO_HIDDEN)
    return Check(length, limit, tuple(refusals))


def window_for(platform: Platform, *, human_agent: bool = False) -> timedelta | None:
    """The messaging window of ``platform`` (None: no window)."""
    rules = RULES[platform]
    return rules.dm_window_human_agent if human_agent else rules.dm_window
